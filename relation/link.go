package relation

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	parent []int32  // union-find over mentions
	sents  []entity.Sentence
	sentOf []int32 // sentence index of each mention

	res     *Result
	posIdx  map[posKey]int   // dedup of position relations -> index in res.Relations
	alsIdx  map[aliasKey]int // dedup of alias relations
	aliases []aliasCand

	// Buffers reused across calls through linkerPool; none of them is part of
	// the Result.
	rels     []Relation // backing array of res.Relations while linking
	keyBuf   []byte
	ends     []int32
	canon    []string
	lines    []entity.Sentence // sentences made from lines
	first    [3]map[string]int // first mention of each key: persons, organizations, places
	seen     map[string]bool
	locs     map[string]bool
	parts    map[string]int
	holder   map[titleOrg]int
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

var linkerPool = sync.Pool{New: func() any { return new(linker) }}

// reset prepares a pooled linker for analysis a. The slices it returns have
// length n and are zeroed.
func (l *linker) reset(a *entity.Analysis) {
	n := len(a.Mentions)
	l.a, l.ms, l.res = a, a.Mentions, &Result{Relations: l.rels[:0]}
	l.keys = resize(l.keys, n)
	l.parent = resize(l.parent, n)
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
	clear(l.rels[:cap(l.rels)])
	l.rels = l.rels[:0]
	clear(l.forms[:cap(l.forms)])
	clear(l.words[:cap(l.words)])
	clear(l.full[:cap(l.full)])
	clear(l.gapBuf[:cap(l.gapBuf)])
	for _, m := range l.first {
		clear(m)
	}
	clear(l.seen)
	clear(l.locs)
	clear(l.parts)
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

type posKey struct {
	person int32
	title  string
	org    int32
}

type aliasKey struct {
	name  int32
	alias string
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
	// All keys share one string: one allocation for the document.
	size := 0
	for i := range l.ms {
		size += len(l.text(i))
	}
	if cap(l.keyBuf) < size {
		l.keyBuf = make([]byte, 0, size)
	}
	buf := l.keyBuf[:0]
	ends := l.ends
	for i := range l.ms {
		l.parent[i] = int32(i)
		switch l.ms[i].Type {
		case entity.Person, entity.Organization, entity.Location, entity.Title:
			buf = appendKey(buf, l.text(i))
		}
		ends[i] = int32(len(buf))
	}
	all := string(buf)
	for i, start := range ends {
		s := 0
		if i > 0 {
			s = int(ends[i-1])
		}
		l.keys[i] = all[s:start]
	}
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
