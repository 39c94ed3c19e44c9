package relation

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// maxGap bounds the bytes of text between two mentions that the patterns look
// at; longer gaps never link anything, which keeps Link linear in mentions.
const maxGap = 160

// linker holds the state of one Link call.
type linker struct {
	a *entity.Analysis
	// The text: whole, or from src when it is held in pieces.
	whole  string
	src    TextSource
	list   *MentionList  // the mentions linked
	ms     []Mention     // list.Mentions
	own    MentionList   // the list Link makes of an Analysis's mentions
	typ    []entity.Type // the type of every mention, the loops' filter
	parent []int32       // union-find over mentions
	sents  []Span        // the sentences: given to LinkList, or made in lines
	sentOf []int32       // sentence index of each mention

	// Keys are interned: the patterns compare, cluster and deduplicate by
	// key id, so a key is hashed once per distinct mention text instead of
	// once per mention and per use. Only PERSON, ORGANIZATION, LOCATION and
	// TITLE mentions have a key; the ids of the others are -1.
	texts  interner  // mention texts
	tkey   []int32   // text id -> key id (-1 for a text of no key)
	tscore []int32   // text id -> nameScore, -1 until needed
	tid    []int32   // text id of every mention
	keyed  bool      // tid is filled in
	keys   interner  // keys, and the canonical keys of places
	info   []keyInfo // key id -> what the clustering learns of it
	kid    []int32   // key id of every mention (organizations: "lb" spelled out)
	cid    []int32   // key id every mention clusters by (places: locCanon)

	res     *Result
	relKeys []relKey // relation -> what deduplicates it
	// relOf[root] starts the chain of the relations of the entity of that
	// root, the positions of a person or the aliases of a body; relNext
	// goes on from each relation. -1 ends a chain.
	relOf   []int32
	relNext []int32
	// prefixed[x] is set for a position x without an organization stated
	// only by a title right before the name ("Tổng Bí thư Tô Lâm").
	prefixed []bool
	aliases  []aliasCand

	// Buffers reused across calls through linkerPool; none of them is part of
	// the Result.
	rels       []Relation // backing array of res.Relations while linking, no Evidence
	evs        []evSpan   // the evidence of those relations
	chains     []evChain  // relation -> its spans in evs
	evRange    [][2]int32 // relation -> its spans in the result
	order      []int32
	lines      []Span           // the sentences of an Analysis, or its lines
	headChains []headChain      // word id -> its chain of forms, form+1 (0: none)
	holders    map[uint64]int32 // see elsewhere
	forms      []orgForm
	generic    []int32    // forms with a generic head
	known      [][2]int32 // see wellKnownOrgs
	wordIDs    interner   // the words of the organizations' keys
	fwords     []int32    // backing array of the forms' words
	full       []personName
	strBuf     [2][]string // see strWords
	groups     []group
	unlinked   []group
	gapBuf     []string
	idx        []int32
	ent        []int32
	ints       []int
	fwd        []int
	keyTmp     []byte
	wordBuf    []byte // see wkey
	iniBuf     []byte // the forms' initials
	spelled    []spelledForm
	spellBuf   []string // backing array of the spelled forms' words
	spellOK    []int32  // the spelled forms with a word spelled out
	sameNext   []int32  // see chainSameKeys; emptied by reset
	keyLast    []int32
}

// keyInfo is what the clustering knows of one key id.
type keyInfo struct {
	// first is the first mention of the key among the persons, the
	// organizations and the places, -1 when none.
	first [3]int32
	// org is the id of the key as an organization's ("lb" spelled out);
	// place the id of its canonical form as a place (locCanon). -1 until
	// computed.
	org, place int32
	// part is, for a place's canonical key, the place of which it is one
	// half ("vung tau" of "ba ria-vung tau"): 0 for none, -1 for several,
	// else the place's mention + 1.
	part int32
	// form is the index in linker.forms of the organization's form with
	// this key, -1 for none.
	form int32
	// isPlace is set when some LOCATION mention has this canonical key.
	isPlace bool
	// degree is, for a title's key, 1 when it is a degree or an honour
	// (isDegreeKey), -1 when it is not, 0 until computed.
	degree int8
	// title is, for a title's key, the id + 1 of the key that deduplicates
	// its positions (titleKey), 0 until computed.
	title int32
}

var linkerPool = sync.Pool{New: func() any { return new(linker) }}

// reset prepares a pooled linker for the mentions ms of analysis a: the
// per-mention slices get their number, zeroed, and every mention is a
// cluster of its own.
func (l *linker) reset(a *entity.Analysis, ms *MentionList) {
	n := len(ms.Mentions)
	l.a, l.list, l.ms, l.res = a, ms, ms.Mentions, &Result{Relations: l.rels[:0]}
	if l.src == nil {
		l.whole = a.Text
	}
	l.kid = resize(l.kid, n)
	l.cid = resize(l.cid, n)
	l.tid = resize(l.tid, n)
	l.sents, l.lines = nil, l.lines[:0]
	l.keyed = false
	l.parent = resize(l.parent, n)
	l.relOf = resize(l.relOf, n)
	for i := range l.parent {
		l.parent[i] = int32(i) // every mention its own cluster
		l.relOf[i] = -1        // and without relations
	}
	l.sentOf = resize(l.sentOf, n)
	l.idx = resize(l.idx, n)
	l.typ = resize(l.typ, n)
	for i := range l.ms {
		l.typ[i] = l.ms[i].Type
	}
	l.texts.reset(n)
	l.keys.reset(n)
	l.tkey, l.tscore = l.tkey[:0], l.tscore[:0]
	l.info = l.info[:0]
	l.sameNext = l.sameNext[:0]
}

// release clears what refers to the analysis or to the result and puts l
// back in the pool. The keys and the slices of them (full) refer only to
// l's own buffers and to small strings of the tables.
func (l *linker) release() {
	const keep = 1 << 16 // do not keep buffers of huge documents
	if cap(l.kid) > keep {
		*l = linker{}
		return
	}
	l.evs, l.chains = l.evs[:0], l.chains[:0]
	clear(l.gapBuf[:cap(l.gapBuf)])
	clear(l.holders)
	l.relKeys, l.relNext, l.prefixed = l.relKeys[:0], l.relNext[:0], l.prefixed[:0]
	l.a, l.whole, l.src, l.list, l.ms, l.res, l.sents = nil, "", nil, nil, nil, nil, nil
	l.own.Reset(0, false) // the names of the result are not in its arena (see entities)
	l.lines = l.lines[:0]
	l.aliases = l.aliases[:0]
	linkerPool.Put(l)
}

// resize returns b with length n, zeroed, reusing its array when it can.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// aliasCand is an alias found while clustering, emitted once entities are final.
type aliasCand struct {
	name, alias int
	short       bool // found as a short form (word subsequence) of the name
}

// Link clusters the PERSON, ORGANIZATION and LOCATION mentions of a into
// entities and finds the position and alias relations the text states.
// It only reads a; it is safe for concurrent use.
func Link(a *entity.Analysis) *Result {
	if len(a.Mentions) == 0 {
		return &Result{}
	}
	l := linkerPool.Get().(*linker)
	defer l.release()
	for i := range a.Mentions {
		l.own.Append(&a.Mentions[i], a.Text)
	}
	return l.link(a, &l.own, nil)
}

// LinkList is Link of the mentions ms and the sentences sents (each
// sentence's span, in order) of the text text: a long document's,
// gathered compactly window by window, its text held in pieces. Of a,
// only the lexicon it was recognized with is used. The entities' names
// are copies, not pieces of the text.
func LinkList(a *entity.Analysis, ms *MentionList, sents []Span, text TextSource) *Result {
	if len(ms.Mentions) == 0 {
		return &Result{}
	}
	l := linkerPool.Get().(*linker)
	defer l.release()
	if t, ok := text.(Text); ok {
		l.whole = string(t)
	} else {
		l.src = text
	}
	return l.link(a, ms, sents)
}

// link is Link of ms and the sentences sents (nil: a's).
func (l *linker) link(a *entity.Analysis, ms *MentionList, sents []Span) *Result {
	l.reset(a, ms)
	l.sents = sents
	l.makeKeys()
	l.sentences()
	l.cluster()
	l.positions()
	l.emitAliases()
	l.entities()
	// The relations were gathered in a pooled buffer: give the result its
	// own slice, of the exact size.
	l.rels = l.res.Relations[:0]
	l.res.Relations = l.relations()
	return l.res
}

// makeKeys computes the key of every PERSON, ORGANIZATION, LOCATION and
// TITLE mention, once per distinct text, and interns it.
func (l *linker) makeKeys() {
	for i, typ := range l.typ {
		switch typ {
		case entity.Person, entity.Organization, entity.Location, entity.Title:
		default:
			l.tid[i], l.kid[i], l.cid[i] = -1, -1, -1
			continue
		}
		s := l.text(i)
		t, added := l.texts.intern(s)
		if added {
			l.tkey = append(l.tkey, l.internKeyOf(s))
			l.tscore = append(l.tscore, -1)
		}
		l.tid[i] = t
		l.kid[i] = l.tkey[t]
		l.cid[i] = l.kid[i]
	}
	l.keyed = true
}

// internKeyOf returns the id of the key of s, giving it one if it has
// none yet. The key is made where the keys interner keeps its strings: a
// key seen before is dropped, a new one needs no copy.
func (l *linker) internKeyOf(s string) int32 {
	kb := normalize.AppendNameKey(l.keys.buf, s)
	if cap(kb) == cap(l.keys.buf) { // the same array: only the length to store
		l.keys.buf = l.keys.buf[:len(kb)]
	} else {
		l.keys.buf = kb
	}
	id, added := l.keys.internTail()
	if added {
		l.addInfo()
	}
	return id
}

// intern returns the id of key k, giving it one if it has none yet.
func (l *linker) intern(k string) int32 {
	id, added := l.keys.intern(k)
	if added {
		l.addInfo()
	}
	return id
}

// addInfo gives the key just interned its keyInfo.
func (l *linker) addInfo() {
	l.info = append(l.info, keyInfo{first: [3]int32{-1, -1, -1}, org: -1, place: -1, form: -1})
}

// lookup returns the id of key k, or -1 when no mention has it.
func (l *linker) lookup(k string) int32 { return l.keys.lookup(k) }

// key returns the key of mention i ("" for a DATE or TIME).
func (l *linker) key(i int) string {
	if id := l.kid[i]; id >= 0 {
		return l.keys.str(id)
	}
	return ""
}

// text returns the canonical text of mention i.
func (l *linker) text(i int) string {
	if l.src != nil && l.keyed && l.tid[i] >= 0 {
		// A text in pieces is read again only if it must be.
		return l.texts.str(l.tid[i])
	}
	if n := l.list.extra(&l.ms[i]).normalized; n != "" {
		return n
	}
	return l.mtext(i)
}

// mtext returns the text of mention i.
func (l *linker) mtext(i int) string {
	if l.src != nil && l.keyed && l.tid[i] >= 0 {
		// A text in pieces is read again only if it must be: the
		// interned text is the mention's unless it has another form.
		if x := l.list.extra(&l.ms[i]); x.text == "" && x.normalized == "" {
			return l.texts.str(l.tid[i])
		}
	}
	return l.list.text(i, l.whole, l.src)
}

// slice returns the text's bytes [s, e).
func (l *linker) slice(s, e int) string {
	if l.src == nil {
		return l.whole[s:e]
	}
	return l.src.Slice(s, e)
}

// textLen returns the length of the text.
func (l *linker) textLen() int {
	if l.src == nil {
		return len(l.whole)
	}
	return l.src.Len()
}

// sentences assigns every mention its sentence; without sentences in the
// analysis, lines are used.
func (l *linker) sentences() {
	if l.sents == nil {
		for _, s := range l.a.Sentences {
			l.lines = append(l.lines, Span{s.Start, s.End})
		}
		l.sents = l.lines
	}
	if len(l.sents) == 0 {
		// The text is read in pieces of 64 KB.
		const piece = 64 << 10
		start := 0
		for off := 0; off < l.textLen(); off += piece {
			text := l.slice(off, min(off+piece, l.textLen()))
			for i := range len(text) {
				if text[i] == '\n' {
					if off+i > start {
						l.lines = append(l.lines, Span{Start: start, End: off + i})
					}
					start = off + i + 1
				}
			}
		}
		if l.textLen() > start {
			l.lines = append(l.lines, Span{Start: start, End: l.textLen()})
		}
		l.sents = l.lines
	}
	s := 0
	for i := range l.ms {
		st := l.ms[i].Start
		for s < len(l.sents) && l.sents[s].End <= st {
			s++
		}
		if s < len(l.sents) && l.sents[s].Start <= st {
			l.sentOf[i] = int32(s)
		} else {
			l.sentOf[i] = -1 // between sentences
		}
	}
}

// span returns the evidence span of mentions lo..hi: their sentence(s).
func (l *linker) span(idx ...int) Span {
	sp := Span{Start: -1}
	for _, i := range idx {
		if i < 0 {
			continue
		}
		s, e := l.ms[i].Start, l.ms[i].End
		if si := l.sentOf[i]; si >= 0 {
			s, e = l.sents[si].Start, l.sents[si].End
		}
		if sp.Start < 0 || s < sp.Start {
			sp.Start = s
		}
		if e > sp.End {
			sp.End = e
		}
	}
	if sp.Start < 0 {
		sp.Start = 0
	}
	return sp
}

// gap returns the text between mentions i and j (i before j).
func (l *linker) gap(i, j int) string {
	e, s := l.ms[i].End, l.ms[j].Start
	if s <= e {
		return ""
	}
	return l.slice(e, s)
}

// find returns the root of mention i.
func (l *linker) find(i int) int {
	for int(l.parent[i]) != i {
		l.parent[i] = l.parent[l.parent[i]]
		i = int(l.parent[i])
	}
	return i
}

// union joins the clusters of i and j; the earlier mention becomes the root.
func (l *linker) union(i, j int) {
	ri, rj := l.find(i), l.find(j)
	if ri == rj {
		return
	}
	if rj < ri {
		ri, rj = rj, ri
	}
	l.parent[rj] = int32(ri)
}

// gapWords splits a gap into words and punctuation marks, appending to dst.
// It returns nil (and false) when the gap is longer than maxGap.
func gapWords(dst []string, g string) ([]string, bool) {
	return gapWordsUpTo(dst, g, maxGap) // every item has a byte at least
}

// gapWordsUpTo is gapWords that stops after n items, for the patterns that
// need no more to tell.
func gapWordsUpTo(dst []string, g string, n int) ([]string, bool) {
	if len(g) > maxGap {
		return dst, false
	}
	for w, i := gapWord(g, 0); w != "" && n > 0; w, i = gapWord(g, i) {
		dst = append(dst, w)
		n--
	}
	return dst, true
}

// gapWord returns the first word or punctuation mark of g[i:] and the offset
// after it, or "" when there is none: gapWords one at a time, for the
// patterns that can stop at the first word that does not fit.
func gapWord(g string, i int) (string, int) {
	for i < len(g) {
		if c := g[i]; c < utf8.RuneSelf && !gapASCIIWord[c] {
			// ASCII space or punctuation: the Unicode tests below give the same.
			if !asciiSpace[c] {
				return g[i : i+1], i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(g[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(g) {
				if c := g[j]; c < utf8.RuneSelf { // no ASCII byte is a mark
					if !gapASCIIWord[c] {
						break
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(g[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2)) {
					break
				}
				j += n2
			}
			return g[i:j], j
		default:
			return g[i : i+n], i + n
		}
	}
	return "", i
}

// lastGapWord returns the last of the words gapWords finds in g, or "" when
// it finds none or its last item is a punctuation mark. It reads g backwards.
func lastGapWord(g string) string {
	if len(g) > maxGap {
		return ""
	}
	// Skip trailing white space.
	end := len(g)
	for end > 0 {
		if c := g[end-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(g[:end])
		if !(unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff') {
			break
		}
		end -= n
	}
	// The run of letters, digits and marks before it; the word starts at the
	// first letter or digit of the run (a mark before it stands alone).
	start, word := end, end
	for start > 0 {
		if c := g[start-1]; c < utf8.RuneSelf { // no ASCII byte is a mark
			if !gapASCIIWord[c] {
				break
			}
			start--
			word = start
			continue
		}
		r, n := utf8.DecodeLastRuneInString(g[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = start - n
		} else if !unicode.Is(unicode.Mn, r) {
			break
		}
		start -= n
	}
	return g[word:end]
}

// gapASCIIWord marks the ASCII letters and digits; asciiSpace the ASCII
// bytes unicode.IsSpace accepts.
var gapASCIIWord, asciiSpace = func() (w, sp [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		w[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
		sp[c] = unicode.IsSpace(rune(c))
	}
	return
}()

// isDash reports whether w is one dash character.
func isDash(w string) bool {
	switch w {
	case "-", "–", "—", "‐", "‑", "‒", "−":
		return true
	}
	return false
}

// capitalized reports whether w starts with an upper-case letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// wkey returns the key of one gap word (cheap for ASCII). The key of a word
// that is not already one lives in a buffer of l: it is only good until the
// next call, which the callers, comparing it at once, never outlive.
func (l *linker) wkey(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || ('A' <= w[i] && w[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	l.wordBuf = normalize.AppendNameKey(l.wordBuf[:0], w)
	return unsafe.String(unsafe.SliceData(l.wordBuf), len(l.wordBuf))
}

// trimmed returns g without surrounding white space.
func trimmed(g string) string { return strings.TrimSpace(g) }
