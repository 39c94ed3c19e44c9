package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// NewTransformer returns a transformer that normalizes a stream as n does
// (n.From and n.Fold are ignored; decode with the Encoding values below and
// fold separately). Input is cut only at ASCII whitespace, so a word is never
// split between two calls, except in a run of more than 1 KiB without
// whitespace. In strict mode invalid UTF-8 stops the stream with an
// *InvalidUTF8Error whose offset is relative to the current buffer.
//
// The transformer implements transform.SpanningTransformer: Span reports how
// much of the input is already normalized.
func NewTransformer(n Normalizer) transform.SpanningTransformer {
	return &transformer{style: n.Tone, strict: n.Strict, repairs: n.repairs()}
}

type transformer struct {
	style   ToneStyle
	strict  bool
	repairs Repairs
}

// Reset implements transform.Transformer; the transformer keeps no state between calls.
func (t *transformer) Reset() {}

// maxRun is the longest run without whitespace that is kept whole.
const maxRun = 1024

// cut returns the length of the prefix of src that can be processed on its
// own: up to and excluding the last ASCII whitespace, or everything at EOF.
func cut(src []byte, atEOF bool) int {
	if atEOF {
		return len(src)
	}
	for i := len(src) - 1; i >= 0; i-- {
		switch src[i] {
		case ' ', '\n', '\t', '\r', '\v', '\f':
			return i
		}
		if len(src)-i > maxRun {
			return cutRun(src)
		}
	}
	return 0
}

// cutRun cuts a long run without whitespace at the last rune boundary that
// starts neither a letter nor a mark, or else at the last rune boundary.
// A continuation byte with no lead byte in the three bytes before it is an
// invalid byte of its own, hence a boundary.
func cutRun(src []byte) int {
	last := 0
	for j := len(src) - 1; j > 0 && len(src)-j <= maxRun; j-- {
		if !utf8.RuneStart(src[j]) {
			lead := false
			for k := max(0, j-3); k < j; k++ {
				lead = lead || src[k] >= 0xC0
			}
			if lead {
				continue
			}
		}
		if last == 0 {
			last = j
		}
		r, _ := utf8.DecodeRune(src[j:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return j
		}
	}
	return last
}

// Transform implements transform.Transformer.
func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	n := cut(src, atEOF)
	short := false
	if 3*n > len(dst) {
		// Worst case output is 3 bytes per input byte; shrink to fit.
		n = cut(src[:len(dst)/3], false)
		if n == 0 {
			n = cutRun(src[:len(dst)/3])
		}
		short = true
	}
	if n <= 0 {
		if short {
			return 0, 0, transform.ErrShortDst
		}
		if atEOF {
			return 0, 0, nil
		}
		return 0, 0, transform.ErrShortSrc
	}
	e := engine{style: t.style, strict: t.strict, repairs: t.repairs, src: src[:n], dst: dst[:0], w: true}
	e.run()
	if e.err != nil {
		return 0, 0, e.err
	}
	nDst = len(e.dst)
	if n < len(src) {
		if short {
			err = transform.ErrShortDst
		} else {
			err = transform.ErrShortSrc
		}
	}
	return nDst, n, err
}

// Span implements transform.SpanningTransformer: the length of the prefix that needs no change.
func (t *transformer) Span(src []byte, atEOF bool) (n int, err error) {
	n = cut(src, atEOF)
	e := engine{style: t.style, strict: t.strict, repairs: t.repairs, src: src[:n], stopAtChange: true}
	e.run()
	if e.w || e.err != nil {
		// back to the last whitespace before the change
		end := len(src[:n])
		if e.w {
			end = e.stopped
		} else if ie, ok := e.err.(*InvalidUTF8Error); ok {
			end = ie.Offset
		}
		return cut(src[:end], false), transform.ErrEndOfSpan
	}
	if n < len(src) {
		return n, transform.ErrShortSrc
	}
	return n, nil
}

// Encodings as golang.org/x/text/encoding values. Their decoders read raw
// 8-bit bytes and write UTF-8 in NFC (tone marks stay where they were
// written); their encoders write the legacy bytes and fail with an error on
// characters the encoding cannot express (use encoding.ReplaceUnsupported
// to write a substitute instead).
var (
	TCVN3Encoding  encoding.Encoding = &legacyEncoding{t: &tcvn3Table}
	VNIEncoding    encoding.Encoding = &legacyEncoding{t: &vniTable}
	VISCIIEncoding encoding.Encoding = &legacyEncoding{t: &visciiTable}
	CP1258Encoding encoding.Encoding = &legacyEncoding{t: &cp1258Table}
)

type legacyEncoding struct{ t *legacyTable }

// String returns the encoding's name.
func (l *legacyEncoding) String() string { return l.t.enc.String() }

// NewDecoder returns a decoder from the legacy bytes to UTF-8.
func (l *legacyEncoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: &legacyDecoder{t: l.t}}
}

// NewEncoder returns an encoder from UTF-8 to the legacy bytes.
func (l *legacyEncoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: &legacyEncoder{t: l.t}}
}

type legacyDecoder struct{ t *legacyTable }

// Reset implements transform.Transformer.
func (d *legacyDecoder) Reset() {}

// Transform implements transform.Transformer.
func (d *legacyDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	n := len(src)
	short := false
	if 3*n > len(dst) {
		n = len(dst) / 3
		short = true
	}
	if !atEOF || short {
		// Keep the trailing letters back (at most a syllable's worth): a
		// mark byte may follow them.
		for k := 0; k < 8 && n > 0 && (d.t.e[src[n-1]].mod || isLetterRune(d.t.e[src[n-1]].r)); k++ {
			n--
		}
	}
	if n == 0 && len(src) > 0 {
		if short {
			return 0, 0, transform.ErrShortDst
		}
		return 0, 0, transform.ErrShortSrc
	}
	out, _ := decodeTable(src[:n], d.t, false)
	if !norm.NFC.IsNormal(out) {
		e := engine{style: ToneKeep, nfcOnly: true, src: out}
		e.run()
		if e.w {
			out = e.dst
		}
	}
	nDst = copy(dst, out)
	if nDst < len(out) {
		return 0, 0, transform.ErrShortDst
	}
	if n < len(src) {
		if short {
			return nDst, n, transform.ErrShortDst
		}
		return nDst, n, transform.ErrShortSrc
	}
	return nDst, n, nil
}

func isLetterRune(r rune) bool {
	_, _, _, ok := letterOf(r)
	return ok
}

// unsupportedError is returned by the encoders for a character the
// encoding cannot express; encoding.ReplaceUnsupported recognizes it.
type unsupportedError struct{}

// Error says that a character has no byte in the encoding.
func (unsupportedError) Error() string { return "normalize: character not supported by encoding" }

// Replacement is the byte encoding.ReplaceUnsupported writes instead.
func (unsupportedError) Replacement() byte { return encoding.ASCIISub }

type legacyEncoder struct{ t *legacyTable }

// Reset implements transform.Transformer.
func (e *legacyEncoder) Reset() {}

// Transform implements transform.Transformer.
func (e *legacyEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c < utf8.RuneSelf {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		b, ok := e.t.rev[r]
		if !ok || r == utf8.RuneError {
			return nDst, nSrc, unsupportedError{}
		}
		if nDst+len(b) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], b)
		nSrc += size
	}
	return nDst, nSrc, nil
}
