package tagger_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/tagger"
)

// devsetDir is the shared hand-annotated dev set, read in place (its texts
// are never copied into the repository).
const devsetDir = "../../shared/devset/news"

// readAnn reads a dev-set .ann file: the text with each mention marked
// inline as ⟦TYPE|surface⟧ or ⟦DATE|surface|value⟧.
func readAnn(t testing.TB, path string) tagger.Doc {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parseAnn(t, path, string(b))
}

// parseAnn reads text with inline marks (see readAnn).
func parseAnn(t testing.TB, path, s string) tagger.Doc {
	var text strings.Builder
	var d tagger.Doc
	for {
		i := strings.Index(s, "⟦")
		if i < 0 {
			text.WriteString(s)
			break
		}
		text.WriteString(s[:i])
		s = s[i+len("⟦"):]
		j := strings.Index(s, "⟧")
		if j < 0 {
			t.Fatalf("%s: unclosed mark", path)
		}
		parts := strings.Split(s[:j], "|")
		if len(parts) < 2 {
			t.Fatalf("%s: bad mark %q", path, s[:j])
		}
		start := text.Len()
		text.WriteString(parts[1])
		d.Mentions = append(d.Mentions, tagger.Span{Type: tagger.CanonicalType(parts[0]), Start: start, End: text.Len()})
		s = s[j+len("⟧"):]
	}
	d.Text = text.String()
	return d
}

// goldenDocs reads the seeds with their golden mentions.
func goldenDocs(t testing.TB) []tagger.Doc {
	files, _ := filepath.Glob("../testdata/golden/*.json")
	var docs []tagger.Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Document string
			Mentions []struct {
				Type       string
				Start, End int
			}
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join("../testdata/seeds", g.Document))
		if err != nil {
			t.Fatal(err)
		}
		d := tagger.Doc{Text: string(text)}
		for _, m := range g.Mentions {
			d.Mentions = append(d.Mentions, tagger.Span{Type: m.Type, Start: m.Start, End: m.End})
		}
		docs = append(docs, d)
	}
	return docs
}

// prf counts phrases per type.
type prf map[string]*[3]int // gold, found, correct

func (p prf) add(typ string, i int) {
	if p[typ] == nil {
		p[typ] = new([3]int)
	}
	p[typ][i]++
}

func (p prf) f1(typ string) (float64, [3]int) {
	var c [3]int
	for t, v := range p {
		if typ == "" || t == typ {
			for i := range c {
				c[i] += v[i]
			}
		}
	}
	if c[2] == 0 {
		return 0, c
	}
	pr, rc := float64(c[2])/float64(c[1]), float64(c[2])/float64(c[0])
	return 2 * pr * rc / (pr + rc), c
}

// scoreExtractor scores ex's mentions on docs, exact type and offsets.
func scoreExtractor(t testing.TB, ex *vnextract.Extractor, docs []tagger.Doc, into prf) {
	for _, d := range docs {
		doc, err := ex.Extract(context.Background(), []byte(d.Text))
		if err != nil {
			t.Fatal(err)
		}
		want := map[tagger.Span]bool{}
		for _, m := range d.Mentions {
			s := tagger.Span{Type: tagger.CanonicalType(m.Type), Start: m.Start, End: m.End}
			want[s] = true
			into.add(s.Type, 0)
		}
		for _, m := range doc.Mentions {
			s := tagger.Span{Type: m.Type.String(), Start: m.Start, End: m.End}
			into.add(s.Type, 1)
			if want[s] {
				into.add(s.Type, 2)
			}
		}
	}
}

// TestCrossValidation trains on some annotated documents and scores the
// others, with and without the model: the seeds' goldens and the shared
// dev set, in 5 folds (every 5th document held out in turn), and logs the
// numbers the README reports.
//
// The rules were tuned on these very documents, so here they score above
// what they score on news they have not seen, and a model trained on four
// fifths of 45 documents has little room to add: alone in place of the
// rules it scores below them on every type but DATE. Train therefore
// chooses, per type, how far to trust the model (Trust), by training on
// two thirds of its documents and scoring the rest, three times; the test
// checks that the rules with the model then score above the rules alone.
func TestCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five models")
	}
	anns, _ := filepath.Glob(filepath.Join(devsetDir, "*.ann"))
	if len(anns) == 0 {
		t.Skip("no dev set at " + devsetDir)
	}
	sort.Strings(anns)
	var docs []tagger.Doc
	for _, a := range anns {
		docs = append(docs, readAnn(t, a))
	}
	docs = append(docs, goldenDocs(t)...)
	rules, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	const folds = 5
	base, withModel := prf{}, prf{}
	for k := 0; k < folds; k++ {
		var train, test []tagger.Doc
		for i, d := range docs {
			if i%folds == k {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		m, st, err := tagger.Train(context.Background(), rec, train, tagger.Options{Epochs: 10})
		if err != nil {
			t.Fatal(err)
		}
		ex, err := vnextract.New(vnextract.WithTagger(m))
		if err != nil {
			t.Fatal(err)
		}
		scoreExtractor(t, rules, test, base)
		scoreExtractor(t, ex, test, withModel)
		var buf bytes.Buffer
		m.WriteTo(&buf)
		var trust []string
		for _, ty := range m.Types() {
			trust = append(trust, ty+" "+m.Trust(ty).String())
		}
		t.Logf("fold %d: %d training tokens, %d features, %d epochs, %d bytes; trust chosen on %d documents: %s",
			k+1, st.Tokens, st.Features, st.Epochs, buf.Len(), st.TrustDocs, strings.Join(trust, ", "))
	}
	var report strings.Builder
	for _, typ := range []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", ""} {
		f0, c0 := base.f1(typ)
		f1, c1 := withModel.f1(typ)
		name := typ
		if name == "" {
			name = "overall"
		}
		fmt.Fprintf(&report, "%-13s gold %4d  rules F1 %.3f (found %4d, correct %4d)  rules+model F1 %.3f (found %4d, correct %4d)\n",
			name, c0[0], f0, c0[1], c0[2], f1, c1[1], c1[2])
	}
	t.Logf("%d documents, %d folds:\n%s", len(docs), folds, report.String())
	f0, _ := base.f1("")
	f1, _ := withModel.f1("")
	// On documents in the rules' own convention the rules are near what
	// the model can learn from 40 documents, and the trust chosen on
	// held-out documents keeps the rules where the model is not better:
	// with it, F1 must not fall by more than the one mention in a thousand
	// that a different training draw moves. Where the model does add (a
	// corpus in another convention) TestTrustOtherConvention requires it.
	if f1 < f0-0.002 {
		t.Errorf("the model costs the rules: F1 %.4f with it, %.4f without", f1, f0)
	}
}

// TestTrustOtherConvention trains on documents annotated in a convention
// the rules do not follow, as a user's corpus may be: a person's honorific
// ("ông", "bà", "anh", "chị") inside the PERSON mention. The rules' PERSON
// spans then never match, and the trust chosen on held-out documents must
// give PERSON to the model, which lifts PERSON far above the rules on
// documents it has not seen, and the other types must not lose.
func TestTrustOtherConvention(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	docs := devDocs(t)
	if len(docs) == 0 {
		t.Skip("no dev set at " + devsetDir)
	}
	docs = append(docs, goldenDocs(t)...)
	moved := 0
	for i := range docs {
		d := &docs[i]
		for k, m := range d.Mentions {
			if m.Type != "PERSON" {
				continue
			}
			before := strings.ToLower(d.Text[:m.Start])
			for _, h := range []string{"ông ", "bà ", "anh ", "chị "} {
				if strings.HasSuffix(before, h) && (len(before) == len(h) || !isLetter(before[len(before)-len(h)-1])) {
					d.Mentions[k].Start -= len(h)
					moved++
					break
				}
			}
		}
	}
	if moved < 100 {
		t.Fatalf("only %d PERSON mentions have an honorific before them", moved)
	}
	var train, test []tagger.Doc
	for i, d := range docs {
		if i%5 == 0 {
			test = append(test, d)
		} else {
			train = append(train, d)
		}
	}
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	m, st, err := tagger.Train(context.Background(), rec, train, tagger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tr := m.Trust("PERSON"); tr != tagger.TrustModel && tr != tagger.TrustModelFirst {
		t.Errorf("PERSON: trust %v after %d held-out documents, want the model first", tr, st.TrustDocs)
	}
	rules, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := vnextract.New(vnextract.WithTagger(m))
	if err != nil {
		t.Fatal(err)
	}
	base, with := prf{}, prf{}
	scoreExtractor(t, rules, test, base)
	scoreExtractor(t, ex, test, with)
	for _, typ := range []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", ""} {
		f0, _ := base.f1(typ)
		f1, _ := with.f1(typ)
		if typ == "" {
			t.Logf("overall      rules %.3f, rules+model %.3f; %d PERSON mentions with an honorific", f0, f1, moved)
		} else {
			t.Logf("%-12s rules %.3f, rules+model %.3f (trust %v)", typ, f0, f1, m.Trust(typ))
		}
		switch {
		case typ == "PERSON" && f1 < f0+0.2:
			t.Errorf("PERSON: F1 %.3f with the model, %.3f without: want far above", f1, f0)
		case typ != "PERSON" && typ != "" && f1 < f0-0.02:
			t.Errorf("%s: F1 %.3f with the model, %.3f without", typ, f1, f0)
		}
	}
}

func isLetter(b byte) bool { return b >= 0x80 || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
