package vnextract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract"
)

// checkInvariants asserts what every Document must satisfy for its input.
func checkInvariants(t *testing.T, name string, input []byte, doc *vnextract.Document) {
	t.Helper()
	prev := -1
	ids := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.Start < 0 || m.End > len(input) || m.Start >= m.End {
			t.Fatalf("%s: %s offsets %d..%d out of range (len %d)", name, m.ID, m.Start, m.End, len(input))
		}
		if string(input[m.Start:m.End]) != m.Text {
			t.Fatalf("%s: %s text %q != input %q", name, m.ID, m.Text, input[m.Start:m.End])
		}
		if m.Start < prev {
			t.Fatalf("%s: mentions out of order or overlapping at %s", name, m.ID)
		}
		prev = m.End
		ids[m.ID] = true
	}
	for _, e := range doc.Entities {
		for _, id := range e.Mentions {
			if !ids[id] {
				t.Fatalf("%s: entity %s names unknown mention %s", name, e.ID, id)
			}
		}
	}
	for _, r := range doc.Relations {
		for _, id := range []string{r.Args.Person, r.Args.Title, r.Args.Organization, r.Args.Date, r.Args.Name, r.Args.Alias} {
			if id != "" && !ids[id] {
				t.Fatalf("%s: relation %s names unknown mention %s", name, r.ID, id)
			}
		}
		if r.Evidence != nil && (r.Evidence.Start < 0 || r.Evidence.End > len(input) || r.Evidence.Start > r.Evidence.End) {
			t.Fatalf("%s: relation %s evidence out of range", name, r.ID)
		}
	}
}

// TestBadInputs runs the whole pipeline on every file of testdata/bad and on
// a generated 10 MB single line, and checks the invariants.
func TestBadInputs(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/bad/*")
	if len(files) < 10 {
		t.Fatalf("testdata/bad has %d files", len(files))
	}
	for _, f := range files {
		input, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), input)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		checkInvariants(t, f, input, doc)
		if !utf8.Valid(input) && doc.Report.Encoding == "unicode" && doc.Report.InvalidUTF8 == 0 {
			t.Errorf("%s: invalid UTF-8 not reported", f)
		}
	}
	if testing.Short() {
		return
	}
	line := bytes.Repeat([]byte("Chủ tịch nước Lương Cường tiếp Đại sứ Liên bang Nga tại Hà Nội ngày 1/10/2025 "), 10<<20/90)
	doc, err := ex.Extract(context.Background(), line)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, "10MB line", line, doc)
	if len(doc.Mentions) == 0 {
		t.Error("10 MB line: no mentions")
	}
}

// TestBadInputNamesPlaces checks that repaired inputs still give their entities.
func TestBadInputNamesPlaces(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, want string }{
		{"nfd.txt", "Phan Anh Sơn"},
		{"no_diacritics.txt", "Phan Anh Son"},
		{"mixed_tones.txt", "Vyacheslav Kalganov"},
		{"control_chars.txt", "Nội"},
		{"tcvn3_raw.txt", "Phan Anh Sơn"},    // raw 8-bit TCVN3, detected and decoded
		{"vni_mojibake.txt", "Phan Anh Sơn"}, // VNI bytes read as Windows-1252
		{"invalid_utf8.txt", "Phan Anh Sơn"}, // a few broken bytes do not hide the rest
	} {
		input, err := os.ReadFile(filepath.Join("testdata/bad", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), input)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		found := false
		for _, m := range doc.Mentions {
			got = append(got, m.Type.String()+":"+m.Text)
			found = found || strings.Contains(m.Text, tc.want) || strings.Contains(m.Normalized, tc.want)
		}
		if !found {
			t.Errorf("%s: no mention with %q in %q", tc.file, tc.want, got)
		}
	}
}
