package aggregate

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/internal/testdocs"
)

// seedLines returns the seeds as lines of `vnextract extract --format jsonl`.
func seedLines(b *testing.B) [][]byte {
	b.Helper()
	paths := testdocs.SeedPaths(b, "..")
	ex, err := vnextract.New()
	if err != nil {
		b.Fatal(err)
	}
	var lines [][]byte
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), text)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		w.WriteString(`{"file":"` + filepath.Base(p) + `",`)
		w.Write(doc.AppendJSON(nil)[1:])
		w.Flush()
		lines = append(lines, buf.Bytes())
	}
	return lines
}

// BenchmarkAddJSON measures reading extract's JSONL into a table: MB/s of
// JSONL.
func BenchmarkAddJSON(b *testing.B) {
	lines := seedLines(b)
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	tab := New()
	for b.Loop() {
		for i, l := range lines {
			if err := tab.AddJSON(l, "x"); err != nil {
				b.Fatal(err, i)
			}
		}
	}
	if len(tab.Rows()) == 0 {
		b.Fatal("no rows")
	}
}
