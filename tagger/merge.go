package tagger

import (
	"github.com/vnextract/vnextract/entity"
)

// Apply returns the mentions of an with the model's, combined type by type
// as the model's trust says (see Trust and resolve): by default the model's
// spans replace the rule mentions of the types it was trained on and go
// through the recognizer's order of overlap resolution with the others:
// dates and times from the rules first (when the model does not tag them),
// then the model's spans, then the other rule mentions. A model span that
// equals a rule mention of its type keeps the rule's mention, with its rule
// name, value and name parts. Types the model knows that are not entity
// types (MISC) are left out. The result is sorted by start and has no
// overlaps; an.Mentions is not changed.
func (m *Model) Apply(an *entity.Analysis) []entity.Mention {
	if !m.emits {
		// The rules keep every type: the model has nothing to add.
		return append([]entity.Mention(nil), an.Mentions...)
	}
	s := m.getScratch()
	defer m.pool.Put(s)
	spans := s.spans[:0]
	m.fastDecode(an, s, func(typ, a, b int) {
		et := m.etypes[typ]
		if et == 0 || m.pol.of(et) == TrustRules {
			return
		}
		st, en := an.Tokens[a].Start, an.Tokens[b-1].End
		spans = append(spans, entity.Mention{Type: et, Start: st, End: en, Text: an.Text[st:en], Rule: "tagger"})
	})
	kept := resolve(an.Mentions, spans, &m.pol, &s.lists)
	out := make([]entity.Mention, len(kept))
	for i, c := range kept {
		if c < 0 {
			out[i] = spans[-1-c]
		} else {
			out[i] = an.Mentions[c]
		}
	}
	clear(spans) // they hold the text
	s.spans = spans[:0]
	return out
}
