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

// CacheHits returns the hits and misses of the fast scorer's token and
// pair caches in one scratch, after scoring texts in order.
func (m *Model) CacheHits(ans []*entity.Analysis) (tokHit, tokMiss, pairHit, pairMiss int) {
	var s scratch
	for _, an := range ans {
		m.fastDecode(an, &s, func(int, int, int) {})
	}
	return s.fast.tok.hits, s.fast.tok.miss, s.fast.pair.hits, s.fast.pair.miss
}

// CPUTime is cpuTime, for the benchmarks of package tagger_test.
var CPUTime = cpuTime
