package date

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func dateBenchText(b *testing.B) string {
	b.Helper()
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if len(seeds) == 0 {
		b.Skip("no seeds")
	}
	var sb strings.Builder
	for _, p := range seeds {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkFindDates runs Find over the concatenated seed documents.
func BenchmarkFindDates(b *testing.B) {
	text := dateBenchText(b)
	opt := Options{Ref: time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, opt)
	}
}

// BenchmarkFindDateline reads the dateline of the concatenated seeds.
func BenchmarkFindDateline(b *testing.B) {
	text := dateBenchText(b)
	b.ReportAllocs()
	for b.Loop() {
		Dateline(text)
	}
}
