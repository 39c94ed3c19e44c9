package normalize

import (
	"unicode"
	"unicode/utf8"
)

// slot is one letter of a word being analysed.
type slot struct {
	id   uint8 // letter id (vA..vY vowels, vDD, vEth) or 0 for another ASCII letter
	ch   byte  // lower-case ASCII letter; 'D' for đ/ð
	up   bool
	tone Tone
}

func (s slot) vowel() bool { return s.id >= vA && s.id <= vY }

// maxSlots bounds the letters of a word analysed as a syllable ("nghiêng" has 7).
const maxSlots = 8

// Letter codes used by syllableTarget: a lower-case ASCII letter is its own
// byte; a Vietnamese letter outside ASCII is 0x80 + its letter id.
var (
	codeVowel [256]uint8 // vowel id of a code, 0 for consonants
	codeCh    [256]byte  // consonant letter of a code ('D' for đ)
)

func initCodes() {
	for c := 'a'; c <= 'z'; c++ {
		codeVowel[c] = asciiVowel[c]
		codeCh[c] = byte(c)
	}
	for id := 1; id < numLetterIDs; id++ {
		if id <= vY {
			codeVowel[0x80+id] = uint8(id)
		} else {
			codeCh[0x80+id] = 'D'
		}
	}
}

func (s slot) code() byte {
	if s.id == 0 {
		return s.ch
	}
	return 0x80 + s.id
}

// syllableTarget parses the letter codes s as one Vietnamese syllable and
// returns the index of the letter that must carry the tone mark in the given
// style. ok is false when s is not a Vietnamese syllable.
func syllableTarget(s []byte, style ToneStyle) (target int, ok bool) {
	n := len(s)
	j := 0
	for j < n && codeVowel[s[j]] == 0 {
		j++
	}
	switch {
	case j == n:
		return 0, false
	case j == 1 && s[0] == 'q':
		if codeVowel[s[j]] != vU || j+1 >= n || codeVowel[s[j+1]] == 0 {
			return 0, false
		}
		j++
	case j == 1 && s[0] == 'g' && codeVowel[s[j]] == vI && j+1 < n && codeVowel[s[j+1]] != 0:
		j++
	default:
		if !validOnset(s[:j]) {
			return 0, false
		}
	}
	k := j
	idx := 0
	for k < n {
		v := codeVowel[s[k]]
		if v == 0 {
			break
		}
		if k-j == 3 {
			return 0, false
		}
		idx |= int(v) << (4 * (k - j))
		k++
	}
	e := clusterTab[idx]
	if e&clValid == 0 {
		return 0, false
	}
	if k < n {
		if e&clCoda == 0 || !validCoda(s[k:]) {
			return 0, false
		}
		return j + int(e>>clPosCoda&3), true
	}
	if e&clOpen == 0 {
		return 0, false
	}
	if style == ToneNew {
		return j + int(e>>clPosNew&3), true
	}
	return j + int(e>>clPosOld&3), true
}

func validOnset(s []byte) bool {
	switch len(s) {
	case 0:
		return true
	case 1:
		switch codeCh[s[0]] {
		case 'b', 'c', 'd', 'D', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x':
			return true
		}
	case 2:
		a, b := s[0], s[1]
		switch b {
		case 'h':
			switch a {
			case 'c', 'g', 'k', 'n', 'p', 't':
				return true
			}
		case 'g':
			return a == 'n'
		case 'r':
			return a == 't'
		}
	case 3:
		return s[0] == 'n' && s[1] == 'g' && s[2] == 'h'
	}
	return false
}

func validCoda(s []byte) bool {
	switch len(s) {
	case 1:
		switch s[0] {
		case 'c', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		a, b := s[0], s[1]
		return (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'))
	}
	return false
}

// IsSyllable reports whether the word w has the shape of a Vietnamese
// syllable, whatever its diacritics or their absence: an onset (validOnset,
// with gi and qu) or none, a vowel cluster Vietnamese writes, and a coda
// (validCoda) or none. Letters f, j, w, z, inner capitals after the first
// letter (unless all are capitals), letters outside Vietnamese and
// consonant clusters outside the onsets make it foreign ("Kalganov",
// "Petersburg", "iPhone"); so do digits and signs. entity marks the words
// it accepts (Syllable) to tell Vietnamese names from foreign ones.
func IsSyllable(w string) bool {
	var buf [32]byte
	b := buf[:0]
	upperInside, lowerSeen := false, false
	for i, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upperInside = upperInside || i > 0
		} else {
			lowerSeen = true
		}
		f := unicode.ToLower(FoldRune(r))
		if f >= utf8.RuneSelf || len(b) == len(buf) {
			return false
		}
		b = append(b, byte(f))
	}
	if upperInside && lowerSeen {
		return false
	}
	rest := b[foldedOnsetLen(b):]
	n := 0 // the vowels
	for n < len(rest) && asciiVowel[rest[n]] != 0 {
		n++
	}
	if n == 0 {
		// "gi", "gin": the i of gi is the vowel.
		return len(b) >= 2 && b[0] == 'g' && b[1] == 'i' && (len(b) == 2 || validCoda(b[2:]))
	}
	return foldedClusters[string(rest[:n])] && (n == len(rest) || validCoda(rest[n:]))
}

// foldedOnsetLen returns the length of the onset at the start of the
// folded lower-case word s: the longest of validOnset's, gi or qu that
// leaves a letter after it; 0 when s starts with a vowel.
func foldedOnsetLen(s []byte) int {
	for k := min(3, len(s)-1); k > 0; k-- {
		if validOnset(s[:k]) || k == 2 && (s[0] == 'g' && s[1] == 'i' || s[0] == 'q' && s[1] == 'u') {
			return k
		}
	}
	return 0
}

// foldedClusters lists the vowel sequences (nucleus with glides and
// offglides) of Vietnamese syllables, diacritics removed.
var foldedClusters = map[string]bool{}

func init() {
	for _, v := range []string{
		"a", "e", "i", "o", "u", "y",
		"ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua",
		"ue", "ui", "uo", "uu", "uy", "ya", "ye", "oai", "oao", "oay", "oeo", "uay", "uya",
		"uye", "uoi", "uou", "uyu", "ieu", "yeu", "uai", "uau", "uao", "ueu", "uoa",
	} {
		foldedClusters[v] = true
	}
}
