package relation

import "github.com/vnextract/vnextract/entity"

// Mention is one mention of a MentionList: its place and type in 24 bytes,
// where an entity.Mention takes 112. Its text is the analysed text's bytes
// [Start, End); its other strings, rare, are in the list.
type Mention struct {
	Start, End int
	Type       entity.Type
	// parts says whether the entity.Mention had name parts (partsSome)
	// and whether they had a family name (partsFamily), which is what
	// tells a Vietnamese name.
	parts uint8
	// rule is the index of the mention's Rule in the list's rules.
	rule uint16
	// extra is 1 + the index in the list's extras of the mention's other
	// strings, 0 when they are all empty.
	extra int32
}

// ruleInExtra is the rule index of a mention whose Rule is in its extra:
// the list holds 65535 distinct rules at most (the recognizer has a few
// dozen).
const ruleInExtra = 0xffff

const (
	partsSome = 1 << iota
	partsFamily
)

// mentionExtra holds the strings of a mention that most mentions lack.
type mentionExtra struct {
	// text is the mention's Text when it is not the analysed text's bytes
	// [Start, End) (a caller's hand-made mention), else "".
	text, normalized, canonical, value string
	// rule is the mention's Rule when the list's rules are full.
	rule   string
	person *entity.NameParts
}

// MentionList is a document's mentions kept compactly: what Link reads of
// them and, when made with NewMentionList(true), all of entity.Mention,
// which At gives back. A long document's mentions are gathered in one as
// its windows are recognized, and then linked with LinkList: a tenth of
// the memory of a slice of entity.Mention, whose strings also keep every
// window's text alive.
//
// A MentionList is not safe for concurrent use while it is appended to;
// once filled, it may be read (and linked) concurrently.
type MentionList struct {
	// Mentions are the mentions, in text order. A caller may reorder,
	// drop or copy them (the window plumbing splices the windows read
	// again), as long as they come from this list's Append.
	Mentions []Mention
	extras   []mentionExtra
	rules    []string
	ruleIDs  map[string]uint16
	output   bool // keep what only the output reads: Rule, Value, name parts
}

// NewMentionList returns an empty list with room for n mentions; output
// says whether it keeps what only the output reads of a mention (its Rule,
// Value and name parts), which Link does not need.
func NewMentionList(n int, output bool) *MentionList {
	l := &MentionList{Mentions: make([]Mention, 0, n), output: output}
	if output {
		l.ruleIDs = map[string]uint16{}
	}
	return l
}

// Reset empties l, keeping its arrays, for mentions given room for n and
// output as in NewMentionList.
func (l *MentionList) Reset(n int, output bool) {
	clear(l.extras)
	if cap(l.Mentions) < n {
		l.Mentions = make([]Mention, 0, n)
	}
	l.Mentions, l.extras, l.output = l.Mentions[:0], l.extras[:0], output
	if output && l.ruleIDs == nil {
		l.ruleIDs = map[string]uint16{}
	}
}

// reset empties l for mentions that need no output fields.
func (l *MentionList) reset() { l.Reset(0, false) }

// Compact returns m as the list keeps it, its strings kept in the list:
// text is the text m's offsets point into. The returned mention belongs
// in l.Mentions (Append puts it there).
func (l *MentionList) Compact(m *entity.Mention, text string) Mention {
	c := Mention{Start: m.Start, End: m.End, Type: m.Type}
	var x mentionExtra
	if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
		x.text = m.Text
	}
	x.normalized, x.canonical = m.Normalized, m.Canonical
	if p := m.Person; p != nil {
		c.parts = partsSome
		if p.Family != "" {
			c.parts |= partsFamily
		}
	}
	if l.output {
		x.value, x.person = m.Value, m.Person
		if c.rule = l.ruleID(m.Rule); c.rule == ruleInExtra {
			x.rule = m.Rule
		}
	}
	if x != (mentionExtra{}) {
		l.extras = append(l.extras, x)
		c.extra = int32(len(l.extras))
	}
	return c
}

// Append adds m, whose offsets point into text, at the end of the list.
func (l *MentionList) Append(m *entity.Mention, text string) {
	l.Mentions = append(l.Mentions, l.Compact(m, text))
}

// ruleID returns the index of rule in l.rules, adding it when new.
func (l *MentionList) ruleID(rule string) uint16 {
	if id, ok := l.ruleIDs[rule]; ok {
		return id
	}
	if len(l.rules) >= ruleInExtra {
		return ruleInExtra
	}
	id := uint16(len(l.rules))
	l.rules = append(l.rules, rule)
	l.ruleIDs[rule] = id
	return id
}

func (l *MentionList) extra(m *Mention) *mentionExtra {
	if m.extra == 0 {
		return &noExtra
	}
	return &l.extras[m.extra-1]
}

var noExtra mentionExtra

// Text returns the text of mention i, text being the text its offsets
// point into.
func (l *MentionList) Text(i int, text string) string {
	m := &l.Mentions[i]
	if x := l.extra(m); x.text != "" {
		return x.text
	}
	return text[m.Start:m.End]
}

// At returns mention i as an entity.Mention, text being the text its
// offsets point into. Rule, Value and Person are those of the mention
// given to Append only when the list was made for output.
func (l *MentionList) At(i int, text string) entity.Mention {
	m := &l.Mentions[i]
	x := l.extra(m)
	em := entity.Mention{Type: m.Type, Start: m.Start, End: m.End, Text: l.Text(i, text),
		Normalized: x.normalized, Canonical: x.canonical, Value: x.value, Person: x.person}
	if l.output {
		if m.rule == ruleInExtra {
			em.Rule = x.rule
		} else {
			em.Rule = l.rules[m.rule]
		}
	}
	return em
}
