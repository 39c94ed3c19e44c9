package tagger_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/tagger"
)

// TestApplyTrust: for every trust of every type (each trust on all types,
// then random mixes), Apply gives the mentions of the reference ApplyRef
// (a plain greedy choice over the lists in order); trusting the rules on
// every type gives the rule mentions unchanged, and trusting the model on
// every type keeps every span the model finds of an entity type unless a
// rule date or time it does not tag is there first.
func TestApplyTrust(t *testing.T) {
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	docs := goldenDocs(t)
	train := docs
	if dev := devDocs(t); len(dev) > 0 {
		// A model trained on other news than the texts, so that it
		// differs from the rules often.
		train = dev[:len(dev)/2]
		if !testing.Short() {
			docs = append(docs, dev[len(dev)/2:]...)
		}
	}
	m, _, err := tagger.Train(context.Background(), rec, train, tagger.Options{Types: []string{"PERSON", "ORGANIZATION", "LOCATION", "TITLE"}})
	if err != nil {
		t.Fatal(err)
	}
	var ans []*entity.Analysis
	for _, d := range docs {
		an, err := rec.Recognize(context.Background(), d.Text, entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer an.Release()
		ans = append(ans, an)
	}
	nt := len(m.Types())
	var policies [][]tagger.Trust
	for tr := range tagger.Trust(4) {
		p := make([]tagger.Trust, nt)
		for i := range p {
			p[i] = tr
		}
		policies = append(policies, p)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 12 {
		p := make([]tagger.Trust, nt)
		for i := range p {
			p[i] = tagger.Trust(rng.IntN(4))
		}
		policies = append(policies, p)
	}
	differ := 0
	for pi, p := range policies {
		mp := m.WithTrust(p)
		for i, an := range ans {
			got := mp.Apply(an)
			if want := mp.ApplyRef(an); !slices.EqualFunc(got, want, sameMention) {
				// The fast scorer sums a token's weights in another order
				// than the reference: on a tie between two label paths
				// (a gap of float32 rounding) either may win, as in
				// TestFastEqualsReference. Anything larger is a fault.
				if gap := mp.PathGap(an); gap >= 1e-5 {
					t.Fatalf("trust %v, text %d: Apply gives %d mentions, the reference %d (path gap %g)", p, i, len(got), len(want), gap)
				}
				t.Logf("trust %v, text %d: the scorers break a tie differently", p, i)
				continue
			}
			switch pi {
			case 0: // the model on every type
				kept := map[tagger.Span]bool{}
				for _, mn := range got {
					kept[tagger.Span{Type: mn.Type.String(), Start: mn.Start, End: mn.End}] = true
				}
				for _, sp := range mp.Predict(an) {
					if !kept[sp] && !overlapsRuleDate(an, sp) {
						t.Errorf("text %d: the model's %v is not in the output", i, sp)
					}
				}
			case 3: // the rules on every type
				if !slices.EqualFunc(got, an.Mentions, sameMention) {
					t.Fatalf("text %d: trusting the rules changes their mentions", i)
				}
			}
			if !slices.EqualFunc(got, an.Mentions, sameMention) {
				differ++
			}
		}
	}
	if differ < len(policies)*len(ans)/4 {
		t.Errorf("the model changed the rules' mentions on only %d of %d texts and policies: the test does not test much", differ, len(policies)*len(ans))
	}
}

// overlapsRuleDate reports whether sp overlaps a rule date or time of an.
func overlapsRuleDate(an *entity.Analysis, sp tagger.Span) bool {
	for _, rm := range an.Mentions {
		if (rm.Type == entity.Date || rm.Type == entity.Time) && rm.Start < sp.End && sp.Start < rm.End {
			return true
		}
	}
	return false
}

func TestTrustString(t *testing.T) {
	for tr, want := range map[tagger.Trust]string{tagger.TrustModel: "model", tagger.TrustModelFirst: "model-first",
		tagger.TrustRulesFirst: "rules-first", tagger.TrustRules: "rules", 9: "Trust(9)"} {
		if got := tr.String(); got != want {
			t.Errorf("%d: %q, want %q", tr, got, want)
		}
	}
}
