package vnextract_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/vnextract/vnextract"
)

// failAfter fails every write after the first n bytes.
type failAfter struct{ n int }

var errFull = errors.New("full")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errFull
	}
	f.n -= len(p)
	return len(p), nil
}

// TestWriteJSONLarge writes a document of many chunks: the same bytes as
// AppendJSON, and the writer's error when it fails midway.
func TestWriteJSONLarge(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), bytes.Repeat(seedCorpus(t), 3))
	if err != nil {
		t.Fatal(err)
	}
	want := doc.AppendJSON(nil)
	if len(want) < 200<<10 {
		t.Fatalf("only %d bytes of JSON", len(want))
	}
	var got bytes.Buffer
	if err := doc.WriteJSON(&got); err != nil || !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("WriteJSON: %v, %d bytes differ from AppendJSON's %d", err, got.Len(), len(want))
	}
	if err := doc.WriteJSON(&failAfter{n: 100 << 10}); !errors.Is(err, errFull) {
		t.Fatalf("WriteJSON into a failing writer: %v, want %v", err, errFull)
	}
}
