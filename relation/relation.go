package relation

import "github.com/vnextract/vnextract/entity"

// Kind is the type of a Relation.
type Kind uint8

// Relation kinds.
const (
	// Position: Person holds Title (in Organization, at Date).
	Position Kind = iota + 1
	// Alias: Alias is another name (acronym, short form) of Name.
	Alias
)

// String returns "position" or "alias".
func (k Kind) String() string {
	switch k {
	case Position:
		return "position"
	case Alias:
		return "alias"
	}
	return "unknown"
}

// Span is a byte range [Start, End) of the text.
type Span struct{ Start, End int }

// Entity is one real person, body or place: the cluster of its mentions.
type Entity struct {
	Type entity.Type
	// Name is the canonical name: the fullest mention's text.
	Name string
	// Mentions are indices into the mention slice given to Link, in text order.
	Mentions []int
}

// Relation is a typed link between mentions. Argument fields are indices into
// the mention slice given to Link, or -1 when absent.
type Relation struct {
	Kind Kind
	// Position arguments.
	Person, Title, Organization, Date int
	// Former is set for positions held in the past: "nguyên", "cựu",
	// "thôi giữ chức", "từng là".
	Former bool
	// Acting is set for positions held ad interim: "quyền Vụ trưởng".
	Acting bool
	// Alias arguments: Name is the full form, Alias the acronym or short form.
	Name, Alias int
	// Evidence holds the clause or sentence of every occurrence that states the
	// relation, first one first; relations are deduplicated at entity level.
	Evidence []Span
}

// Result is what Link finds in one document.
type Result struct {
	Entities  []Entity
	Relations []Relation
}
