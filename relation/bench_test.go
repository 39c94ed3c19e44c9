package relation

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// seedAnalysis recognizes the five seeds concatenated, as the root
// BenchmarkExtract does: the mentions Link gets in the pipeline, which are
// more than the golden files annotate.
func seedAnalysis(tb testing.TB) *entity.Analysis {
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatal("no seeds", err)
	}
	var all []byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		all = append(append(all, d...), '\n')
	}
	out, _, _, err := normalize.Normalizer{Tone: normalize.ToneOld}.Normalize(all)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := entity.NewRecognizer(nil)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := r.Recognize(context.Background(), string(out), entity.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// BenchmarkLinkSeeds links the recognized seeds: Link as the pipeline runs
// it, on one document of 90 KB.
func BenchmarkLinkSeeds(b *testing.B) {
	a := seedAnalysis(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Link(a)
	}
}
