package entity

import (
	"slices"
)

// match finds the lexicon entries of every sentence (one-token entries by
// key, longer ones with the automaton), keeps the verified matches indexed
// by start token, and notes the sentence facts stage2 reads.
func (r *Recognizer) match(text string, w *work) {
	n := len(w.toks)
	w.matches = w.matches[:0]
	w.kinds = grow(w.kinds, n)
	clear(w.kinds)
	// While reading every token, this loop also gathers what stage2 needs
	// of the sentences: which sentence each token is in, the capitalized
	// words, and the lines written in capitals.
	w.sentOf = grow(w.sentOf, n)
	caps := grow(w.caps, n)
	nc := 0
	w.capsLine = grow(w.capsLine, len(w.sents))
	for si, s := range w.sents {
		// prose: the first word of the sentence is capitalized (ordinary
		// prose, not a lower-case slug).
		prose := false
		for _, t := range w.toks[s.First:s.Last] {
			if t.Kind == Word {
				prose = t.Is(Cap)
				break
			}
		}
		w.accFirst = -1 // sentenceAccented computes it when asked
		// cb checks a match of an entry of two or more tokens.
		cb := func(st, en int, v int32) {
			q := r.quick[v]
			if prose && q.capFirst && !w.toks[st].Is(Cap) {
				return // fast reject: in prose a name keeps its first capital
			}
			if r.verify(text, w, s, st, en, q) {
				w.matches = append(w.matches, lexMatch{int32(st), int32(en), v, q.bit})
				w.kinds[st] |= q.bit
			}
		}
		// One pass over the tokens: the sentence facts, the one-token
		// entries starting at each token and the longer ones (through the
		// automaton) ending there. For each start, matches come by
		// increasing end, and for one end in entry order, as the per-start
		// sort below needs.
		words, upper := 0, 0
		state := int32(0)
		// Which words are capitalized is unpredictable, so the loop does
		// not branch on it: every word is written at caps[nc], and nc
		// moves on for a capitalized one (a word in capitals is
		// capitalized too); the candidate list is chosen by index.
		proseBit := TokenFlags(0)
		if prose {
			proseBit = Cap
		}
		for i := s.First; i < s.Last; i++ {
			t := w.toks[i]
			w.sentOf[i] = int32(si)
			if t.Kind == Word {
				words++
				caps[nc] = int32(i)
				nc += int(t.Flags & Cap / Cap)
				upper += int(t.Flags & AllCaps / AllCaps)
			}
			if t.Key < 0 {
				state = 0
				continue
			}
			// A lower-case word in prose needs only the entries that do not
			// start with a capital.
			cands := r.single.list(t.Key, int(proseBit&^t.Flags/Cap))
			// A marked word passes only entries with its marks: most
			// candidates fail that first test of verifySingle, here
			// without a call.
			mark, marked := uint64(0), t.Is(Marked)
			if marked && len(cands) > 0 {
				mark = w.markHash(text, i)
			}
			for k := range cands {
				if e := &cands[k]; (!marked || e.markHash == mark) && r.verifySingle(text, w, s, i, t, e) {
					w.matches = append(w.matches, lexMatch{int32(i), int32(i + 1), e.entry, e.bit})
					w.kinds[i] |= e.bit
				}
			}
			if state = r.auto.Step(state, t.Key); state != 0 && r.auto.Reports(state) {
				r.auto.Report(state, i+1, cb)
			}
		}
		// A headline in capitals: its words are not acronyms.
		w.capsLine[si] = words >= 3 && upper*3 >= words*2
	}
	w.caps = caps[:nc]
	// Index the matches by start token with a counting sort (the automaton
	// reports them by end), longest first within a start.
	w.first = grow(w.first, n+1)
	clear(w.first)
	for _, m := range w.matches {
		w.first[m.start+1]++
	}
	for i := 1; i <= n; i++ {
		w.first[i] += w.first[i-1]
	}
	w.sorted = grow(w.sorted, len(w.matches))
	fill := grow(w.fill, n)
	copy(fill, w.first[:n])
	w.fill = fill
	for _, m := range w.matches {
		w.sorted[fill[m.start]] = m
		fill[m.start]++
	}
	w.matches, w.sorted = w.sorted, w.matches
	// Each start's matches, found by walking the matches (far fewer than
	// the tokens).
	for a := 0; a < len(w.matches); {
		st := w.matches[a].start
		b := int(w.first[st+1])
		ms := w.matches[a:b]
		a = b
		if len(ms) > 12 {
			slices.SortFunc(ms, func(a, b lexMatch) int { return int(b.end - a.end) })
			continue
		}
		// What SortFunc does with so few: a stable insertion sort, here
		// without a call per comparison.
		for j := 1; j < len(ms); j++ {
			for k := j; k > 0 && ms[k].end > ms[k-1].end; k-- {
				ms[k], ms[k-1] = ms[k-1], ms[k]
			}
		}
	}
}

// localStyle reports whether the matched tokens [st, en) and the token
// before them are written without diacritics (plain) and without capitals
// (lower), like URL slugs, image names and text typed without accents.
func localStyle(toks []Token, s Sentence, st, en int) (plain, lower bool) {
	plain, lower = true, true
	a, b := st-1, en
	if a < s.First {
		a = s.First
	}
	if b > s.Last {
		b = s.Last
	}
	for _, t := range toks[a:b] {
		if t.Kind != Word {
			continue
		}
		if t.Is(Marked) {
			plain = false
		}
		if t.Is(Cap) {
			lower = false
		}
	}
	// A sentence that starts with a capital is ordinary prose, even without
	// diacritics: there a name keeps its capitals ("dien bien" is not Điện Biên).
	for _, t := range toks[s.First:s.Last] {
		if t.Kind == Word {
			if t.Is(Cap) {
				lower = false
			}
			break
		}
	}
	return plain, lower
}

// verify checks a folded-key match of the entry of q against the entry's
// diacritics and capitals. Text written without diacritics (and, for
// names, without capitals) around the match is accepted on the folded key
// alone.
func (r *Recognizer) verify(text string, w *work, s Sentence, st, en int, q entryQuick) bool {
	needCaps := q.needCaps
	ti := r.tokInfo[q.tok : q.tok+q.ntok]
	ms := matchStyle{w: w, s: s, st: st, en: en}
	for j := 0; j < en-st; j++ {
		t, e := w.toks[st+j], &ti[j]
		if t.Is(Marked) {
			if w.markHash(text, st+j) != e.markHash {
				return false
			}
		} else if e.markHash != 0 {
			if !ms.plain() {
				return false
			}
		}
		if needCaps {
			capsOK := true
			if e.acronym && !t.Is(AllCaps) && q.ntok == 1 {
				capsOK = false
			}
			if e.caps && !t.Is(Cap) && (j == 0 || !q.org) {
				capsOK = false
			}
			if !capsOK {
				if !ms.plainLower() {
					return false
				}
			}
		}
	}
	if needCaps && q.ntok == 1 && ti[0].markHash != 0 && !w.toks[st].Is(Marked) {
		// One undiacritized lower-case word ("nhat", "phap") is too ambiguous
		// to be a name that is written with diacritics (Nhật, Pháp).
		if ms.plainLower() && !w.toks[st].Is(Cap) {
			return false
		}
	}
	return true
}

// needsCaps reports whether entries of kind k name something (a person, an
// organization, a place, a name part), so that their capitals must match;
// titles, modifiers, honorifics and place triggers match in any case.
func needsCaps(k Kind) bool {
	switch k {
	case KindTitle, KindTitleMod, KindHonorific, KindLocTrigger:
		return false
	}
	return true // stop words too: they matter only where they could start a name
}

// hashBytes is FNV-1a, never 0.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	if h == 0 {
		h = 1
	}
	return h
}

// longest returns the end token and entry of the longest verified match of
// the given kinds starting at token i, or (-1, -1).
func (w *work) longest(i int, kinds kindSet) (end int, entry int) {
	if i >= len(w.kinds) || w.kinds[i]&kinds == 0 {
		return -1, -1
	}
	for k := w.first[i]; k < int32(len(w.matches)) && int(w.matches[k].start) == i; k++ {
		m := w.matches[k]
		if m.bit&kinds != 0 {
			return int(m.end), int(m.entry) // sorted longest first
		}
	}
	return -1, -1
}

func (w *work) has(i int, kinds kindSet) bool {
	return i >= 0 && i < len(w.kinds) && w.kinds[i]&kinds != 0
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// singleIndex lists the one-token entries by key, in entry order: all of
// them (list 0), and those that do not need a first capital (list 1, see
// entryQuick.capFirst). Each item carries what verifySingle reads, so that
// checking a word against its candidates reads one small array, not the
// entries.
type singleIndex struct {
	// span[k][l] bounds the items of key k in list l: the four bounds of
	// a key side by side, so that finding a word's list reads one place.
	span  [][2][2]int32
	items [2][]single
}

// single is a one-token lexicon entry, as verifySingle checks it.
type single struct {
	markHash uint64 // lexEntry.markHash[0]
	entry    int32
	bit      kindSet
	needCaps bool
	cap      bool // lexEntry.caps[0]
	acronym  bool // lexEntry.acronym[0]
}

func newSingleIndex(singles [][2]int32, nkeys int, entries []lexEntry, quick []entryQuick) singleIndex {
	x := singleIndex{span: make([][2][2]int32, nkeys)}
	in := func(l int, v int32) bool { return l == 0 || !quick[v].capFirst }
	for l := range x.items {
		off := make([]int32, nkeys+1)
		for _, kv := range singles {
			if in(l, kv[1]) {
				off[kv[0]+1]++
			}
		}
		for k := 1; k <= nkeys; k++ {
			off[k] += off[k-1]
		}
		items := make([]single, off[nkeys])
		fill := slices.Clone(off[:nkeys])
		for _, kv := range singles { // singles are in entry order
			k, v := kv[0], kv[1]
			if !in(l, v) {
				continue
			}
			e := &entries[v]
			items[fill[k]] = single{markHash: e.markHash[0], entry: v, bit: e.bit, needCaps: e.needCaps, cap: e.caps[0], acronym: e.acronym[0]}
			fill[k]++
		}
		x.items[l] = items
		for k := range nkeys {
			x.span[k][l] = [2]int32{off[k], off[k+1]}
		}
	}
	return x
}

// candidates returns the one-token entries whose key is k; only those that
// do not need a first capital when uncapped is set.
func (x *singleIndex) candidates(k int32, uncapped bool) []single {
	l := 0
	if uncapped {
		l = 1
	}
	return x.list(k, l)
}

// list returns the one-token entries whose key is k in list l (0: all, 1:
// those that do not need a first capital).
func (x *singleIndex) list(k int32, l int) []single {
	if uint(k) >= uint(len(x.span)) {
		return nil
	}
	sp := x.span[k][l]
	return x.items[l][sp[0]:sp[1]]
}

// verifySingle is verify for a one-token entry at token st (t), reading
// only the compact item.
func (r *Recognizer) verifySingle(text string, w *work, s Sentence, st int, t Token, e *single) bool {
	ms := matchStyle{w: w, s: s, st: st, en: st + 1}
	if t.Is(Marked) {
		if w.markHash(text, st) != e.markHash {
			return false
		}
	} else if e.markHash != 0 {
		if !ms.plain() {
			return false
		}
	}
	if !e.needCaps {
		return true
	}
	if e.acronym && !t.Is(AllCaps) || e.cap && !t.Is(Cap) {
		if !ms.plainLower() {
			return false
		}
	}
	if e.markHash != 0 && !t.Is(Marked) {
		// One undiacritized lower-case word ("nhat", "phap") is too ambiguous
		// to be a name that is written with diacritics (Nhật, Pháp).
		if ms.plainLower() && !t.Is(Cap) {
			return false
		}
	}
	return true
}

// matchStyle is how the text around a match [st, en) of sentence s is
// written (localStyle, with the sentence's accents), worked out once, when
// a check of the match first needs it.
type matchStyle struct {
	w                    *work
	s                    Sentence
	st, en               int
	known, plainW, lower bool
}

func (m *matchStyle) get() {
	if !m.known {
		m.plainW, m.lower = localStyle(m.w.toks, m.s, m.st, m.en)
		m.plainW = m.plainW && !m.w.sentenceAccented(m.s)
		m.known = true
	}
}

// plain reports whether the match and the token before it are written
// without diacritics, in a sentence mostly without them.
func (m *matchStyle) plain() bool { m.get(); return m.plainW }

// plainLower reports plain and that those tokens have no capitals.
func (m *matchStyle) plainLower() bool { m.get(); return m.plainW && m.lower }

// sentenceAccented reports whether more than half of the words of s carry
// diacritics, as in ordinary Vietnamese prose, where about two thirds do;
// slugs and text typed without accents have few. It is computed once per
// sentence, when a match first needs it.
func (w *work) sentenceAccented(s Sentence) bool {
	if w.accFirst != s.First {
		words, marked := 0, 0
		for _, t := range w.toks[s.First:s.Last] {
			if t.Kind == Word {
				words++
				marked += int(t.Flags & Marked / Marked)
			}
		}
		w.accented, w.accFirst = marked*2 > words, s.First
	}
	return w.accented
}

// markHash returns the hash of token i's mark key, computed once per token
// (the tokenizer gives those of the words it found in its memo).
func (w *work) markHash(text string, i int) uint64 {
	h := w.marks[i]
	if h == 0 {
		t := w.toks[i]
		h = markKeyHash(text[t.Start:t.End])
		w.marks[i] = h
	}
	return h
}
