package normalize

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Repairs is a set of repair rules: typing mistakes that the normalizer
// corrects in a word whose letters, once corrected, make one Vietnamese
// syllable. A rule never changes a word that is already a valid syllable,
// a word without any Vietnamese diacritic (plain ASCII: foreign words,
// codes, "ko" for "không"), nor a word in a URL, an e-mail address or an
// identifier. Each rule can be switched off with Normalizer.NoRepair.
type Repairs uint8

const (
	// RepairDoubleTone keeps one tone mark when the same mark was typed on
	// two vowels of one syllable ("bàì" -> "bài", "cấú" -> "cấu"); the mark
	// then goes where the tone style puts it. Two different marks are left
	// as written: which one was meant cannot be told.
	RepairDoubleTone Repairs = 1 << iota
	// RepairHorn puts the missing horn on the ươ pair: "uơ" or "ưo"
	// followed by a coda or a vowel ("nguời", "muớn", "đuợc", "đưọc" ->
	// "người", "mướn", "được", "được"). An open "uơ" is left ("thuở"),
	// and so is "quơ", where the u belongs to the onset.
	RepairHorn
	// RepairSpelling applies the spelling rules of the velar onsets: "ngh"
	// and "gh" only before i, e, ê ("nghạc" -> "ngạc", "ngiệp" -> "nghiệp",
	// "gế" -> "ghế"); "k" before i, e, ê, y and "c" elsewhere ("kà" -> "cà",
	// "cế" -> "kế"); "qu" for c or k + u before â, ê, y ("cuân" -> "quân"). The
	// k/c rules skip capitalized words, since names from the languages of
	// the Central Highlands are spelled with k ("Kông Chro").
	RepairSpelling
	// RepairVIQR reads a "?" or "." right after a vowel at the end of a
	// VIQR word as a tone mark ("thu+?" -> "thử") when the input is that
	// one word, when the text uses the RFC 1456 escapes "\?" and "\." for
	// punctuation (so an unescaped one is a tone), or when other sentence
	// punctuation follows ("ddi.?" -> "đị?"). A mark after a word that
	// already has a tone, or before a space and a capital or the end of a
	// line, stays punctuation, as before. It applies only to VIQR input.
	RepairVIQR

	// AllRepairs is every repair rule.
	AllRepairs = RepairDoubleTone | RepairHorn | RepairSpelling | RepairVIQR
)

// numRepairs is the number of repair rules.
const numRepairs = 4

var repairNames = [numRepairs]string{"double-tone", "horn", "spelling", "viqr"}

// String returns the rule names joined by ",": "horn,spelling", "none"
// for the empty set and "all" for AllRepairs.
func (r Repairs) String() string {
	switch r {
	case 0:
		return "none"
	case AllRepairs:
		return "all"
	}
	var names []string
	for k, n := range repairNames {
		if r&(1<<k) != 0 {
			names = append(names, n)
		}
	}
	if rest := r &^ AllRepairs; rest != 0 {
		names = append(names, fmt.Sprintf("Repairs(%#x)", uint8(rest)))
	}
	return strings.Join(names, ",")
}

// ParseRepairs parses a comma-separated list of rule names (the names
// String returns: double-tone, horn, spelling, viqr), or "all" or "none".
func ParseRepairs(s string) (Repairs, error) {
	var r Repairs
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		switch f {
		case "all":
			r |= AllRepairs
			continue
		case "none", "":
			continue
		}
		k := 0
		for k < numRepairs && repairNames[k] != f {
			k++
		}
		if k == numRepairs {
			return 0, fmt.Errorf("normalize: unknown repair rule %q (want %s, all or none)", f, strings.Join(repairNames[:], ", "))
		}
		r |= 1 << k
	}
	return r, nil
}

// RepairCounts counts the words each repair rule changed, one count per
// rule; Get reads the count of one rule.
type RepairCounts [numRepairs]int

// Get returns the number of words that rule r changed (the sum when r
// holds several rules).
func (c RepairCounts) Get(r Repairs) int {
	n := 0
	for k := range c {
		if r&(1<<k) != 0 {
			n += c[k]
		}
	}
	return n
}

// Total returns the number of repairs of all rules.
func (c RepairCounts) Total() int { return c.Get(AllRepairs) }

// String lists the non-zero counts: "horn=2 spelling=1", or "" when none.
func (c RepairCounts) String() string {
	var b strings.Builder
	for k, n := range c {
		if n != 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s=%d", repairNames[k], n)
		}
	}
	return b.String()
}

// repairIndex returns the index in RepairCounts of the single rule r.
func repairIndex(r Repairs) int {
	k := 0
	for r > 1 {
		r >>= 1
		k++
	}
	return k
}

func (c *RepairCounts) add(r Repairs) {
	for k := range c {
		if r&(1<<k) != 0 {
			c[k]++
		}
	}
}

// slotsValid reports whether the letters sl[:ns] make one Vietnamese
// syllable (tone marks aside).
func slotsValid(sl *[maxSlots]slot, ns int) bool {
	var codes [maxSlots]byte
	for k := 0; k < ns; k++ {
		codes[k] = sl[k].code()
	}
	_, ok := syllableTarget(codes[:ns], ToneOld)
	return ok
}

// frontVowel reports the vowels before which the velar onset is spelled k,
// gh, ngh: i, e, ê (and y, for k).
func frontVowel(id uint8, withY bool) bool {
	return id == vI || id == vE || id == vEe || (withY && id == vY)
}

// repairSlots applies the repair rules to the letters sl[:ns] of one word
// (slots of vowels, ASCII consonants and đ) and returns the letters, their
// number and the rules that changed them. Each rule's change is kept only
// if the word is a valid syllable afterwards.
func repairSlots(sl [maxSlots]slot, ns int, rules Repairs, style ToneStyle) ([maxSlots]slot, int, Repairs) {
	diacritic := false
	for k := 0; k < ns; k++ {
		id := sl[k].id
		if sl[k].tone != ToneLevel || qualityVowel[id] || id == vDD || id == vEth {
			diacritic = true
			break
		}
	}
	j := 0
	for j < ns && !sl[j].vowel() {
		j++
	}
	if !diacritic || j == ns {
		return sl, ns, 0
	}
	var done Repairs
	// the horn first: the onset's spelling depends on the vowel after it
	if rules&RepairHorn != 0 {
		cs := j // the first vowel of the rhyme
		if (j == 1 && sl[0].ch == 'q' && sl[j].id == vU) || (j == 1 && sl[0].ch == 'g' && sl[j].id == vI && j+1 < ns && sl[j+1].vowel()) {
			cs++
		}
		if cs+2 < ns {
			a, b := sl[cs].id, sl[cs+1].id
			if (a == vU && b == vOw) || (a == vUw && b == vO) {
				t := sl
				t[cs].id, t[cs+1].id = vUw, vOw
				if slotsValid(&t, ns) {
					sl, done = t, done|RepairHorn
				}
			}
		}
	}
	if rules&RepairSpelling != 0 {
		if t, tn, ok := spellOnset(sl, ns, j); ok && slotsValid(&t, tn) {
			sl, ns, done = t, tn, done|RepairSpelling
		}
	}
	if rules&RepairDoubleTone != 0 {
		nt, first, same := 0, -1, true
		for k := 0; k < ns; k++ {
			if tn := sl[k].tone; tn != ToneLevel {
				if nt > 0 && tn != sl[first].tone {
					same = false
				}
				if nt == 0 {
					first = k
				}
				nt++
			}
		}
		if nt >= 2 && same {
			var codes [maxSlots]byte
			for k := 0; k < ns; k++ {
				codes[k] = sl[k].code()
			}
			if style == ToneKeep {
				style = ToneOld
			}
			if t, ok := syllableTarget(codes[:ns], style); ok {
				keep := first
				if sl[t].tone != ToneLevel {
					keep = t
				}
				for k := 0; k < ns; k++ {
					if k != keep {
						sl[k].tone = ToneLevel
					}
				}
				done |= RepairDoubleTone
			}
		}
	}
	return sl, ns, done
}

// spellOnset applies the spelling rules of the velar onsets to sl[:ns],
// whose first vowel is at j. ok is false when no rule applies.
func spellOnset(sl [maxSlots]slot, ns, j int) ([maxSlots]slot, int, bool) {
	v := sl[j].id
	var onset [3]byte
	if j > len(onset) {
		return sl, ns, false
	}
	for k := 0; k < j; k++ {
		onset[k] = sl[k].ch
	}
	switch string(onset[:j]) {
	case "ngh", "gh":
		if frontVowel(v, false) {
			return sl, ns, false
		}
		copy(sl[j-1:], sl[j:ns])
		return sl, ns - 1, true
	case "ng", "g":
		// g + i is the gi onset ("gì"); ng + i takes the h
		if !(v == vE || v == vEe || (j == 2 && v == vI)) || ns == maxSlots {
			return sl, ns, false
		}
		copy(sl[j+1:], sl[j:ns])
		sl[j] = slot{ch: 'h', up: sl[j-1].up && sl[j+1].up}
		return sl, ns + 1, true
	case "k", "c":
		// the letter of /k/ before this rhyme: qu before the rising
		// diphthongs uâ, uê, uy; k before i, e, ê, y; c elsewhere
		want := byte('c')
		if frontVowel(v, true) {
			want = 'k'
		} else if v == vU && j+1 < ns {
			switch sl[j+1].id {
			case vAa, vEe, vY:
				want = 'q'
			}
		}
		if sl[0].up || sl[0].ch == want {
			return sl, ns, false
		}
		sl[0].ch = want
		return sl, ns, true
	}
	return sl, ns, false
}

// letterCode returns the letter code (see syllableCodes) of the letter at
// w[i] in a word of the fast path (ASCII letters and two- or three-byte
// Vietnamese letters), and its size; 0 past the end.
func letterCode(w []byte, i int) (byte, int) {
	if i >= len(w) {
		return 0, 0
	}
	c := w[i]
	if c < utf8.RuneSelf {
		return c | 0x20, 1
	}
	if c < 0xE0 {
		return byte(vnFast[(rune(c&0x1F)<<6|rune(w[i+1]&0x3F))-foldLo]), 2
	}
	return byte(vnFast[(0x1000|rune(w[i+1]&0x3F)<<6|rune(w[i+2]&0x3F))-foldLo]), 3
}

// onsetSuspect reports whether the word w of the fast path starts with a
// velar onset that RepairSpelling may respell. It may say yes for a word
// the rule leaves alone (slowWord decides), never no for one it changes.
func onsetSuspect(w []byte) bool {
	c0 := w[0] | 0x20
	if c0 != 'c' && c0 != 'k' && c0 != 'g' && c0 != 'n' {
		return false
	}
	c1, n1 := letterCode(w, 1)
	ng := c0 == 'n'
	if ng {
		if c1 != 'g' {
			return false
		}
		c0 = 'g'
		w = w[1:]
		c1, n1 = letterCode(w, 1)
	}
	v1 := codeVowel[c1]
	switch c0 {
	case 'c':
		if w[0] < 'a' {
			return false
		}
		if frontVowel(v1, true) {
			return true
		}
		if v1 == vU {
			c2, _ := letterCode(w, 1+n1)
			v2 := codeVowel[c2]
			return v2 == vAa || v2 == vEe || v2 == vY
		}
		return false
	case 'k':
		return w[0] >= 'a' && v1 != 0 && !frontVowel(v1, true)
	}
	// g or ng
	if c1 == 'h' {
		c2, _ := letterCode(w, 1+n1)
		v2 := codeVowel[c2]
		return v2 != 0 && !frontVowel(v2, false)
	}
	return v1 == vE || v1 == vEe || (ng && v1 == vI)
}
