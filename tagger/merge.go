package tagger

import (
	"slices"

	"github.com/vnextract/vnextract/entity"
)

// Apply returns the mentions of an with the model's: the model's spans
// replace the rule mentions of the types it was trained on, and go through
// the recognizer's order of overlap resolution with the others. Dates and
// times from the rules come first (when the model was not trained on them);
// then the model's spans; then the other rule mentions. A model span that
// equals a rule mention of its type keeps the rule's mention, with its
// rule name, value and name parts. Types the model knows that are not
// entity types (MISC) are left out. The result is sorted by start and has no
// overlaps; an.Mentions is not changed.
func (m *Model) Apply(an *entity.Analysis) []entity.Mention {
	s := m.getScratch()
	defer m.pool.Put(s)
	covered := func(t entity.Type) bool { return slices.Contains(m.etypes, t) }
	// Index the rule mentions by span, for the exact-match lookup.
	type spanKey struct {
		start, end int
		typ        entity.Type
	}
	var exact map[spanKey]int
	var cands []entity.Mention
	var strong []entity.Mention // rule dates and times the model does not tag
	var rest []entity.Mention
	for i, rm := range an.Mentions {
		switch {
		case covered(rm.Type):
			if exact == nil {
				exact = make(map[spanKey]int)
			}
			exact[spanKey{rm.Start, rm.End, rm.Type}] = i
		case rm.Type == entity.Date || rm.Type == entity.Time:
			strong = append(strong, rm)
		default:
			rest = append(rest, rm)
		}
	}
	m.fastDecode(an, s, func(typ, a, b int) {
		et := m.etypes[typ]
		if et == 0 {
			return
		}
		st, en := an.Tokens[a].Start, an.Tokens[b-1].End
		if i, ok := exact[spanKey{st, en, et}]; ok {
			cands = append(cands, an.Mentions[i])
			return
		}
		cands = append(cands, entity.Mention{Type: et, Start: st, End: en, Text: an.Text[st:en], Rule: "tagger"})
	})
	// Greedy in order of preference, each kept when it overlaps none kept
	// before; every list is sorted by start and has no overlaps itself.
	out := strong
	for _, list := range [][]entity.Mention{cands, rest} {
		kept := out
		out = make([]entity.Mention, 0, len(kept)+len(list))
		i := 0
		for _, c := range list {
			for i < len(kept) && kept[i].End <= c.Start {
				out = append(out, kept[i])
				i++
			}
			if i < len(kept) && kept[i].Start < c.End {
				continue // overlaps a mention kept before
			}
			out = append(out, c)
		}
		out = append(out, kept[i:]...)
	}
	return out
}
