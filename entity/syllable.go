package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// Vietnamese syllable shape, on the folded lower-case form: an optional onset
// from a closed list, a vowel cluster, and an optional coda from a closed list.
// Used to tell Vietnamese names from foreign ones ("Kalganov", "Petersburg").

var onsets = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

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
	s := string(b)
	rest := s
	for _, o := range onsets {
		if len(rest) > len(o) && rest[:len(o)] == o {
			rest = rest[len(o):]
			break
		}
	}
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
