package entity

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnextract/vnextract/entity/date"
)

func benchCorpus(b testing.TB) string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	var all []byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(append(all, d...), '\n')
	}
	return string(all)
}

// BenchmarkTokenize: tokens, sentences and date tokens, as Recognize makes
// them (Latin fast path, chunk memo).
func BenchmarkTokenize(b *testing.B) { benchTokenize(b, true) }

// BenchmarkTokenizeSegment: the same with the general UAX #29 segmenter.
func BenchmarkTokenizeSegment(b *testing.B) { benchTokenize(b, false) }

func benchTokenize(b *testing.B, fast bool) {
	r, err := NewRecognizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	text := benchCorpus(b)
	var tk tokens
	var dates date.Scanner
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if fast {
			tk.tokenizeDated(text, r.vocab, dates.Words()) // as Recognize does
		} else {
			tk.tokenizeWith(text, r.vocab.Lookup, nil, nil, false)
		}
	}
}

// BenchmarkLexiconMatch: tokenizing (as Recognize does, with the date
// tokens) plus the lexicon pass.
func BenchmarkLexiconMatch(b *testing.B) {
	r, err := NewRecognizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	text := benchCorpus(b)
	w := new(work)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		w.tokenizeDated(text, r.vocab, w.dates.Words())
		r.match(text, w)
	}
}

// BenchmarkRecognize: every recognizer, with overlap resolution.
func BenchmarkRecognize(b *testing.B) {
	r, err := NewRecognizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	text := benchCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a, err := r.Recognize(context.Background(), text, Options{})
		if err != nil {
			b.Fatal(err)
		}
		a.Release()
	}
}

// BenchmarkRules: the grammar rules for names, titles, organizations and
// places (stage 1 on every sentence, overlap resolution, stage 2), on tokens
// and lexicon matches made once; dates are not included.
func BenchmarkRules(b *testing.B) {
	r, err := NewRecognizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	text := benchCorpus(b)
	w := new(work)
	w.tokenizeVocab(text, r.vocab)
	r.match(text, w)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		w.cands = w.cands[:0]
		for _, s := range w.sents {
			r.stage1(text, w, s)
		}
		w.out = resolve(w.cands, w.out[:0], &w.busy, &w.order, len(text))
		w.out = r.stage2(text, w, w.out)
	}
}

// BenchmarkNewRecognizer: compiling the embedded lexicons.
func BenchmarkNewRecognizer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewRecognizer(nil); err != nil {
			b.Fatal(err)
		}
	}
}
