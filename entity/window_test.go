package entity

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestWindowsAnyOrder reads the windows of the seeds concatenated (and in
// reverse) after the first in reverse order, as workers may, then again
// the stale ones: the mentions must be those of the whole text. Reading
// backwards, each window misses the words that the windows before it
// teach, so only the seen counts and Stale make the result right.
func TestWindowsAnyOrder(t *testing.T) {
	r, err := NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(files) < 5 {
		t.Fatalf("%d seeds", len(files))
	}
	var docs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	fwd := strings.Join(docs, "\n")
	for i, j := 0, len(docs)-1; i < j; i, j = i+1, j-1 {
		docs[i], docs[j] = docs[j], docs[i]
	}
	for name, text := range map[string]string{"seeds": fwd, "seeds reversed": strings.Join(docs, "\n"), "taught midway": taughtMidway} {
		whole, err := r.Recognize(context.Background(), text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := append([]Mention(nil), whole.Mentions...)
		ref := whole.Ref
		whole.Release()

		// Windows of about 600 bytes (the first 4 KB, for the dateline),
		// each starting at a line break.
		var starts []int
		for off := 0; off < len(text); {
			starts = append(starts, off)
			lim := off + 600
			if off == 0 {
				lim = off + 4096
			}
			if lim >= len(text) {
				break
			}
			k := strings.LastIndexByte(text[off+1:lim], '\n')
			if k < 0 {
				k = strings.IndexByte(text[lim:], '\n') + lim - off - 1
			}
			off += 1 + k
		}
		starts = append(starts, len(text))
		d := r.NewWindows(600)
		got := make([][]Mention, len(starts)-1)
		read := func(i int) {
			a, b := starts[i], starts[i+1]
			an, err := d.Recognize(context.Background(), i, text[a:b], Options{Ref: ref})
			if err != nil {
				t.Fatal(err)
			}
			got[i] = got[i][:0]
			for _, m := range an.Mentions {
				m.Start += a
				m.End += a
				got[i] = append(got[i], m)
			}
			an.Release()
		}
		read(0)
		for i := len(got) - 1; i >= 1; i-- {
			read(i)
		}
		stale := 0
		for i := range got {
			if d.Stale(i) {
				stale++
				read(i)
			}
		}
		var all []Mention
		for _, ms := range got {
			all = append(all, ms...)
		}
		if stale == 0 {
			t.Errorf("%s: no window was stale: the test reads nothing again", name)
		}
		if !reflect.DeepEqual(all, want) {
			for i := range min(len(all), len(want)) {
				if !reflect.DeepEqual(all[i], want[i]) {
					t.Fatalf("%s (%d windows, %d stale): mention %d is %+v, want %+v", name, len(got), stale, i, all[i], want[i])
				}
			}
			t.Fatalf("%s: %d mentions, want %d", name, len(all), len(want))
		}
	}
}

// taughtMidway (sentences of our own) names a foreign person in full and
// defines an acronym in its middle, and uses the surname and the acronym
// alone in windows before and after: read in order, the windows before
// miss the words; read backwards, the windows after do.
var taughtMidway = "Thứ hai, 15/11/2021 06:00\n" + strings.Repeat(filler, 80) + uses + strings.Repeat(filler, 80) +
	"Ông Vyacheslav Kalganov đến Hà Nội hôm qua. Ban Chỉ huy phòng chống thiên tai (PCTT) họp.\n" +
	strings.Repeat(filler, 80) + uses + strings.Repeat(filler, 80)

const (
	filler = "Trời hôm nay nắng đẹp và mọi người đi làm.\n"
	uses   = "Theo Kalganov, hai bên sẽ hợp tác. Sau đó PCTT cho biết sẽ làm.\n"
)

// TestWindowsDocumentLexicon checks that the Analysis of a windowed
// document looks names up in its Recognizer's lexicon, extra entries
// included, where one built by hand reads the embedded lexicon alone.
func TestWindowsDocumentLexicon(t *testing.T) {
	extra := []LexiconEntry{
		{Kind: KindCity, Surface: "Phố Núi", Canonical: "Pleiku", Source: "test", Line: 1},
		{Kind: KindFamily, Surface: "Ngạc", Source: "test", Line: 2},
	}
	r, err := NewRecognizer(extra)
	if err != nil {
		t.Fatal(err)
	}
	text := "Ông Ngạc Văn Minh về thăm Phố Núi.\n"
	doc := r.NewWindows(64).Document(text, nil, nil, time.Time{})
	byHand := &Analysis{Text: text}
	tests := []struct {
		name       string
		a          *Analysis
		canon      string
		vietnamese bool
	}{
		{"windowed document", doc, "Pleiku", true},
		{"built by hand", byHand, "", false},
	}
	for _, tc := range tests {
		if got := tc.a.CanonicalName(Location, "phố núi"); got != tc.canon {
			t.Errorf("%s: CanonicalName(Location, phố núi) = %q, want %q", tc.name, got, tc.canon)
		}
		if got := tc.a.VietnameseName("Ngạc Văn Minh"); got != tc.vietnamese {
			t.Errorf("%s: VietnameseName(Ngạc Văn Minh) = %v, want %v", tc.name, got, tc.vietnamese)
		}
		// Both know the embedded lexicon.
		if got := tc.a.VietnameseName("Nguyễn Văn Minh"); !got {
			t.Errorf("%s: VietnameseName(Nguyễn Văn Minh) = false", tc.name)
		}
	}
}
