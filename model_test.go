package vnextract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/tagger"
)

// seedModel is a model trained on the seeds' goldens (the documents the
// tests and benchmarks then read: it is not a measure of quality, see the
// cross-validation in package tagger for that).
var seedModel = sync.OnceValues(func() (*tagger.Model, error) {
	files, _ := filepath.Glob("testdata/golden/*.json")
	var docs []tagger.Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var g goldDoc
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, err
		}
		text, err := os.ReadFile(filepath.Join("testdata/seeds", g.Document))
		if err != nil {
			return nil, err
		}
		d := tagger.Doc{Text: string(text)}
		for _, m := range g.Mentions {
			d.Mentions = append(d.Mentions, tagger.Span{Type: m.Type, Start: m.Start, End: m.End})
		}
		docs = append(docs, d)
	}
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		return nil, err
	}
	m, _, err := tagger.Train(context.Background(), rec, docs, tagger.Options{})
	return m, err
})

func loadSeedModel(t testing.TB) *tagger.Model {
	t.Helper()
	m, err := seedModel()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestExtractWithModel: with a model, mentions still point into the input
// (also through legacy-encoding and tone repairs), are sorted and do not
// overlap, and the model's mentions are there.
func TestExtractWithModel(t *testing.T) {
	m := loadSeedModel(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	ex, err := vnextract.New(vnextract.WithModel(&buf))
	if err != nil {
		t.Fatal(err)
	}
	docs := seedDocs(t)
	docs = append(docs, []byte("Ông Nguye\xcc\x82\xcc\x83n Văn An đến Hà Nội,\xff thăm Công ty Zorvex."))
	tagged := 0
	for _, in := range docs {
		doc, err := ex.Extract(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		end := 0
		for _, mn := range doc.Mentions {
			if string(in[mn.Start:mn.End]) != mn.Text {
				t.Fatalf("%+v: input has %q", mn, in[mn.Start:mn.End])
			}
			if mn.Start < end {
				t.Fatalf("%+v overlaps or is out of order", mn)
			}
			end = mn.End
			if mn.Rule == "tagger" {
				tagged++
			}
		}
	}
	t.Logf("%d mentions from the model alone", tagged)

	_, err = vnextract.New(vnextract.WithModel(bytes.NewReader([]byte("not a model"))))
	if !errors.Is(err, tagger.ErrFormat) {
		t.Fatalf("a bad model: %v", err)
	}
}

// ExampleWithModel trains a tagger on two annotated sentences, saves it,
// and extracts with it.
func ExampleWithModel() {
	rec, _ := entity.NewRecognizer(nil)
	docs := []tagger.Doc{
		{Text: "Hãng Zorvex mở văn phòng.", Mentions: []tagger.Span{{Type: "ORG", Start: 6, End: 12}}},
		{Text: "Hãng Quxil thuê thêm người.", Mentions: []tagger.Span{{Type: "ORG", Start: 6, End: 11}}},
	}
	m, _, err := tagger.Train(context.Background(), rec, docs, tagger.Options{Epochs: 5})
	if err != nil {
		panic(err)
	}
	var file bytes.Buffer // or an *os.File
	m.WriteTo(&file)

	ex, err := vnextract.New(vnextract.WithModel(&file))
	if err != nil {
		panic(err)
	}
	doc, _ := ex.Extract(context.Background(), []byte("Hãng Vemo vừa ra mắt."))
	for _, mn := range doc.Mentions {
		fmt.Println(mn.Type, mn.Text, mn.Rule)
	}
	// Output:
	// ORGANIZATION Vemo tagger
}

// BenchmarkExtractModel is BenchmarkExtract with a model trained on the
// seeds' goldens.
func BenchmarkExtractModel(b *testing.B) {
	ex, err := vnextract.New(vnextract.WithTagger(loadSeedModel(b)))
	if err != nil {
		b.Fatal(err)
	}
	benchExtract(b, ex, seedCorpus(b))
}
