package tagger

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/vnextract/vnextract/entity"
)

var testRec = sync.OnceValues(func() (*entity.Recognizer, error) { return entity.NewRecognizer(nil) })

func recognizer(t testing.TB) *entity.Recognizer {
	t.Helper()
	r, err := testRec()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// synthDocs makes documents of a task whose answer is known: a PRODUCT is
// the made-up capitalized word after "mua chiếc" or "dùng máy", and a
// capitalized made-up word after "ở làng" is a PLACE. Names are drawn from
// the pool given, so that held-out documents can use names never seen.
func synthDocs(rng *rand.Rand, n int, names []string) []Doc {
	subjects := []string{"Anh ấy", "Chị Lan", "Họ", "Ông Ba", "Cô giáo", "Người dân"}
	products := []string{"mua chiếc", "dùng máy"}
	fillers := []string{"hôm qua", "sáng nay", "vào cuối tuần", "sau giờ làm", ""}
	var docs []Doc
	for d := 0; d < n; d++ {
		var b strings.Builder
		var ms []Span
		for s := 0; s < 4; s++ {
			b.WriteString(subjects[rng.IntN(len(subjects))])
			if f := fillers[rng.IntN(len(fillers))]; f != "" {
				b.WriteString(" " + f)
			}
			switch rng.IntN(3) {
			case 0:
				b.WriteString(" " + products[rng.IntN(2)] + " ")
				name := names[rng.IntN(len(names))]
				ms = append(ms, Span{"PRODUCT", b.Len(), b.Len() + len(name)})
				b.WriteString(name)
			case 1:
				b.WriteString(" sống ở làng ")
				name := names[rng.IntN(len(names))]
				ms = append(ms, Span{"PLACE", b.Len(), b.Len() + len(name)})
				b.WriteString(name)
			default:
				// a distractor: the made-up word with no cue
				b.WriteString(" nói về " + names[rng.IntN(len(names))] + " rất nhiều")
			}
			b.WriteString(". ")
		}
		docs = append(docs, Doc{Text: b.String(), Mentions: ms})
	}
	return docs
}

func madeUpNames(rng *rand.Rand, n int) []string {
	cons := []string{"Z", "Qu", "X", "Vr", "Kh", "Pl", "Tr", "Gw"}
	vow := []string{"or", "ax", "il", "um", "ex", "yn"}
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		w := cons[rng.IntN(len(cons))] + vow[rng.IntN(len(vow))] + strings.ToLower(cons[rng.IntN(len(cons))]) + vow[rng.IntN(len(vow))]
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// TestSynthetic trains on one half of the made-up names and tests on
// documents using only the other half: the cue words decide, which a model
// that learned the task gets right.
func TestSynthetic(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	names := madeUpNames(rng, 80)
	train := synthDocs(rng, 150, names[:40])
	test := synthDocs(rng, 60, names[40:])
	m, st, err := Train(context.Background(), recognizer(t), train, Options{Epochs: 8})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(m.Types()); got != "[PLACE PRODUCT]" {
		t.Fatalf("types %s", got)
	}
	gold, pred, correct := evalDocs(t, m, test)
	f := f1(gold, pred, correct)
	t.Logf("%+v; held-out F1 %.3f (gold %d, found %d, correct %d)", st, f, gold, pred, correct)
	if f < 0.98 {
		t.Errorf("held-out F1 %.3f, want ≥ 0.98", f)
	}
}

// evalDocs scores m's spans alone on docs (exact match of type and offsets).
func evalDocs(t testing.TB, m *Model, docs []Doc) (gold, pred, correct int) {
	rec := recognizer(t)
	for _, d := range docs {
		an, err := rec.Recognize(context.Background(), d.Text, entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := map[Span]bool{}
		for _, s := range d.Mentions {
			want[Span{CanonicalType(s.Type), s.Start, s.End}] = true
		}
		gold += len(want)
		for _, s := range m.Predict(an) {
			pred++
			if want[s] {
				correct++
			}
		}
		an.Release()
	}
	return
}

func modelBytes(t testing.TB, m *Model) []byte {
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
