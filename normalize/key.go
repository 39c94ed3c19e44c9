package normalize

import (
	"unicode"
	"unicode/utf8"
)

// foldAligned folds b (which must be valid UTF-8) and returns the alignment.
func foldAligned(b []byte) ([]byte, *Alignment) {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) {
		return b, nil
	}
	out := make([]byte, 0, len(b))
	var bl builder
	copied := 0
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		f := FoldRune(r)
		drop := f == r && isMark(r)
		if f == r && !drop {
			i += n
			continue
		}
		out = append(out, b[copied:i]...)
		if drop {
			bl.add(len(out), i, 0, n)
		} else {
			bl.add(len(out), i, utf8.RuneLen(f), n)
			out = utf8.AppendRune(out, f)
		}
		i += n
		copied = i
	}
	out = append(out, b[copied:]...)
	return out, bl.alignment()
}

func isMark(r rune) bool {
	if r >= 0x300 && r < 0x370 {
		return true
	}
	return r >= 0x370 && unicode.Is(unicode.Mn, r)
}

// Key returns a comparison key for s: normalized, folded (no diacritics,
// đ -> d), lower-case, with every run of spaces collapsed to one space, no
// space around dashes, and leading and trailing spaces removed. Quotes,
// dashes and spaces are unified as Normalize does.
//
//	Key("PHAN ANH SƠN") == Key("Phan Anh Son")   // "phan anh son"
//	Key("Việt – Nga") == Key("Việt-Nga")         // "viet-nga"
//	Key("Ủy ban") == Key("Uỷ ban")               // "uy ban"
func Key(s string) string {
	b := []byte(s)
	n, _, _, _ := Normalizer{Tone: ToneKeep}.Normalize(b)
	out := make([]byte, 0, len(n))
	space := false
	for i := 0; i < len(n); {
		c := n[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRune(n[i:])
		}
		i += size
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				space = len(out) > 0
				continue
			}
			if c == '-' {
				space = false
			} else if space && (len(out) == 0 || out[len(out)-1] != '-') {
				out = append(out, ' ')
			}
			space = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, c)
			continue
		}
		f := FoldRune(r)
		if f == r && isMark(r) {
			continue
		}
		if unicode.IsSpace(r) {
			space = len(out) > 0
			continue
		}
		if space && out[len(out)-1] != '-' {
			out = append(out, ' ')
		}
		space = false
		out = utf8.AppendRune(out, unicode.ToLower(f))
	}
	return string(out)
}
