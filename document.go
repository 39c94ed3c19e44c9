package vnextract

import (
	"strconv"
	"strings"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
	"github.com/vnextract/vnextract/relation"
)

// Document is the result of one extraction. It marshals to the JSON contract
// v1 of DESIGN.md §2.
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
	// Former marks a position held formerly ("nguyên Chủ tịch").
	Former bool `json:"former,omitempty"`
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
	Former                            bool
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
			Organization: text(r.Args.Organization), Date: text(r.Args.Date), Former: r.Former,
		})
	}
	return out
}

// buildDocument maps the analysis of the normalized text back to input
// coordinates and assigns ids.
func buildDocument(input []byte, an *entity.Analysis, res *relation.Result, align *normalize.Alignment, keep map[entity.Type]bool) *Document {
	doc := &Document{Mentions: make([]Mention, 0, len(an.Mentions)), Entities: make([]Entity, 0, len(res.Entities)),
		Relations: make([]Relation, 0, len(res.Relations))}
	if !an.Ref.IsZero() {
		doc.RefDate = an.Ref.Format("2006-01-02")
	}
	ids := make([]string, len(an.Mentions))
	for i, m := range an.Mentions {
		if keep != nil && !keep[m.Type] {
			continue
		}
		s, e := m.Start, m.End
		if align != nil {
			s, e = align.InputSpan(s, e)
		}
		id := "m" + strconv.Itoa(len(doc.Mentions)+1)
		ids[i] = id
		dm := Mention{ID: id, Type: m.Type, Text: string(input[s:e]), Start: s, End: e,
			Value: m.Value, Person: clonePerson(m.Person), Rule: m.Rule}
		norm := m.Normalized
		if norm == "" {
			norm = m.Text
		}
		if norm != dm.Text {
			dm.Normalized = strings.Clone(norm)
		}
		doc.Mentions = append(doc.Mentions, dm)
	}
	for _, en := range res.Entities {
		var ms []string
		for _, i := range en.Mentions {
			if ids[i] != "" {
				ms = append(ms, ids[i])
			}
		}
		if len(ms) == 0 {
			continue
		}
		doc.Entities = append(doc.Entities, Entity{ID: "e" + strconv.Itoa(len(doc.Entities)+1),
			Type: en.Type, Name: strings.Clone(en.Name), Mentions: ms})
	}
	mapSpan := func(sp relation.Span) Span {
		s, e := sp.Start, sp.End
		if align != nil {
			s, e = align.InputSpan(s, e)
		}
		return Span{s, e}
	}
	arg := func(i int, ok *bool) string {
		if i < 0 {
			return ""
		}
		if ids[i] == "" {
			*ok = false
		}
		return ids[i]
	}
	for _, r := range res.Relations {
		ok := true
		dr := Relation{Type: r.Kind.String(), Former: r.Former}
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
		for i, sp := range r.Evidence {
			if i == 0 {
				s := mapSpan(sp)
				dr.Evidence = &s
				continue
			}
			dr.MoreEvidence = append(dr.MoreEvidence, mapSpan(sp))
		}
		dr.ID = "r" + strconv.Itoa(len(doc.Relations)+1)
		doc.Relations = append(doc.Relations, dr)
	}
	return doc
}

// clonePerson copies name parts out of the analysed text, which the Document
// must not keep.
func clonePerson(p *entity.NameParts) *entity.NameParts {
	if p == nil {
		return nil
	}
	return &entity.NameParts{Family: strings.Clone(p.Family), Middle: strings.Clone(p.Middle), Given: strings.Clone(p.Given)}
}
