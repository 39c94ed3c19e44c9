package normalize

import (
	"math/rand"
	"testing"
)

// TestRandomInputs runs the fuzz checks on short random strings built from
// the characters the rules care about (a cheap, deterministic complement to
// FuzzNormalize).
func TestRandomInputs(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alpha := []string{"a", "o", "u", "y", "i", "e", "q", "g", "h", "n", "d", "đ", "ð", "ơ", "ư", "â", "à", "ả",
		"\u0301", "\u0302", "\u0309", "\u031b", " ", "\n", "-", "–", ".", "'", "`", "^", "(", "+", "?", "~", "\\",
		"@", "_", "1", "\xff", "\xc3", "\xe1", "\u200b", "\u200d", "\u00ad", "\u00a0", "“", "\x00", "A", "Q", "Ð",
		"=", "\u0338", "/", ":", "w", "µ", "¸", "ø", "ï", "Ö"}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for k := 0; k < n; k++ {
		var in []byte
		for j := rng.Intn(12); j > 0; j-- {
			in = append(in, alpha[rng.Intn(len(alpha))]...)
		}
		fuzzCheck(t, in)
		if t.Failed() {
			t.Fatalf("input %+q", in)
		}
	}
}
