package entity

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Kind is the category of a lexicon entry (see entity/lexdata/README.md).
type Kind string

// The lexicon kinds. The data files use these names in their first column.
const (
	KindFamily     Kind = "family"      // Vietnamese family name: Nguyễn, Tôn Thất
	KindGiven      Kind = "given"       // middle or given name syllable: Văn, Thị, Hùng
	KindHonorific  Kind = "honorific"   // form of address before a name: ông, bà, đồng chí
	KindTitle      Kind = "title"       // position, rank or degree: Chủ tịch, Đại tá, Tiến sĩ
	KindTitleMod   Kind = "title-mod"   // modifier of a title: Phó, Thường trực, nguyên
	KindOrgHead    Kind = "org-head"    // head noun of an organization name: Bộ, Ủy ban, Công ty
	KindOrg        Kind = "org"         // a known organization or its acronym: VUFO, Bộ Ngoại giao
	KindCountry    Kind = "country"     // a country: Việt Nam, LB Nga, Mỹ
	KindProvince   Kind = "province"    // a Vietnamese province or centrally-run city
	KindCity       Kind = "city"        // a city or other named place: Moscow, Nha Trang
	KindRegion     Kind = "region"      // a region or geographic area: Tây Nguyên, châu Á
	KindLocTrigger Kind = "loc-trigger" // word announcing a place: tỉnh, thành phố, huyện
	KindStop       Kind = "stop"        // capitalized word that does not start a name: Theo, Trong
	KindPerson     Kind = "person"      // a person's name (user lexicons: PERSON)
	KindLocation   Kind = "location"    // a place of unspecified kind (user lexicons: LOCATION)
	// KindDistrict and KindCommune name Vietnamese districts ("Đông Anh")
	// and communes or wards ("Tân Lập"). Many are ordinary words or
	// people's names, so they name a place only right after a place
	// trigger ("huyện Đông Anh"), never on their own.
	KindDistrict Kind = "district"
	KindCommune  Kind = "commune"
	KindEvent    Kind = "event" // head of the name of an event, document or prize: Hội nghị, Nghị quyết

	// The word lists: kinds the grammar rules read as lists of words, not
	// names to find in text.

	KindNameEnd        Kind = "name-end"        // word or two-word phrase that ends an organization name: đã, của, phối hợp
	KindNameEndPlain   Kind = "name-end-plain"  // the same written without diacritics: va, cua
	KindTitlePost      Kind = "title-post"      // modifier after a title, inside it: thường trực, đặc mệnh toàn quyền
	KindNameParticle   Kind = "name-particle"   // lower-case word inside a foreign name: von, bin
	KindPlaceAmbiguous Kind = "place-ambiguous" // one-word place that is also a common word or name: Anh, Nam
	KindOrgEndEn       Kind = "org-end-en"      // last word of an organization name in English: School, Foundation
	KindEventEndEn     Kind = "event-end-en"    // last word of an event's name in English: Festival, Cup
	KindAbroadHead     Kind = "abroad-head"     // start of the name of a body abroad: Đại sứ quán
	KindAbroadWord     Kind = "abroad-word"     // word in the name of a body abroad: người Việt
	KindOrgNamed       Kind = "org-named"       // first word of a head often followed by a person's name: Trường, Quỹ
	KindAbbrev         Kind = "abbrev"          // abbreviation whose dot ends no sentence: TP, St, GS.TS
)

// Kinds lists every Kind in a fixed order.
var Kinds = []Kind{
	KindFamily, KindGiven, KindHonorific, KindTitle, KindTitleMod, KindOrgHead, KindOrg,
	KindCountry, KindProvince, KindCity, KindRegion, KindLocTrigger, KindStop, KindPerson, KindLocation,
	KindDistrict, KindCommune,
	KindEvent, KindNameEnd, KindNameEndPlain, KindTitlePost, KindNameParticle, KindPlaceAmbiguous,
	KindOrgEndEn, KindEventEndEn, KindAbroadHead, KindAbroadWord, KindOrgNamed, KindAbbrev,
}

// wordList reports whether entries of kind k are words the grammar rules
// read (Recognizer.w, built by internWords; abbreviations by the
// tokenizer), not names the matcher finds in text.
func (k Kind) wordList() bool {
	switch k {
	case KindNameEnd, KindNameEndPlain, KindTitlePost, KindNameParticle, KindPlaceAmbiguous, KindOrgEndEn,
		KindEventEndEn, KindAbroadHead, KindAbroadWord, KindOrgNamed, KindAbbrev:
		return true
	}
	return false
}

// MentionType returns the mention type that an entry of kind k names by
// itself: Person, Title, Organization or Location; 0 for the kinds that are
// only parts of or clues to a mention (family, given, honorific, title-mod,
// org-head, loc-trigger, stop, event, the word lists, and district and
// commune, which name a place only after a trigger).
func (k Kind) MentionType() Type {
	switch k {
	case KindPerson:
		return Person
	case KindTitle:
		return Title
	case KindOrg:
		return Organization
	case KindCountry, KindProvince, KindCity, KindRegion, KindLocation:
		return Location
	}
	return 0
}

// ParseKind returns the Kind named s. It accepts the lexicon kind names
// ("family", "org-head", ...) and the user-format types PERSON (PER), TITLE,
// ORGANIZATION (ORG) and LOCATION (LOC), all case-insensitively.
func ParseKind(s string) (Kind, error) {
	switch l := strings.ToLower(s); l {
	case "person", "per":
		return KindPerson, nil
	case "organization", "org":
		return KindOrg, nil
	case "location", "loc":
		return KindLocation, nil
	default:
		for _, k := range Kinds {
			if string(k) == l {
				return k, nil
			}
		}
	}
	return "", fmt.Errorf("unknown lexicon kind %q", s)
}

// LexiconEntry is one line of a lexicon.
type LexiconEntry struct {
	Kind Kind
	// Surface is the form as it appears in text (NFC, single spaces).
	Surface string
	// Canonical names the entity the surface refers to; empty when it is
	// the surface itself.
	Canonical string
	// Source and Line locate the entry: the name given to ParseLexicon
	// and the 1-based line number.
	Source string
	Line   int
}

// Name returns the canonical name of the entry: Canonical, or Surface when
// there is none.
func (e LexiconEntry) Name() string {
	if e.Canonical != "" {
		return e.Canonical
	}
	return e.Surface
}

// ParseLexicon reads lexicon entries from r in the format of
// entity/lexdata/README.md: UTF-8, one "kind<TAB>surface[<TAB>canonical]"
// entry per line, blank lines and lines starting with '#' ignored. The kind
// may also be a user-format type (PERSON, TITLE, ORGANIZATION, ORG, LOCATION,
// LOC). Surfaces and canonical names are put in NFC with runs of spaces
// collapsed. name is used in entries and in errors, which have the form
// "name:line: message".
func ParseLexicon(r io.Reader, name string) ([]LexiconEntry, error) {
	return parseLexicon(r, name, 0)
}

// parseLexicon is ParseLexicon with room made for about n entries.
func parseLexicon(r io.Reader, name string, n int) ([]LexiconEntry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	out := make([]LexiconEntry, 0, n)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		s = strings.TrimRight(s, "\r")
		t := strings.TrimSpace(s)
		if t == "" || t[0] == '#' {
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("%s:%d: want kind<TAB>surface[<TAB>canonical], found no tab", name, line)
		}
		if len(cols) > 3 {
			return nil, fmt.Errorf("%s:%d: too many columns (%d, at most 3)", name, line, len(cols))
		}
		k, err := ParseKind(strings.TrimSpace(cols[0]))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		e := LexiconEntry{Kind: k, Surface: cleanField(cols[1]), Source: name, Line: line}
		if e.Surface == "" {
			return nil, fmt.Errorf("%s:%d: empty surface", name, line)
		}
		if len(cols) == 3 {
			e.Canonical = cleanField(cols[2])
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, line+1, err)
	}
	return out, nil
}

// cleanField returns s in NFC with surrounding spaces removed and inner runs
// of white space collapsed to one space.
func cleanField(s string) string {
	s = norm.NFC.String(s)
	if !spaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaced reports whether s has white space other than single ASCII spaces
// between words, so that cleanField must rewrite it.
func spaced(s string) bool {
	prev := true // at the start, a space is one too many
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prev || r != ' ') {
			return true
		}
		prev = sp
	}
	return prev && s != ""
}

//go:embed lexdata/*.tsv
var lexdata embed.FS

var defaultLexicon = sync.OnceValue(func() []LexiconEntry {
	entries, err := parseEmbedded(lexdata)
	if err != nil {
		panic("entity: embedded lexicon: " + err.Error())
	}
	return entries
})

func parseEmbedded(fsys fs.FS) ([]LexiconEntry, error) {
	names, err := fs.Glob(fsys, "lexdata/*.tsv")
	if err != nil {
		return nil, err
	}
	files := make([][]LexiconEntry, len(names))
	for i, n := range names { // fs.Glob returns sorted names
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		es, err := parseLexicon(bytes.NewReader(b), path.Base(n), bytes.Count(b, []byte{'\n'})+1)
		if err != nil {
			return nil, err
		}
		files[i] = es
	}
	return slices.Concat(files...), nil
}

// lexFile parses one embedded lexicon file, name as in lexdata/.
func lexFile(name string) []LexiconEntry {
	f, err := lexdata.Open("lexdata/" + name)
	if err != nil {
		panic("entity: embedded lexicon: " + err.Error())
	}
	defer f.Close()
	es, err := ParseLexicon(f, name)
	if err != nil {
		panic("entity: embedded lexicon: " + err.Error())
	}
	return es
}

// DefaultLexicon returns the entries of the lexicons embedded in the package
// (entity/lexdata/*.tsv, in file-name order). They are parsed once; the result
// is shared, safe for concurrent use, and must not be modified.
func DefaultLexicon() []LexiconEntry { return defaultLexicon() }
