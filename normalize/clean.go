package normalize

import "sync"

// The clean-syllable sets let scanFast pass a word with one lookup: a word
// of ASCII letters and precomposed Vietnamese letters is packed into a key
// as it is read, and the word needs no change when its key is in the set
// of its tone style. A set holds every Vietnamese syllable that slowWord
// leaves as written: valid, untouched by any repair rule, and toneless or
// with its tone mark where the style puts it (anywhere on a vowel for
// ToneKeep). Any other word that has a letter outside ASCII, valid or
// not, leaves the fast path and is decided by word and slowWord, so a set
// that lacks a syllable only costs time, never changes the output.
//
// A key is 1 followed by 7 bits per letter, first letter first: an ASCII
// letter is its code & 0x1F (1..26, either case), a Vietnamese letter
// 0x20 | its letter id (33..45), with 0x40 added when it bears a tone mark.
// Every letter's bits are non-zero, so a word of more than 7 letters (no
// syllable has more) packs to a key of 8 or more groups, and one of more
// than 9, whose first letters are shifted out, to a key whose top group is
// non-zero: neither is ever equal to a syllable's key (at most 50 bits).

const (
	keyTone     = 0x40 // added to the letter's code when it bears a tone mark
	keyVNLetter = 0x20
)

// keyCodeASCII returns the 7-bit key code of an ASCII letter.
func keyCodeASCII(c byte) uint64 { return uint64(c & 0x1F) }

// keyCodeVN returns the 7-bit key code of a precomposed Vietnamese letter
// from its vnFast flags.
func keyCodeVN(f uint16) uint64 { return uint64(f&0x0F|keyVNLetter) | uint64(f>>4&keyTone) }

// syllableSet is an open-addressing hash set of keys (0 marks an empty
// slot: every key has its leading 1).
type syllableSet struct {
	slots []uint64
	shift uint
}

func (s *syllableSet) index(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> s.shift }

// has reports whether k is in the set.
func (s *syllableSet) has(k uint64) bool {
	mask := uint64(len(s.slots) - 1)
	for i := s.index(k); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

func (s *syllableSet) add(k uint64) {
	mask := uint64(len(s.slots) - 1)
	i := s.index(k)
	for s.slots[i] != 0 && s.slots[i] != k {
		i = (i + 1) & mask
	}
	s.slots[i] = k
}

// newSyllableSet returns an empty set with room for n keys at a load of at
// most one half.
func newSyllableSet(n int) *syllableSet {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return &syllableSet{slots: make([]uint64, 1<<bits), shift: 64 - bits}
}

var (
	cleanOnce [3]sync.Once
	cleanSets [3]*syllableSet
)

// cleanSet returns the clean-syllable set of a tone style, built on first
// use (ToneKeep for an unknown style).
func cleanSet(style ToneStyle) *syllableSet {
	if style > ToneKeep {
		style = ToneKeep
	}
	cleanOnce[style].Do(func() { cleanSets[style] = buildCleanSet(style) })
	return cleanSets[style]
}

// syllableOnsets are the spellings that may start a syllable (qu and gi
// included, so that the parser decides where their u or i belongs), and
// syllableCodas the consonants that may end one.
var (
	syllableOnsets = []string{"", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
		"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "ngh"}
	syllableCodas = []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
)

// buildCleanSet enumerates onset, vowel cluster and coda, and keeps the
// letter sequences that parse as a syllable and that no repair rule
// changes, each toneless and with a tone mark on the letters the style
// accepts.
func buildCleanSet(style ToneStyle) *syllableSet {
	// the rhymes: a cluster that may end the syllable, or one that may
	// take a coda with each coda
	var rhymes [][maxSlots]uint8
	for idx, e := range clusterTab {
		if e&clValid == 0 {
			continue
		}
		var rh [maxSlots]uint8
		n := 0
		for x := idx; x != 0; x >>= 4 {
			rh[n] = uint8(x & 0xF)
			n++
		}
		for _, co := range syllableCodas {
			if (co == "" && e&clOpen == 0) || (co != "" && e&clCoda == 0) {
				continue
			}
			r := rh
			for k := 0; k < len(co); k++ {
				r[n+k] = co[k] // a consonant: above every vowel id
			}
			rhymes = append(rhymes, r)
		}
	}
	set := newSyllableSet(len(syllableOnsets) * len(rhymes) * 2)
	for _, on := range syllableOnsets {
		var sl [maxSlots]slot
		ns := 0
		for _, r := range on {
			if r == 'đ' {
				sl[ns] = slot{id: vDD, ch: 'D'}
			} else {
				sl[ns] = slot{id: asciiVowel[r], ch: byte(r)} // the u of qu, the i of gi
			}
			ns++
		}
		for _, rh := range rhymes {
			t, tn := sl, ns
			for k := 0; k < len(rh) && rh[k] != 0 && tn < maxSlots; k++ {
				if v := rh[k]; v <= vY {
					t[tn] = slot{id: v, ch: letterBase[v]}
				} else {
					t[tn] = slot{ch: v}
				}
				tn++
			}
			addCleanKeys(set, t, tn, style)
		}
	}
	return set
}

// addCleanKeys adds to set the keys of the toneless letters sl[:ns] and of
// their toned forms, if slowWord leaves them unchanged in the given style.
func addCleanKeys(set *syllableSet, sl [maxSlots]slot, ns int, style ToneStyle) {
	var codes [maxSlots]byte
	for k := 0; k < ns; k++ {
		codes[k] = sl[k].code()
	}
	t, ok := syllableTarget(codes[:ns], style)
	if !ok {
		return
	}
	// With a tone mark the word has a diacritic, so every rule looks at
	// it; its letters decide whether one changes them, not the mark.
	toned := sl
	toned[t].tone = ToneAcute
	if _, _, r := repairSlots(toned, ns, AllRepairs, style); r != 0 {
		return
	}
	set.add(slotsKey(sl, ns, -1))
	for k := 0; k < ns; k++ {
		if k == t || (style == ToneKeep && sl[k].vowel()) {
			set.add(slotsKey(sl, ns, k))
		}
	}
}

// slotsKey returns the key of the letters sl[:ns] with a tone mark on
// letter toned (none if -1).
func slotsKey(sl [maxSlots]slot, ns, toned int) uint64 {
	key := uint64(1)
	for k := 0; k < ns; k++ {
		// a letter without a diacritic is ASCII in the text
		id := sl[k].id
		c := keyCodeASCII(sl[k].ch)
		if k == toned {
			c = uint64(id) | keyVNLetter | keyTone
		} else if qualityVowel[id] || id == vDD {
			c = uint64(id) | keyVNLetter
		}
		key = key<<7 | c
	}
	return key
}
