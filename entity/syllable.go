package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// Vietnamese syllable shape, on the folded lower-case form: an optional onset
// from a closed list, a vowel cluster, and an optional coda from a closed list.
// Used to tell Vietnamese names from foreign ones ("Kalganov", "Petersburg").

// onsetLen returns the length of the onset at the start of the folded
// syllable s (b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v
// x), 0 when it starts with a vowel. The onset never takes the whole word.
func onsetLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	n := 0
	switch s[0] {
	case 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x':
		n = 1
	case 'q':
		if s[1] != 'u' {
			return 0
		}
	}
	if n > 0 || s[0] == 'q' {
		switch s[:2] {
		case "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr":
			n = 2
			if len(s) > 3 && s[:3] == "ngh" {
				n = 3
			}
		}
	}
	if n >= len(s) { // the onset must leave a letter: "ch" -> "c"+"h", "qu" -> no onset
		n = 1
		if s[0] == 'q' {
			n = 0
		}
	}
	return n
}

var codas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true,
	"ng": true, "nh": true, "p": true, "t": true}

// vowelClusters lists the folded vowel sequences (nucleus with glides and
// offglides) that occur in Vietnamese syllables.
var vowelClusters = map[string]bool{}

func init() {
	for _, v := range []string{
		"a", "e", "i", "o", "u", "y",
		"ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua",
		"ue", "ui", "uo", "uu", "uy", "ya", "ye", "oai", "oao", "oay", "oeo", "uay", "uya",
		"uye", "uoi", "uou", "uyu", "ieu", "yeu", "uai", "uau", "uao", "ueu", "uoa",
	} {
		vowelClusters[v] = true
	}
}

func isVowelASCII(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// isVietnameseSyllable reports whether w (one token) has the shape of a
// Vietnamese syllable. Letters f, j, w, z, inner capitals after the first
// letter, and consonant clusters outside the onset list make it foreign.
func isVietnameseSyllable(w string) bool {
	var buf [32]byte
	b := buf[:0]
	upperInside := false
	for i, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if i > 0 && unicode.IsUpper(r) {
			upperInside = true
		}
		f := unicode.ToLower(normalize.FoldRune(r))
		if f >= utf8.RuneSelf {
			return false
		}
		if len(b) == len(buf) {
			return false
		}
		b = append(b, byte(f))
	}
	if upperInside && !allUpper(w) {
		return false
	}
	s := string(b) // does not escape: the compiler keeps it on the stack
	rest := s[onsetLen(s):]
	// gi/qu followed by a consonant only: "gi" alone is a syllable (gì).
	n := 0
	for n < len(rest) && isVowelASCII(rest[n]) {
		n++
	}
	if n == 0 {
		// "gi", "gin": the i of gi is the vowel.
		if len(s) >= 2 && s[:2] == "gi" {
			return codas[s[2:]]
		}
		return false
	}
	return vowelClusters[rest[:n]] && codas[rest[n:]]
}

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

// markBase and markTone hold, for the runes below U+1F00, what
// appendMarkKey writes for them: the lower-case letter without its tone
// mark, and the tone digit ('0'+tone; 0 for the level tone).
var (
	markBase [0x1F00]rune
	markTone [0x1F00]byte
)

func init() {
	for r := range rune(len(markBase)) {
		base, t := normalize.SplitTone(r)
		markBase[r] = unicode.ToLower(base)
		if t != normalize.ToneLevel {
			markTone[r] = '0' + byte(t)
		}
	}
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
		if r < rune(len(markBase)) {
			base, tone = markBase[r], markTone[r]
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
