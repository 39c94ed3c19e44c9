package vnextract_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/vnextract/vnextract"
)

// BenchmarkExtractWorkers extracts documents read in windows (the seeds
// concatenated, cut at a line end) on one and on two goroutines, to show
// from which size a second one pays: run it with -cpu 2 on an idle machine.
func BenchmarkExtractWorkers(b *testing.B) {
	ex, err := vnextract.New()
	if err != nil {
		b.Fatal(err)
	}
	corpus := seedCorpus(b)
	for _, n := range []int{300 << 10, 600 << 10, 1 << 20, 1800 << 10} {
		in := bytes.Repeat(corpus, n/len(corpus)+1)[:n]
		in = in[:bytes.LastIndexByte(in, '\n')+1]
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("%dKB/workers=%d", n>>10, workers), func(b *testing.B) {
				benchExtract(b, ex.WithWorkersForTest(workers), in)
			})
		}
	}
}
