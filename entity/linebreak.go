package entity

// A line break inside a sentence, where text was wrapped by hand or by the
// page it was copied from ("TAND tỉnh Quảng\nNam", "ông Nguyễn\nVăn Tập"),
// would end the sentence and cut the name in two. Such a break is read as
// a space when the words on both sides make one name: a place of the
// lexicon, or a family name then a middle name with the given name after
// it. Its token loses LineBefore (Token documents the repair).

// softenBreaks clears LineBefore where a line break falls inside a name
// (see above) and splits the sentences again if it did; it reports whether
// it did. Only the tokens where a sentence may end (breaks) are read.
func (r *Recognizer) softenBreaks(text string, w *work) bool {
	soft := false
	for _, b := range w.breaks {
		i := int(b)
		if i >= 1 && w.toks[i].Is(LineBefore) && r.nameAcrossLine(text, w.toks, i) {
			w.toks[i].Flags &^= LineBefore
			soft = true
		}
	}
	if soft {
		w.sents = splitSentences(text, w.toks, w.breaks, w.sents[:0])
	}
	return soft
}

// nameAcrossLine reports whether the line break before token i falls
// inside a name: the line goes on to a capitalized syllable (not alone on
// its line), one line break and spaces only, and the two syllables are
// consecutive words of a place of the lexicon (placePairs), or a family
// name then a middle name with a capitalized word after it on the line.
func (r *Recognizer) nameAcrossLine(text string, toks []Token, i int) bool {
	p, t := toks[i-1], toks[i]
	nameWord := func(t Token) bool {
		return t.Kind == Word && t.Is(Cap) && !t.Is(AllCaps) && t.Is(Syllable)
	}
	if !nameWord(p) || !nameWord(t) || p.Is(LineBefore) {
		return false
	}
	lines := 0
	for k := p.End; k < t.Start; k++ {
		switch text[k] {
		case '\n':
			lines++
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	if lines != 1 {
		return false
	}
	if r.w.placePairs[pairKey(p.Key, t.Key)] {
		return true
	}
	if i+1 >= len(toks) || !nameWord(toks[i+1]) || toks[i+1].Is(LineBefore) {
		return false
	}
	return r.singleHas(p.Key, bitFamily) && r.singleHas(t.Key, bitGiven)
}

// singleHas reports whether a one-word entry of one of the kinds has the
// key k.
func (r *Recognizer) singleHas(k int32, kinds kindSet) bool {
	for _, s := range r.single.candidates(k, false) {
		if s.bit&kinds != 0 {
			return true
		}
	}
	return false
}
