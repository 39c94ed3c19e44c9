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

// appendMarkKey appends a tone-style independent key of w: the lower-case
// letters without tone marks (quality marks kept), then one digit per tone
// mark. "Ủy" and "Uỷ" both give "uy3"; "Uy" gives "uy".
func appendMarkKey(dst []byte, w string) []byte {
	var tones [8]byte
	nt := 0
	for _, r := range w {
		base, t := normalize.SplitTone(r)
		dst = utf8.AppendRune(dst, unicode.ToLower(base))
		if t != normalize.ToneLevel && nt < len(tones) {
			tones[nt] = '0' + byte(t)
			nt++
		}
	}
	return append(dst, tones[:nt]...)
}

// markKeyHash returns hashBytes(appendMarkKey(nil, w)) without building the
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
