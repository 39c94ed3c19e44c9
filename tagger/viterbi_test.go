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

// TestTableFilter: the Bloom filter in front of the table lets every key
// of the table through (find finds them all) and stops most others.
func TestTableFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 100, 5000, 70000} {
		keys := make([]uint64, n)
		rows := make([]int32, n+1)
		for i := range keys {
			keys[i] = rng.Uint64()
			rows[i+1] = int32(i + 1)
		}
		tab := newTable(keys, rows)
		for i, k := range keys {
			if s := tab.find(k); s == nil || s.off != int32(i) {
				t.Fatalf("%d keys: key %d not found", n, i)
			}
		}
		passed := 0
		const probes = 20000
		for range probes {
			w, b := filterBits(fixKey(rng.Uint64()), tab.fshift)
			if tab.filter[w]&b == b {
				passed++
			}
		}
		if rate := float64(passed) / probes; rate > 0.05 {
			t.Errorf("%d keys: %.1f%% of absent keys get past the filter", n, 100*rate)
		}
	}
}

// BenchmarkViterbi decodes sentences of 30 tokens with 13 labels (six
// types), random scores; ns/op over 30 is the cost per token.
func BenchmarkViterbi(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	const nl, n = 13, 30
	trans := make([]float32, (nl+1)*nl)
	for i := range trans {
		trans[i] = float32(rng.NormFloat64())
	}
	emit := make([]float32, 64*n*nl)
	for i := range emit {
		emit[i] = float32(rng.NormFloat64() * 5)
	}
	masked := maskTrans(trans, nl)
	var lat lattice
	lat.set(masked, nl)
	var s scratch
	for _, f := range []struct {
		name string
		run  func(emit []float32)
	}{
		{"fast", func(emit []float32) { viterbi(emit, &lat, n, &s) }},
		{"ref", func(emit []float32) { viterbiRef(emit, masked, nl, n, &s) }},
	} {
		b.Run(f.name, func(b *testing.B) {
			k := 0
			c0 := cpuTime()
			for b.Loop() {
				f.run(emit[k*n*nl : (k+1)*n*nl])
				k = (k + 1) % 64
			}
			b.ReportMetric(float64(cpuTime()-c0)/float64(b.N*n), "cpu-ns/token")
		})
	}
}
