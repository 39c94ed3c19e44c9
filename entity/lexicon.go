package entity

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"github.com/vnextract/vnextract/normalize"
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
)

// Kinds lists every Kind in a fixed order.
var Kinds = []Kind{
	KindFamily, KindGiven, KindHonorific, KindTitle, KindTitleMod, KindOrgHead, KindOrg,
	KindCountry, KindProvince, KindCity, KindRegion, KindLocTrigger, KindStop, KindPerson, KindLocation,
	KindDistrict, KindCommune,
}

// MentionType returns the mention type that an entry of kind k names by
// itself: Person, Title, Organization or Location; 0 for the kinds that are
// only parts of or clues to a mention (family, given, honorific, title-mod,
// org-head, loc-trigger, stop, and district and commune, which name a place
// only after a trigger).
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
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var out []LexiconEntry
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
	return strings.Join(strings.Fields(s), " ")
}

// LexiconKey returns the spelling identity of s used to detect duplicate
// lexicon lines and suited to matching text that carries diacritics: lower
// case, NFC, words separated by one space, and each word written as its
// letters without the tone mark (quality marks kept: ă â ê ô ơ ư đ) followed
// by the tone digit 0-5. "Hòa" and "hoà" (old and new tone placement) give
// the same key "hoa1"; "Lê" and "Lệ" differ, and so do "Hùng" and "Hưng".
func LexiconKey(s string) string {
	var b strings.Builder
	for i, w := range strings.Fields(strings.ToLower(norm.NFC.String(s))) {
		if i > 0 {
			b.WriteByte(' ')
		}
		tone := normalize.ToneLevel
		for _, r := range w {
			u, t := normalize.SplitTone(r)
			if t != normalize.ToneLevel {
				tone = t
			}
			b.WriteRune(u)
		}
		b.WriteByte('0' + byte(tone))
	}
	return b.String()
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
	var all []LexiconEntry
	for _, n := range names { // fs.Glob returns sorted names
		f, err := fsys.Open(n)
		if err != nil {
			return nil, err
		}
		es, err := ParseLexicon(f, path.Base(n))
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return all, nil
}

// DefaultLexicon returns the entries of the lexicons embedded in the package
// (entity/lexdata/*.tsv, in file-name order). They are parsed once; the result
// is shared, safe for concurrent use, and must not be modified.
func DefaultLexicon() []LexiconEntry { return defaultLexicon() }
