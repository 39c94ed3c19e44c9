package entity

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// resolveReference is resolve as first written: a stable sort of the
// candidates by the documented preference, then greedy acceptance.
func resolveReference(cands []cand) []Mention {
	cs := slices.Clone(cands)
	slices.SortStableFunc(cs, func(a, b cand) int {
		ra, rb := rules[a.rule], rules[b.rule]
		if ra.tier != rb.tier {
			return int(rb.tier) - int(ra.tier)
		}
		if a.m.Len() != b.m.Len() {
			return b.m.Len() - a.m.Len()
		}
		if ra.prio != rb.prio {
			return int(rb.prio) - int(ra.prio)
		}
		return a.m.Start - b.m.Start
	})
	var out []Mention
	for _, c := range cs {
		ok := true
		for _, o := range out {
			ok = ok && !c.m.Overlaps(o)
		}
		if ok {
			out = append(out, c.m)
		}
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// TestResolveMatchesReference compares resolve with resolveReference on
// random candidate sets full of ties and overlaps.
func TestResolveMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var busy []bool
	var order []uint64
	for round := 0; round < 2000; round++ {
		// Dense rounds make long chains of overlaps; sparse ones many
		// candidates that overlap nothing, or long spans over short ones.
		n := rng.IntN(30)
		textLen := 1 + rng.IntN([]int{60, 300}[round%2])
		maxLen := []int{6, 6, 40}[round%3]
		var cands []cand
		for i := 0; i < n; i++ {
			st := rng.IntN(textLen)
			en := st + 1 + rng.IntN(min(maxLen, textLen-st))
			cands = append(cands, cand{
				m: Mention{Type: Type(1 + i%4), Start: st, End: en, Rule: string(rune('a' + i))},
				// Any entry of the registry: its tiers and priorities,
				// with many ties.
				rule: ruleID(rng.IntN(int(numRuleIDs))),
			})
		}
		got := resolve(cands, nil, &busy, &order, textLen)
		want := resolveReference(cands)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: resolve = %v, reference = %v", round, got, want)
		}
		// The path for what does not fit the packed numbers.
		if got := resolveLarge(cands, nil, &busy, textLen); !slices.Equal(got, want) {
			t.Fatalf("round %d: resolveLarge = %v, reference = %v", round, got, want)
		}
	}
}
