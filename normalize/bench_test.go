package normalize

import (
	"testing"

	"github.com/vnextract/vnextract/internal/testdocs"
)

// seeds returns the seed documents.
func seeds(tb testing.TB) [][]byte { return testdocs.Seeds(tb, "..") }

func benchNormalize(b *testing.B, n Normalizer, docs [][]byte) {
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, _, _, err := n.Normalize(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkNormalizeClean measures the fast path: the seeds already
// normalized in the old style pass through unchanged.
func BenchmarkNormalizeClean(b *testing.B) {
	var docs [][]byte
	for _, d := range seeds(b) {
		out, _, _, _ := Normalizer{}.Normalize(d)
		docs = append(docs, out)
	}
	benchNormalize(b, Normalizer{}, docs)
}

// BenchmarkNormalizeRetone measures full normalization: the seeds converted
// to the new style, with typographic punctuation, normalized to the old style.
func BenchmarkNormalizeRetone(b *testing.B) {
	var docs [][]byte
	for _, d := range seeds(b) {
		out, _, _, _ := Normalizer{Tone: ToneNew}.Normalize(d)
		docs = append(docs, out)
	}
	benchNormalize(b, Normalizer{}, docs)
}

// BenchmarkNormalizeSeeds normalizes the raw seed documents (mixed styles,
// typographic quotes and dashes).
func BenchmarkNormalizeSeeds(b *testing.B) {
	benchNormalize(b, Normalizer{}, seeds(b))
}

func BenchmarkFold(b *testing.B) {
	docs := seeds(b)
	total := 0
	var strs []string
	for _, d := range docs {
		total += len(d)
		strs = append(strs, string(d))
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		for _, s := range strs {
			buf = AppendFold(buf[:0], s)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	docs := seeds(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Detect(d)
		}
	}
}

// BenchmarkNormalizeCleanNoRepair is BenchmarkNormalizeClean with the
// repair rules off: the difference is what looking for repairs costs.
func BenchmarkNormalizeCleanNoRepair(b *testing.B) {
	var docs [][]byte
	for _, d := range seeds(b) {
		out, _, _, _ := Normalizer{}.Normalize(d)
		docs = append(docs, out)
	}
	benchNormalize(b, Normalizer{NoRepair: AllRepairs}, docs)
}
