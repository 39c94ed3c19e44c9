package vnextract_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract"
)

// windowCorpus returns the texts the windowed path is compared on: every
// seed, the seeds concatenated, the bad-input corpus and the dev set's
// texts (read where they live, never copied into the repository).
func windowCorpus(t *testing.T) map[string][]byte {
	t.Helper()
	texts := map[string][]byte{}
	var files []string
	for _, pat := range []string{"testdata/seeds/*.txt", "testdata/bad/*", filepath.Join(devsetDir, "*.txt")} {
		fs, _ := filepath.Glob(pat)
		files = append(files, fs...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = b
	}
	texts["seeds concatenated"] = seedCorpus(t)
	// The seeds in another order: names, acronyms and organizations
	// taught late in the document and used early (see entity.Windows).
	docs := seedDocs(t)
	var rev []byte
	for i := len(docs) - 1; i >= 0; i-- {
		rev = append(append(rev, docs[i]...), '\n')
	}
	texts["seeds reversed"] = rev
	return texts
}

// TestWindowsSameOutput checks that a document read in windows gives, byte
// for byte, the JSON and the report of the same document read whole, with
// windows small enough that every text is cut many times.
func TestWindowsSameOutput(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	whole := ex.WithWindowForTest(1 << 30)
	texts := windowCorpus(t)
	if len(texts) < 20 {
		t.Fatalf("only %d texts", len(texts))
	}
	for name, in := range texts {
		want, err := whole.Extract(context.Background(), in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		wantJSON := want.AppendJSON(nil)
		for k, size := range []int{512, 1500, 5000, 64 << 10} {
			// One goroutine, three beside the one that normalizes, as
			// many as the document's size and the cores give (0), two.
			workers := []int{1, 3, 0, 2}[k]
			got, err := ex.WithWindowForTest(size).WithWorkersForTest(workers).Extract(context.Background(), in)
			if err != nil {
				t.Fatalf("%s, windows of %d: %v", name, size, err)
			}
			if gotJSON := got.AppendJSON(nil); !bytes.Equal(gotJSON, wantJSON) {
				t.Errorf("%s, windows of %d on %d goroutines: output differs from the whole document's at byte %d:\n got %s\nwant %s",
					name, size, workers, firstDiff(gotJSON, wantJSON), around(gotJSON, firstDiff(gotJSON, wantJSON)), around(wantJSON, firstDiff(gotJSON, wantJSON)))
			}
			if fmt.Sprint(got.Report) != fmt.Sprint(want.Report) {
				t.Errorf("%s, windows of %d: report %+v, want %+v", name, size, got.Report, want.Report)
			}
		}
	}
}

// firstDiff returns the first offset where a and b differ.
func firstDiff(a, b []byte) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// around returns the bytes of b near offset i.
func around(b []byte, i int) string {
	return string(b[max(0, i-200):min(len(b), i+200)])
}

// TestWindowsConcurrent extracts documents long enough for the default
// windows on several goroutines sharing one Extractor (the pooled arrays
// must not be shared between calls), and a cancelled one.
func TestWindowsConcurrent(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	corpus := seedCorpus(t)
	in := bytes.Repeat(corpus, 300<<10/len(corpus)+1) // above 256 KB
	want, err := ex.WithWindowForTest(1<<30).Extract(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := want.AppendJSON(nil)
	// Another document between, so that a pooled array holds other text.
	other := bytes.Repeat(seedDocs(t)[0], 300<<10/len(seedDocs(t)[0])+1)
	errs := make(chan error, 4)
	for g := range 4 {
		go func() {
			for k := range 2 {
				doc := in
				if (g+k)%2 == 1 {
					doc = other
				}
				got, err := ex.Extract(context.Background(), doc)
				if err == nil && (g+k)%2 == 0 && !bytes.Equal(got.AppendJSON(nil), wantJSON) {
					err = fmt.Errorf("goroutine %d: output differs from the whole document's", g)
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ex.Extract(ctx, in); err != context.Canceled {
		t.Errorf("cancelled: %v, want context.Canceled", err)
	}
}
