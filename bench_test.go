package vnextract_test

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/internal/testdocs"
)

// seedDocs returns the seed documents.
func seedDocs(b testing.TB) [][]byte { return testdocs.Seeds(b, ".") }

// seedCorpus returns the seed documents concatenated, each ended by a newline.
func seedCorpus(b testing.TB) []byte {
	var all []byte
	for _, d := range seedDocs(b) {
		all = append(append(all, d...), '\n')
	}
	return all
}

// BenchmarkExtract runs the whole pipeline on the five seeds concatenated.
func BenchmarkExtract(b *testing.B) {
	ex, err := vnextract.New()
	if err != nil {
		b.Fatal(err)
	}
	benchExtract(b, ex, seedCorpus(b))
}

// benchExtract runs Extract on in, b.N times, reporting MB/s and allocations.
func benchExtract(b *testing.B, ex *vnextract.Extractor, in []byte) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ex.Extract(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractArticles extracts each seed document on its own, as a
// service does with news articles (the seeds are 3 to 40 KB).
func BenchmarkExtractArticles(b *testing.B) {
	ex, err := vnextract.New()
	if err != nil {
		b.Fatal(err)
	}
	docs := seedDocs(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractSize shows how throughput grows with document size.
func BenchmarkExtractSize(b *testing.B) {
	ex, err := vnextract.New()
	if err != nil {
		b.Fatal(err)
	}
	corpus := seedCorpus(b)
	for _, size := range []struct {
		name string
		n    int
	}{{"256B", 256}, {"1KB", 1 << 10}, {"100KB", 100 << 10}, {"10MB", 10 << 20}} {
		in := bytes.Repeat(corpus, size.n/len(corpus)+1)[:size.n]
		// cut at a line end so no rune is split
		if i := bytes.LastIndexByte(in, '\n'); i > 0 {
			in = in[:i+1]
		}
		if size.n < 1<<10 {
			// A one-line document, like a line of extract --lines: the
			// start of the first long paragraph that names a position
			// ("Chủ tịch"), cut at a space.
			for _, line := range bytes.Split(corpus, []byte("\n")) {
				if len(line) > size.n && bytes.Contains(line[:size.n], []byte("Chủ tịch")) {
					in = line[:bytes.LastIndexByte(line[:size.n], ' ')]
					break
				}
			}
		}
		b.Run(size.name, func(b *testing.B) { benchExtract(b, ex, in) })
	}
}

// BenchmarkExtractParallel shares one Extractor between goroutines.
func BenchmarkExtractParallel(b *testing.B) {
	ex, err := vnextract.New()
	if err != nil {
		b.Fatal(err)
	}
	in := seedCorpus(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := ex.Extract(context.Background(), in); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkNew measures building an Extractor with every embedded lexicon.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := vnextract.New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractJSON10MB writes the JSON of a 10 MB document straight
// from its analysis (ExtractJSON), as extract does with a large file.
func BenchmarkExtractJSON10MB(b *testing.B) {
	ex, err := vnextract.New()
	if err != nil {
		b.Fatal(err)
	}
	corpus := seedCorpus(b)
	in := bytes.Repeat(corpus, 10<<20/len(corpus)+1)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := ex.ExtractJSON(context.Background(), in, io.Discard, nil); err != nil {
			b.Fatal(err)
		}
	}
}
