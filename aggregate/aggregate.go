// Package aggregate merges the positions found in many documents into one
// table: who held which title in which organization, first and last seen
// when, in how many documents and how many times.
//
// A [Table] takes documents one at a time ([Table.Add] for a
// vnextract.Document, [Table.AddJSON] for a line of `vnextract extract
// --format jsonl`) and keeps only what the table needs: one record per
// distinct fact and the spellings and acronyms of the names in them, never
// the documents. Its memory is bounded by the number of distinct facts,
// whatever the number of documents. Tables built on separate workers are
// combined with [Table.Merge]; [Table.MarshalBinary] and
// [Table.UnmarshalBinary] carry one between processes (a Beam combiner's
// accumulator, for example). The result does not depend on the order in
// which documents were added or tables merged.
//
// # How names are merged
//
// A fact is a position relation of one document: (person, title,
// organization, former). Each argument is read as the document's entity
// canonical name for it ("V.Kalganov" is "V. Kalganov" when the document
// groups them; an organization named by its acronym is read as the full
// name the document gives), then compared across documents by key:
//
//   - Case, tone-mark placement (hòa/hoà), Unicode form, runs of spaces and
//     spaces around dashes do not matter ("Hội hữu nghị Việt - Nga" and
//     "Hội Hữu nghị Việt-Nga" are one organization; "chủ tịch" and "Chủ
//     tịch" one title).
//   - Diacritics do matter: "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng" are two
//     people. A name written with no diacritics at all ("Nguyen Van Hung")
//     joins the accented name it folds to (normalize.Key) when there is
//     exactly one in the table, and stays apart when there are several.
//   - An organization acronym (one word of capitals: "VUFO", "LĐTBXH") that
//     a document ties to a full name (in one entity, or by an alias
//     relation) stands for that full name in every document, unless the
//     table has seen it tied to more than one full name. Longer short forms
//     ("Ủy ban Đối ngoại") are not carried across documents: their meaning
//     depends on the article.
//   - A person named by one word alone ("Trump") is not joined to a full
//     name: nothing tells which one it is.
//
// A title held formerly ("nguyên Chủ tịch") gives a row with former set and
// the title without "nguyên"/"cựu", apart from the row of the title held
// at the time.
//
// # Dates and examples
//
// Each occurrence of a fact is dated by the position's own date (the DATE
// argument's value) when it has a calendar date, or else by the document's
// reference date. FirstDate and LastDate are the earliest and latest of
// these, written as the values are (YYYY, YYYY-MM or YYYY-MM-DD; a quarter or
// week is read as its year, and a date of unknown year is not used). The
// example is the occurrence with the earliest date (then the smallest
// source and offset): its source (the document's file, and line with
// --lines) and the byte span of its evidence, "FILE[:LINE]@START-END".
package aggregate

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// Row is one line of the positions table.
type Row struct {
	Person       string `json:"person"`
	Title        string `json:"title"`
	Organization string `json:"organization"`
	// Former is set when the title was held formerly ("nguyên Chủ tịch").
	Former bool `json:"former"`
	// FirstDate and LastDate are the earliest and latest dates of the fact
	// (empty when no occurrence was dated).
	FirstDate string `json:"first_date"`
	LastDate  string `json:"last_date"`
	// Documents counts the documents that state the fact, Mentions its
	// occurrences in them.
	Documents int `json:"documents"`
	Mentions  int `json:"mentions"`
	// Example locates one occurrence: "FILE[:LINE]@START-END".
	Example string `json:"example"`
}

// Table accumulates the positions of documents. The zero value is not
// usable: build one with New. A Table is safe for concurrent use.
type Table struct {
	mu sync.Mutex
	st state
}

// state is what a Table holds. Keys are exact keys (normalize.AccentKey).
type state struct {
	facts   map[factKey]*fact
	persons names
	titles  names
	orgs    names
	// links maps an acronym's key to the keys of the full names documents
	// tie it to.
	links map[string]map[string]struct{}
}

// names counts the spellings seen for each key.
type names map[string]map[string]int

func (n names) vote(key, spelling string, count int) {
	m := n[key]
	if m == nil {
		m = make(map[string]int, 1)
		n[key] = m
	}
	m[spelling] += count
}

// add adds the counts of o to n.
func (n names) add(o names) {
	for k, m := range o {
		for sp, c := range m {
			n.vote(k, sp, c)
		}
	}
}

// factKey identifies a fact by the exact keys of its arguments.
type factKey struct {
	Person, Title, Org string
	Former             bool
}

// fact is what is known of one fact.
type fact struct {
	Docs, Mentions int
	First, Last    string
	Ex             example
}

// example is one occurrence of a fact.
type example struct {
	Date       string // "" when undated
	Source     string
	Start, End int
}

// less orders examples: dated before undated, then by date, source and offset.
func (a example) less(b example) bool {
	if (a.Date == "") != (b.Date == "") {
		return a.Date != ""
	}
	if c := cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.Source, b.Source),
		cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)); c != 0 {
		return c < 0
	}
	return false
}

func (a example) String() string {
	if a.Start == 0 && a.End == 0 {
		return a.Source
	}
	return a.Source + "@" + strconv.Itoa(a.Start) + "-" + strconv.Itoa(a.End)
}

// merge adds o's counts and dates to f.
func (f *fact) merge(o *fact) {
	if f.Docs == 0 && f.Mentions == 0 {
		*f = *o
		return
	}
	f.Docs += o.Docs
	f.Mentions += o.Mentions
	f.First = minDate(f.First, o.First)
	f.Last = maxDate(f.Last, o.Last)
	if o.Ex.less(f.Ex) {
		f.Ex = o.Ex
	}
}

// minDate and maxDate ignore empty dates.
func minDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func maxDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}

// New returns an empty Table.
func New() *Table {
	return &Table{st: newState()}
}

func newState() state {
	return state{facts: make(map[factKey]*fact), persons: make(names), titles: make(names),
		orgs: make(names), links: make(map[string]map[string]struct{})}
}

// Add adds the positions of one document. source names the document in the
// Example column (its file, for instance).
func (t *Table) Add(doc *vnextract.Document, source string) {
	v := docView{RefDate: doc.RefDate, Mentions: make([]viewMention, len(doc.Mentions)),
		Entities: make([]viewEntity, len(doc.Entities)), Relations: make([]viewRelation, len(doc.Relations))}
	for i, m := range doc.Mentions {
		v.Mentions[i] = viewMention{ID: m.ID, Type: m.Type.String(), Text: m.Text, Normalized: m.Normalized, Value: m.Value, Person: m.Person}
	}
	for i, e := range doc.Entities {
		v.Entities[i] = viewEntity{Type: e.Type.String(), Name: e.Name, Mentions: e.Mentions}
	}
	for i, r := range doc.Relations {
		v.Relations[i] = viewRelation{Type: r.Type, Args: r.Args, Former: r.Former, Evidence: r.Evidence, MoreEvidence: moreEvidence(len(r.MoreEvidence))}
	}
	t.add(&v, source)
}

func (t *Table) add(v *docView, source string) {
	s := newState()
	s.addDoc(v, source)
	t.mu.Lock()
	t.st.merge(&s)
	t.mu.Unlock()
}

// docView is what the table reads of a document: the fields of the JSON
// contract it needs, so that AddJSON decodes no more than that.
type docView struct {
	File      string         `json:"file"`
	Line      int            `json:"line"`
	RefDate   string         `json:"ref_date"`
	Mentions  []viewMention  `json:"mentions"`
	Entities  []viewEntity   `json:"entities"`
	Relations []viewRelation `json:"relations"`
}

type viewMention struct {
	ID         string            `json:"id"`
	Type       string            `json:"type"`
	Text       string            `json:"text"`
	Normalized string            `json:"normalized"`
	Value      string            `json:"value"`
	Person     *entity.NameParts `json:"person"`
}

type viewEntity struct {
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Mentions []string `json:"mentions"`
}

type viewRelation struct {
	Type         string                 `json:"type"`
	Args         vnextract.RelationArgs `json:"args"`
	Former       bool                   `json:"former"`
	Evidence     *vnextract.Span        `json:"evidence"`
	MoreEvidence moreEvidence           `json:"more_evidence"`
}

// moreEvidence is the number of further occurrences of a relation: the
// table counts them and needs no more.
type moreEvidence int

func (m *moreEvidence) UnmarshalJSON(b []byte) error {
	var spans []json.RawMessage
	if err := json.Unmarshal(b, &spans); err != nil {
		return err
	}
	*m = moreEvidence(len(spans))
	return nil
}

// AddJSON adds one document in the JSON of `vnextract extract --format
// jsonl` (the contract v1 document with "file" and, with --lines, "line"
// fields). Its source is FILE or FILE:LINE; a document without a "file"
// field (or read from standard input without --lines) is named by
// fallback instead. A line that is not such a document is an error, and
// nothing of it is added.
func (t *Table) AddJSON(line []byte, fallback string) error {
	var d docView
	if err := json.Unmarshal(line, &d); err != nil {
		return fmt.Errorf("not a JSON document: %w", err)
	}
	if d.Mentions == nil && d.Entities == nil && d.Relations == nil {
		return fmt.Errorf(`not a vnextract document (no "mentions", "entities" or "relations")`)
	}
	source := fallback
	switch {
	case d.File != "" && d.Line > 0:
		source = d.File + ":" + strconv.Itoa(d.Line)
	case d.File != "" && d.File != "-":
		source = d.File
	}
	t.add(&d, source)
	return nil
}

// Merge adds the contents of o to t. o is not changed.
func (t *Table) Merge(o *Table) {
	if t == o {
		// Merging a table into itself doubles its counts.
		o = o.clone()
	}
	o.mu.Lock()
	c := o.st.clone()
	o.mu.Unlock()
	t.mu.Lock()
	t.st.merge(&c)
	t.mu.Unlock()
}

func (t *Table) clone() *Table {
	t.mu.Lock()
	defer t.mu.Unlock()
	return &Table{st: t.st.clone()}
}

// clone returns a deep copy of s.
func (s *state) clone() state {
	c := newState()
	c.merge(s)
	return c
}

// merge adds o to s; s shares nothing with o afterwards.
func (s *state) merge(o *state) {
	for k, f := range o.facts {
		g := s.facts[k]
		if g == nil {
			g = new(fact)
			s.facts[k] = g
		}
		g.merge(f)
	}
	s.persons.add(o.persons)
	s.titles.add(o.titles)
	s.orgs.add(o.orgs)
	for a, full := range o.links {
		for f := range full {
			s.link(a, f)
		}
	}
}

func (s *state) link(acronym, full string) {
	m := s.links[acronym]
	if m == nil {
		m = make(map[string]struct{}, 1)
		s.links[acronym] = m
	}
	m[full] = struct{}{}
}

// addDoc adds the facts, spellings and acronyms of one document.
func (s *state) addDoc(doc *docView, source string) {
	mentions := make(map[string]*viewMention, len(doc.Mentions))
	for i := range doc.Mentions {
		mentions[doc.Mentions[i].ID] = &doc.Mentions[i]
	}
	canon := make(map[string]string) // mention id -> entity name
	for _, e := range doc.Entities {
		for _, id := range e.Mentions {
			canon[id] = e.Name
		}
		if e.Type != orgType || isAcronym(e.Name) {
			continue
		}
		for _, id := range e.Mentions {
			if m := mentions[id]; m != nil {
				s.linkForm(form(m), e.Name)
			}
		}
	}
	// text is the name of an argument: its entity's name, or its own form.
	text := func(id string) string {
		if c, ok := canon[id]; ok {
			return c
		}
		if m := mentions[id]; m != nil {
			if m.Type == personType && m.Person != nil {
				return joinParts(m.Person)
			}
			return form(m)
		}
		return ""
	}
	ref := isoDate(doc.RefDate)
	seen := make(map[factKey]bool)
	for i := range doc.Relations {
		r := &doc.Relations[i]
		switch r.Type {
		case "alias":
			if m := mentions[r.Args.Alias]; m != nil {
				if full := text(r.Args.Name); !isAcronym(full) {
					s.linkForm(form(m), full)
				}
			}
			continue
		case "position":
		default:
			continue
		}
		person, title, org := clean(text(r.Args.Person)), clean(text(r.Args.Title)), clean(text(r.Args.Organization))
		if r.Former {
			title = stripFormer(title)
		}
		if person == "" || title == "" {
			// A position needs a holder and a title; a document whose ids
			// do not resolve gives no row rather than a half one.
			continue
		}
		k := factKey{Person: normalize.AccentKey(person), Title: normalize.AccentKey(title), Org: normalize.AccentKey(org), Former: r.Former}
		n := 1 + int(r.MoreEvidence)
		s.persons.vote(k.Person, person, n)
		s.titles.vote(k.Title, title, n)
		if org != "" {
			s.orgs.vote(k.Org, org, n)
		}
		first, last := ref, ref
		if m := mentions[r.Args.Date]; m != nil {
			if a, b := dateRange(m.Value); a != "" {
				first, last = a, b
			}
		}
		ex := example{Date: first, Source: source}
		if r.Evidence != nil {
			ex.Start, ex.End = r.Evidence.Start, r.Evidence.End
		}
		f := &fact{Mentions: n, First: first, Last: last, Ex: ex}
		if !seen[k] {
			seen[k] = true
			f.Docs = 1
		}
		g := s.facts[k]
		if g == nil {
			g = new(fact)
			s.facts[k] = g
		}
		g.merge(f)
	}
}

// linkForm records that the organization form (an acronym) stands for the
// full name; forms that are not acronyms are not recorded.
func (s *state) linkForm(form, full string) {
	if !isAcronym(form) || full == "" {
		return
	}
	a, f := normalize.AccentKey(form), normalize.AccentKey(full)
	if a != f {
		s.link(a, f)
		// The full name's spelling, for the rows that name the
		// organization by its acronym alone (counted as no occurrence).
		s.orgs.vote(f, full, 0)
	}
}

// The JSON names of the types the table reads.
var (
	personType = entity.Person.String()
	orgType    = entity.Organization.String()
)

// form is a mention's canonical form.
func form(m *viewMention) string {
	if m.Normalized != "" {
		return m.Normalized
	}
	return m.Text
}

func joinParts(p *entity.NameParts) string {
	return strings.Join(strings.Fields(p.Family+" "+p.Middle+" "+p.Given), " ")
}

// clean makes a name fit one table cell: runs of white space (line breaks
// and tabs included) become one space.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// stripFormer removes the "nguyên"/"cựu" that opens a former title.
func stripFormer(title string) string {
	w, rest, ok := strings.Cut(title, " ")
	if ok && rest != "" {
		if k := normalize.Key(w); k == "nguyen" || k == "cuu" {
			return rest
		}
	}
	return title
}

// isAcronym reports whether s is one word of capital letters (digits and
// "&", "-", "." allowed) with at least two letters: "VUFO", "LĐTBXH", "UBND".
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '&' || r == '-' || r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// isoDate returns the calendar part of a TIMEX3 value: YYYY, YYYY-MM or
// YYYY-MM-DD (a quarter, week or season gives its year), or "" when the
// value has no known year.
func isoDate(v string) string {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	if len(v) < 4 || !digits(v[:4]) {
		return ""
	}
	if len(v) >= 7 && v[4] == '-' && digits(v[5:7]) && v[5:7] >= "01" && v[5:7] <= "12" {
		if len(v) >= 10 && v[7] == '-' && digits(v[8:10]) && v[8:10] >= "01" && v[8:10] <= "31" {
			return v[:10]
		}
		return v[:7]
	}
	return v[:4]
}

// dateRange reads a value that may be a range "start/end".
func dateRange(v string) (first, last string) {
	a, b, ok := strings.Cut(v, "/")
	if !ok {
		d := isoDate(v)
		return d, d
	}
	first, last = isoDate(a), isoDate(b)
	if first == "" {
		first = last
	}
	if last == "" {
		last = first
	}
	return first, last
}

// Rows returns the table: one row per distinct fact after the names are
// merged, ordered by person, organization, title and former.
func (t *Table) Rows() []Row {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := &t.st
	person := resolveAccents(s.persons)
	title := resolveAccents(s.titles)
	org := resolveAccents(s.orgs)
	// An acronym stands for its full name when it was tied to exactly one.
	for a, full := range s.links {
		target := ""
		for f := range full {
			if r, ok := org[f]; ok {
				f = r
			}
			if target != "" && target != f {
				target = ""
				break
			}
			target = f
		}
		if target == "" {
			continue
		}
		if _, ok := s.orgs[target]; !ok {
			continue // no spelling of the full name was kept
		}
		if r, ok := org[a]; !ok || r == a {
			org[a] = target
		}
	}
	resolve := func(m map[string]string, k string) string {
		if r, ok := m[k]; ok {
			return r
		}
		return k
	}
	merged := make(map[factKey]*fact, len(s.facts))
	for k, f := range s.facts {
		k = factKey{Person: resolve(person, k.Person), Title: resolve(title, k.Title), Org: resolve(org, k.Org), Former: k.Former}
		g := merged[k]
		if g == nil {
			g = new(fact)
			merged[k] = g
		}
		g.merge(f)
	}
	type keyed struct {
		k      factKey
		folded [3]string // normalize.Key of person, organization and title
		row    Row
	}
	rows := make([]keyed, 0, len(merged))
	for k, f := range merged {
		rows = append(rows, keyed{k, [3]string{normalize.Key(k.Person), normalize.Key(k.Org), normalize.Key(k.Title)}, Row{
			Person: s.persons.best(k.Person), Title: s.titles.best(k.Title), Organization: s.orgs.best(k.Org),
			Former: k.Former, FirstDate: f.First, LastDate: f.Last, Documents: f.Docs, Mentions: f.Mentions,
			Example: f.Ex.String(),
		}})
	}
	slices.SortFunc(rows, func(a, b keyed) int {
		return cmp.Or(strings.Compare(a.folded[0], b.folded[0]), strings.Compare(a.k.Person, b.k.Person),
			strings.Compare(a.folded[1], b.folded[1]), strings.Compare(a.k.Org, b.k.Org),
			strings.Compare(a.folded[2], b.folded[2]), strings.Compare(a.k.Title, b.k.Title),
			cmpBool(a.k.Former, b.k.Former))
	})
	out := make([]Row, len(rows))
	for i := range rows {
		out[i] = rows[i].row
	}
	return out
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// resolveAccents maps each key written without diacritics to the one
// accented key that folds to it, when there is exactly one.
func resolveAccents(n names) map[string]string {
	accented := make(map[string][]string) // folded key -> accented keys
	var bare []string
	for k := range n {
		if f := normalize.Key(k); f == k {
			bare = append(bare, k)
		} else {
			accented[f] = append(accented[f], k)
		}
	}
	out := make(map[string]string)
	for _, k := range bare {
		if a := accented[k]; len(a) == 1 {
			out[k] = a[0]
		}
	}
	return out
}

// best returns the spelling of key to show: capitalized as a name is
// ("Chủ tịch" over "chủ tịch", "Nguyễn Văn Hùng" over a headline's
// "NGUYỄN VĂN HÙNG"), then the one seen most often, then the first in byte
// order.
func (n names) best(key string) string {
	best, bn, br := "", -1, 0
	for sp, c := range n[key] {
		r := caseRank(sp)
		if bn < 0 || r < br || (r == br && (c > bn || (c == bn && sp < best))) {
			best, bn, br = sp, c, r
		}
	}
	return best
}

// caseRank is 0 for mixed case, 1 for all lower case, 2 for all capitals.
func caseRank(s string) int {
	upper, lower := false, false
	for _, r := range s {
		upper = upper || unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	switch {
	case upper && lower:
		return 0
	case upper:
		return 2
	}
	return 1
}
