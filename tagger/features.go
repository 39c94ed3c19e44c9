package tagger

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// featureVersion names the feature templates below. A model records it, and
// Load refuses a model made with other templates, whose weights would be
// read against the wrong features.
const featureVersion = 1

// Feature templates. Each feature is a 64-bit hash of its template and
// values; the numbers are part of the model format (featureVersion).
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tFold
	tShape
	tFlags
	tPrefix2
	tSuffix2
	tSuffix3
	tLowerAt  // lower-case word at an offset (-2..+2)
	tShapeAt  // shape at an offset
	tBigram   // lower-case bigram at an offset
	tShapeBi  // shape bigram
	tPosition // first or last in the sentence, after a line break
	tKindB    // a lexicon kind whose match starts at an offset
	tKindI    // a lexicon kind whose match covers an offset after its start
	tRuleAt   // the rule mention's type and BIOES position at an offset
	tRuleName // the rule that made the mention covering the token
	tRuleWord // the rule tag together with the lower-case word
	tKindWord // the kinds starting here together with the shape
)

// Hash mixing: FNV-1a for strings and a multiply-xorshift finalizer to
// combine, integer-only so that every machine makes the same keys.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 32
	h *= 0xD6E8FEB86659FD93
	h ^= h >> 32
	return h
}

func key(t, a uint64) uint64     { return mix(mix(t, a), 0x51) }
func key2(t, a, b uint64) uint64 { return mix(mix(mix(t, a), b), 0x52) }
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// tokInfo is what the templates read of one token.
type tokInfo struct {
	lower, shape uint64
	kb, ki       uint32 // lexicon kinds beginning at / inside (entity.Analysis.TokenKinds)
	rule         uint64 // rule mention tag (type and BIOES), 0 outside mentions
	ruleName     uint64
}

// Sentinels for the positions before and after a sentence.
var (
	hStart = hashString("<s>")
	hEnd   = hashString("</s>")
)

// wordHashes computes the hashes of a token's surface, lower-case form,
// diacritic-free lower-case form, shape, first two and last two and three
// lower-case runes, and its surface flags.
func wordHashes(w string) (word, lower, fold, shape, p2, s2, s3 uint64, flags uint8) {
	word, lower, fold, shape = fnvOffset, fnvOffset, fnvOffset, fnvOffset
	p2 = fnvOffset
	var last [3]rune
	n := 0
	var prevClass byte
	upper, letters, digits := 0, 0, 0
	marked := false
	for i := 0; i < len(w); {
		r, sz := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(w[i:])
			marked = true
		}
		for k := 0; k < sz; k++ {
			word ^= uint64(w[i+k])
			word *= fnvPrime
		}
		i += sz
		l := r
		var class byte
		switch {
		case 'a' <= r && r <= 'z':
			class = 'x'
			letters++
		case 'A' <= r && r <= 'Z':
			class, l = 'X', r+32
			letters++
			upper++
		case '0' <= r && r <= '9':
			class = 'd'
			digits++
		case r < utf8.RuneSelf:
			class = byte(r)
		case unicode.IsUpper(r):
			class, l = 'X', unicode.ToLower(r)
			letters++
			upper++
		case unicode.IsLetter(r):
			class = 'x'
			letters++
		default:
			class = '*'
		}
		lower = (lower ^ uint64(l)) * fnvPrime
		fold = (fold ^ uint64(normalize.FoldRune(l))) * fnvPrime
		if class != prevClass {
			shape = (shape ^ uint64(class)) * fnvPrime
			prevClass = class
		}
		if n < 2 {
			p2 = (p2 ^ uint64(l)) * fnvPrime
		}
		last[0], last[1], last[2] = last[1], last[2], l
		n++
	}
	s2, s3 = fnvOffset, fnvOffset
	for k, r := range last {
		if r == 0 {
			continue
		}
		if k >= 1 {
			s2 = (s2 ^ uint64(r)) * fnvPrime
		}
		s3 = (s3 ^ uint64(r)) * fnvPrime
	}
	switch {
	case letters > 0 && upper == letters && letters > 1:
		flags = 1
	case upper > 0:
		flags = 2
	case digits > 0 && letters > 0:
		flags = 3
	case digits > 0:
		flags = 4
	case letters > 0:
		flags = 5
	}
	if marked {
		flags |= 8
	}
	if isSyllableLike(w) {
		flags |= 16
	}
	return
}

// isSyllableLike reports whether w could be one Vietnamese syllable: letters
// only, at most seven runes, with a vowel.
func isSyllableLike(w string) bool {
	n, vowel := 0, false
	for _, r := range w {
		n++
		if !unicode.IsLetter(r) || n > 7 {
			return false
		}
		switch normalize.FoldRune(unicode.ToLower(r)) {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			vowel = true
		}
	}
	return vowel
}

// extractor turns an analysed text into per-token feature keys. It is
// scratch space, reused from text to text.
// appendKeys appends the keys of the features of the word alone (and the
// bias), which a model sums once per distinct word (see memo).
func (wd *word) appendKeys(ks []uint64) []uint64 {
	return append(ks, key(tBias, 0), key(tWord, wd.w), key(tLower, wd.l), key(tFold, wd.f), key(tShape, wd.sh),
		key(tFlags, uint64(wd.fl)), key(tPrefix2, wd.p2), key(tSuffix2, wd.s2), key(tSuffix3, wd.s3))
}

// word holds the hashes wordHashes gives of a token.
type word struct {
	w, l, f, sh, p2, s2, s3 uint64
	fl                      uint8
}

type extractor struct {
	// memoWords leaves the word's own features (appendKeys) out of keys:
	// a model sums them per distinct word instead (Model.wordScores).
	memoWords bool
	words     []word
	info      []tokInfo
	kb, ki    []uint32
	keys      []uint64 // all keys, token by token
	off       []int32  // token i's keys: keys[off[i]:off[i+1]]
}

// rule tags in BIOES position, by type: "B-PERSON" ... hashed once.
var ruleTags = func() (t [8][4]uint64) {
	for _, ty := range entity.Types {
		for p, pre := range []string{"B-", "I-", "E-", "S-"} {
			t[ty][p] = hashString(pre + ty.String())
		}
	}
	return
}()

// extract computes the feature keys of every token of an, for the tokens
// of each sentence.
func (x *extractor) extract(an *entity.Analysis) {
	toks := an.Tokens
	n := len(toks)
	x.kb, x.ki = an.TokenKinds(x.kb[:0], x.ki[:0])
	if cap(x.info) < n {
		x.info = make([]tokInfo, n)
	}
	x.info = x.info[:n]
	clear(x.info)
	// Rule mentions: the tag of each token they cover.
	ruleTagsOf(an, func(i int, tag uint64, m *entity.Mention) {
		x.info[i].rule = tag
		x.info[i].ruleName = hashString(m.Rule)
	})
	x.keys = x.keys[:0]
	x.off = append(x.off[:0], 0)
	if cap(x.words) < n {
		x.words = make([]word, n)
	}
	words := x.words[:n]
	for i, t := range toks {
		wd := &words[i]
		wd.w, wd.l, wd.f, wd.sh, wd.p2, wd.s2, wd.s3, wd.fl = wordHashes(an.Text[t.Start:t.End])
		x.info[i].lower, x.info[i].shape = wd.l, wd.sh
		x.info[i].kb, x.info[i].ki = x.kb[i], x.ki[i]
	}
	if want := 32 * n; cap(x.keys) < want {
		x.keys = make([]uint64, 0, want)
	}
	for _, s := range an.Sentences {
		for i := s.First; i < s.Last; i++ {
			x.tokenKeys(toks, s, i, &words[i])
			x.off = append(x.off, int32(len(x.keys)))
		}
	}
}

// at returns the lower-case and shape hashes of token i, or a sentinel
// outside the sentence [first, last).
func (x *extractor) at(i, first, last int) (lower, shape uint64) {
	if i < first {
		return hStart, hStart
	}
	if i >= last {
		return hEnd, hEnd
	}
	return x.info[i].lower, x.info[i].shape
}

func (x *extractor) tokenKeys(toks []entity.Token, s entity.Sentence, i int, wd *word) {
	in := &x.info[i]
	ks := x.keys
	if !x.memoWords {
		ks = wd.appendKeys(ks)
	}
	var lo [5]uint64
	var sh [5]uint64
	for d := -2; d <= 2; d++ {
		lo[d+2], sh[d+2] = x.at(i+d, s.First, s.Last)
		if d != 0 {
			ks = append(ks, key2(tLowerAt, uint64(d+2), lo[d+2]))
			if d == -1 || d == 1 {
				ks = append(ks, key2(tShapeAt, uint64(d+2), sh[d+2]))
			}
		}
	}
	for d := 0; d < 4; d++ {
		ks = append(ks, key2(tBigram, uint64(d), mix(lo[d], lo[d+1])))
	}
	ks = append(ks, key2(tShapeBi, 0, mix(sh[1], sh[2])), key2(tShapeBi, 1, mix(sh[2], sh[3])))
	pos := uint64(0)
	if i == s.First {
		pos |= 1
	}
	if i == s.Last-1 {
		pos |= 2
	}
	if toks[i].Is(entity.LineBefore) {
		pos |= 4
	}
	if !toks[i].Is(entity.SpaceBefore) {
		pos |= 8
	}
	ks = append(ks, key(tPosition, pos))
	for d := -2; d <= 2; d++ {
		j := i + d
		if j < s.First || j >= s.Last {
			continue
		}
		in := &x.info[j]
		for b := in.kb; b != 0; b &= b - 1 {
			ks = append(ks, key2(tKindB, uint64(d+2), kindHash[bitIndex(b)]))
		}
		if d >= -1 && d <= 1 {
			for b := in.ki; b != 0; b &= b - 1 {
				ks = append(ks, key2(tKindI, uint64(d+2), kindHash[bitIndex(b)]))
			}
			ks = append(ks, key2(tRuleAt, uint64(d+2), in.rule))
		}
	}
	ks = append(ks, key(tRuleName, in.ruleName), key2(tRuleWord, in.rule, in.lower),
		key2(tKindWord, uint64(in.kb), in.shape))
	x.keys = ks
}

// kindHash names the bits of entity.Analysis.TokenKinds by their kinds, so
// that a model does not depend on the order of entity.Kinds.
var kindHash = func() (h [32]uint64) {
	for i := range h {
		h[i] = hashString("kind#" + string(rune('0'+i%10)) + string(rune('0'+i/10)))
	}
	for i, k := range entity.Kinds {
		h[i] = hashString(string(k))
	}
	h[31] = hashString("event")
	return
}()

// bitIndex returns the index of the lowest set bit of b (b != 0).
func bitIndex(b uint32) int {
	n := 0
	for b&1 == 0 {
		b >>= 1
		n++
	}
	return n
}
