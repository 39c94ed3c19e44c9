package entity

import "fmt"

// Type is the kind of thing a Mention names.
type Type uint8

// The mention types of the JSON contract (docs/DESIGN.md §2).
const (
	Person Type = iota + 1
	Title
	Organization
	Location
	Date
	Time
)

var typeNames = [...]string{
	Person:       "PERSON",
	Title:        "TITLE",
	Organization: "ORGANIZATION",
	Location:     "LOCATION",
	Date:         "DATE",
	Time:         "TIME",
}

// Types lists every Type in a fixed order.
var Types = []Type{Person, Title, Organization, Location, Date, Time}

// String returns the upper-case name used in JSON ("PERSON", "DATE", ...).
func (t Type) String() string {
	if int(t) < len(typeNames) && typeNames[t] != "" {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// ParseType returns the Type named s ("PERSON", "ORGANIZATION", ...; case-insensitive,
// "ORG" and "LOC" are accepted as short forms).
func ParseType(s string) (Type, error) {
	switch upperASCII(s) {
	case "PERSON", "PER":
		return Person, nil
	case "TITLE":
		return Title, nil
	case "ORGANIZATION", "ORG":
		return Organization, nil
	case "LOCATION", "LOC":
		return Location, nil
	case "DATE":
		return Date, nil
	case "TIME":
		return Time, nil
	}
	return 0, fmt.Errorf("entity: unknown mention type %q", s)
}

// MarshalText implements encoding.TextMarshaler.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// NameParts splits a Vietnamese personal name into family name, middle name and
// given name ("Nguyễn Quốc Hùng" -> Nguyễn / Quốc / Hùng). Foreign names leave it nil.
type NameParts struct {
	Family string `json:"family,omitempty"`
	Middle string `json:"middle,omitempty"`
	Given  string `json:"given,omitempty"`
}

// Mention is one span of text that names a person, a position, an organization,
// a place, a date or a clock time.
//
// Start and End are byte offsets (End exclusive) into the text the recognizer
// was given; Text is exactly that slice. The root package maps them back to the
// caller's input.
type Mention struct {
	Type  Type
	Start int
	End   int
	Text  string
	// Normalized is the canonical form of Text (NFC, configured tone style,
	// one kind of dash, quote and space). Empty when it equals Text.
	Normalized string
	// Value is the TIMEX3-style value of a DATE or TIME ("2026-10-01",
	// "XXXX-10-01", "2026-02-18/2026-02-20"); empty when not understood.
	Value string
	// Person holds the name parts of a Vietnamese personal name.
	Person *NameParts
	// Canonical is the canonical name of the lexicon entry the mention
	// is (the entry's third column: "Liên bang Nga" for "LB Nga", the
	// full name of an acronym); empty when the entry has none or when the
	// mention is more than one entry's match (a title with its modifiers,
	// an organization with its place). Mentions with the same Canonical,
	// or whose Text is another's Canonical, name one entity.
	Canonical string
	// Rule names the recognizer rule that produced the mention, for
	// filtering and debugging: one of the Rule constants ("person:name",
	// "location:country", ...) or a name of the date grammar
	// ("date:numeric", "time:clock", ...).
	Rule string
}

// Len returns the length of the mention in bytes.
func (m Mention) Len() int { return m.End - m.Start }

// Overlaps reports whether m and o share at least one byte.
func (m Mention) Overlaps(o Mention) bool { return m.Start < o.End && o.Start < m.End }
