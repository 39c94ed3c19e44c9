package normalize

import (
	"fmt"
	"math/rand"
	"os"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	alpha := []string{"a", "o", "u", "y", "i", "e", "q", "g", "h", "n", "d", "đ", "ð", "ơ", "ư", "â", "à", "ả", "\u0301", "\u0302", "\u0309", "\u031b", " ", "\n", "-", "–", ".", "'", "`", "^", "(", "+", "?", "~", "\\", "@", "_", "1", "\xff", "\xc3", "\xe1", "\u200b", "\u200d", "\u00a0", "“", "\x00", "A", "Q", "Ð", "=", "\u0338", "/", ":", "w"}
	for k := 0; k < 100000; k++ {
		var in []byte
		n := rng.Intn(12)
		for j := 0; j < n; j++ {
			in = append(in, alpha[rng.Intn(len(alpha))]...)
		}
		done := make(chan bool)
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				fmt.Printf("HANG %+q\n", in)
				os.Exit(3)
			}
		}()
		fuzzCheck(t, in)
		close(done)
		if t.Failed() {
			t.Fatalf("input %+q", in)
		}
	}
}
