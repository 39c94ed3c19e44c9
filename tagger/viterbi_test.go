package tagger

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestViterbiEqualsReference: viterbi returns viterbiRef's path on random
// lattices of 1 to 6 types, with scores drawn from a few small integers
// (so that ties, which both must break the same way, are common) and from
// a wide range.
func TestViterbiEqualsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var s1, s2 scratch
	var lat lattice
	for iter := range 20000 {
		nl := 1 + 2*(1+rng.IntN(6))
		n := 1 + rng.IntN(12)
		draw := func() float32 {
			if iter%2 == 0 {
				return float32(rng.IntN(3))
			}
			return float32(rng.NormFloat64() * 10)
		}
		trans := make([]float32, (nl+1)*nl)
		for i := range trans {
			trans[i] = draw()
		}
		emit := make([]float32, n*nl)
		for i := range emit {
			emit[i] = draw()
		}
		masked := maskTrans(trans, nl)
		lat.set(masked, nl)
		want := slices.Clone(viterbiRef(emit, masked, nl, n, &s1))
		if got := viterbi(emit, &lat, n, &s2); !slices.Equal(got, want) {
			t.Fatalf("%d labels, %d tokens: viterbi %v, reference %v", nl, n, got, want)
		}
	}
}
