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
	// The rule mentions in three lists, each sorted by start without
	// overlaps: dates and times the model does not tag, those of the types
	// it tags (which only its equal spans keep), and the rest.
	strong, mine, rest := s.strong[:0], s.mine[:0], s.rest[:0]
	for i, rm := range an.Mentions {
		switch {
		case covered(rm.Type):
			mine = append(mine, int32(i))
		case rm.Type == entity.Date || rm.Type == entity.Time:
			strong = append(strong, int32(i))
		default:
			rest = append(rest, int32(i))
		}
	}
	// The model's spans; a span equal to a rule mention of its type is
	// that mention (index >= 0), the others are new (-1 - index into
	// s.spans).
	cands, spans := s.cands[:0], s.spans[:0]
	k := 0
	m.fastDecode(an, s, func(typ, a, b int) {
		et := m.etypes[typ]
		if et == 0 {
			return
		}
		st, en := an.Tokens[a].Start, an.Tokens[b-1].End
		// Spans come by start, and the rule mentions do not overlap:
		// the one that could equal this span is the first not before it.
		for k < len(mine) && an.Mentions[mine[k]].Start < st {
			k++
		}
		if k < len(mine) {
			if rm := &an.Mentions[mine[k]]; rm.Start == st && rm.End == en && rm.Type == et {
				cands = append(cands, mine[k])
				return
			}
		}
		cands = append(cands, int32(-1-len(spans)))
		spans = append(spans, entity.Mention{Type: et, Start: st, End: en, Text: an.Text[st:en], Rule: "tagger"})
	})
	mention := func(i int32) *entity.Mention {
		if i < 0 {
			return &spans[-1-i]
		}
		return &an.Mentions[i]
	}
	// Greedy in order of preference, each kept when it overlaps none kept
	// before.
	kept := append(s.kept[:0], strong...)
	for _, list := range [][]int32{cands, rest} {
		merged := s.merged[:0]
		i := 0
		for _, c := range list {
			cm := mention(c)
			for i < len(kept) && mention(kept[i]).End <= cm.Start {
				merged = append(merged, kept[i])
				i++
			}
			if i < len(kept) && mention(kept[i]).Start < cm.End {
				continue // overlaps a mention kept before
			}
			merged = append(merged, c)
		}
		merged = append(merged, kept[i:]...)
		kept, s.merged = merged, kept
	}
	out := make([]entity.Mention, len(kept))
	for i, c := range kept {
		out[i] = *mention(c)
	}
	s.strong, s.mine, s.rest, s.cands, s.kept = strong, mine, rest, cands, kept
	clear(spans) // they hold the text
	s.spans = spans[:0]
	return out
}
