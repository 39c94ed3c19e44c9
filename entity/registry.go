package entity

import "math/bits"

// The rule names: the "rule" value of a mention in the JSON contract
// (Mention.Rule). Several registry entries may share one name: they are
// ways of finding the same kind of span that differ in standing (see
// rules).
const (
	RulePersonName       = "person:name"        // a Vietnamese name: family name, then middle and given names
	RulePersonHonorific  = "person:honorific"   // a name after an honorific: "ông Nguyễn Quốc Hùng", "bà Takaichi Sanae"
	RulePersonForeign    = "person:foreign"     // a foreign-looking name: "Kim Sang-sik", "Vyacheslav Kalganov"
	RulePersonLexicon    = "person:lexicon"     // a person listed in a lexicon
	RulePersonInitialed  = "person:initialed"   // an initialed name in one token: "V.Kalganov"
	RulePersonCredit     = "person:credit"      // a photo credit: "(Ảnh: Đinh Hòa)"
	RulePersonByline     = "person:byline"      // a line that is only a name
	RulePersonAfterTitle = "person:after-title" // a name right after a title: "Tổng thống Nga Putin"
	RulePersonShort      = "person:short"       // a short reference to a person named in full: "Putin", "Toàn" after "Nguyễn Văn Toàn"
	RuleTitleLexicon     = "title:lexicon"      // a title from the lexicon with its modifiers
	RuleOrgLexicon       = "org:lexicon"        // an organization listed in a lexicon
	RuleOrgLexiconPlace  = "org:lexicon+place"  // a listed organization and its place: "Quốc hội Nhật Bản"
	RuleOrgHead          = "org:head"           // a name built on a head noun: "Ủy ban Đối ngoại Saint Petersburg"
	RuleOrgHeadAcronym   = "org:head+acronym"   // a bare head an acronym defines: "Ủy ban nhân dân (UBND)"
	RuleOrgForeign       = "org:foreign"        // a name in English: "George School"
	RuleOrgAcronym       = "org:acronym"        // an acronym the text defines or uses as a body
	RuleOrgAcronymPlace  = "org:acronym+place"  // an acronym and a place in parentheses: "(PC Thường Tín)"
	RuleOrgRepeat        = "org:repeat"         // an organization name used again
	RuleLocationTrigger  = "location:trigger"   // a place after a trigger word: "tỉnh Hải Dương"; later without it, or a unit or a transcribed name after "tại"
	RuleLocationUnit     = "location:unit"      // a numbered unit whose type word is part of its name: "quận 1"
	RuleLocationCountry  = "location:country"   // a country from the lexicon
	RuleLocationProvince = "location:province"  // a Vietnamese province from the lexicon
	RuleLocationCity     = "location:city"      // a city or other named place from the lexicon
	RuleLocationRegion   = "location:region"    // a region from the lexicon
	RuleLocationLexicon  = "location:location"  // a place of a user lexicon
)

// tier is the first thing overlap resolution compares: a candidate of a
// higher tier wins over any of a lower one, whatever their lengths.
type tier int8

const (
	// tierGap: proposed after resolution, on the tokens no mention holds,
	// so it never competes.
	tierGap tier = iota
	// tierWeak: guesses (none today: the foreign-looking runs are read
	// in the gaps).
	tierWeak
	tierNormal // lexicon and grammar rules
	tierStrong // dates and times
)

// ruleID indexes the registry.
type ruleID uint8

// The registry entries, in the order the stages run them: at each token the
// stage-1 rules in this order, and then the gap passes in this order (the
// order of proposals breaks ties in resolution).
const (
	ruleTitle ruleID = iota
	ruleOrgTitleBody
	rulePersonTitleBody
	ruleOrgLexiconPlace
	ruleOrgLexicon
	ruleOrgHead
	ruleOrgHeadAcronym
	ruleOrgLowerHead
	rulePlace
	rulePlaceWord
	rulePlaceTrigger
	rulePlaceUnit
	rulePersonName
	rulePersonNameForeign
	rulePersonHonorific
	rulePersonHonorificName
	rulePersonHonorificForeign
	rulePersonLexicon
	rulePersonInitialed
	rulePersonCredit
	rulePersonByline
	ruleDate
	ruleTime
	rulePersonAfterTitle
	ruleOrgMinistry
	rulePersonForeignRun
	ruleOrgForeignRun
	rulePlaceForeignRun
	ruleOrgAcronym
	ruleOrgAcronymPlace
	ruleOrgRepeat
	rulePlaceRepeat
	rulePersonShort
	numRuleIDs
)

// rule is one way of finding mentions, spaCy EntityRuler style: what it
// finds (name and type), how it stands against overlapping candidates
// (tier, then priority) and the function that proposes its spans.
//
// A stage-1 rule reads the lexicon matches of one sentence: at runs at
// every token where the lexicon matched one of the kinds in on, or that
// has one of the cues in on (bitCapital, bitCreditCue), and adds
// candidates with rctx.add. A gap rule runs once per text after resolution, on the tokens
// left free, and adds mentions with gaps.take. A variant has neither: the
// function of the entry it names in its comment proposes it, because both
// come out of one analysis of the text (a bare organization head is
// "org:head+acronym" or "org:head" depending on what follows it).
type rule struct {
	// name is the Mention.Rule of the spans; "" for the places, named
	// after the kind of their lexicon entry (placeRule), and for the
	// dates, named by the date grammar.
	name string
	typ  Type
	tier tier
	// prio breaks ties between overlapping candidates of one tier and one
	// length: the higher wins.
	prio int8
	on   kindSet
	at   func(c *rctx, i int)
	gap  func(g *gaps)
}

// rules is the registry. It is filled in init because the rules' functions
// read it (through rctx.add and gaps.take).
var rules [numRuleIDs]rule

func init() {
	rules = [numRuleIDs]rule{
		ruleTitle: {name: RuleTitleLexicon, typ: Title, tier: tierNormal, prio: 80, on: bitTitle, at: (*rctx).title},
		// variants of ruleTitle: the local body a title names right after
		// it ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), and the holder named
		// after that body's "tỉnh", whom the place rules would read as the
		// province ("Chủ tịch HĐND tỉnh Phan Văn A"). The title's grammar
		// is surer of both than the guesses of the name and place rules,
		// which run on past the unit word ("UBND tỉnh giữ chức ...").
		ruleOrgTitleBody:    {name: RuleOrgHead, typ: Organization, tier: tierStrong, prio: 65},
		rulePersonTitleBody: {name: RulePersonAfterTitle, typ: Person, tier: tierStrong, prio: 65},

		ruleOrgLexiconPlace: {name: RuleOrgLexiconPlace, typ: Organization, tier: tierNormal, prio: 70, on: bitOrg, at: (*rctx).knownOrgPlace},
		ruleOrgLexicon:      {name: RuleOrgLexicon, typ: Organization, tier: tierNormal, prio: 70, on: bitOrg, at: (*rctx).knownOrg},
		ruleOrgHead:         {name: RuleOrgHead, typ: Organization, tier: tierNormal, prio: 60, on: bitOrgHead, at: (*rctx).orgByHead},
		// variants of ruleOrgHead
		ruleOrgHeadAcronym: {name: RuleOrgHeadAcronym, typ: Organization, tier: tierNormal, prio: 60},
		// a head written in lower case, read at the name after it.
		ruleOrgLowerHead: {name: RuleOrgHead, typ: Organization, tier: tierNormal, prio: 60, on: bitCapital, at: (*rctx).orgAfterLowerHead},

		rulePlace: {typ: Location, tier: tierNormal, prio: 50, on: bitPlace, at: (*rctx).place},
		// variant of rulePlace: a one-word place, the likelier to be
		// another word ("Nga", "Nam").
		rulePlaceWord:    {typ: Location, tier: tierNormal, prio: 30},
		rulePlaceTrigger: {name: RuleLocationTrigger, typ: Location, tier: tierNormal, prio: 60, on: bitLocTrigger, at: (*rctx).placeAfterTrigger},
		// variant of rulePlaceTrigger: "quận 1", "phường IV".
		rulePlaceUnit: {name: RuleLocationUnit, typ: Location, tier: tierNormal, prio: 60},

		rulePersonName: {name: RulePersonName, typ: Person, tier: tierNormal, prio: 40, on: bitFamily, at: (*rctx).familyName},
		// variant of rulePersonName: a hyphenated given name.
		rulePersonNameForeign: {name: RulePersonForeign, typ: Person, tier: tierNormal, prio: 40},
		rulePersonHonorific:   {name: RulePersonHonorific, typ: Person, tier: tierNormal, prio: 70, on: bitHonorific, at: (*rctx).afterHonorific},
		// variants of rulePersonHonorific: a Vietnamese name after the
		// honorific, read as rulePersonName reads one, and its hyphenated
		// form.
		rulePersonHonorificName:    {name: RulePersonHonorific, typ: Person, tier: tierNormal, prio: 60},
		rulePersonHonorificForeign: {name: RulePersonForeign, typ: Person, tier: tierNormal, prio: 60},
		rulePersonLexicon:          {name: RulePersonLexicon, typ: Person, tier: tierNormal, prio: 90, on: bitPerson, at: (*rctx).personLexicon},
		rulePersonInitialed:        {name: RulePersonInitialed, typ: Person, tier: tierNormal, prio: 40, on: bitCapital, at: (*rctx).personInitialed},
		rulePersonCredit:           {name: RulePersonCredit, typ: Person, tier: tierNormal, prio: 30, on: bitCreditCue, at: (*rctx).creditOrByline},
		// variant of rulePersonCredit
		rulePersonByline: {name: RulePersonByline, typ: Person, tier: tierNormal, prio: 10},

		// The date grammar runs on its own (Recognizer.Recognize); its
		// candidates stand above every other.
		ruleDate: {typ: Date, tier: tierStrong, prio: 100},
		ruleTime: {typ: Time, tier: tierStrong, prio: 100},

		rulePersonAfterTitle: {name: RulePersonAfterTitle, typ: Person, tier: tierGap, gap: (*gaps).afterTitle},
		// variant of rulePersonAfterTitle: a ministry named after its
		// minister's title without "Bộ" ("Bộ trưởng Công Thương").
		ruleOrgMinistry:      {name: RuleOrgLexicon, typ: Organization, tier: tierGap},
		rulePersonForeignRun: {name: RulePersonForeign, typ: Person, tier: tierGap, gap: (*gaps).foreignRuns},
		// variant of rulePersonForeignRun: a run that ends in an English
		// organization word.
		ruleOrgForeignRun: {name: RuleOrgForeign, typ: Organization, tier: tierGap},
		// variant of rulePersonForeignRun: a transcribed name after "tại",
		// "ở", "sang".
		rulePlaceForeignRun: {name: RuleLocationTrigger, typ: Location, tier: tierGap},
		ruleOrgAcronym:      {name: RuleOrgAcronym, typ: Organization, tier: tierGap, gap: (*gaps).acronyms},
		// variant of ruleOrgAcronym
		ruleOrgAcronymPlace: {name: RuleOrgAcronymPlace, typ: Organization, tier: tierGap},
		ruleOrgRepeat:       {name: RuleOrgRepeat, typ: Organization, tier: tierGap, gap: (*gaps).repeats},
		// The places of the triggers again, and units after "tại", "ở".
		rulePlaceRepeat: {name: RuleLocationTrigger, typ: Location, tier: tierGap, gap: (*gaps).placeRepeats},
		rulePersonShort: {name: RulePersonShort, typ: Person, tier: tierGap, gap: (*gaps).shortNames},
	}
	for _, k := range Kinds {
		if kindBit(k) >= bitCreditCue {
			panic("entity: lexicon kind " + string(k) + " has the bit of a cue: widen kindSet")
		}
	}
	for id := range rules {
		if rl := &rules[id]; rl.at != nil {
			if len(tokenRules) == 32 {
				panic("entity: more than 32 stage-1 rules: widen ruleSet")
			}
			for k := rl.on; k != 0; k &= k - 1 {
				rulesOn[bits.TrailingZeros32(uint32(k))] |= 1 << len(tokenRules)
			}
			tokenRules = append(tokenRules, rl.at)
		}
		if rules[id].gap != nil {
			gapRules = append(gapRules, rules[id].gap)
		}
	}
}

// The cues: bits of a kindSet that are no lexicon kind, set by stage1 at a
// token for the rules that start there without a lexicon match.
const (
	bitCapital   kindSet = 1 << 30 // a capitalized word (the Cap flag)
	bitCreditCue kindSet = 1 << 29 // the first token of a sentence, or "Ảnh" (a photo credit)
	capShift             = 30      // from Cap (bit 0 of the flags) to bitCapital
)

// ruleSet has one bit per stage-1 rule: bit j is tokenRules[j].
type ruleSet uint32

// tokenRules and gapRules are the functions of the rules, in registry
// order; rulesOn[b] holds the stage-1 rules that run at a token whose
// kindSet has bit b.
var (
	tokenRules []func(c *rctx, i int)
	gapRules   []func(g *gaps)
	rulesOn    [32]ruleSet
)

// stage1 proposes the candidates of the stage-1 rules in one sentence.
func (r *Recognizer) stage1(text string, w *work, s Sentence) {
	// The context lives in w: the rules are called through function
	// values, so a context made here would be allocated on every call.
	c := &w.rc
	*c = rctx{r: r, w: w, text: text, s: s}
	anh := r.w.ruleKey[wAnh]
	for i := s.First; i < s.Last; i++ {
		ks, t := w.kinds[i], &w.toks[i]
		if ks == 0 && !t.Is(Cap) {
			continue
		}
		ks |= kindSet(t.Flags&Cap) << capShift
		if i == s.First || t.Key == anh {
			ks |= bitCreditCue
		}
		// The rules of the bits set, run in registry order.
		var run ruleSet
		for k := ks; k != 0; k &= k - 1 {
			run |= rulesOn[bits.TrailingZeros32(uint32(k))]
		}
		for ; run != 0; run &= run - 1 {
			tokenRules[bits.TrailingZeros32(uint32(run))](c, i)
		}
	}
}
