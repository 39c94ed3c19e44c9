package main

import "io"

// indentWriter re-indents compact JSON written to it, in pieces of any
// size, exactly as json.Indent(dst, src, prefix, indent) would, and writes
// the result to w: the JSON of a huge document is indented as it streams,
// never held whole. The input must be compact (no space between tokens),
// as AppendJSON and WriteJSON make it.
type indentWriter struct {
	w              io.Writer
	prefix, indent string
	depth          int
	// open: a '{' or '[' was just written; its newline is written before
	// the next byte unless that byte closes it ("[]", "{}").
	open     bool
	inString bool
	escaped  bool // the last byte in a string was a backslash
	buf      []byte
}

func newIndentWriter(w io.Writer, prefix, indent string) *indentWriter {
	return &indentWriter{w: w, prefix: prefix, indent: indent, buf: make([]byte, 0, 64<<10)}
}

func (iw *indentWriter) newline() {
	iw.buf = append(iw.buf, '\n')
	iw.buf = append(iw.buf, iw.prefix...)
	for range iw.depth {
		iw.buf = append(iw.buf, iw.indent...)
	}
}

// Write indents p; it reports len(p) written unless w fails.
func (iw *indentWriter) Write(p []byte) (int, error) {
	iw.buf = iw.buf[:0]
	for i := 0; i < len(p); i++ {
		c := p[i]
		if iw.inString {
			// The run of plain string bytes is copied at once.
			j := i
			for j < len(p) && !iw.escaped && p[j] != '"' && p[j] != '\\' {
				j++
			}
			if j > i {
				iw.buf = append(iw.buf, p[i:j]...)
				i = j - 1
				continue
			}
			iw.buf = append(iw.buf, c)
			switch {
			case iw.escaped:
				iw.escaped = false
			case c == '\\':
				iw.escaped = true
			case c == '"':
				iw.inString = false
			}
			continue
		}
		if iw.open && c != '}' && c != ']' {
			iw.open = false
			iw.newline()
		}
		switch c {
		case '{', '[':
			iw.buf = append(iw.buf, c)
			iw.open = true
			iw.depth++
		case ',':
			iw.buf = append(iw.buf, c)
			iw.newline()
		case ':':
			iw.buf = append(iw.buf, c, ' ')
		case '}', ']':
			iw.depth--
			if iw.open {
				iw.open = false // "{}" and "[]" stay on one line
			} else {
				iw.newline()
			}
			iw.buf = append(iw.buf, c)
		case '"':
			iw.inString = true
			iw.buf = append(iw.buf, c)
		default:
			iw.buf = append(iw.buf, c)
		}
	}
	if _, err := iw.w.Write(iw.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}
