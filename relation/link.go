package relation

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
)

// maxGap bounds the bytes of text between two mentions that the patterns look
// at; longer gaps never link anything, which keeps Link linear in mentions.
const maxGap = 160

// linker holds the state of one Link call.
type linker struct {
	a      *entity.Analysis
	ms     []entity.Mention
	keys   []string // key of every mention (PERSON, ORGANIZATION, LOCATION, TITLE)
	kid    []int32  // id of keys[i], -1 for the other types
	parent []int32  // union-find over mentions
	sents  []entity.Sentence
	sentOf []int32 // sentence index of each mention

	// Keys are interned: the patterns compare, cluster and deduplicate by
	// key id, so a key is hashed once per distinct mention text instead of
	// once per mention and per use.
	texts  map[string]int32 // mention text -> text id
	ttext  []string         // text id -> text
	tkey   []int32          // text id -> key id
	tscore []int32          // text id -> nameScore, -1 until needed
	tid    []int32          // text id of every mention, -1 for the other types
	keyIDs map[string]int32 // key -> key id
	keyStr []string         // key id -> key
	info   []keyInfo        // key id -> what the clustering learns of it

	res     *Result
	posIdx  map[posKey]int   // dedup of position relations -> index in res.Relations
	alsIdx  map[aliasKey]int // dedup of alias relations
	aliases []aliasCand

	// Buffers reused across calls through linkerPool; none of them is part of
	// the Result.
	rels     []Relation // backing array of res.Relations while linking
	keyBuf   []byte     // the bytes of every key; keyStr entries point into it
	ends     []int32
	canon    []string
	lines    []entity.Sentence // sentences made from lines
	parts    map[string]int
	holder   map[titleOrg]int
	heads    map[string]int32 // head word -> first form with it
	forms    []orgForm
	words    []string // backing array of the forms' words
	full     []personName
	groups   []group
	unlinked []group
	gapBuf   []string
	idx      []int32
	ent      []int32
	ints     []int
	fwd      []int
	keyTmp   []byte
	iniBuf   []byte
	iniEnds  []int
	pw, nw   []string
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
	// isPlace is set when some LOCATION mention has this canonical key.
	isPlace bool
}

var linkerPool = sync.Pool{New: func() any { return new(linker) }}

// reset prepares a pooled linker for analysis a: the per-mention slices get
// its number of mentions, zeroed, and every mention is a cluster of its own.
func (l *linker) reset(a *entity.Analysis) {
	n := len(a.Mentions)
	l.a, l.ms, l.res = a, a.Mentions, &Result{Relations: l.rels[:0]}
	l.keys = resize(l.keys, n)
	l.kid = resize(l.kid, n)
	l.tid = resize(l.tid, n)
	l.parent = resize(l.parent, n)
	for i := range l.parent {
		l.parent[i] = int32(i) // every mention its own cluster
	}
	l.sentOf = resize(l.sentOf, n)
	l.ends = resize(l.ends, n)
	l.canon = resize(l.canon, n)
	l.idx = resize(l.idx, n)
}

// release clears what refers to the analysis and puts l back in the pool.
func (l *linker) release() {
	const keep = 1 << 16 // do not keep buffers of huge documents
	if cap(l.keys) > keep {
		*l = linker{}
		return
	}
	clear(l.keys)
	clear(l.canon)
	clear(l.texts)
	clear(l.ttext)
	l.ttext = l.ttext[:0]
	clear(l.keyIDs)
	clear(l.keyStr)
	l.keyStr = l.keyStr[:0]
	l.info = l.info[:0]
	clear(l.rels[:cap(l.rels)])
	l.rels = l.rels[:0]
	clear(l.forms[:cap(l.forms)])
	clear(l.words[:cap(l.words)])
	clear(l.full[:cap(l.full)])
	clear(l.gapBuf[:cap(l.gapBuf)])
	clear(l.parts)
	clear(l.heads)
	clear(l.holder)
	clear(l.posIdx)
	clear(l.alsIdx)
	l.a, l.ms, l.res, l.sents = nil, nil, nil, nil
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

// posKey identifies a position: person entity, title key id, organization
// entity (-1: none).
type posKey struct {
	person, title, org int32
}

// aliasKey identifies an alias: name entity and alias key id.
type aliasKey struct {
	name, alias int32
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
	l.reset(a)
	l.makeKeys()
	l.sentences()
	l.cluster()
	l.positions()
	l.emitAliases()
	l.entities()
	// The relations were gathered in a pooled buffer: give the result its
	// own slice, of the exact size.
	if rels := l.res.Relations; len(rels) > 0 {
		l.res.Relations = slices.Clone(rels)
		l.rels = rels
	} else {
		l.res.Relations = nil
	}
	return l.res
}

// makeKeys computes the key of every PERSON, ORGANIZATION, LOCATION and
// TITLE mention, once per distinct text, and interns it.
func (l *linker) makeKeys() {
	if l.texts == nil {
		l.texts = make(map[string]int32, len(l.ms))
		l.keyIDs = make(map[string]int32, len(l.ms))
	}
	size := 0
	for i := range l.ms {
		switch l.ms[i].Type {
		case entity.Person, entity.Organization, entity.Location, entity.Title:
		default:
			l.tid[i], l.kid[i] = -1, -1
			continue
		}
		s := l.text(i)
		t, ok := l.texts[s]
		if !ok {
			t = int32(len(l.ttext))
			l.texts[s] = t
			l.ttext = append(l.ttext, s)
			size += len(s)
		}
		l.tid[i] = t
	}
	// All keys share one buffer, kept across calls. A key may be longer
	// than its text (a few capitals lower-case to longer runes): the
	// strings are only made once the buffer is final.
	if cap(l.keyBuf) < size {
		l.keyBuf = make([]byte, 0, size)
	}
	buf := l.keyBuf[:0]
	l.ends = resize(l.ends, len(l.ttext))
	for t, s := range l.ttext {
		buf = appendKey(buf, s)
		l.ends[t] = int32(len(buf))
	}
	l.keyBuf = buf
	// The keys live only as long as this call, during which nothing writes
	// to the buffer, and release forgets every one of them: they need not
	// be copied out of it.
	all := unsafe.String(unsafe.SliceData(buf), len(buf))
	l.tkey = resize(l.tkey, len(l.ttext))
	l.tscore = resize(l.tscore, len(l.ttext))
	start := int32(0)
	for t, end := range l.ends {
		l.tkey[t] = l.intern(all[start:end])
		l.tscore[t] = -1
		start = end
	}
	for i, t := range l.tid {
		if t >= 0 {
			l.kid[i] = l.tkey[t]
			l.keys[i] = l.keyStr[l.kid[i]]
		}
	}
}

// intern returns the id of key k, giving it one if it has none yet.
func (l *linker) intern(k string) int32 {
	if id, ok := l.keyIDs[k]; ok {
		return id
	}
	id := int32(len(l.keyStr))
	l.keyIDs[k] = id
	l.keyStr = append(l.keyStr, k)
	l.info = append(l.info, keyInfo{first: [3]int32{-1, -1, -1}, org: -1, place: -1})
	return id
}

// lookup returns the id of key k, or -1 when no mention has it.
func (l *linker) lookup(k string) int32 {
	if id, ok := l.keyIDs[k]; ok {
		return id
	}
	return -1
}

// text returns the canonical text of mention i.
func (l *linker) text(i int) string {
	if m := &l.ms[i]; m.Normalized != "" {
		return m.Normalized
	}
	return l.ms[i].Text
}

// sentences assigns every mention its sentence; without sentences in the
// analysis, lines are used.
func (l *linker) sentences() {
	l.sents = l.a.Sentences
	if len(l.sents) == 0 {
		text := l.a.Text
		start := 0
		for i := 0; i <= len(text); i++ {
			if i == len(text) || text[i] == '\n' {
				if i > start {
					l.lines = append(l.lines, entity.Sentence{Start: start, End: i})
				}
				start = i + 1
			}
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
	return l.a.Text[e:s]
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
	if len(g) > maxGap {
		return dst, false
	}
	for i := 0; i < len(g); {
		if c := g[i]; c < utf8.RuneSelf && !gapASCIIWord[c] {
			// ASCII space or punctuation: the Unicode tests below give the same.
			if !asciiSpace[c] {
				dst = append(dst, g[i:i+1])
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
				r2, n2 := utf8.DecodeRuneInString(g[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2)) {
					break
				}
				j += n2
			}
			dst = append(dst, g[i:j])
			i = j
		default:
			dst = append(dst, g[i:i+n])
			i += n
		}
	}
	return dst, true
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

// wkey returns the key of one gap word (cheap for ASCII).
func wkey(w string) string {
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
	return key(w)
}

// trimmed returns g without surrounding white space.
func trimmed(g string) string { return strings.TrimSpace(g) }
