package entity

// TokenKinds appends to begin and inside, for each token of a (in order),
// the lexicon kinds of the verified matches that start at the token
// (begin) and that cover it after their first token (inside). Bit i stands
// for Kinds[i]; bit 31 marks the names of events, meetings and documents
// the recognizer knows. These are the lexicon signals the grammar rules
// read ("honorific before", "org head", "in a province name"), given to a
// learned tagger as features. It must be called before Release.
func (a *Analysis) TokenKinds(begin, inside []uint32) ([]uint32, []uint32) {
	n := len(a.Tokens)
	b0, i0 := len(begin), len(inside)
	begin = append(begin, make([]uint32, n)...)
	inside = append(inside, make([]uint32, n)...)
	if a.w == nil {
		return begin, inside
	}
	bs, is := begin[b0:], inside[i0:]
	for _, m := range a.w.matches {
		if int(m.end) > n {
			continue
		}
		bs[m.start] |= uint32(m.bit)
		for k := m.start + 1; k < m.end; k++ {
			is[k] |= uint32(m.bit)
		}
	}
	return begin, inside
}
