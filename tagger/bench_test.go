package tagger_test

import (
	"context"
	"testing"
	"time"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/tagger"
)

// BenchmarkApply measures the model's own cost on the seeds (recognized
// once, outside the loop): "seeds" with a model trained on the seeds'
// goldens, the worst case (every feature of the text is in the model),
// "dev" with one trained on the shared dev set, other news, as a model is
// used.
func BenchmarkApply(b *testing.B) {
	docs := goldenDocs(b)
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	var ans []*entity.Analysis
	size, toks := 0, 0
	for _, d := range docs {
		an, err := rec.Recognize(context.Background(), d.Text, entity.Options{})
		if err != nil {
			b.Fatal(err)
		}
		ans = append(ans, an)
		size += len(d.Text)
		toks += len(an.Tokens)
	}
	for _, set := range []struct {
		name string
		docs []tagger.Doc
	}{{"seeds", docs}, {"dev", devDocs(b)}} {
		b.Run(set.name, func(b *testing.B) {
			if len(set.docs) == 0 {
				b.Skip("no dev set at " + devsetDir)
			}
			m, _, err := tagger.Train(context.Background(), rec, set.docs, tagger.Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			c0 := tagger.CPUTime()
			for b.Loop() {
				for _, an := range ans {
					m.Apply(an)
				}
			}
			b.ReportMetric(float64(tagger.CPUTime()-c0)/float64(b.N*toks), "cpu-ns/token")
		})
	}
}

// BenchmarkTrain measures training speed on the seeds' goldens (10
// epochs), in training tokens per second of one epoch.
func BenchmarkTrain(b *testing.B) {
	docs := goldenDocs(b)
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	var tokens int
	var epochs time.Duration
	for b.Loop() {
		_, st, err := tagger.Train(context.Background(), rec, docs, tagger.Options{Epochs: 10, Progress: func(e tagger.Epoch) {
			tokens += e.Tokens
			epochs += e.Train
		}})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Features), "features")
	}
	b.ReportMetric(float64(tokens)/epochs.Seconds(), "tokens/s")
}
