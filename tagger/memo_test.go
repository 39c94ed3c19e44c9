package tagger

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/entity"
)

// TestWordMemo: the spans the reference scorer finds with its per-word memo
// (predictRef) are those found by summing every feature of every token.
func TestWordMemo(t *testing.T) {
	rec := recognizer(t)
	files, _ := filepath.Glob("../testdata/golden/*.json")
	var docs []Doc
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Document string
			Mentions []Span
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join("../testdata/seeds", g.Document))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(text))
		docs = append(docs, Doc{Text: string(text), Mentions: g.Mentions})
	}
	// Words no rule reads, so that the word features carry weight.
	texts = append(texts, "Hãng Zorvex và Quxil mở văn phòng ở Vemo, gần Trelk.")
	m, _, err := Train(context.Background(), rec, docs, Options{Epochs: 5, MinWeight: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		an, err := rec.Recognize(context.Background(), text, entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := m.predictRef(an)
		var s scratch
		s.x.extract(an) // every feature in keys, no memo
		var want []Span
		m.decode(an, &s, func(typ, a, b int) {
			want = append(want, Span{m.types[typ], an.Tokens[a].Start, an.Tokens[b-1].End})
		})
		if !slices.Equal(got, want) || len(got) == 0 {
			t.Logf("%v\n%v", got, want)
			t.Errorf("with the memo %d spans, without %d", len(got), len(want))
		}
		an.Release()
	}
}
