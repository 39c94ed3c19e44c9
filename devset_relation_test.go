package vnextract_test

import (
	"context"
	"os"
	"strings"
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
	// The mentions are the gold ones: only the relation scores say anything.
	for k := range sc {
		if !strings.HasPrefix(k, "relation.") {
			delete(sc, k)
		}
	}
	checkFloors(t, sc, "testdata/devset_relation_floors.json")
}
