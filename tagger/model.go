package tagger

import (
	"math"
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
	nl     int           // number of labels: 1 + 2*len(types)
	tab    table
	// weights[idx*nl+y] is the weight of feature idx for label y.
	weights []float32
	// trans[p*nl+y] is the weight of label y after label p; row nl is the
	// start of a sentence.
	trans []float32
	pool  sync.Pool // *scratch
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

// table maps a feature key to its index, by open addressing.
type table struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64 // 0: empty
	idx int32
}

// fixKey keeps 0 free to mean an empty slot.
func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func newTable(keys []uint64) table {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t := table{slots: make([]slot, size), mask: uint64(size - 1)}
	for i, k := range keys {
		k = fixKey(k)
		h := mix(k, 0) & t.mask
		for t.slots[h].key != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = slot{key: k, idx: int32(i)}
	}
	return t
}

func (t *table) find(k uint64) int32 {
	k = fixKey(k)
	for h := mix(k, 0) & t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if s.key == k {
			return s.idx
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

// scratch is the per-call memory of Predict.
type scratch struct {
	x     extractor
	emit  []float32
	score []float32
	back  []int16
	path  []int
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return new(scratch)
}

// viterbi finds the best label sequence for n tokens whose emission scores
// are emit[i*nl+y], under trans and the BIO constraint (an I- tag continues
// a B- or I- of its type), into path.
func viterbi(emit, trans []float32, nl, n int, s *scratch) []int {
	s.score = grow(s.score, n*nl)
	s.back = grow16(s.back, n*nl)
	s.path = growInt(s.path, n)
	neg := float32(math.Inf(-1))
	start := trans[nl*nl:]
	for y := 0; y < nl; y++ {
		if isInside(y) {
			s.score[y] = neg
		} else {
			s.score[y] = start[y] + emit[y]
		}
	}
	for i := 1; i < n; i++ {
		prev := s.score[(i-1)*nl : i*nl]
		cur := s.score[i*nl : (i+1)*nl]
		bk := s.back[i*nl : (i+1)*nl]
		for y := 0; y < nl; y++ {
			best, arg := neg, 0
			for p := 0; p < nl; p++ {
				if !allowed(p, y) || prev[p] == neg {
					continue
				}
				if v := prev[p] + trans[p*nl+y]; v > best {
					best, arg = v, p
				}
			}
			cur[y] = best + emit[i*nl+y]
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
	s.x.extract(an)
	var out []Span
	m.decode(an, s, func(typ, a, b int) {
		out = append(out, Span{Type: m.types[typ], Start: an.Tokens[a].Start, End: an.Tokens[b-1].End})
	})
	return out
}

// decode labels every sentence of an (whose features are in s.x) and calls
// span for each phrase: type index and tokens [a, b).
func (m *Model) decode(an *entity.Analysis, s *scratch, span func(typ, a, b int)) {
	nl := m.nl
	tok := 0 // index into s.x.off, which counts sentence tokens in order
	for _, sent := range an.Sentences {
		n := sent.Last - sent.First
		if n == 0 {
			continue
		}
		s.emit = grow(s.emit, n*nl)
		clear(s.emit)
		for i := 0; i < n; i++ {
			e := s.emit[i*nl : (i+1)*nl]
			for _, k := range s.x.keys[s.x.off[tok+i]:s.x.off[tok+i+1]] {
				if idx := m.tab.find(k); idx >= 0 {
					w := m.weights[int(idx)*nl : int(idx+1)*nl]
					for y := range e {
						e[y] += w[y]
					}
				}
			}
		}
		path := viterbi(s.emit, m.trans, nl, n, s)
		phrases(path, func(typ, a, b int) { span(typ, sent.First+a, sent.First+b) })
		tok += n
	}
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
