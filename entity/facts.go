package entity

import (
	"strings"
	"sync"

	"github.com/vnextract/vnextract/normalize"
)

// lexFacts is what the lexicon tells about names after recognition, for
// the packages that link mentions (relation): which entity a written form
// names and which words are family names. Built on first use, so that
// NewRecognizer does not pay for it.
type lexFacts struct {
	// canon maps, per mention type, the normalize.NameKey of a surface to
	// the canonical column of the first entry of that type so written.
	canon [Time + 1]map[string]string
	// family holds the normalize.NameKey of every family name and of the
	// first word of every compound one ("tôn" of "Tôn Thất").
	family map[string]bool
}

// factsType is the mention type whose names an entry of kind k can
// stand for in the text: its MentionType, and Organization for a head
// noun that, alone, names one body (org-head "Đảng", the Party).
func factsType(k Kind) Type {
	if k == KindOrgHead {
		return Organization
	}
	return k.MentionType()
}

func newLexFacts(n int, entry func(i int) (k Kind, surface, canonical string)) *lexFacts {
	f := &lexFacts{family: map[string]bool{}}
	for i := range n {
		k, surface, canonical := entry(i)
		if k == KindFamily {
			w, _, _ := strings.Cut(surface, " ")
			f.family[normalize.NameKey(w)] = true
			continue
		}
		t := factsType(k)
		if canonical == "" || t == 0 {
			continue
		}
		if f.canon[t] == nil {
			f.canon[t] = map[string]string{}
		}
		if sk := normalize.NameKey(surface); f.canon[t][sk] == "" {
			f.canon[t][sk] = canonical
		}
	}
	return f
}

// defaultFacts are the facts of the embedded lexicon, for an Analysis
// that no Recognizer made (one built by hand from mentions).
var defaultFacts = sync.OnceValue(func() *lexFacts {
	lex := DefaultLexicon()
	return newLexFacts(len(lex), func(i int) (Kind, string, string) {
		return lex[i].Kind, lex[i].Surface, lex[i].Canonical
	})
})

// facts returns the facts of r's lexicon (the embedded one and r's extra
// entries).
func (r *Recognizer) facts() *lexFacts {
	r.factsOnce.Do(func() {
		r.lexFacts = newLexFacts(len(r.entries), func(i int) (Kind, string, string) {
			e := &r.entries[i]
			return e.kind, e.surface, e.canonical
		})
	})
	return r.lexFacts
}

func (a *Analysis) facts() *lexFacts {
	if a.rec != nil {
		return a.rec.facts()
	}
	return defaultFacts()
}

// CanonicalName returns the canonical name that the lexicon gives a
// mention of type t written name (the third column of its entry: "Moscow"
// for "Matxcơva", "Đảng Cộng sản Việt Nam" for the Party named alone),
// comparing spellings by normalize.NameKey, so case, diacritics and spacing
// aside; "" when no entry of that type is so written or the entry has no
// canonical column. A mention's own Canonical, when set, is the entry it
// matched and comes first. The lexicon is the one of the Recognizer that
// made a, or the embedded one for an Analysis built by hand.
func (a *Analysis) CanonicalName(t Type, name string) string {
	if t < 0 || int(t) >= len(lexFacts{}.canon) {
		return ""
	}
	var buf [96]byte
	return a.facts().canon[t][string(normalize.AppendNameKey(buf[:0], name))]
}

// VietnameseName reports whether name is written as a Vietnamese person's
// name: two words or more, the first a family name of the lexicon, the
// others Vietnamese syllables ("Kim Sang-sik" and "Lotta Sylwander" are
// not). A role abbreviation glued on with a hyphen ("Phan Xuân
// Quang-TUV") does not make a name foreign.
func (a *Analysis) VietnameseName(name string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	var buf [32]byte
	if !ok || !a.facts().family[string(normalize.AppendNameKey(buf[:0], first))] {
		return false
	}
	for rest != "" {
		var w string
		if w, rest, _ = strings.Cut(rest, " "); w == "" {
			continue // a run of spaces
		}
		for j, more := 0, true; more; j++ {
			var part string
			part, w, more = strings.Cut(w, "-")
			if !normalize.IsSyllable(part) && (j == 0 || part == "" || !allUpper(part)) {
				return false
			}
		}
	}
	return true
}
