package vnextract

import (
	"context"
	"io"
	"strconv"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/relation"
)

// ExtractJSON writes to w the JSON of the document input, the bytes
// Extract's Document gives with AppendJSON, as it is encoded and without
// building the Document: no mention, entity or relation is held beyond
// what the analysis itself holds, so a document with millions of mentions
// costs a few bytes per mention less than Extract and WriteJSON (about a
// hundred).
//
// check, when not nil, is called with the document's Report once it is
// read and before anything is written; when it returns an error, nothing
// is written and ExtractJSON returns that error. Otherwise ExtractJSON
// returns the first error of the extraction or of w.
func (e *Extractor) ExtractJSON(ctx context.Context, input []byte, w io.Writer, check func(Report) error) error {
	a, err := e.analyze(ctx, input)
	if err != nil {
		return err
	}
	defer a.release()
	if check != nil {
		if err := check(a.rep); err != nil {
			return err
		}
	}
	c := chunkWriter{w: w, buf: make([]byte, 0, 2*jsonChunk), chunk: jsonChunk}
	s := jsonStream{a: a, keep: e.cfg.types, kept: make([]int32, len(a.an.Mentions))}
	s.encode(&c)
	c.flush()
	return c.err
}

// jsonStream encodes an analyzed document as JSON the way buildDocument
// and encodeJSON do, one element at a time: each Mention, Entity and
// Relation is made in scratch space, its strings pointing into the input
// and the analysis, encoded, and forgotten.
type jsonStream struct {
	a    *analyzed
	keep map[entity.Type]bool // nil: every type
	// kept[i] is the number (1, 2, ...) of mention i among the kept
	// ones, 0 when it is not kept: its id is "m" and that number.
	kept []int32
	ids  []byte   // the ids of the element being encoded
	list []string // an entity's mention ids
	ev   []Span   // a relation's evidence
}

// encode writes the document's JSON into c.
func (s *jsonStream) encode(c *chunkWriter) {
	c.buf = append(c.buf, '{')
	if ref := s.a.an.Ref; !ref.IsZero() {
		c.buf = append(c.buf, `"ref_date":`...)
		c.buf = appendJSONString(c.buf, ref.Format("2006-01-02"))
		c.buf = append(c.buf, ',')
	}
	c.buf = append(c.buf, `"mentions":[`...)
	s.mentions(c)
	c.buf = append(c.buf, `],"entities":[`...)
	s.entities(c)
	c.buf = append(c.buf, `],"relations":[`...)
	s.relations(c)
	c.buf = append(c.buf, "]}"...)
}

// id returns prefix and n as a string in s.ids, which it keeps until the
// next call that resets s.ids (or grows it beyond its capacity).
func (s *jsonStream) id(prefix byte, n int) string {
	start := len(s.ids)
	s.ids = append(s.ids, prefix)
	s.ids = strconv.AppendInt(s.ids, int64(n), 10)
	return unsafe.String(unsafe.SliceData(s.ids[start:]), len(s.ids)-start)
}

// element writes the separator before element n (0, 1, ...) of an array
// and then flushes c when a chunk is full.
func element(c *chunkWriter, n int, encode func([]byte) []byte) {
	if n > 0 {
		c.buf = append(c.buf, ',')
	}
	c.buf = encode(c.buf)
	if len(c.buf) >= c.chunk {
		c.flush()
	}
}

func (s *jsonStream) mentions(c *chunkWriter) {
	input, align := s.a.input, s.a.align
	var (
		m     Mention
		parts entity.NameParts
	)
	k := 0
	for i := range s.a.an.Mentions {
		em := &s.a.an.Mentions[i]
		if s.keep != nil && !s.keep[em.Type] {
			continue
		}
		k++
		s.kept[i] = int32(k)
		st, en := em.Start, em.End
		if align != nil {
			st, en = align.InputSpan(st, en)
		}
		s.ids = s.ids[:0]
		m = Mention{ID: s.id('m', k), Type: em.Type, Start: st, End: en, Value: em.Value, Rule: em.Rule,
			Text: unsafe.String(unsafe.SliceData(input[st:]), en-st)}
		norm := em.Normalized
		if norm == "" {
			norm = em.Text
		}
		if norm != m.Text {
			m.Normalized = norm
		}
		if p := em.Person; p != nil {
			parts = *p
			m.Person = &parts
		}
		element(c, k-1, m.appendJSON)
	}
}

func (s *jsonStream) entities(c *chunkWriter) {
	n := 0
	var ent Entity
	for x := range s.a.res.Entities {
		en := &s.a.res.Entities[x]
		// Room for every id, so that the strings taken from s.ids stay
		// where they are.
		if need := 24 * (len(en.Mentions) + 1); cap(s.ids) < need {
			s.ids = make([]byte, 0, need)
		}
		s.ids, s.list = s.ids[:0], s.list[:0]
		for _, i := range en.Mentions {
			if k := s.kept[i]; k > 0 {
				s.list = append(s.list, s.id('m', int(k)))
			}
		}
		if len(s.list) == 0 {
			continue
		}
		n++
		ent = Entity{ID: s.id('e', n), Type: en.Type, Name: en.Name, Mentions: s.list}
		element(c, n-1, ent.appendJSON)
	}
}

func (s *jsonStream) relations(c *chunkWriter) {
	n := 0
	var dr Relation
	for x := range s.a.res.Relations {
		r := &s.a.res.Relations[x]
		s.ids = s.ids[:0]
		if cap(s.ids) < 128 {
			s.ids = make([]byte, 0, 128)
		}
		ok := true
		arg := func(i int) string {
			if i < 0 {
				return ""
			}
			k := s.kept[i]
			if k == 0 {
				ok = false
				return ""
			}
			return s.id('m', int(k))
		}
		dr = Relation{Type: r.Kind.String(), Former: r.Former, Acting: r.Acting}
		switch r.Kind {
		case relation.Position:
			dr.Args = RelationArgs{Person: arg(r.Person), Title: arg(r.Title), Organization: arg(r.Organization), Date: arg(r.Date)}
		case relation.Alias:
			dr.Args = RelationArgs{Name: arg(r.Name), Alias: arg(r.Alias)}
		}
		if !ok {
			continue
		}
		s.ev = s.ev[:0]
		for _, sp := range r.Evidence {
			s.ev = append(s.ev, inputSpan(s.a.align, sp))
		}
		if len(s.ev) > 0 {
			dr.Evidence = &s.ev[0]
			if len(s.ev) > 1 {
				dr.MoreEvidence = s.ev[1:]
			}
		}
		n++
		dr.ID = s.id('r', n)
		element(c, n-1, dr.appendJSON)
	}
}

// inputSpan maps a span of the normalized text to the input.
func inputSpan(align spanMapper, sp relation.Span) Span {
	if align == nil {
		return Span{sp.Start, sp.End}
	}
	s, e := align.InputSpan(sp.Start, sp.End)
	return Span{s, e}
}
