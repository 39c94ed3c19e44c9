package entity

import (
	"context"
	"strings"
	"testing"
)

// TestRegistry checks what the rest of the package assumes of the
// registry: every entry says what it finds and how it is proposed, and the
// function tables follow its order.
func TestRegistry(t *testing.T) {
	var at, gap int
	for id := range numRuleIDs {
		rl := rules[id]
		if rl.typ == 0 {
			t.Errorf("rule %d has no mention type", id)
		}
		named := rl.name != "" || id == rulePlace || id == rulePlaceWord || id == ruleDate || id == ruleTime
		if !named {
			t.Errorf("rule %d has no name", id)
		}
		if rl.name != "" && !strings.HasPrefix(rl.name, strings.ToLower(rl.typ.String()[:3])) {
			t.Errorf("rule %d: name %q does not start with its type %v", id, rl.name, rl.typ)
		}
		if rl.at != nil && rl.gap != nil {
			t.Errorf("rule %d (%s) runs in both stages", id, rl.name)
		}
		if (rl.tier == tierGap) != (rl.at == nil && (rl.gap != nil || id > ruleTime)) {
			t.Errorf("rule %d (%s): tier %d does not fit its stage", id, rl.name, rl.tier)
		}
		if rl.at != nil {
			at++
			if rl.on == 0 {
				t.Errorf("rule %d (%s) has a stage-1 function and nothing that starts it", id, rl.name)
			}
		}
		if rl.gap != nil {
			gap++
		}
	}
	if at != len(tokenRules) || gap != len(gapRules) {
		t.Errorf("tokenRules %d, gapRules %d; registry has %d and %d", len(tokenRules), len(gapRules), at, gap)
	}
}

// contractRules are the rule names of the JSON contract, spelled out: a
// renamed constant changes the output.
var contractRules = map[string]string{
	RulePersonName: "person:name", RulePersonHonorific: "person:honorific", RulePersonForeign: "person:foreign",
	RulePersonLexicon: "person:lexicon", RulePersonInitialed: "person:initialed", RulePersonCredit: "person:credit",
	RulePersonByline: "person:byline", RulePersonAfterTitle: "person:after-title", RulePersonShort: "person:short",
	RuleTitleLexicon: "title:lexicon", RuleOrgLexicon: "org:lexicon", RuleOrgLexiconPlace: "org:lexicon+place",
	RuleOrgHead: "org:head", RuleOrgHeadAcronym: "org:head+acronym",
	RuleOrgForeign: "org:foreign", RuleOrgAcronym: "org:acronym", RuleOrgAcronymPlace: "org:acronym+place",
	RuleOrgRepeat: "org:repeat", RuleLocationTrigger: "location:trigger", RuleLocationUnit: "location:unit", RuleLocationCountry: "location:country",
	RuleLocationProvince: "location:province", RuleLocationCity: "location:city", RuleLocationRegion: "location:region",
	RuleLocationLexicon: "location:location",
}

// TestRuleNames checks the rule names against the contract: the
// constants' values, the registry's names, the places' names, and those of
// every mention of the seeds (the dates' are the date grammar's).
func TestRuleNames(t *testing.T) {
	known := map[string]bool{}
	for c, want := range contractRules {
		if c != want {
			t.Errorf("rule constant %q, the contract says %q", c, want)
		}
		known[want] = true
	}
	if len(known) != 25 {
		t.Errorf("%d distinct rule names, want 25", len(known))
	}
	for id, rl := range rules {
		if rl.name != "" && !known[rl.name] {
			t.Errorf("rule %d: name %q is not in the contract", id, rl.name)
		}
	}
	for _, k := range Kinds {
		if k.MentionType() == Location && !known[placeRule(k)] {
			t.Errorf("placeRule(%q) = %q, not in the contract", k, placeRule(k))
		}
	}
	r, err := NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := r.Recognize(context.Background(), benchCorpus(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Release()
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		seen[m.Rule] = true
		if m.Type == Date || m.Type == Time {
			continue
		}
		if !known[m.Rule] {
			t.Errorf("%v %q: rule %q is not in the contract", m.Type, m.Text, m.Rule)
		}
	}
	if len(seen) < 15 {
		t.Errorf("the seeds give only %d rule names", len(seen))
	}
}
