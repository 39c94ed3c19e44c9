package tagger

import (
	"math"
	"slices"

	"github.com/vnextract/vnextract/entity"
)

// PredictRef is Predict by the reference scorer.
func (m *Model) PredictRef(an *entity.Analysis) []Span { return m.predictRef(an) }

// eachSentence calls f for each sentence of an that has tokens, with the
// reference's emission scores and the fast scorer's, and the scratch each
// used.
func (m *Model) eachSentence(an *entity.Analysis, f func(want, got []float32, n int, ref, fast *scratch)) {
	var ref, fast scratch
	ref.x.memoWords = true
	ref.x.extract(an)
	m.fastPrepare(an, &fast)
	tok := 0
	for _, sent := range an.Sentences {
		n := sent.Last - sent.First
		if n == 0 {
			continue
		}
		f(m.refEmit(&ref, sent, tok), m.fastEmit(an, &fast, sent), n, &ref, &fast)
		tok += n
	}
}

// EmitDiff returns the largest difference between the fast scorer's and
// the reference's emission score of a token and label in an, relative to
// the larger of 1 and the score's magnitude.
func (m *Model) EmitDiff(an *entity.Analysis) float64 {
	worst := 0.0
	m.eachSentence(an, func(want, got []float32, _ int, _, _ *scratch) {
		for i, w := range want {
			d := math.Abs(float64(got[i])-float64(w)) / max(1, math.Abs(float64(w)))
			worst = max(worst, d)
		}
	})
	return worst
}

// PathGap returns, over the sentences of an, the largest amount by which
// the labels the fast scorer chooses score below the reference's best
// labels, both scored with the reference's emission scores, relative to the
// larger of 1 and the best score's magnitude: 0 when the labels are the
// same, float32 rounding when the two differ on a tie.
func (m *Model) PathGap(an *entity.Analysis) float64 {
	nl := m.nl
	score := func(emit []float32, path []int) float64 {
		v, p := 0.0, nl
		for i, y := range path {
			if p == nl {
				v += float64(m.masked[nl*nl+y])
			} else {
				v += float64(m.masked[y*nl+p])
			}
			v += float64(emit[i*nl+y])
			p = y
		}
		return v
	}
	worst := 0.0
	m.eachSentence(an, func(want, got []float32, n int, ref, fast *scratch) {
		best := slices.Clone(viterbiRef(want, m.masked, nl, n, ref))
		b := score(want, best)
		worst = max(worst, (b-score(want, viterbi(got, &m.lat, n, fast)))/max(1, math.Abs(b)))
	})
	return worst
}

// CacheHits returns the hits and misses of the fast scorer's token cache
// in one scratch, after scoring texts in order.
func (m *Model) CacheHits(ans []*entity.Analysis) (hits, misses int) {
	var s scratch
	for _, an := range ans {
		m.fastDecode(an, &s, func(int, int, int) {})
	}
	return s.fast.tok.hits, s.fast.tok.miss
}

// CPUTime is cpuTime, for the benchmarks of package tagger_test.
var CPUTime = cpuTime

// ApplyRef is Apply by the reference scorer and a plain greedy choice:
// every mention in order of preference (rule dates and times left to the
// rules and rule mentions of rules-first types, then the model's spans,
// then the other rule mentions the model does not replace), each kept when
// it overlaps none kept before. Apply must return the same mentions.
func (m *Model) ApplyRef(an *entity.Analysis) []entity.Mention {
	var s scratch
	s.x.memoWords = true
	s.x.extract(an)
	trustOf := func(t entity.Type) Trust {
		for i, et := range m.etypes {
			if et == t && et != 0 {
				return m.trust[i]
			}
		}
		return TrustRules
	}
	type spanKey struct {
		start, end int
		typ        entity.Type
	}
	ruleAt := map[spanKey]entity.Mention{}
	var first, last, cands []entity.Mention
	for _, rm := range an.Mentions {
		tr := trustOf(rm.Type)
		if tr != TrustRules {
			ruleAt[spanKey{rm.Start, rm.End, rm.Type}] = rm
		}
		switch {
		case tr == TrustRulesFirst, tr == TrustRules && (rm.Type == entity.Date || rm.Type == entity.Time):
			first = append(first, rm)
		case tr == TrustRules, tr == TrustModelFirst:
			last = append(last, rm)
		}
	}
	m.decode(an, &s, func(typ, a, b int) {
		et := m.etypes[typ]
		if et == 0 || trustOf(et) == TrustRules {
			return
		}
		st, en := an.Tokens[a].Start, an.Tokens[b-1].End
		if rm, ok := ruleAt[spanKey{st, en, et}]; ok {
			cands = append(cands, rm)
			return
		}
		cands = append(cands, entity.Mention{Type: et, Start: st, End: en, Text: an.Text[st:en], Rule: "tagger"})
	})
	var out []entity.Mention
	for _, list := range [][]entity.Mention{first, cands, last} {
	next:
		for _, c := range list {
			for _, k := range out {
				if k.Start < c.End && c.Start < k.End {
					continue next
				}
			}
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b entity.Mention) int { return a.Start - b.Start })
	return out
}

// WithTrust returns a copy of m that combines its spans of each type with
// the rules' as trust says (by type, in the order of Types).
func (m *Model) WithTrust(trust []Trust) *Model {
	c := &Model{types: m.types, trans: m.trans, ents: m.ents, trust: slices.Clone(trust)}
	var keys []uint64
	rows := []int32{0}
	for _, sl := range m.tab.slots {
		if sl.key != 0 {
			keys = append(keys, sl.key)
		}
	}
	slices.Sort(keys)
	var ents []entry
	for _, k := range keys {
		sl := m.tab.find(k)
		ents = append(ents, m.ents[sl.off:sl.end]...)
		rows = append(rows, int32(len(ents)))
	}
	c.ents = ents
	c.finish(keys, rows)
	return c
}
