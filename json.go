package vnextract

import (
	"strconv"
	"unicode/utf8"

	"github.com/vnextract/vnextract/entity"
)

// AppendJSON appends the JSON encoding of d (the v1 contract: the bytes
// json.Marshal gives for d) to dst and returns the extended slice. It
// writes the fixed shape of a Document directly, several times faster than
// encoding/json's reflection; MarshalJSON uses it.
func (d *Document) AppendJSON(dst []byte) []byte {
	c := chunkWriter{buf: dst}
	d.encodeJSON(&c)
	return c.buf
}

// AppendJSONFile appends to dst the JSON object of d with a "file" field
// first, then "line" when line > 0, then the fields of AppendJSON: the
// line `vnextract extract --format jsonl` prints for a document.
func (d *Document) AppendJSONFile(dst []byte, file string, line int) []byte {
	dst = append(dst, `{"file":`...)
	dst = appendJSONString(dst, file)
	if line > 0 {
		dst = append(dst, `,"line":`...)
		dst = strconv.AppendInt(dst, int64(line), 10)
	}
	dst = append(dst, ',')
	n := len(dst)
	dst = d.AppendJSON(dst)
	return append(dst[:n], dst[n+1:]...) // without its opening brace
}

// appendJSONArray writes xs as a JSON array, each element by appendElem,
// or null for a nil slice (as encoding/json does).
func appendJSONArray[T any](dst []byte, xs []T, appendElem func(*T, []byte) []byte) []byte {
	if xs == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i := range xs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendElem(&xs[i], dst)
	}
	return append(dst, ']')
}

// MarshalJSON implements json.Marshaler with AppendJSON.
func (d Document) MarshalJSON() ([]byte, error) {
	return d.AppendJSON(make([]byte, 0, 256+128*len(d.Mentions))), nil
}

func (m *Mention) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, m.ID)
	dst = append(dst, `,"type":`...)
	dst = appendJSONType(dst, m.Type)
	dst = append(dst, `,"text":`...)
	dst = appendJSONString(dst, m.Text)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(m.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(m.End), 10)
	if m.Normalized != "" {
		dst = append(dst, `,"normalized":`...)
		dst = appendJSONString(dst, m.Normalized)
	}
	if m.Value != "" {
		dst = append(dst, `,"value":`...)
		dst = appendJSONString(dst, m.Value)
	}
	if p := m.Person; p != nil {
		dst = append(dst, `,"person":`...)
		dst = appendJSONObject(dst, []jsonField{{`"family":`, p.Family}, {`"middle":`, p.Middle}, {`"given":`, p.Given}})
	}
	if m.Rule != "" {
		dst = append(dst, `,"rule":`...)
		dst = appendJSONString(dst, m.Rule)
	}
	return append(dst, '}')
}

func (e *Entity) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, e.ID)
	dst = append(dst, `,"type":`...)
	dst = appendJSONType(dst, e.Type)
	dst = append(dst, `,"name":`...)
	dst = appendJSONString(dst, e.Name)
	dst = append(dst, `,"mentions":`...)
	dst = appendJSONArray(dst, e.Mentions, func(id *string, dst []byte) []byte { return appendJSONString(dst, *id) })
	return append(dst, '}')
}

func (r *Relation) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, r.ID)
	dst = append(dst, `,"type":`...)
	dst = appendJSONString(dst, r.Type)
	dst = append(dst, `,"args":`...)
	a := &r.Args
	dst = appendJSONObject(dst, []jsonField{
		{`"person":`, a.Person}, {`"title":`, a.Title}, {`"organization":`, a.Organization},
		{`"date":`, a.Date}, {`"name":`, a.Name}, {`"alias":`, a.Alias},
	})
	if r.Former {
		dst = append(dst, `,"former":true`...)
	}
	if r.Acting {
		dst = append(dst, `,"acting":true`...)
	}
	if r.Evidence != nil {
		dst = append(dst, `,"evidence":`...)
		dst = r.Evidence.appendJSON(dst)
	}
	if len(r.MoreEvidence) > 0 {
		dst = append(dst, `,"more_evidence":`...)
		dst = appendJSONArray(dst, r.MoreEvidence, (*Span).appendJSON)
	}
	return append(dst, '}')
}

func (s *Span) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"start":`...)
	dst = strconv.AppendInt(dst, int64(s.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(s.End), 10)
	return append(dst, '}')
}

// jsonField is a string field of an object: its quoted name and colon, and
// its value.
type jsonField struct{ name, value string }

// appendJSONObject writes an object of string fields, leaving out the empty
// ones (the fields are all omitempty).
func appendJSONObject(dst []byte, fields []jsonField) []byte {
	dst = append(dst, '{')
	sep := false
	for _, f := range fields {
		if f.value == "" {
			continue
		}
		if sep {
			dst = append(dst, ',')
		}
		dst = append(dst, f.name...)
		dst = appendJSONString(dst, f.value)
		sep = true
	}
	return append(dst, '}')
}

// appendJSONType writes a Type as its MarshalText form does.
func appendJSONType(dst []byte, t entity.Type) []byte {
	return appendJSONString(dst, t.String())
}

// appendJSONString writes s as a JSON string exactly as encoding/json does
// (with its default HTML escaping): '<', '>' and '&' as \u003c, \u003e and
// \u0026, control characters escaped, invalid UTF-8 as \ufffd, and U+2028
// and U+2029 escaped for JavaScript.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// jsonSafe marks the ASCII bytes a JSON string holds as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := ' '; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()
