package tagger

import (
	"slices"
	"testing"

	"github.com/vnextract/vnextract/entity"
)

// TestLearnTrust: on held-out documents built so that the answer is known,
// learnTrust gives each type the trust that scores best. PERSON: the model
// finds the gold mentions, the rules find wrong spans that overlap them
// (the model must replace or come first). LOCATION: the rules are right and
// the model's spans are wrong and overlap them (the rules must keep the
// type or come first). ORGANIZATION: the rules and the model each find a
// right span and a wrong one overlapping a right one of the other, and the
// model one more: no trust is perfect, the best adds the model's spans to
// the rules' or the rules' to the model's (2 right of 3 found). DATE: both
// find the same, so the trust tried first (the model) stays.
func TestLearnTrust(t *testing.T) {
	m := func(ty entity.Type, a, b int) entity.Mention { return entity.Mention{Type: ty, Start: a, End: b} }
	g := func(ty entity.Type, a, b int) typedSpan { return typedSpan{ty, a, b} }
	per, loc, org, date := entity.Person, entity.Location, entity.Organization, entity.Date
	doc := heldOut{
		rules: []entity.Mention{m(date, 0, 5), m(per, 10, 14), m(loc, 20, 30), m(org, 40, 50), m(org, 60, 65), m(per, 70, 80)},
		spans: []entity.Mention{m(date, 0, 5), m(per, 10, 15), m(loc, 20, 25), m(org, 40, 45), m(org, 60, 70), m(per, 70, 82), m(loc, 90, 95), m(org, 100, 110)},
		gold: map[typedSpan]bool{g(date, 0, 5): true, g(per, 10, 15): true, g(loc, 20, 30): true, g(org, 40, 50): true,
			g(org, 60, 70): true, g(per, 70, 82): true, g(org, 100, 110): true},
	}
	etypes := []entity.Type{per, org, loc, date}
	trust := learnTrust(etypes, []heldOut{doc})
	want := map[entity.Type][]Trust{
		per:  {TrustModel, TrustModelFirst},
		loc:  {TrustRules, TrustRulesFirst},
		date: {TrustModel},
	}
	for i, et := range etypes {
		if ok, found := want[et]; found && !slices.Contains(ok, trust[i]) {
			t.Errorf("%v: trust %v, want one of %v", et, trust[i], ok)
		}
	}
	var known [8]bool
	for _, et := range etypes {
		known[et] = true
	}
	pol := policyOf(etypes, trust)
	gold, found, correct := score([]heldOut{doc}, &pol, &known)
	if gold != 7 || correct < 6 || found > 7 {
		t.Errorf("trust %v: gold %d, found %d, correct %d; want 6 of 7 correct at least", trust, gold, found, correct)
	}
}
