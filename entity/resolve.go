package entity

import "slices"

// cand is a candidate mention and the rule that proposed it.
type cand struct {
	m    Mention
	rule ruleID
}

// The preference between overlapping candidates, one sort key: the higher
// tier of the candidate's rule (rules), then the longer span, then the
// higher priority of the rule, then the earlier start (or, in resolve, the
// earlier proposal among equal starts).

// resolve keeps a non-overlapping subset of cands, preferring (in order) a
// higher tier, a longer span, a higher priority and an earlier start.
// The result is sorted by Start. It runs in O(n log n) for n candidates plus
// the total length of the spans that overlap others, using busy and order
// as scratch.
//
// Candidates are taken greedily in order of preference, each that overlaps
// none taken before. Whether one is taken depends only on those it
// overlaps, so the candidates are split, in order of start, into groups
// whose spans chain into one stretch of text; no two groups overlap, and
// each is resolved alone. Most groups have a single candidate, taken as it
// is.
func resolve(cands []cand, out []Mention, busy *[]bool, order *[]uint64, textLen int) []Mention {
	// The preference is a sort of packed numbers rather than of candidates
	// (over a hundred bytes each) with a comparator, which cost more than
	// everything else here. First (start, index) pairs put the candidates
	// in order of position; within a group, (tier, length, priority,
	// rank by position) pack into one number each. Ties keep the
	// candidates' order, as a stable sort would.
	n := len(cands)
	if n >= 1<<rankBits || textLen >= 1<<lenBits {
		return resolveLarge(cands, out, busy, textLen)
	}
	keys := grow(*order, 2*n)
	*order = keys
	pos, pref := keys[:n], keys[n:]
	for i := range cands {
		pos[i] = uint64(cands[i].m.Start)<<rankBits | uint64(i)
	}
	slices.Sort(pos)
	for a := 0; a < n; {
		m := &cands[pos[a]&rankMask].m
		end, b := m.End, a+1
		for b < n {
			next := &cands[pos[b]&rankMask].m
			if next.Start >= end {
				break
			}
			end = max(end, next.End)
			b++
		}
		if b == a+1 {
			out = append(out, *m)
		} else {
			out = resolveGroup(cands, pos[a:b], pref[a:b], out, busy, m.Start, end)
		}
		a = b
	}
	return out
}

// resolveGroup resolves one group of resolve: group holds its (start,
// index) pairs in order, covering text[from:to]; pref is scratch of the
// same length.
func resolveGroup(cands []cand, group, pref []uint64, out []Mention, busy *[]bool, from, to int) []Mention {
	for rank, p := range group {
		c := &cands[p&rankMask]
		rl := &rules[c.rule]
		pref[rank] = uint64(uint8(tierMax-rl.tier))<<(64-tierBits) |
			uint64(lenMax-c.m.Len())<<(rankBits+8) |
			uint64(uint8(127-rl.prio))<<rankBits | uint64(rank)
	}
	slices.Sort(pref)
	occ := grow(*busy, to-from)
	clear(occ)
	*busy = occ
	for _, p := range pref {
		rank := p & rankMask
		m := &cands[group[rank]&rankMask].m
		span := occ[m.Start-from : m.End-from]
		if slices.Contains(span, true) {
			continue
		}
		for i := range span {
			span[i] = true
		}
		group[rank] |= taken
	}
	for _, p := range group {
		if p&taken != 0 {
			out = append(out, cands[p&rankMask].m)
		}
	}
	return out
}

// taken marks, in resolveGroup, the (start, index) pair of a candidate
// taken: starts are below 1<<lenBits, so the top bit is free.
const taken = 1 << 63

// Field widths of the packed preference: 2 bits of tier, lenBits of
// length, 8 of priority and rankBits of rank.
const (
	tierBits = 2
	rankBits = 22
	lenBits  = 64 - tierBits - 8 - rankBits
	rankMask = 1<<rankBits - 1
	lenMax   = 1<<lenBits - 1
	tierMax  = tierStrong
)

// resolveLarge is resolve for more candidates, or a longer text, than the
// packed numbers hold: it sorts the candidates' indexes with a comparator.
func resolveLarge(cands []cand, out []Mention, busy *[]bool, textLen int) []Mention {
	idx := make([]uint64, len(cands))
	for i := range idx {
		idx[i] = uint64(i)
	}
	slices.SortStableFunc(idx, func(x, y uint64) int {
		return comparePref(&cands[x], &cands[y])
	})
	return accept(cands, idx, out, busy, textLen)
}

// comparePref orders a before b when a is preferred (see cand), with
// equal starts left to the caller.
func comparePref(a, b *cand) int {
	ra, rb := &rules[a.rule], &rules[b.rule]
	if ra.tier != rb.tier {
		return int(rb.tier) - int(ra.tier)
	}
	if la, lb := a.m.Len(), b.m.Len(); la != lb {
		return lb - la
	}
	if ra.prio != rb.prio {
		return int(rb.prio) - int(ra.prio)
	}
	return a.m.Start - b.m.Start
}

// accept takes the candidates in the order of idx, each that overlaps none
// taken before, and appends them to out by start.
func accept(cands []cand, idx []uint64, out []Mention, busy *[]bool, textLen int) []Mention {
	occ := grow(*busy, textLen+1)
	clear(occ)
	*busy = occ
	accepted := idx[:0] // reuses the order already read
	for _, k := range idx {
		c := &cands[k]
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
	slices.SortFunc(accepted, func(a, b uint64) int { return cands[a].m.Start - cands[b].m.Start })
	for _, k := range accepted {
		out = append(out, cands[k].m)
	}
	return out
}
