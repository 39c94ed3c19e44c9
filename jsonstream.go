package vnextract

import "io"

// jsonChunk is how many bytes WriteJSON gathers before each write.
const jsonChunk = 32 << 10

// WriteJSON writes the JSON encoding of d (the bytes AppendJSON appends) to
// w a few kilobytes at a time, so that the JSON of a document with millions
// of mentions is never held whole. It returns the first error of w.
func (d *Document) WriteJSON(w io.Writer) error {
	c := chunkWriter{w: w, buf: make([]byte, 0, 2*jsonChunk), chunk: jsonChunk}
	d.encodeJSON(&c)
	c.flush()
	return c.err
}

// encodeJSON writes the JSON of d into c.
func (d *Document) encodeJSON(c *chunkWriter) {
	c.buf = append(c.buf, '{')
	if d.RefDate != "" {
		c.buf = append(c.buf, `"ref_date":`...)
		c.buf = appendJSONString(c.buf, d.RefDate)
		c.buf = append(c.buf, ',')
	}
	c.buf = append(c.buf, `"mentions":`...)
	writeJSONArray(c, d.Mentions, (*Mention).appendJSON)
	c.buf = append(c.buf, `,"entities":`...)
	writeJSONArray(c, d.Entities, (*Entity).appendJSON)
	c.buf = append(c.buf, `,"relations":`...)
	writeJSONArray(c, d.Relations, (*Relation).appendJSON)
	c.buf = append(c.buf, '}')
}

// chunkWriter gathers bytes in buf and, when chunk > 0, writes them to w
// whenever chunk bytes are gathered, keeping the first error.
type chunkWriter struct {
	w     io.Writer
	buf   []byte
	chunk int
	err   error
}

func (c *chunkWriter) flush() {
	if c.err == nil {
		_, c.err = c.w.Write(c.buf)
	}
	c.buf = c.buf[:0]
}

// writeJSONArray is appendJSONArray into c, writing out every full chunk.
func writeJSONArray[T any](c *chunkWriter, xs []T, appendElem func(*T, []byte) []byte) {
	if xs == nil {
		c.buf = append(c.buf, "null"...)
		return
	}
	c.buf = append(c.buf, '[')
	for i := range xs {
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		c.buf = appendElem(&xs[i], c.buf)
		if c.chunk > 0 && len(c.buf) >= c.chunk {
			c.flush()
		}
	}
	c.buf = append(c.buf, ']')
}
