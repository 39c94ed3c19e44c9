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
// The result is sorted by Start.
func resolve(cands []cand, out []Mention) []Mention {
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
	for _, c := range cands {
		// out is kept sorted by Start; find the insertion point.
		k := sort.Search(len(out), func(i int) bool { return out[i].Start >= c.m.Start })
		if k > 0 && out[k-1].End > c.m.Start {
			continue
		}
		if k < len(out) && out[k].Start < c.m.End {
			continue
		}
		out = append(out, Mention{})
		copy(out[k+1:], out[k:])
		out[k] = c.m
	}
	return out
}
