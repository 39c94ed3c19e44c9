package relation

import (
	"strings"
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
	l := &linker{a: a, ms: a.Mentions, res: &Result{}}
	n := len(l.ms)
	if n == 0 {
		return l.res
	}
	l.keys = make([]string, n)
	l.parent = make([]int32, n)
	// All keys share one buffer: one allocation for the document.
	size := 0
	for i := range l.ms {
		size += len(l.text(i))
	}
	buf := make([]byte, 0, size)
	ends := make([]int32, n)
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
					l.sents = append(l.sents, entity.Sentence{Start: start, End: i})
				}
				start = i + 1
			}
		}
	}
	l.sentOf = make([]int32, len(l.ms))
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
