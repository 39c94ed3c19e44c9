package entity

import (
	"cmp"
	"slices"
)

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

// rankKey is what resolve sorts candidates by, packed so that comparing
// two keys is comparing two numbers: hi holds the tier (higher first), the
// length (longer first) and the sub-priority (higher first); lo the start.
type rankKey struct {
	hi, lo uint64
	idx    int32 // index in cands
}

func makeRankKey(c *cand, idx int) rankKey {
	const lenMask = 1<<48 - 1
	hi := uint64(uint8(127-c.tier))<<56 | uint64(lenMask-c.m.Len())&lenMask<<8 | uint64(uint8(127-c.sub))
	return rankKey{hi: hi, lo: uint64(c.m.Start), idx: int32(idx)}
}

// resolve keeps a non-overlapping subset of cands, preferring (in order) a
// higher tier, a longer span, a higher sub-priority and an earlier start.
// The result is sorted by Start. It runs in O(n log n) for n candidates plus
// the total length of the accepted spans in bytes, using busy as scratch.
func resolve(cands []cand, out []Mention, busy *[]bool, order *[]rankKey, textLen int) []Mention {
	// Sort compact keys, not the candidates themselves: a cand is over a
	// hundred bytes. The index breaks the remaining ties, so the order is the
	// one a stable sort of cands would give.
	keys := (*order)[:0]
	for i := range cands {
		c := &cands[i]
		keys = append(keys, makeRankKey(c, i))
	}
	*order = keys
	slices.SortFunc(keys, func(a, b rankKey) int {
		if a.hi != b.hi {
			return cmp.Compare(a.hi, b.hi)
		}
		if a.lo != b.lo {
			return cmp.Compare(a.lo, b.lo)
		}
		return int(a.idx) - int(b.idx)
	})
	occ := grow(*busy, textLen+1)
	clear(occ)
	*busy = occ
	accepted := keys[:0] // reuses the sorted keys already read
	for _, k := range keys {
		c := &cands[k.idx]
		free := true
		for i := c.m.Start; i < c.m.End; i++ {
			if occ[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := c.m.Start; i < c.m.End; i++ {
			occ[i] = true
		}
		accepted = append(accepted, k)
	}
	// Accepted spans do not overlap, so their starts differ.
	slices.SortFunc(accepted, func(a, b rankKey) int { return cmp.Compare(a.lo, b.lo) })
	for _, k := range accepted {
		out = append(out, cands[k.idx].m)
	}
	return out
}
