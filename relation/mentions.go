package relation

import (
	"encoding/binary"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
)

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
	person entity.NameParts
	// hasPerson is set when the mention has name parts.
	hasPerson bool
}

// The fields of an extra record in the arena, in this order: a byte of
// these flags, then for each flag set its string (or, for the name
// parts, three), a uvarint length before the bytes.
const (
	xText = 1 << iota
	xNormalized
	xCanonical
	xValue
	xRule
	xPerson
)

// MentionList is a document's mentions kept compactly: what Link reads of
// them and, when made with NewMentionList(true), all of entity.Mention,
// which At gives back. A long document's mentions are gathered in one as
// its windows are recognized, and then linked with LinkList: a fifth of
// the memory of a slice of entity.Mention, whose strings also keep every
// window's text alive.
//
// The strings of the list's mentions are copies, kept end to end in one
// array: the strings At returns are good until Reset.
//
// A MentionList is not safe for concurrent use while it is appended to;
// once filled, it may be read (and linked) concurrently.
type MentionList struct {
	// Mentions are the mentions, in text order. A caller may reorder,
	// drop or copy them (the window plumbing splices the windows read
	// again), as long as they come from this list's Append or Compact.
	Mentions []Mention
	// xoff[k] is where the extra record of the mentions whose extra is
	// k+1 starts in arena.
	xoff    []int
	arena   []byte
	rules   []string
	ruleIDs map[string]uint16
	output  bool // keep what only the output reads: Rule, Value, name parts
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
// output as in NewMentionList. The strings of its mentions are not good
// anymore.
func (l *MentionList) Reset(n int, output bool) {
	if cap(l.Mentions) < n {
		l.Mentions = make([]Mention, 0, n)
	}
	l.Mentions, l.xoff, l.arena, l.output = l.Mentions[:0], l.xoff[:0], l.arena[:0], output
	if output && l.ruleIDs == nil {
		l.ruleIDs = map[string]uint16{}
	}
}

// Compact returns m as the list keeps it, its strings copied into the
// list: text is the text m's offsets point into. The returned mention
// belongs in l.Mentions (Append puts it there).
func (l *MentionList) Compact(m *entity.Mention, text string) Mention {
	c := Mention{Start: m.Start, End: m.End, Type: m.Type}
	var flags byte
	var x mentionExtra
	if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
		x.text, flags = m.Text, flags|xText
	}
	if x.normalized = m.Normalized; x.normalized != "" {
		flags |= xNormalized
	}
	if x.canonical = m.Canonical; x.canonical != "" {
		flags |= xCanonical
	}
	if p := m.Person; p != nil {
		c.parts = partsSome
		if p.Family != "" {
			c.parts |= partsFamily
		}
	}
	if l.output {
		if x.value = m.Value; x.value != "" {
			flags |= xValue
		}
		if c.rule = l.ruleID(m.Rule); c.rule == ruleInExtra {
			x.rule, flags = m.Rule, flags|xRule
		}
		if p := m.Person; p != nil {
			x.person, flags = *p, flags|xPerson
		}
	}
	if flags == 0 {
		return c
	}
	l.xoff = append(l.xoff, len(l.arena))
	c.extra = int32(len(l.xoff))
	l.arena = append(l.arena, flags)
	for _, f := range [...]struct {
		flag byte
		s    *string
	}{{xText, &x.text}, {xNormalized, &x.normalized}, {xCanonical, &x.canonical}, {xValue, &x.value}, {xRule, &x.rule},
		{xPerson, &x.person.Family}, {xPerson, &x.person.Middle}, {xPerson, &x.person.Given}} {
		if flags&f.flag != 0 {
			l.arena = binary.AppendUvarint(l.arena, uint64(len(*f.s)))
			l.arena = append(l.arena, *f.s...)
		}
	}
	return c
}

// Append adds m, whose offsets point into text, at the end of the list.
func (l *MentionList) Append(m *entity.Mention, text string) {
	l.Mentions = append(l.Mentions, l.Compact(m, text))
}

// ruleID returns the index of rule in l.rules, adding it when new, or
// ruleInExtra when the table is full.
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

// extra returns the extra strings of m, which point into l.arena.
func (l *MentionList) extra(m *Mention) (x mentionExtra) {
	if m.extra == 0 {
		return x
	}
	b := l.arena[l.xoff[m.extra-1]:]
	flags := b[0]
	b = b[1:]
	str := func() string {
		n, k := binary.Uvarint(b)
		s := unsafe.String(unsafe.SliceData(b[k:]), int(n))
		b = b[k+int(n):]
		return s
	}
	if flags&xText != 0 {
		x.text = str()
	}
	if flags&xNormalized != 0 {
		x.normalized = str()
	}
	if flags&xCanonical != 0 {
		x.canonical = str()
	}
	if flags&xValue != 0 {
		x.value = str()
	}
	if flags&xRule != 0 {
		x.rule = str()
	}
	if flags&xPerson != 0 {
		x.hasPerson = true
		x.person.Family = str()
		x.person.Middle = str()
		x.person.Given = str()
	}
	return x
}

// inArena reports whether s lies in l's arena.
func (l *MentionList) inArena(s string) bool {
	if len(s) == 0 || cap(l.arena) == 0 {
		return false
	}
	p, a := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(l.arena)))
	return a <= p && p < a+uintptr(cap(l.arena))
}

// Text returns the text of mention i, text being the text its offsets
// point into.
func (l *MentionList) Text(i int, text TextSource) string {
	if t, ok := text.(Text); ok {
		return l.text(i, string(t), nil)
	}
	return l.text(i, "", text)
}

// text is Text of the text whole, or of src when it is not nil.
func (l *MentionList) text(i int, whole string, src TextSource) string {
	m := &l.Mentions[i]
	if m.extra != 0 {
		if x := l.extra(m); x.text != "" {
			return x.text
		}
	}
	if src != nil {
		return src.Slice(m.Start, m.End)
	}
	return whole[m.Start:m.End]
}

// At returns mention i as an entity.Mention, text being the text its
// offsets point into; its name parts, if any, are put in *parts. Rule,
// Value and Person are those of the mention given to Append only when
// the list was made for output.
func (l *MentionList) At(i int, text TextSource, parts *entity.NameParts) entity.Mention {
	m := &l.Mentions[i]
	x := l.extra(m)
	em := entity.Mention{Type: m.Type, Start: m.Start, End: m.End, Text: x.text,
		Normalized: x.normalized, Canonical: x.canonical, Value: x.value}
	if x.text == "" {
		em.Text = text.Slice(m.Start, m.End)
	}
	if x.hasPerson {
		*parts = x.person
		em.Person = parts
	}
	if l.output {
		if m.rule == ruleInExtra {
			em.Rule = x.rule
		} else {
			em.Rule = l.rules[m.rule]
		}
	}
	return em
}

// TextSource gives the text a document's mentions point into, for a text
// that is not held whole (a long document's, kept in pieces).
type TextSource interface {
	// Len returns the length of the text in bytes.
	Len() int
	// Slice returns the text's bytes [start, end), 0 <= start <= end <=
	// Len(). The string is never written over: it stays good as long as
	// it is used.
	Slice(start, end int) string
}

// Text is a TextSource held whole.
type Text string

// Len returns len(t).
func (t Text) Len() int { return len(t) }

// Slice returns t[start:end].
func (t Text) Slice(start, end int) string { return string(t[start:end]) }
