package vnextract_test

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
)

// TestDevsetRelationsOnGoldMentions scores the relation stage alone: it links
// the hand-annotated mentions of the development set (with the recognizer's
// sentences) instead of the recognized ones, so that what it misses is the
// relation grammar's doing, not the recognizer's. The relation scores have
// floors of their own in testdata/devset_relation_floors.json.
func TestDevsetRelationsOnGoldMentions(t *testing.T) {
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("VNEXTRACT_DEVSET_VERBOSE") != ""
	sc, table := scoreDevsetWith(t, verbose, func(dd devDoc) (*vnextract.Document, error) {
		an, err := rec.Recognize(context.Background(), string(dd.text), entity.Options{})
		if err != nil {
			return nil, err
		}
		gold := make([]entity.Mention, 0, len(dd.mentions))
		for _, m := range dd.mentions {
			typ, err := entity.ParseType(m.typ)
			if err != nil {
				return nil, err
			}
			gold = append(gold, entity.Mention{Type: typ, Start: m.start, End: m.end, Text: m.text, Value: m.value})
		}
		an.Mentions = gold
		return vnextract.LinkForTest(dd.text, an), nil
	})
	t.Logf("\n%s", table)
	b, err := os.ReadFile("testdata/devset_relation_floors.json")
	if err != nil {
		t.Fatal(err)
	}
	var floors map[string]float64
	if err := json.Unmarshal(b, &floors); err != nil {
		t.Fatal(err)
	}
	for k, floor := range floors {
		got, ok := sc[k]
		if !ok {
			t.Errorf("floor %q names no score", k)
			continue
		}
		if got+1e-9 < floor {
			t.Errorf("%s = %.3f, below its floor %.3f", k, got, floor)
		}
	}
}
