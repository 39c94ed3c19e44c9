package vnextract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/relation"
)

// ExtractJSON writes to w the JSON of the document input, the bytes
// Extract's Document gives with AppendJSON, as it is encoded and without
// building the Document: no mention, entity or relation is held beyond
// what the analysis itself holds, which saves about a hundred bytes per
// mention against Extract and WriteJSON.
//
// check, when not nil, is called with the document's Report once it is
// read and before anything is written; when it returns an error, nothing
// is written and ExtractJSON returns that error. Otherwise ExtractJSON
// returns the first error of the extraction or of w.
func (e *Extractor) ExtractJSON(ctx context.Context, input []byte, w io.Writer, check func(Report) error) error {
	return e.extractJSON(ctx, &source{mem: input, size: len(input)}, w, check)
}

// extractJSON is ExtractJSON of the input src.
func (e *Extractor) extractJSON(ctx context.Context, src *source, w io.Writer, check func(Report) error) error {
	a, err := e.analyze(ctx, src)
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
	s := jsonStream{a: a, keep: e.cfg.types, kept: make([]int32, a.mentions())}
	if err := s.encodeText(&c); err != nil {
		return err // what was written is not the document's
	}
	c.flush()
	return c.err
}

// encodeText is encode, and the error of a text in pieces that cannot be
// read again.
func (s *jsonStream) encodeText(c *chunkWriter) (err error) {
	defer catchTextError(&err)
	s.encode(c)
	return nil
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

// jsonElement is an element of the arrays ExtractJSON writes: *Mention,
// *Entity or *Relation.
type jsonElement[E any] interface {
	*E
	appendJSON(dst []byte) []byte
}

// writeArray writes the elements of one JSON array into c, comma-separated,
// flushing c whenever a chunk is full. For x = 0, 1, ... count-1, fill sets
// e to the element item x gives, whose number is n (1, 2, ... in the order
// written), or returns false to leave item x out. It stops at c's first
// error, after which nothing more would be written.
func writeArray[E any, P jsonElement[E]](c *chunkWriter, count int, fill func(x, n int, e P) bool) {
	var e E
	n := 0
	for x := 0; x < count && c.err == nil; x++ {
		if !fill(x, n+1, &e) {
			continue
		}
		if n > 0 {
			c.buf = append(c.buf, ',')
		}
		n++
		c.buf = P(&e).appendJSON(c.buf)
		if len(c.buf) >= c.chunk {
			c.flush()
		}
	}
}

func (s *jsonStream) mentions(c *chunkWriter) {
	src, align := s.a.src, s.a.align
	var parts, given entity.NameParts
	writeArray(c, s.a.mentions(), func(i, k int, m *Mention) bool {
		em := s.a.mention(i, &given)
		if s.keep != nil && !s.keep[em.Type] {
			return false
		}
		s.kept[i] = int32(k)
		st, en := em.Start, em.End
		if align != nil {
			st, en = align.InputSpan(st, en)
		}
		text, err := src.text(st, en)
		if err != nil {
			c.err = err
			return false
		}
		s.ids = s.ids[:0]
		*m = Mention{ID: s.id('m', k), Type: em.Type, Start: st, End: en, Value: em.Value, Rule: em.Rule, Text: text}
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
		return true
	})
}

func (s *jsonStream) entities(c *chunkWriter) {
	writeArray(c, len(s.a.res.Entities), func(x, n int, ent *Entity) bool {
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
			return false
		}
		*ent = Entity{ID: s.id('e', n), Type: en.Type, Name: en.Name, Mentions: s.list}
		return true
	})
}

func (s *jsonStream) relations(c *chunkWriter) {
	writeArray(c, len(s.a.res.Relations), func(x, n int, dr *Relation) bool {
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
		*dr = Relation{Type: r.Kind.String(), Former: r.Former, Acting: r.Acting}
		switch r.Kind {
		case relation.Position:
			dr.Args = RelationArgs{Person: arg(r.Person), Title: arg(r.Title), Organization: arg(r.Organization), Date: arg(r.Date)}
		case relation.Alias:
			dr.Args = RelationArgs{Name: arg(r.Name), Alias: arg(r.Alias)}
		}
		if !ok {
			return false
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
		dr.ID = s.id('r', n)
		return true
	})
}

// inputSpan maps a span of the normalized text to the input.
func inputSpan(align spanMapper, sp relation.Span) Span {
	if align == nil {
		return Span{sp.Start, sp.End}
	}
	s, e := align.InputSpan(sp.Start, sp.End)
	return Span{s, e}
}

// ExtractJSONFrom is ExtractJSON for an input of size bytes read from r,
// a file for instance, as the work needs it rather than held whole: a
// long document is read window by window, and each mention's text again
// when it is written. It writes the bytes ExtractJSON writes for the
// same input; an input shorter than size is an error wrapping
// io.ErrUnexpectedEOF, which may come after some JSON is written.
func (e *Extractor) ExtractJSONFrom(ctx context.Context, r io.ReaderAt, size int64, w io.Writer, check func(Report) error) error {
	if size < 0 || int64(int(size)) != size {
		return fmt.Errorf("vnextract: input size %d out of range", size)
	}
	return e.extractJSON(ctx, &source{r: r, size: int(size)}, w, check)
}

// source is the input of a document: in memory (mem), or read from r as
// the work needs it.
type source struct {
	mem  []byte
	r    io.ReaderAt
	size int
	// buf holds the bytes read last: a window's, or from off on the
	// texts of the mentions being written.
	buf []byte
	off int
}

// readAt returns the input's bytes [start, end) in s.buf.
func (s *source) readAt(start, end int) ([]byte, error) {
	if cap(s.buf) < end-start {
		s.buf = make([]byte, end-start, max(end-start, 64<<10))
	}
	s.buf, s.off = s.buf[:end-start], start
	if err := s.readFull(s.buf, start); err != nil {
		return nil, err
	}
	return s.buf, nil
}

// readFull reads len(b) bytes of the input from off into b.
func (s *source) readFull(b []byte, off int) error {
	n, err := s.r.ReadAt(b, int64(off))
	if n == len(b) {
		return nil
	}
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF // the input is shorter than its size
	}
	return fmt.Errorf("vnextract: reading input at byte %d: %w", off+n, err)
}

// all returns the whole input, read into memory if it is not there.
func (s *source) all() ([]byte, error) {
	if s.r != nil && s.mem == nil && s.size > 0 {
		b := make([]byte, s.size)
		if err := s.readFull(b, 0); err != nil {
			return nil, err
		}
		s.mem = b
	}
	return s.mem, nil
}

// detectSample returns the start of the input that normalize.Detect
// reads (its first 64 KB, and a byte more that tells where to cut them):
// Detect of it is Detect of the whole input.
func (s *source) detectSample() ([]byte, error) {
	const n = 64<<10 + 1
	if s.r == nil || s.size <= n {
		return s.all()
	}
	b, err := s.readAt(0, n)
	return bytes.Clone(b), err
}

// window returns the input of the window that starts at off (see
// cutWindow), in s.buf when it is read.
func (s *source) window(off, size int, first bool) ([]byte, error) {
	if s.mem != nil || s.r == nil {
		return s.mem[off:cutWindow(s.mem, off, size, first)], nil
	}
	if first {
		size = max(size, minFirstWindow)
	}
	lim := off + size
	if lim >= s.size {
		return s.readAt(off, s.size)
	}
	b, err := s.readAt(off, lim+1)
	if err != nil {
		return nil, err
	}
	if i := bytes.LastIndexByte(b[1:], '\n'); i >= 0 {
		return b[:1+i], nil
	}
	// A line longer than the window: it is read to its end.
	for end := lim + 1; end < s.size; {
		next := min(end+64<<10, s.size)
		more := b
		if cap(b) < next-off {
			more = make([]byte, len(b), max(2*cap(b), next-off))
			copy(more, b)
		}
		if err := s.readFull(more[len(b):next-off], end); err != nil {
			return nil, err
		}
		b, s.buf = more[:next-off], more[:next-off]
		if i := bytes.IndexByte(b[end-off:], '\n'); i >= 0 {
			return b[:end-off+i], nil
		}
		end = next
	}
	return b, nil
}

// text returns the input's bytes [start, end) as a string good until the
// next call. The texts of the mentions are asked for in order, so when
// they are read, they are read 64 KB at a time.
func (s *source) text(start, end int) (string, error) {
	if s.mem != nil || s.r == nil {
		return unsafe.String(unsafe.SliceData(s.mem[start:]), end-start), nil
	}
	if start < s.off || end > s.off+len(s.buf) {
		if _, err := s.readAt(start, min(s.size, max(end, start+64<<10))); err != nil {
			return "", err
		}
	}
	return unsafe.String(unsafe.SliceData(s.buf[start-s.off:]), end-start), nil
}
