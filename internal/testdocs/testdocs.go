// Package testdocs reads the repository's test documents for the tests and
// benchmarks of every package: the seed texts (testdata/seeds) and their
// hand-written goldens (testdata/golden, format in its README). Each
// function takes the path of the repository root from the calling
// package's directory ("." or "..") and fails tb when the files are
// missing or malformed.
package testdocs

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// SeedPaths returns the paths of the seed texts, in name order.
func SeedPaths(tb testing.TB, root string) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(root, "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed documents under %s: %v", root, err)
	}
	return paths
}

// Seeds returns the seed texts, in name order.
func Seeds(tb testing.TB, root string) [][]byte {
	tb.Helper()
	var docs [][]byte
	for _, p := range SeedPaths(tb, root) {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, b)
	}
	return docs
}

// Golden is one file of testdata/golden: the mentions, entities and
// relations a person read in a seed text (Document names it).
type Golden struct {
	Document string  `json:"document"`
	RefDate  *string `json:"ref_date"`
	Mentions []struct {
		ID     string     `json:"id"`
		Type   string     `json:"type"`
		Text   string     `json:"text"`
		Start  int        `json:"start"`
		End    int        `json:"end"`
		Value  string     `json:"value"`
		Person *NameParts `json:"person"`
	} `json:"mentions"`
	Entities []struct {
		ID       string   `json:"id"`
		Type     string   `json:"type"`
		Name     string   `json:"name"`
		Mentions []string `json:"mentions"`
	} `json:"entities"`
	Relations []struct {
		ID     string            `json:"id"`
		Type   string            `json:"type"`
		Args   map[string]string `json:"args"`
		Former bool              `json:"former"`
	} `json:"relations"`
}

// NameParts are a golden person's name parts, as entity.NameParts (which
// this package does not import: normalize's tests use it, and entity
// imports normalize).
type NameParts struct {
	Family string `json:"family,omitempty"`
	Middle string `json:"middle,omitempty"`
	Given  string `json:"given,omitempty"`
}

// Goldens returns the golden files by name without ".json". A field the
// format does not have is an error, so that a typo in a golden is found.
func Goldens(tb testing.TB, root string) map[string]*Golden {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(root, "testdata", "golden", "*.json"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no golden files under %s: %v", root, err)
	}
	out := map[string]*Golden{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var g Golden
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = &g
	}
	return out
}
