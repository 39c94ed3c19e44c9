package tagger

import (
	"slices"
	"sync"

	"github.com/vnextract/vnextract/entity"
)

// Model is a trained tagger: the weights of a structured perceptron over
// BIO tags of its types. Build one with Train or Load; it is immutable and
// safe for concurrent use.
type Model struct {
	types  []string      // in label order: label 1+2k is B-types[k], 2+2k is I-types[k]
	etypes []entity.Type // types[k] as an entity.Type; 0 when it is not one (MISC)
	trust  []Trust       // per type: how Apply combines its spans with the rules'
	pol    policy        // trust by entity type
	emits  bool          // some entity type is not left to the rules
	nl     int           // number of labels: 1 + 2*len(types)
	tab    table
	// ents holds the non-zero weights of the features, feature by
	// feature in key order; a feature's slot in tab gives its range.
	// Most features have weights for a few labels only, so this is both
	// smaller and faster to sum than a dense row.
	ents []entry
	// trans[p*nl+y] is the weight of label y after label p; row nl is the
	// start of a sentence.
	trans []float32
	// masked is trans with the BIO constraint (maskTrans), for decoding.
	masked []float32
	lat    lattice // masked, for viterbi
	// sent and pos are the fast scorer's vectors that do not depend on
	// the text (fixedVectors).
	sent, pos []float32
	pool      sync.Pool // *scratch
}

// Span is a typed span of a text: Type is a type name ("PERSON", "MISC")
// and [Start, End) a byte range.
type Span struct {
	Type       string
	Start, End int
}

// Types returns the mention types the model was trained on, in the order
// of its labels.
func (m *Model) Types() []string { return slices.Clone(m.types) }

// table maps a feature key to its index, by open addressing. A Bloom
// filter in front of it answers most lookups of keys the model does not
// have (most of a text's bigrams and rare words) from a few kilobytes.
type table struct {
	slots []slot
	mask  uint64
	free  int // empty slots
	// filter has two bits set per key, in the word the key's top bits
	// choose (filterBits): a key with either bit clear is not in slots.
	filter []uint64
	fshift uint
}

// filterBits returns the word index and the two bits of key k in a filter
// of 1<<(64-shift) words.
func filterBits(k uint64, shift uint) (int, uint64) {
	return int(k >> shift), 1<<(k&63) | 1<<((k>>6)&63)
}

type slot struct {
	key      uint64 // 0: empty
	off, end int32  // the feature's weights: ents[off:end]
}

// entry is one non-zero weight of a feature: for label y.
type entry struct {
	y int32
	w float32
}

// fixKey keeps 0 free to mean an empty slot.
func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// newTable indexes the features keys[i], whose weights are
// ents[rows[i]:rows[i+1]].
func newTable(keys []uint64, rows []int32) table {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t := table{slots: make([]slot, size), mask: uint64(size - 1), free: size - len(keys)}
	// About 16 bits per key: under 2% of absent keys get past it.
	words, shift := 8, uint(61)
	for words*64 < 16*len(keys) {
		words *= 2
		shift--
	}
	t.filter, t.fshift = make([]uint64, words), shift
	for i, k := range keys {
		k = fixKey(k)
		w, b := filterBits(k, shift)
		t.filter[w] |= b
		h := k & t.mask // keys are hashes already
		for t.slots[h].key != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = slot{key: k, off: rows[i], end: rows[i+1]}
	}
	return t
}

// find returns the slot of key k, or nil.
func (t *table) find(k uint64) *slot {
	if i := t.index(k); i >= 0 {
		return &t.slots[i]
	}
	return nil
}

// index returns the index of the slot of key k, or -1.
func (t *table) index(k uint64) int32 {
	k = fixKey(k)
	if w, b := filterBits(k, t.fshift); t.filter[w]&b != b {
		return -1
	}
	for h := k & t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if s.key == k {
			return int32(h)
		}
		if s.key == 0 {
			return -1
		}
	}
}

// label helpers: O is 0, B-k is 1+2k, I-k is 2+2k.
func isInside(y int) bool { return y > 0 && y%2 == 0 }
func typeOf(y int) int    { return (y - 1) / 2 }

// allowed: an I- label continues a B- or I- label of its type.
func allowed(p, y int) bool { return !isInside(y) || p == y || p == y-1 }

// wordScores returns the sum of the weights of the features of a word
// alone (appendKeys), per label, from the memo of s: news text reuses a few
// thousand words, and these are a third of a token's features. The sum is
// always made in the same order from zero, so the memo changes no result.
func (m *Model) wordScores(s *scratch, wd *word) []float32 {
	nl := m.nl
	if s.memoKeys == nil {
		s.memoKeys = make([]uint64, memoSize)
		s.memoVecs = make([]float32, memoSize*nl)
	}
	k := fixKey(wd.w)
	h := int(k & (memoSize - 1))
	v := s.memoVecs[h*nl : (h+1)*nl]
	if s.memoKeys[h] == k {
		return v
	}
	// A miss overwrites the slot: a word seen again soon is found again.
	s.memoKeys[h] = k
	clear(v)
	var buf [9]uint64
	for _, fk := range wd.appendKeys(buf[:0]) {
		if sl := m.tab.find(fk); sl != nil {
			for _, en := range m.ents[sl.off:sl.end] {
				v[en.y] += en.w
			}
		}
	}
	return v
}

// memoSize is the number of words the memo of wordScores holds.
const memoSize = 4096

// scratch is the per-call memory of Predict and Apply, pooled; its word
// memo lives as long as it does.
type scratch struct {
	memoKeys []uint64
	memoVecs []float32
	x        extractor
	fast     fastState
	// Apply's model spans and lists of mentions.
	spans []entity.Mention
	lists resolveLists
	emit  []float32
	score []float32
	acc   []float32
	back  []int16
	path  []int
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return new(scratch)
}

// forbidden is the transition weight of a pair of labels the BIO scheme
// rules out: low enough never to win, finite so that sums stay ordered.
const forbidden = -1e30

// maskTrans returns trans with the BIO constraint written in: an I- label
// only after a B- or I- label of its type (and never first). Viterbi then
// needs no test in its inner loop.
// The result is transposed for the inner loop of viterbi: the weight of
// label y after label p is at [y*nl+p]; the start's row stays last.
func maskTrans(trans []float32, nl int) []float32 {
	return maskInto(make([]float32, len(trans)), trans, nl)
}

// maskInto is maskTrans into dst.
func maskInto(dst, trans []float32, nl int) []float32 {
	for p := 0; p <= nl; p++ {
		for y := 0; y < nl; y++ {
			v := trans[p*nl+y]
			if isInside(y) && (p == nl || !allowed(p, y)) {
				v = forbidden
			}
			if p == nl {
				dst[nl*nl+y] = v
			} else {
				dst[y*nl+p] = v
			}
		}
	}
	return dst
}

// viterbiRef finds the best label sequence for n tokens whose emission
// scores are emit[i*nl+y], under the transitions trans made by maskTrans
// (weight of p then y at trans[y*nl+p], the start's at trans[nl*nl+y]),
// into path. It is the reference for viterbi, which must return the same
// path.
func viterbiRef(emit, trans []float32, nl, n int, s *scratch) []int {
	s.score = grow(s.score, n*nl)
	s.back = grow16(s.back, n*nl)
	s.path = growInt(s.path, n)
	start := trans[nl*nl : nl*nl+nl]
	for y := range start {
		s.score[y] = start[y] + emit[y]
	}
	for i := 1; i < n; i++ {
		prev := s.score[(i-1)*nl : i*nl]
		cur := s.score[i*nl : (i+1)*nl]
		bk := s.back[i*nl : (i+1)*nl]
		em := emit[i*nl : (i+1)*nl]
		for y := range cur {
			col := trans[y*nl : (y+1)*nl]
			if isInside(y) {
				// Only B- or I- of its type may come before (maskTrans
				// forbids the rest): two candidates, not nl.
				b, in := prev[y-1]+col[y-1], prev[y]+col[y]
				if in > b {
					cur[y], bk[y] = in+em[y], int16(y)
				} else {
					cur[y], bk[y] = b+em[y], int16(y-1)
				}
				continue
			}
			col = col[:len(prev)]
			best, arg := prev[0]+col[0], 0
			for p := 1; p < len(prev); p++ {
				if v := prev[p] + col[p]; v > best {
					best, arg = v, p
				}
			}
			cur[y] = best + em[y]
			bk[y] = int16(arg)
		}
	}
	last := s.score[(n-1)*nl : n*nl]
	best := 0
	for y := 1; y < nl; y++ {
		if last[y] > last[best] {
			best = y
		}
	}
	path := s.path[:n]
	for i := n - 1; i >= 0; i-- {
		path[i] = best
		best = int(s.back[i*nl+best])
	}
	return path
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

func grow16(s []int16, n int) []int16 {
	if cap(s) < n {
		return make([]int16, n)
	}
	return s[:n]
}

func growInt(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// Predict returns the spans the model finds in an (offsets into an.Text),
// by start.
func (m *Model) Predict(an *entity.Analysis) []Span {
	s := m.getScratch()
	defer m.pool.Put(s)
	var out []Span
	m.fastDecode(an, s, func(typ, a, b int) {
		out = append(out, Span{Type: m.types[typ], Start: an.Tokens[a].Start, End: an.Tokens[b-1].End})
	})
	return out
}

// predictRef is Predict by the reference scorer (decode over every
// feature key of every token), which the fast scorer must agree with.
func (m *Model) predictRef(an *entity.Analysis) []Span {
	var s scratch
	s.x.memoWords = true
	s.x.extract(an)
	var out []Span
	m.decode(an, &s, func(typ, a, b int) {
		out = append(out, Span{Type: m.types[typ], Start: an.Tokens[a].Start, End: an.Tokens[b-1].End})
	})
	return out
}

// decode labels every sentence of an (whose features are in s.x) and calls
// span for each phrase: type index and tokens [a, b). It is the reference
// scorer: every feature key of every token is looked up.
func (m *Model) decode(an *entity.Analysis, s *scratch, span func(typ, a, b int)) {
	tok := 0 // index into s.x.off, which counts sentence tokens in order
	for _, sent := range an.Sentences {
		n := sent.Last - sent.First
		if n == 0 {
			continue
		}
		path := viterbiRef(m.refEmit(s, sent, tok), m.masked, m.nl, n, s)
		phrases(path, func(typ, a, b int) { span(typ, sent.First+a, sent.First+b) })
		tok += n
	}
}

// refEmit returns the emission scores of sentence sent (not empty), whose
// first token's keys are at s.x.off[tok], in s.emit.
func (m *Model) refEmit(s *scratch, sent entity.Sentence, tok int) []float32 {
	nl := m.nl
	n := sent.Last - sent.First
	s.emit = grow(s.emit, n*nl)
	clear(s.emit)
	for i := 0; i < n; i++ {
		e := s.emit[i*nl : (i+1)*nl]
		if s.x.memoWords {
			copy(e, m.wordScores(s, &s.x.words[sent.First+i]))
		}
		for _, k := range s.x.keys[s.x.off[tok+i]:s.x.off[tok+i+1]] {
			if sl := m.tab.find(k); sl != nil {
				for _, en := range m.ents[sl.off:sl.end] {
					e[en.y] += en.w
				}
			}
		}
	}
	return s.emit
}

// phrases calls f for each phrase of a BIO label path: type and [a, b).
func phrases(path []int, f func(typ, a, b int)) {
	for i := 0; i < len(path); {
		y := path[i]
		if y == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(path) && isInside(path[j]) && typeOf(path[j]) == typeOf(y) {
			j++
		}
		f(typeOf(y), i, j)
		i = j
	}
}
