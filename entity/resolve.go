package entity

import "sort"

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
func resolve(cands []cand, out []Mention, busy *[]bool, textLen int) []Mention {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := &cands[i], &cands[j]
		if a.tier != b.tier {
			return a.tier > b.tier
		}
		if la, lb := a.m.Len(), b.m.Len(); la != lb {
			return la > lb
		}
		if a.sub != b.sub {
			return a.sub > b.sub
		}
		return a.m.Start < b.m.Start
	})
	occ := grow(*busy, textLen+1)
	for i := range occ {
		occ[i] = false
	}
	*busy = occ
	for _, c := range cands {
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
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
