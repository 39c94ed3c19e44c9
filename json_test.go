package vnextract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/entity"
)

// reflectDocument has Document's fields and tags but not its methods, so
// encoding/json marshals it by reflection: the reference AppendJSON must
// reproduce byte for byte.
type reflectDocument Document

func reflectJSON(t testing.TB, d *Document) []byte {
	b, err := json.Marshal((*reflectDocument)(d))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAppendJSONMatchesReflection compares AppendJSON (and MarshalJSON)
// with encoding/json's reflection on the seeds, the bad inputs, each of
// their lines, and documents with every optional field set or empty.
func TestAppendJSONMatchesReflection(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	bad, _ := filepath.Glob("testdata/bad/*")
	var inputs [][]byte
	for _, f := range append(files, bad...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, b)
		for _, line := range strings.Split(string(b), "\n") {
			inputs = append(inputs, []byte(line))
		}
	}
	check := func(name string, d *Document) {
		t.Helper()
		want := reflectJSON(t, d)
		if got := d.AppendJSON(nil); string(got) != string(want) {
			t.Fatalf("%s:\nAppendJSON %s\nreflection %s", name, got, want)
		}
		if got, err := json.Marshal(d); err != nil || string(got) != string(want) {
			t.Fatalf("%s: json.Marshal %s (%v)\nreflection %s", name, got, err, want)
		}
		var sb strings.Builder
		if err := d.WriteJSON(&sb); err != nil || sb.String() != string(want) {
			t.Fatalf("%s: WriteJSON %s (%v)\nreflection %s", name, sb.String(), err, want)
		}
	}
	withPerson, withRelations := 0, 0
	for i, in := range inputs {
		doc, err := ex.Extract(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		check(string(in[:min(len(in), 40)]), doc)
		for _, m := range doc.Mentions {
			if m.Person != nil {
				withPerson++
			}
		}
		withRelations += len(doc.Relations)
		_ = i
	}
	if withPerson == 0 || withRelations == 0 {
		t.Fatalf("the inputs gave %d name parts and %d relations: too little to compare", withPerson, withRelations)
	}
	odd := "a\"b\\c\b\f\n\r\t\x00\x1f<>&\u2028\u2029\xff\xfe é ả \U0001F600 \x7f"
	for _, d := range []*Document{
		{},
		{Mentions: []Mention{}, Entities: []Entity{}, Relations: []Relation{}},
		{RefDate: odd, Mentions: []Mention{{ID: odd, Type: entity.Person, Text: odd, Start: -1, End: 1 << 40, Normalized: odd, Value: odd,
			Person: &entity.NameParts{Middle: odd}, Rule: odd}, {Type: entity.Type(200), Person: &entity.NameParts{}}},
			Entities:  []Entity{{ID: odd, Type: entity.Date, Name: odd}, {Mentions: []string{odd, ""}}},
			Relations: []Relation{{ID: odd, Type: odd, Args: RelationArgs{Title: odd, Alias: odd}, Former: true, Evidence: &Span{1, 2}, MoreEvidence: []Span{{3, 4}, {5, 6}}}, {MoreEvidence: []Span{}}}},
	} {
		check("constructed", d)
	}
}

// FuzzAppendJSONString compares appendJSONString with encoding/json on
// arbitrary strings.
func FuzzAppendJSONString(f *testing.F) {
	f.Add("a\"b\\c\b\f\n\r\t\x00<>&\u2028\u2029\xff ả")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	})
}

// FuzzDocumentJSON extracts from arbitrary bytes and compares AppendJSON
// with reflection on the document.
func FuzzDocumentJSON(f *testing.F) {
	f.Add([]byte("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Phan Anh Sơn, ngày 21/01/2025 <b>&"))
	ex, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := ex.Extract(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := doc.AppendJSON(nil), reflectJSON(t, doc); string(got) != string(want) {
			t.Fatalf("AppendJSON %s\nreflection %s", got, want)
		}
	})
}

// TestAppendJSONFile checks the JSONL line of a document against
// encoding/json: a struct with "file" and "line" first, then the document's
// fields.
func TestAppendJSONFile(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), []byte("Chủ tịch VUFO Phan Anh Sơn thăm Hà Nội ngày 5/12/2026."))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file string
		line int
	}{{"a.txt", 0}, {"dir/<b>&\"c\".txt", 7}, {"", 1}, {"bad\xff.txt", 0}} {
		var want []byte
		if c.line > 0 {
			want, _ = json.Marshal(struct {
				File string `json:"file"`
				Line int    `json:"line"`
				*reflectDocument
			}{c.file, c.line, (*reflectDocument)(doc)})
		} else {
			want, _ = json.Marshal(struct {
				File string `json:"file"`
				*reflectDocument
			}{c.file, (*reflectDocument)(doc)})
		}
		if got := doc.AppendJSONFile([]byte("x"), c.file, c.line); string(got) != "x"+string(want) {
			t.Errorf("%q %d:\ngot  %s\nwant x%s", c.file, c.line, got, want)
		}
	}
}
