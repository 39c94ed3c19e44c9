package entity

import (
	"context"
	"os"
	"sort"
	"testing"

	"github.com/vnextract/vnextract/normalize"
)

// entitySet returns the (type, folded key) pairs of the named mentions.
func entitySet(t *testing.T, r *Recognizer, text string) map[string]bool {
	t.Helper()
	a, err := r.Recognize(context.Background(), text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Release()
	out := map[string]bool{}
	for _, m := range a.Mentions {
		switch m.Type {
		case Person, Organization, Location, Title:
			out[m.Type.String()+":"+normalize.WordKey(m.Text)] = true
		}
	}
	return out
}

func diff(a, b map[string]bool) []string {
	var d []string
	for k := range a {
		if !b[k] {
			d = append(d, k)
		}
	}
	sort.Strings(d)
	return d
}

// TestSeedInEveryStyle feeds seed 000 in the old tone style, the new tone
// style and with no diacritics at all, and checks the same entities come out:
// identical sets for the two tone styles, and at least 90% of them (with
// every multi-word person name) without diacritics.
func TestSeedInEveryStyle(t *testing.T) {
	b, err := os.ReadFile("../testdata/seeds/000_1d3b2b95b4575efa.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	old := normalize.Normalizer{Tone: normalize.ToneOld}.String(string(b))
	neu := normalize.Normalizer{Tone: normalize.ToneNew}.String(string(b))
	if old == neu {
		t.Fatal("the two tone styles give the same text; the test would prove nothing")
	}
	folded := normalize.Fold(old)
	so, sn, sf := entitySet(t, r, old), entitySet(t, r, neu), entitySet(t, r, folded)
	if d1, d2 := diff(so, sn), diff(sn, so); len(d1)+len(d2) > 0 {
		t.Errorf("new style lost %q and added %q", d1, d2)
	}
	lost := diff(so, sf)
	if float64(len(lost)) > 0.10*float64(len(so)) {
		t.Errorf("without diacritics %d of %d entities are lost: %q", len(lost), len(so), lost)
	}
	for _, want := range []string{"PERSON:phan anh son", "PERSON:vyacheslav kalganov", "PERSON:nguyen quoc hung",
		"ORGANIZATION:lien hiep cac to chuc huu nghi viet nam", "LOCATION:lien bang nga", "TITLE:chu tich"} {
		if !so[want] || !sf[want] {
			t.Errorf("%s: in old style %v, without diacritics %v", want, so[want], sf[want])
		}
	}
	t.Logf("old style: %d entities; without diacritics lost %d: %q; added %q", len(so), len(lost), lost, diff(sf, so))
}
