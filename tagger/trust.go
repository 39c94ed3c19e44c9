package tagger

import (
	"fmt"

	"github.com/vnextract/vnextract/entity"
)

// Trust is how [Model.Apply] combines the model's spans of a type with the
// rule mentions of that type. Train chooses one per type, the one that
// scores best on documents the model did not learn from (see
// [Options.TrustFolds]); a model read from a version 1 file trusts itself
// on every type.
type Trust uint8

const (
	// TrustModel: the model's spans replace the rule mentions of the
	// type (a rule mention equal to a span is kept, with its value).
	TrustModel Trust = iota
	// TrustModelFirst: the model's spans come first; the rule mentions
	// of the type fill in where they overlap nothing kept.
	TrustModelFirst
	// TrustRulesFirst: the rule mentions of the type come first, with
	// the rules' dates; the model's spans fill in.
	TrustRulesFirst
	// TrustRules: the model's spans of the type are left out; the rule
	// mentions stay as if the model had not learned the type.
	TrustRules
	nTrust
)

var trustNames = [nTrust]string{"model", "model-first", "rules-first", "rules"}

// String returns the trust's name: "model", "model-first", "rules-first"
// or "rules".
func (t Trust) String() string {
	if t < nTrust {
		return trustNames[t]
	}
	return fmt.Sprintf("Trust(%d)", uint8(t))
}

// Trust returns how Apply uses the model's spans of type typ (a name as in
// Types, or a short form such as "PER"); TrustRules for a type the model
// does not know.
func (m *Model) Trust(typ string) Trust {
	c := CanonicalType(typ)
	for i, t := range m.types {
		if t == c {
			return m.trust[i]
		}
	}
	return TrustRules
}

// policy is the trust of each entity type, indexed by entity.Type; the
// types a model was not trained on are TrustRules.
type policy [8]Trust

func (p *policy) of(t entity.Type) Trust {
	if int(t) < len(p) {
		return p[t]
	}
	return TrustRules
}

// policyOf returns the policy of a model's types and trust.
func policyOf(etypes []entity.Type, trust []Trust) policy {
	var p policy
	for i := range p {
		p[i] = TrustRules
	}
	for i, et := range etypes {
		if et != 0 && int(et) < len(p) {
			p[et] = trust[i]
		}
	}
	return p
}

// resolveLists is the memory of resolve, reused.
type resolveLists struct {
	first, mine, last, cands, kept, merged []int32
}

// resolve chooses the mentions to output from rule mentions rules and the
// model's spans spans (each sorted by start without overlaps; spans only
// of types the policy does not give to the rules), and returns them as
// indexes, sorted by start: i >= 0 is rules[i], i < 0 is spans[-1-i].
//
// The lists go in order of preference, each mention kept when it overlaps
// none kept before: first the rule dates and times left to the rules and
// the rule mentions of TrustRulesFirst types; then the model's spans (a
// span equal to a rule mention of its type is that mention); then the
// other rule mentions of the types left to the rules and those of
// TrustModelFirst types. The rule mentions of TrustModel types are kept
// only where a span equals them.
func resolve(rules, spans []entity.Mention, pol *policy, l *resolveLists) []int32 {
	first, mine, last := l.first[:0], l.mine[:0], l.last[:0]
	for i := range rules {
		t := rules[i].Type
		switch pol.of(t) {
		case TrustRules:
			if t == entity.Date || t == entity.Time {
				first = append(first, int32(i))
			} else {
				last = append(last, int32(i))
			}
		case TrustRulesFirst:
			first = append(first, int32(i))
			mine = append(mine, int32(i))
		case TrustModelFirst:
			mine = append(mine, int32(i))
			last = append(last, int32(i))
		default:
			mine = append(mine, int32(i))
		}
	}
	cands := l.cands[:0]
	k := 0
	for j := range spans {
		sp := &spans[j]
		// The rule mentions do not overlap: the one that could equal
		// this span is the first not before it.
		for k < len(mine) && rules[mine[k]].Start < sp.Start {
			k++
		}
		if k < len(mine) {
			if rm := &rules[mine[k]]; rm.Start == sp.Start && rm.End == sp.End && rm.Type == sp.Type {
				cands = append(cands, mine[k])
				continue
			}
		}
		cands = append(cands, int32(-1-j))
	}
	at := func(i int32) *entity.Mention {
		if i < 0 {
			return &spans[-1-i]
		}
		return &rules[i]
	}
	kept, merged := append(l.kept[:0], first...), l.merged[:0]
	for _, list := range [2][]int32{cands, last} {
		merged = merged[:0]
		i := 0
		for _, c := range list {
			cm := at(c)
			for i < len(kept) && at(kept[i]).End <= cm.Start {
				merged = append(merged, kept[i])
				i++
			}
			if i < len(kept) && at(kept[i]).Start < cm.End {
				continue // overlaps a mention kept before
			}
			merged = append(merged, c)
		}
		merged = append(merged, kept[i:]...)
		kept, merged = merged, kept
	}
	l.first, l.mine, l.last, l.cands, l.kept, l.merged = first, mine, last, cands, kept, merged
	return kept
}

// heldOut is a document the model being judged did not learn from, in the
// offsets of its input: the rule mentions, the model's spans (of every
// entity type it knows) and the gold mentions.
type heldOut struct {
	rules, spans []entity.Mention
	gold         map[typedSpan]bool
}

type typedSpan struct {
	t          entity.Type
	start, end int
}

// score returns the gold, found and correct mentions of the types the
// model knows (known[t]) in docs under policy pol.
func score(docs []heldOut, pol *policy, known *[8]bool) (gold, found, correct int) {
	var l resolveLists
	var spans []entity.Mention
	for d := range docs {
		h := &docs[d]
		gold += len(h.gold)
		spans = spans[:0]
		for _, sp := range h.spans {
			if pol.of(sp.Type) != TrustRules {
				spans = append(spans, sp)
			}
		}
		for _, i := range resolve(h.rules, spans, pol, &l) {
			var mn *entity.Mention
			if i < 0 {
				mn = &spans[-1-i]
			} else {
				mn = &h.rules[i]
			}
			if int(mn.Type) >= len(known) || !known[mn.Type] {
				continue
			}
			found++
			if h.gold[typedSpan{mn.Type, mn.Start, mn.End}] {
				correct++
			}
		}
	}
	return
}

// learnTrust chooses the trust of each of the model's types (etypes, 0 for
// one that is not an entity type) that gives the best F1 on docs, by
// coordinate ascent from trusting the model on every type: each type in
// turn takes the trust that scores best with the others fixed, until no
// change helps. A change must raise F1 to be made, so that noise does not
// move the model away from the choice tried first.
func learnTrust(etypes []entity.Type, docs []heldOut) []Trust {
	trust := make([]Trust, len(etypes))
	var known [8]bool
	for _, et := range etypes {
		if et != 0 && int(et) < len(known) {
			known[et] = true
		}
	}
	f := func() float64 {
		pol := policyOf(etypes, trust)
		return f1(score(docs, &pol, &known))
	}
	best := f()
	for round := 0; round < 4; round++ {
		changed := false
		for i, et := range etypes {
			if et == 0 {
				continue
			}
			cur := trust[i]
			for tr := Trust(0); tr < nTrust; tr++ {
				if tr == cur {
					continue
				}
				trust[i] = tr
				if v := f(); v > best+1e-12 {
					best, cur, changed = v, tr, true
				}
			}
			trust[i] = cur
		}
		if !changed {
			break
		}
	}
	return trust
}
