package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract"
)

// TestIndentWriter compares indentWriter with json.Indent on the JSON of
// every seed and bad input, written to it in pieces of random sizes (a
// piece may end inside a string or an escape), and on shapes of their own.
func TestIndentWriter(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]byte{
		[]byte(`{}`), []byte(`[]`), []byte(`{"a":[],"b":{},"c":[{}],"d":"x,y:{[\"\\"}`),
		[]byte(`[1,"\\\"",true,null,{"k":"\u003c"}]`),
	}
	files, _ := filepath.Glob("../../testdata/seeds/*.txt")
	bad, _ := filepath.Glob("../../testdata/bad/*")
	for _, f := range append(files, bad...) {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, doc.AppendJSON(nil))
	}
	if len(inputs) < 15 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for k, src := range inputs {
		for _, prefix := range []string{"", "  "} {
			var want bytes.Buffer
			if err := json.Indent(&want, src, prefix, "  "); err != nil {
				t.Fatalf("input %d: %v", k, err)
			}
			var got bytes.Buffer
			iw := newIndentWriter(&got, prefix, "  ")
			for rest := src; len(rest) > 0; {
				n := min(len(rest), 1+rng.IntN(40))
				if _, err := iw.Write(rest[:n]); err != nil {
					t.Fatal(err)
				}
				rest = rest[n:]
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				i := 0
				for i < got.Len() && i < want.Len() && got.Bytes()[i] == want.Bytes()[i] {
					i++
				}
				t.Fatalf("input %d, prefix %q: differs at byte %d:\n got %q\nwant %q", k, prefix, i,
					got.Bytes()[max(0, i-80):min(got.Len(), i+80)], want.Bytes()[max(0, i-80):min(want.Len(), i+80)])
			}
		}
	}
}
