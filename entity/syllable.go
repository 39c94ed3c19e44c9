package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// allUpper reports whether every letter of w is a capital.
func allUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// markKeyHash returns hashBytes(normalize.AppendMarkKey(nil, w)) without building the
// key: the recognizer compares tokens with lexicon entries by this hash.
func markKeyHash(w string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	var tones [8]byte
	nt := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * prime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		var base rune
		var tone byte
		if r < rune(len(latinInfo)) {
			base, tone = latinInfo[r].base, latinInfo[r].tone
		} else {
			b, t := normalize.SplitTone(r)
			base = unicode.ToLower(b)
			if t != normalize.ToneLevel {
				tone = '0' + byte(t)
			}
		}
		if base < utf8.RuneSelf {
			h = (h ^ uint64(base)) * prime
		} else {
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], base)] {
				h = (h ^ uint64(b)) * prime
			}
		}
		if tone != 0 && nt < len(tones) {
			tones[nt] = tone
			nt++
		}
	}
	for _, t := range tones[:nt] {
		h = (h ^ uint64(t)) * prime
	}
	if h == 0 {
		h = 1
	}
	return h
}
