package entity

import "slices"

// Candidate strength tiers: overlapping candidates resolve by tier, then by
// length, then by a rule's sub-priority, then by position.
const (
	tierWeak   int8 = 1 // guesses: foreign-looking capitalized runs
	tierNormal int8 = 2 // lexicon and grammar rules
	tierStrong int8 = 3 // dates and times
)

// cand is a candidate mention.
type cand struct {
	m    Mention
	tier int8
	sub  int8
	ntok int
}

// resolve keeps a non-overlapping subset of cands, preferring (in order) a
// higher tier, a longer span, a higher sub-priority and an earlier start.
// The result is sorted by Start. It runs in O(n log n) for n candidates plus
// the total length of the accepted spans in bytes, using busy as scratch.
func resolve(cands []cand, out []Mention, busy *[]bool, order *[]int32, textLen int) []Mention {
	idx := (*order)[:0]
	for i := range cands {
		idx = append(idx, int32(i))
	}
	*order = idx
	slices.SortStableFunc(idx, func(x, y int32) int {
		a, b := &cands[x], &cands[y]
		if a.tier != b.tier {
			return int(b.tier) - int(a.tier)
		}
		if la, lb := a.m.Len(), b.m.Len(); la != lb {
			return lb - la
		}
		if a.sub != b.sub {
			return int(b.sub) - int(a.sub)
		}
		return a.m.Start - b.m.Start
	})
	occ := grow(*busy, textLen+1)
	clear(occ)
	*busy = occ
	for _, ci := range idx {
		c := &cands[ci]
		free := true
		for k := c.m.Start; k < c.m.End; k++ {
			if occ[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := c.m.Start; k < c.m.End; k++ {
			occ[k] = true
		}
		out = append(out, c.m)
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}
