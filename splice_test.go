package vnextract

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/entity"
)

// TestSpliceInPlace compares spliceInPlace with its reference,
// spliceWindows, on random documents: windows of 0 to 5 mentions, some
// read again with fewer, as many or more, in arrays with and without
// room to grow.
func TestSpliceInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 3000 {
		nwin := 1 + rng.IntN(8)
		var (
			ms   []entity.Mention
			wins []windowSpan
		)
		id := 0
		for range nwin {
			wins = append(wins, windowSpan{first: len(ms)})
			for range rng.IntN(6) {
				id++
				ms = append(ms, entity.Mention{Start: id})
			}
		}
		again := map[int][]entity.Mention{}
		for i := range wins {
			if rng.IntN(3) == 0 {
				var a []entity.Mention
				for range rng.IntN(7) {
					id++
					a = append(a, entity.Mention{Start: id})
				}
				again[i] = a
			}
		}
		if len(again) == 0 {
			continue
		}
		want := spliceWindows(ms, wins, again)
		in := slices.Grow(slices.Clone(ms), rng.IntN(8))
		got := spliceInPlace(in, wins, again)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: windows %v, mentions %v, again %v:\n got %v\nwant %v", n, wins, ms, again, got, want)
		}
	}
}

// TestWindowWorkers checks how many goroutines recognize a windowed
// document's windows.
func TestWindowWorkers(t *testing.T) {
	const w = defaultWindow
	tests := []struct {
		name          string
		n, win, procs int
		want          int
	}{
		{"one core", 2 << 20, w, 1, 1},
		{"two cores, 1.8 MB", 1800 << 10, w, 2, 2},
		{"eight cores, 1.8 MB: two at most below 8 MB", 1800 << 10, w, 8, 2},
		{"eight cores, 8 MB", 8 << 20, w, 8, 4},
		{"two cores, 8 MB", 8 << 20, w, 2, 2},
		{"two windows: the second alone", 2 * w, w, 8, 1},
		{"three windows", 3 * w, w, 8, 2},
		{"shorter than a window", 100, w, 8, 1},
		{"no window size", 1 << 20, 0, 8, 2},
	}
	for _, tc := range tests {
		if got := windowWorkers(tc.n, tc.win, tc.procs); got != tc.want {
			t.Errorf("%s: windowWorkers(%d, %d, %d) = %d, want %d", tc.name, tc.n, tc.win, tc.procs, got, tc.want)
		}
	}
}
