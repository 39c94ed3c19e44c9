package normalize

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

// syllableTarget parses s as one Vietnamese syllable and returns the index
// of the letter that must carry the tone mark in the given style.
// ok is false when s is not a Vietnamese syllable.
func syllableTarget(s []slot, style ToneStyle) (target int, ok bool) {
	n := len(s)
	j := 0
	for j < n && !s[j].vowel() {
		j++
	}
	switch {
	case j == n:
		return 0, false
	case j == 1 && s[0].ch == 'q':
		if s[j].id != vU || j+1 >= n || !s[j+1].vowel() {
			return 0, false
		}
		j++
	case j == 1 && s[0].ch == 'g' && s[j].id == vI && j+1 < n && s[j+1].vowel():
		j++
	default:
		if !validOnset(s[:j]) {
			return 0, false
		}
	}
	k := j
	idx := 0
	for k < n && s[k].vowel() {
		if k-j == 3 {
			return 0, false
		}
		idx |= int(s[k].id) << (4 * (k - j))
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

func validOnset(s []slot) bool {
	switch len(s) {
	case 0:
		return true
	case 1:
		switch s[0].ch {
		case 'b', 'c', 'd', 'D', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x':
			return true
		}
	case 2:
		a, b := s[0].ch, s[1].ch
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
		return s[0].ch == 'n' && s[1].ch == 'g' && s[2].ch == 'h'
	}
	return false
}

func validCoda(s []slot) bool {
	switch len(s) {
	case 1:
		switch s[0].ch {
		case 'c', 'm', 'n', 'p', 't':
			return s[0].id == 0
		}
	case 2:
		if s[0].id != 0 || s[1].id != 0 {
			return false
		}
		a, b := s[0].ch, s[1].ch
		return (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'))
	}
	return false
}
