package tagger

import (
	"github.com/vnextract/vnextract/entity"
)

// The fast scorer. A token's emission scores are the sum of the weights of
// its features (extractor.tokenKeys), and most features read one token of
// the ±2 window: its word, shape, lexicon kinds and rule tag, at an offset.
// So the scorer sums, once per distinct token (word and signals), the
// weights it contributes to each of the five tokens around it, keeps the
// sums in a cache, and makes a token's scores by adding five such vectors,
// a position vector and the weights of its bigrams, looked up as before
// (they are too many to cache well; the table's filter answers most of
// them). News reuses most of its tokens, and a cache hit costs no feature
// lookup. Nothing depends on what the cache holds: a vector is always
// summed from zero in the same order, so the scores of a text are the same
// whatever came before it.
//
// The sums are grouped differently from the reference (decode over every
// key), so a score may differ from it by float32 rounding;
// TestFastEqualsReference checks that the labels do not, on the seeds and
// the dev set, and Apply's mentions with them.

const (
	// tokenVecs is the number of vectors of a token in the cache: its
	// contribution to the tokens at offsets -2..+2 from it (as the
	// neighbour at +2..-2 of those).
	tokenVecs = 5
	// cacheBytes bounds the cache's vectors: 8192 tokens (2 MB) for a
	// model of six types (13 labels), a few hundred kilobytes of which a
	// news article touches.
	cacheBytes = 4 << 20
	// shapeEntries is the size of the shape-bigram cache.
	shapeEntries = 1024
	// bigramEntries is the size of the word-bigram cache (24 bytes
	// each, 384 KB): the pairs of a long article (40 KB, about 9,000
	// tokens) fit, with the common pairs of the articles before it.
	bigramEntries = 16384
)

// bigramCache remembers, per pair of neighbouring words (their lower-case
// hashes mixed), where the model keeps the weights of the four bigram
// features the pair makes (at offsets 0..3 before the token they are
// for): table slot indexes, -1 for a feature the model does not have, as
// most are. A hit then costs one probe instead of four lookups; the
// weights added are the same, in the same order. Direct-mapped.
type bigramCache struct {
	keys  []uint64 // 0: empty
	slots [][4]int32
}

// get returns the slot indexes of the bigram features of pair lo.
func (c *bigramCache) get(m *Model, lo uint64) *[4]int32 {
	if c.keys == nil {
		c.keys = make([]uint64, bigramEntries)
		c.slots = make([][4]int32, bigramEntries)
	}
	k := fixKey(lo)
	i := k & (bigramEntries - 1)
	sl := &c.slots[i]
	if c.keys[i] != k {
		c.keys[i] = k
		for d := range 4 {
			sl[d] = m.tab.index(mix(mix(bigramAt[d], lo), 0x52)) // key2(tBigram, d, lo)
		}
	}
	return sl
}

// fastCache is a direct-mapped cache of vectors of nl float32, a fixed
// number per entry, keyed by a 64-bit hash (0: empty).
type fastCache struct {
	keys []uint64
	aux  [][2]uint64 // per entry: the token's lower-case and shape hashes
	vals []float32
	mask uint64
	nl   int
	hits int
	miss int
}

// init makes room for n entries (a power of two, at least 2) of vecs
// vectors.
func (c *fastCache) init(n, vecs, nl int) {
	c.keys = make([]uint64, n)
	c.vals = make([]float32, n*vecs*nl)
	c.aux = make([][2]uint64, n)
	c.mask = uint64(n - 1)
	c.nl = nl
}

// lookup returns the slot of key k and whether it holds k; on a miss the
// slot is claimed for k and its vectors are to be filled by the caller.
// The cache is two-way: k may be in either slot of a pair, and a miss
// moves the pair's first entry to the second slot and takes the first, so
// that two common tokens of the same pair do not evict each other.
func (c *fastCache) lookup(k uint64, vecs int) (int, bool) {
	k = fixKey(k)
	i := int(k&c.mask) &^ 1
	if c.keys[i] == k {
		c.hits++
		return i, true
	}
	if c.keys[i+1] == k {
		c.hits++
		return i + 1, true
	}
	c.miss++
	if c.keys[i] != 0 {
		c.keys[i+1], c.aux[i+1] = c.keys[i], c.aux[i]
		w := vecs * c.nl
		copy(c.vals[(i+1)*w:(i+2)*w], c.vals[i*w:(i+1)*w])
	}
	c.keys[i] = k
	return i, false
}

// fastState is what the fast scorer keeps between calls, in scratch.
type fastState struct {
	nl  int // the labels the caches were made for
	tok fastCache
	// shapes caches the two shape-bigram vectors of a pair of shapes
	// (few and common: they are always in the model).
	shapes  fastCache
	bigrams bigramCache
	kb, ki  []uint32
	rule    []uint64 // per token: rule tag, rule name (hashed)
	name    []uint64
	lo, sh  []uint64 // per sentence token +2 sentinels each side
}

// addKey adds the weights of feature k to v (labels by index).
func (m *Model) addKey(v []float32, k uint64) {
	if sl := m.tab.find(k); sl != nil {
		for _, en := range m.ents[sl.off:sl.end] {
			v[en.y] += en.w
		}
	}
}

// tokenVectors fills out (tokenVecs × nl) with the weights token info
// contributes to the token at offset -d from it, for d = -2..2 at
// out[(d+2)*nl:]: the features tokenKeys makes of a neighbour at d.
func (m *Model) tokenVectors(out []float32, wd *word, kb, ki uint32, rule, name uint64) {
	nl := m.nl
	clear(out)
	var buf [9]uint64
	self := out[2*nl : 3*nl]
	for _, k := range wd.appendKeys(buf[:0]) {
		m.addKey(self, k)
	}
	for d := -2; d <= 2; d++ {
		v := out[(d+2)*nl : (d+3)*nl]
		o := uint64(d + 2)
		if d != 0 {
			m.addKey(v, key2(tLowerAt, o, wd.l))
			if d == -1 || d == 1 {
				m.addKey(v, key2(tShapeAt, o, wd.sh))
			}
		}
		for b := kb; b != 0; b &= b - 1 {
			m.addKey(v, key2(tKindB, o, kindHash[bitIndex(b)]))
		}
		if d >= -1 && d <= 1 {
			for b := ki; b != 0; b &= b - 1 {
				m.addKey(v, key2(tKindI, o, kindHash[bitIndex(b)]))
			}
			m.addKey(v, key2(tRuleAt, o, rule))
		}
	}
	m.addKey(self, key(tRuleName, name))
	m.addKey(self, key2(tRuleWord, rule, wd.l))
	m.addKey(self, key2(tKindWord, uint64(kb), wd.sh))
}

// fixedVectors computes the vectors that do not depend on the text: the
// sentinels before and after a sentence as neighbours at -2, -1, +1, +2
// (sent[0..3]) and the position features (pos[p*nl:], p the flags
// tokenKeys computes).
func (m *Model) fixedVectors() {
	nl := m.nl
	m.sent = make([]float32, 4*nl)
	for i, d := range []int{-2, -1, 1, 2} {
		v := m.sent[i*nl : (i+1)*nl]
		h := hStart
		if d > 0 {
			h = hEnd
		}
		m.addKey(v, key2(tLowerAt, uint64(d+2), h))
		if d == -1 || d == 1 {
			m.addKey(v, key2(tShapeAt, uint64(d+2), h))
		}
	}
	m.pos = make([]float32, 16*nl)
	for p := range 16 {
		m.addKey(m.pos[p*nl:(p+1)*nl], key(tPosition, uint64(p)))
	}
}

// ruleTagsOf calls f for each token covered by a rule mention of an: the
// token, its rule tag (type and BIOES position) and the mention.
func ruleTagsOf(an *entity.Analysis, f func(i int, tag uint64, m *entity.Mention)) {
	toks := an.Tokens
	n := len(toks)
	ms := an.Mentions
	k := 0
	for i, t := range toks {
		for k < len(ms) && ms[k].End <= t.Start {
			k++
		}
		if k < len(ms) && ms[k].Start < t.End {
			m := &ms[k]
			first := m.Start >= t.Start || i == 0 || toks[i-1].End <= m.Start
			lastTok := i+1 == n || toks[i+1].Start >= m.End
			p := 1
			switch {
			case first && lastTok:
				p = 3
			case first:
				p = 0
			case lastTok:
				p = 2
			}
			var tag uint64
			if int(m.Type) < len(ruleTags) {
				tag = ruleTags[m.Type][p]
			}
			f(i, tag, m)
		}
	}
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	return s[:n]
}

// fastDecode is decode with the fast scorer: it labels every sentence of
// an and calls span for each phrase (type index, tokens [a, b)).
func (m *Model) fastDecode(an *entity.Analysis, s *scratch, span func(typ, a, b int)) {
	m.fastPrepare(an, s)
	for _, sent := range an.Sentences {
		n := sent.Last - sent.First
		if n == 0 {
			continue
		}
		path := viterbi(m.fastEmit(an, s, sent), &m.lat, n, s)
		phrases(path, func(typ, a, b int) { span(typ, sent.First+a, sent.First+b) })
	}
}

// fastPrepare readies s for fastEmit on the sentences of an: the caches,
// and the lexicon kinds and rule tags of every token.
func (m *Model) fastPrepare(an *entity.Analysis, s *scratch) {
	nl := m.nl
	f := &s.fast
	if f.nl != nl {
		n := 256
		for 2*n*tokenVecs*nl*4 <= cacheBytes && n < 1<<14 {
			n *= 2
		}
		f.tok.init(n, tokenVecs, nl)
		f.shapes.init(shapeEntries, 2, nl)
		f.nl = nl
	}
	toks := an.Tokens
	f.kb, f.ki = an.TokenKinds(f.kb[:0], f.ki[:0])
	f.rule = grow64(f.rule, len(toks))
	f.name = grow64(f.name, len(toks))
	clear(f.rule)
	clear(f.name)
	// A mention's rule name is hashed once, not per token.
	var last *entity.Mention
	var lastName uint64
	ruleTagsOf(an, func(i int, tag uint64, mn *entity.Mention) {
		if mn != last {
			last, lastName = mn, hashString(mn.Rule)
		}
		f.rule[i], f.name[i] = tag, lastName
	})
}

// fastEmit returns the emission scores of the tokens of sentence sent of
// an (not empty), token by token, nl labels each (in s.emit).
func (m *Model) fastEmit(an *entity.Analysis, s *scratch, sent entity.Sentence) []float32 {
	nl := m.nl
	f := &s.fast
	toks := an.Tokens
	tv := tokenVecs * nl
	n := sent.Last - sent.First
	// Window positions: e = i+2 is token i of the sentence, 0-1 and
	// n+2..n+3 the sentinels.
	f.lo = grow64(f.lo, n+4)
	f.sh = grow64(f.sh, n+4)
	f.lo[0], f.lo[1], f.sh[0], f.sh[1] = hStart, hStart, hStart, hStart
	f.lo[n+2], f.lo[n+3], f.sh[n+2], f.sh[n+3] = hEnd, hEnd, hEnd, hEnd
	s.emit = grow(s.emit, n*nl)
	emit := s.emit
	for i := range n {
		t := &toks[sent.First+i]
		p := 0
		if i == 0 {
			p |= 1
		}
		if i == n-1 {
			p |= 2
		}
		if t.Is(entity.LineBefore) {
			p |= 4
		}
		if !t.Is(entity.SpaceBefore) {
			p |= 8
		}
		copy(emit[i*nl:(i+1)*nl], m.pos[p*nl:(p+1)*nl])
	}
	for i := range n {
		j := sent.First + i
		t := &toks[j]
		w := an.Text[t.Start:t.End]
		h := uint64(fnvOffset)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint64(w[k])) * fnvPrime
		}
		kb, ki, rule, name := f.kb[j], f.ki[j], f.rule[j], f.name[j]
		ck := mix(mix(mix(h, uint64(kb)|uint64(ki)<<32), rule), name)
		slot, hit := f.tok.lookup(ck, tokenVecs)
		vec := f.tok.vals[slot*tv : (slot+1)*tv]
		if !hit {
			var wd word
			wd.w, wd.l, wd.f, wd.sh, wd.p2, wd.s2, wd.s3, wd.fl = wordHashes(w)
			m.tokenVectors(vec, &wd, kb, ki, rule, name)
			f.tok.aux[slot] = [2]uint64{wd.l, wd.sh}
		}
		f.lo[i+2], f.sh[i+2] = f.tok.aux[slot][0], f.tok.aux[slot][1]
		// As the neighbour at d of token i-d.
		for d := -2; d <= 2; d++ {
			if r := i - d; r >= 0 && r < n {
				addVec(emit[r*nl:(r+1)*nl], vec[(d+2)*nl:(d+3)*nl])
			}
		}
	}
	// Sentinels as neighbours of the first two and last two tokens.
	for i := 0; i < n && i < 2; i++ {
		// Token i has the start at -1 (i=0) and -2 (i=0,1).
		if i == 0 {
			addVec(emit[:nl], m.sent[1*nl:2*nl])
		}
		addVec(emit[i*nl:(i+1)*nl], m.sent[0:nl])
	}
	for i := max(n-2, 0); i < n; i++ {
		if i == n-1 {
			addVec(emit[i*nl:(i+1)*nl], m.sent[2*nl:3*nl])
		}
		addVec(emit[i*nl:(i+1)*nl], m.sent[3*nl:4*nl])
	}
	// Pairs of window positions (e, e+1): bigram d of token e-d, and
	// the shape bigrams 0 and 1 of tokens e-1 and e-2.
	for e := 0; e <= n+2; e++ {
		bi := f.bigrams.get(m, mix(f.lo[e], f.lo[e+1]))
		for d, si := range bi {
			if r := e - d; si >= 0 && r >= 0 && r < n {
				sl := &m.tab.slots[si]
				v := emit[r*nl : (r+1)*nl]
				for _, en := range m.ents[sl.off:sl.end] {
					v[en.y] += en.w
				}
			}
		}
		if e < 1 || e > n+1 {
			continue // the shape bigrams of no token
		}
		sh := mix(f.sh[e], f.sh[e+1])
		slot, hit := f.shapes.lookup(sh, 2)
		vec := f.shapes.vals[slot*2*nl : (slot+1)*2*nl]
		if !hit {
			clear(vec)
			m.addKey(vec[:nl], mix(mix(shapeBiAt[0], sh), 0x52)) // key2(tShapeBi, 0, sh)
			m.addKey(vec[nl:], mix(mix(shapeBiAt[1], sh), 0x52))
		}
		if r := e - 1; r < n {
			addVec(emit[r*nl:(r+1)*nl], vec[:nl])
		}
		if r := e - 2; r >= 0 {
			addVec(emit[r*nl:(r+1)*nl], vec[nl:])
		}
	}
	return emit
}

// bigramAt and shapeBiAt are the first step of key2 for the bigram
// templates at each position.
var (
	bigramAt  = [4]uint64{mix(tBigram, 0), mix(tBigram, 1), mix(tBigram, 2), mix(tBigram, 3)}
	shapeBiAt = [2]uint64{mix(tShapeBi, 0), mix(tShapeBi, 1)}
)

func addVec(dst, src []float32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}
