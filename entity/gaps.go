package entity

import (
	"slices"
	"sort"
)

// gaps is what the gap rules (stage 2) read and write: the mentions that
// resolution kept, which tokens they hold, and the mentions added.
type gaps struct {
	r    *Recognizer
	w    *work
	text string
	n    int       // number of tokens
	out  []Mention // the mentions kept by resolution, by start
	// spans[mi] is the token range [a, b) of out[mi], every token that
	// shares a byte with it; first[mi] is the first token starting at or
	// after its start.
	spans [][2]int
	first []int32
	added []Mention
	// foreignFull holds the words of foreign names given in full, which
	// may name the person alone later (shortNames).
	foreignFull map[string]bool
	// givenNames holds the given names of the Vietnamese people the text
	// names, alone ("Toàn") and with the syllable before ("Văn Toàn"):
	// one sense per document, so they name the person again later
	// (shortNames).
	// The keys are {"", given} and {syllable before, given}, cut from
	// the text, so noting a name allocates nothing.
	givenNames map[[2]string]bool
	// placeNames are the places the text named after a trigger
	// (placeRepeats); kept for its room.
	placeNames []placeName
	// orgPhrases are names of organizations the text has used, found again
	// by repeats.
	orgPhrases map[string]bool
}

// stage2 runs the gap rules: it fills gaps left by the lexicon and grammar
// rules, using what they found: names right after a title, foreign-looking
// capitalized runs, acronyms the text defines or uses as an organization,
// and short references to people named in full elsewhere in the text.
func (r *Recognizer) stage2(text string, w *work, out []Mention) []Mention {
	n := len(w.toks)
	w.taken = grow(w.taken, n)
	for i := range w.taken {
		w.taken[i] = false
	}
	// owner[i] is the mention covering token i (index into out), -1 if none.
	w.owner = grow(w.owner, n)
	owner := w.owner
	for i := range owner {
		owner[i] = -1
	}
	// The state lives in w: the rules are called through function values,
	// so a state made here would be allocated on every call.
	g := &w.gaps
	*g = gaps{r: r, w: w, text: text, n: n, out: out, spans: make([][2]int, len(out)), first: make([]int32, len(out)),
		foreignFull: g.foreignFull, orgPhrases: g.orgPhrases, givenNames: g.givenNames,
		placeNames: g.placeNames}
	if g.foreignFull == nil {
		g.foreignFull, g.orgPhrases, g.givenNames = map[string]bool{}, map[string]bool{}, map[[2]string]bool{}
	}
	// first[mi]: out is sorted by start, so one cursor walks the tokens
	// once instead of a search per mention.
	cur := 0
	for mi, m := range out {
		for cur < n && w.toks[cur].Start < m.Start {
			cur++
		}
		g.first[mi] = int32(cur)
		// Every token that shares a byte with the mention is taken (a date
		// may start inside a token: "Ngọ1000").
		a := cur
		for a > 0 && w.toks[a-1].End > m.Start {
			a--
		}
		b := a
		for b < n && w.toks[b].Start < m.End {
			w.taken[b] = true
			owner[b] = int32(mi)
			b++
		}
		g.spans[mi] = [2]int{a, b}
	}
	for _, run := range gapRules {
		run(g)
	}
	added := g.added
	// Keep nothing of this text, only the maps' room.
	clear(g.foreignFull)
	clear(g.orgPhrases)
	clear(g.givenNames)
	*g = gaps{foreignFull: g.foreignFull, orgPhrases: g.orgPhrases, givenNames: g.givenNames, placeNames: g.placeNames[:0]}
	if len(added) == 0 {
		return out
	}
	return mergeByStart(out, added)
}

// take adds a mention of rule id over tokens [a, b) and marks them taken.
func (g *gaps) take(id ruleID, a, b int) *Mention {
	w := g.w
	for i := a; i < b; i++ {
		w.taken[i] = true
	}
	s, e := w.toks[a].Start, w.toks[b-1].End
	g.added = append(g.added, Mention{Type: rules[id].typ, Start: s, End: e, Text: g.text[s:e], Rule: rules[id].name})
	return &g.added[len(g.added)-1]
}

// free reports whether token i exists and no mention holds it.
func (g *gaps) free(i int) bool { return i >= 0 && i < g.n && !g.w.taken[i] }

// word returns the text of token i.
func (g *gaps) word(i int) string { t := g.w.toks[i]; return g.text[t.Start:t.End] }

// sameSent reports whether token b is in the sentence of token a, on the
// same line.
func (g *gaps) sameSent(a, b int) bool {
	return b < g.n && g.w.sentOf[a] == g.w.sentOf[b] && !g.w.toks[b].Is(LineBefore)
}

// capWord reports whether token i is a capitalized word that may be part
// of a name.
func (g *gaps) capWord(i int) bool {
	t := g.w.toks[i]
	// An initialed name ("V.Kalganov") starts with a capital too, so Cap covers it.
	return t.Kind == Word && t.Is(Cap) && !t.Is(AllCaps) && !hasDigit(g.text[t.Start:t.End]) &&
		!g.w.has(i, bitStop|bitTitle|bitOrgHead|bitHonorific|bitEvent|bitLocTrigger)
}

// runWord reports whether token i is a capitalized word that may be part
// of a name, or the first syllable of a name transcribed into Vietnamese
// ("Ba-rắc", "Tô-ni"), whatever else that syllable may be.
func (g *gaps) runWord(i int) bool {
	if g.capWord(i) {
		return true
	}
	return transcribedAt(g.w.toks[:g.n], g.r.w.dash, i)
}

// transcribedAt reports whether token i starts a name transcribed into
// Vietnamese syllables: a capitalized word, a hyphen written against it and
// a lower-case word written against the hyphen ("Ba-rắc", "Xổm-xạt").
func transcribedAt(toks []Token, dash int32, i int) bool {
	return i >= 0 && i+2 < len(toks) && toks[i].Kind == Word && toks[i].Is(Cap) && !toks[i].Is(AllCaps) &&
		toks[i+1].Key == dash && toks[i+1].Start == toks[i].End && toks[i+2].Start == toks[i+1].End &&
		toks[i+2].Kind == Word && !toks[i+2].Is(Cap)
}

// capRun returns the end of the run of free capitalized words from token
// a, at most max words (hyphenated compounds and name particles inside),
// and the number of words in it, a hyphenated compound counting as one.
func (g *gaps) capRun(a int, max int) (end, words int) {
	w, n := g.w, g.n
	b := a
	// "Lee Jae-myung", "Jean-Pierre": a hyphen written against both words.
	hyphen := func(b int) bool {
		return b+1 < n && g.free(b) && g.free(b+1) && w.toks[b].Key == g.r.w.dash && w.toks[b].Start == w.toks[b-1].End &&
			w.toks[b+1].Start == w.toks[b].End && w.toks[b+1].Kind == Word
	}
	// The first part of a hyphenated given name is a name whatever else the
	// word may be ("Park Hang-seo").
	for b < n && words < max && g.free(b) && (b == a || g.sameSent(a, b)) &&
		(g.runWord(b) || b > a && w.toks[b].Is(Cap) && !w.toks[b].Is(AllCaps) && hyphen(b+1)) {
		b++
		words++
		// "Vla-đi-mia": a name transcribed syllable by syllable.
		for hyphen(b) {
			b += 2
		}
		// "Ursula von der Leyen", "Charles de Gaulle": particles, one or
		// more, then a capitalized word.
		k := b
		for k+1 < n && k > a && k < b+3 && g.free(k) && g.sameSent(a, k) && g.r.w.particles[g.word(k)] {
			k++
		}
		if k > b && g.free(k) && g.sameSent(a, k) && g.capWord(k) {
			b = k
		}
	}
	if b > a && words < max && b < n && g.free(b) && g.sameSent(a, b) && w.toks[b].Is(SpaceBefore) &&
		w.toks[b].Kind == Word && regnal(g.word(b)) {
		b++ // "Elizabeth II", "Charles III"
		words++
	}
	return b, words
}

// regnal reports whether w is the Roman numeral of a monarch or a pope, II
// to XXX ("Elizabeth II", "Leo XIV"); a single letter is rather an initial.
func regnal(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// tokAt returns the first token that starts at or after byte off.
func (g *gaps) tokAt(off int) int {
	return sort.Search(g.n, func(i int) bool { return g.w.toks[i].Start >= off })
}

// typeBefore returns the type of the mention that holds token i-1, or 0.
func (g *gaps) typeBefore(i int) Type {
	if i-1 >= 0 && g.w.owner[i-1] >= 0 {
		return g.out[g.w.owner[i-1]].Type
	}
	return 0
}

// mergeByStart merges the mentions of added into out, which is sorted by
// start, and returns the result sorted by start. Mentions never share a
// start (none overlap), so the order is total.
func mergeByStart(out, added []Mention) []Mention {
	slices.SortFunc(added, func(a, b Mention) int { return a.Start - b.Start })
	n, m := len(out), len(added)
	out = slices.Grow(out, m)[:n+m]
	// Merge from the back, so that nothing in out is overwritten before it moves.
	i, j := n-1, m-1
	for k := n + m - 1; j >= 0; k-- {
		if i >= 0 && out[i].Start > added[j].Start {
			out[k] = out[i]
			i--
		} else {
			out[k] = added[j]
			j--
		}
	}
	return out
}
