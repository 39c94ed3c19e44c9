package vnextract

import (
	"strings"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
	"github.com/vnextract/vnextract/relation"
)

// Document is the result of one extraction. It marshals to the JSON contract
// v1 of docs/DESIGN.md §2.
type Document struct {
	// RefDate is the reference date used to resolve dates (YYYY-MM-DD), empty
	// when there was none.
	RefDate   string     `json:"ref_date,omitempty"`
	Mentions  []Mention  `json:"mentions"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Report says what the normalizer found and repaired. Not part of the JSON.
	Report Report `json:"-"`
}

// Report describes the input as the normalizer saw it.
type Report struct {
	// Encoding is the detected (or configured) input encoding ("unicode", "tcvn3", ...).
	Encoding           string
	EncodingConfidence float64
	// InvalidUTF8 counts byte sequences that were not valid UTF-8 and were read
	// as U+FFFD; FirstInvalid is the input offset of the first (-1 if none).
	InvalidUTF8  int
	FirstInvalid int
	// Retoned counts the syllables whose tone mark the normalizer moved,
	// and Repaired the words each of its repair rules changed
	// (Repaired.Get(normalize.RepairHorn)).
	Retoned  int
	Repaired normalize.RepairCounts
}

// Mention is one mention in the caller's coordinates: Text == input[Start:End].
type Mention struct {
	ID    string      `json:"id"`
	Type  entity.Type `json:"type"`
	Text  string      `json:"text"`
	Start int         `json:"start"`
	End   int         `json:"end"`
	// Normalized is the canonical form, present when it differs from Text.
	Normalized string `json:"normalized,omitempty"`
	// Value is the TIMEX3-style value of a DATE or TIME.
	Value string `json:"value,omitempty"`
	// Person holds the parts of a Vietnamese personal name.
	Person *entity.NameParts `json:"person,omitempty"`
	// Rule names the recognizer rule that produced the mention.
	Rule string `json:"rule,omitempty"`
}

// Entity is one real person, body or place and the ids of its mentions.
type Entity struct {
	ID       string      `json:"id"`
	Type     entity.Type `json:"type"`
	Name     string      `json:"name"`
	Mentions []string    `json:"mentions"`
}

// Relation is a position or alias relation between mentions (by id).
type Relation struct {
	ID   string       `json:"id"`
	Type string       `json:"type"`
	Args RelationArgs `json:"args"`
	// Former marks a position held formerly ("nguyên Chủ tịch", "thôi giữ
	// chức", "từng là").
	Former bool `json:"former,omitempty"`
	// Acting marks a position held ad interim ("quyền Vụ trưởng").
	Acting bool `json:"acting,omitempty"`
	// Evidence is the clause or sentence that states the relation (first occurrence).
	Evidence *Span `json:"evidence,omitempty"`
	// MoreEvidence lists further occurrences of the same relation.
	MoreEvidence []Span `json:"more_evidence,omitempty"`
}

// RelationArgs are the mention ids a relation links. A position has Person,
// Title and optionally Organization and Date; an alias has Name and Alias.
type RelationArgs struct {
	Person       string `json:"person,omitempty"`
	Title        string `json:"title,omitempty"`
	Organization string `json:"organization,omitempty"`
	Date         string `json:"date,omitempty"`
	Name         string `json:"name,omitempty"`
	Alias        string `json:"alias,omitempty"`
}

// Span is a byte range [Start, End) of the input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention returns the mention with the given id, or nil.
func (d *Document) Mention(id string) *Mention {
	for i := range d.Mentions {
		if d.Mentions[i].ID == id {
			return &d.Mentions[i]
		}
	}
	return nil
}

// Position is a position relation spelled out in text.
type Position struct {
	Person, Title, Organization, Date string
	Former, Acting                    bool
}

// Positions returns the position relations with their arguments' texts (the
// person as its entity's canonical name), in document order.
func (d *Document) Positions() []Position {
	canon := make(map[string]string)
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			canon[m] = e.Name
		}
	}
	text := func(id string) string {
		if id == "" {
			return ""
		}
		if c, ok := canon[id]; ok {
			return c
		}
		if m := d.Mention(id); m != nil {
			if m.Normalized != "" {
				return m.Normalized
			}
			return m.Text
		}
		return ""
	}
	var out []Position
	for _, r := range d.Relations {
		if r.Type != relation.Position.String() {
			continue
		}
		out = append(out, Position{
			Person: text(r.Args.Person), Title: text(r.Args.Title),
			Organization: text(r.Args.Organization), Date: text(r.Args.Date), Former: r.Former, Acting: r.Acting,
		})
	}
	return out
}

// buildDocument maps the analysis of the normalized text back to input
// coordinates and assigns ids.
//
// The Document must not refer to input or to the analysis, so its strings
// are copies; they are all made in one buffer (a strings.Builder never
// rewrites what it has written, so every string taken from it stays valid),
// and the name parts, entity mention lists and evidence spans each share
// one array: a handful of allocations instead of several per mention.
func buildDocument(input []byte, an *entity.Analysis, res *relation.Result, align spanMapper, keep map[entity.Type]bool) *Document {
	doc := &Document{Mentions: make([]Mention, 0, len(an.Mentions)), Entities: make([]Entity, 0, len(res.Entities)),
		Relations: make([]Relation, 0, len(res.Relations))}
	if !an.Ref.IsZero() {
		doc.RefDate = an.Ref.Format("2006-01-02")
	}
	// First the input spans of the kept mentions, and the sizes of what
	// will be copied.
	size, persons := 0, 0
	for _, m := range an.Mentions {
		if keep != nil && !keep[m.Type] {
			continue
		}
		s, e := m.Start, m.End
		if align != nil {
			s, e = align.InputSpan(s, e)
		}
		size += e - s + len(m.Normalized) + len("m") + 20 // 20 digits at most
		if p := m.Person; p != nil {
			size += len(p.Family) + len(p.Middle) + len(p.Given)
			persons++
		}
		doc.Mentions = append(doc.Mentions, Mention{Type: m.Type, Start: s, End: e, Value: m.Value, Rule: m.Rule})
	}
	for _, en := range res.Entities {
		size += len(en.Name) + len("e") + 20
	}
	size += len(res.Relations) * (len("r") + 20)
	var buf strings.Builder
	buf.Grow(size)
	// put copies s into buf and returns the copy.
	put := func(s string) string {
		start := buf.Len()
		buf.WriteString(s)
		return buf.String()[start:]
	}
	// Ids are numbered from 1 in order: each one's digits are the previous
	// one's plus one.
	var mid, eid, rid idSeq
	next := func(seq *idSeq, prefix byte) string {
		seq.inc()
		start := buf.Len()
		buf.WriteByte(prefix)
		buf.Write(seq.digits())
		return buf.String()[start:]
	}

	// kept[i] is the index in doc.Mentions of mention i, plus one; 0 for a
	// mention that is not kept. (No strings: nothing for the collector.)
	kept := make([]int32, len(an.Mentions))
	id := func(i int) string {
		if k := kept[i]; k > 0 {
			return doc.Mentions[k-1].ID
		}
		return ""
	}
	parts := make([]entity.NameParts, 0, persons)
	k := 0 // index into doc.Mentions
	for i, m := range an.Mentions {
		if keep != nil && !keep[m.Type] {
			continue
		}
		dm := &doc.Mentions[k]
		k++
		dm.ID = next(&mid, 'm')
		kept[i] = int32(k)
		start := buf.Len()
		buf.Write(input[dm.Start:dm.End])
		dm.Text = buf.String()[start:]
		norm := m.Normalized
		if norm == "" {
			norm = m.Text
		}
		if norm != dm.Text {
			dm.Normalized = put(norm)
		}
		if p := m.Person; p != nil {
			parts = append(parts, entity.NameParts{Family: put(p.Family), Middle: put(p.Middle), Given: put(p.Given)})
			dm.Person = &parts[len(parts)-1]
		}
	}

	// One array for the mention lists of all entities.
	listed := 0
	for _, en := range res.Entities {
		for _, i := range en.Mentions {
			if kept[i] > 0 {
				listed++
			}
		}
	}
	lists := make([]string, 0, listed)
	for _, en := range res.Entities {
		start := len(lists)
		for _, i := range en.Mentions {
			if kept[i] > 0 {
				lists = append(lists, id(i))
			}
		}
		if len(lists) == start {
			continue
		}
		doc.Entities = append(doc.Entities, Entity{ID: next(&eid, 'e'),
			Type: en.Type, Name: put(en.Name), Mentions: lists[start:len(lists):len(lists)]})
	}

	arg := func(i int, ok *bool) string {
		if i < 0 {
			return ""
		}
		if kept[i] == 0 {
			*ok = false
		}
		return id(i)
	}
	// One array for the evidence of all relations.
	spans := 0
	for _, r := range res.Relations {
		spans += len(r.Evidence)
	}
	evidence := make([]Span, 0, spans)
	for _, r := range res.Relations {
		ok := true
		dr := Relation{Type: r.Kind.String(), Former: r.Former, Acting: r.Acting}
		switch r.Kind {
		case relation.Position:
			dr.Args = RelationArgs{Person: arg(r.Person, &ok), Title: arg(r.Title, &ok),
				Organization: arg(r.Organization, &ok), Date: arg(r.Date, &ok)}
		case relation.Alias:
			dr.Args = RelationArgs{Name: arg(r.Name, &ok), Alias: arg(r.Alias, &ok)}
		}
		if !ok {
			continue
		}
		if len(r.Evidence) > 0 {
			start := len(evidence)
			for _, sp := range r.Evidence {
				evidence = append(evidence, inputSpan(align, sp))
			}
			dr.Evidence = &evidence[start]
			if len(r.Evidence) > 1 {
				dr.MoreEvidence = evidence[start+1 : len(evidence) : len(evidence)]
			}
		}
		dr.ID = next(&rid, 'r')
		doc.Relations = append(doc.Relations, dr)
	}
	return doc
}

// idSeq counts 1, 2, 3, ... in decimal digits; its zero value is 0.
type idSeq struct {
	buf [20]byte // the digits, at the end
	n   int      // number of digits
}

// inc adds one to the number.
func (s *idSeq) inc() {
	for i := len(s.buf) - 1; i >= len(s.buf)-s.n; i-- {
		if s.buf[i] < '9' {
			s.buf[i]++
			return
		}
		s.buf[i] = '0'
	}
	s.n++ // 9...9 + 1, or the first one
	s.buf[len(s.buf)-s.n] = '1'
}

// digits returns the number in decimal.
func (s *idSeq) digits() []byte { return s.buf[len(s.buf)-s.n:] }
