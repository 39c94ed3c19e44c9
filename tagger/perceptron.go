package tagger

// perceptron holds the weights being learned, as integers (every update
// adds or subtracts 1), so that training gives the same model on every
// machine. Averaging uses the usual trick: u accumulates each update times
// the step it happened at, and the average is w - u/c.
type perceptron struct {
	nl     int
	w      []int32 // feature × label
	u      []int64
	tw     []int32 // (nl+1) × nl transitions, the last row the start
	tu     []int64
	c      int64 // steps so far, from 1
	emit   []float32
	transF []float32
	masked []float32
	lat    lattice
}

func newPerceptron(nfeat, nl int) *perceptron {
	return &perceptron{nl: nl, w: make([]int32, nfeat*nl), u: make([]int64, nfeat*nl),
		tw: make([]int32, (nl+1)*nl), tu: make([]int64, (nl+1)*nl), c: 1,
		transF: make([]float32, (nl+1)*nl)}
}

// learn decodes sentence s of c with the current weights and, when the
// labels differ from the gold ones, updates towards them. It reports
// whether it updated.
func (p *perceptron) learn(c *corpus, s [2]int32, sc *scratch) bool {
	nl := p.nl
	n := int(s[1] - s[0])
	p.emit = denseEmit(p.emit, c, s, p.w, nl)
	for i, v := range p.tw {
		p.transF[i] = float32(v)
	}
	p.masked = maskInto(grow(p.masked, len(p.transF)), p.transF, nl)
	p.lat.set(p.masked, nl)
	path := viterbi(p.emit, &p.lat, n, sc)
	gold := c.gold[s[0]:s[1]]
	wrong := false
	for i := 0; i < n; i++ {
		g, y := int(gold[i]), path[i]
		gp, yp := nl, nl // the start row
		if i > 0 {
			gp, yp = int(gold[i-1]), path[i-1]
		}
		if g == y && gp == yp {
			continue
		}
		wrong = true
		p.bumpTrans(gp*nl+g, 1)
		p.bumpTrans(yp*nl+y, -1)
		if g == y {
			continue
		}
		t := int(s[0]) + i
		for _, f := range c.ids[c.off[t]:c.off[t+1]] {
			p.bump(int(f)*nl+g, 1)
			p.bump(int(f)*nl+y, -1)
		}
	}
	p.c++
	return wrong
}

func (p *perceptron) bump(i int, d int32) {
	p.w[i] += d
	p.u[i] += int64(d) * p.c
}

func (p *perceptron) bumpTrans(i int, d int32) {
	p.tw[i] += d
	p.tu[i] += int64(d) * p.c
}

// average returns the averaged weights (feature × label, by training id)
// and transitions, in w and t when they are large enough.
func (p *perceptron) average(w, t []float32) ([]float32, []float32) {
	c := float64(p.c)
	w = grow(w, len(p.w))
	for i, v := range p.w {
		w[i] = float32(float64(v) - float64(p.u[i])/c)
	}
	t = grow(t, len(p.tw))
	for i, v := range p.tw {
		t[i] = float32(float64(v) - float64(p.tu[i])/c)
	}
	return w, t
}

// buildModel makes a model of weights by training id, leaving out the
// features whose weights are all zero.
func buildModel(types []string, keys []uint64, w, t []float32, pruneBelow float32, trust []Trust) *Model {
	nl := 1 + 2*len(types)
	m := &Model{types: types, trans: t, trust: trust}
	var kept []uint64
	rows := []int32{0}
	for f, k := range keys {
		n := len(m.ents)
		for y, v := range w[f*nl : (f+1)*nl] {
			if v > pruneBelow || v < -pruneBelow {
				m.ents = append(m.ents, entry{int32(y), v})
			}
		}
		if len(m.ents) > n {
			kept = append(kept, k)
			rows = append(rows, int32(len(m.ents)))
		}
	}
	m.finish(kept, rows)
	return m
}

// scoreDense returns the phrase F1 of the weights w and t (by training id)
// on a prepared corpus.
func scoreDense(c *corpus, w, t []float32, nl int, sc *scratch) float64 {
	var gold, pred, correct int
	var lat lattice
	lat.set(maskTrans(t, nl), nl)
	type phrase struct{ typ, a, b int }
	for _, s := range c.sents {
		n := int(s[1] - s[0])
		path := decodeDense(c, s, w, &lat, nl, sc)
		g := make([]int, n)
		for i, v := range c.gold[s[0]:s[1]] {
			g[i] = int(v)
		}
		want := map[phrase]bool{}
		phrases(g, func(typ, a, b int) { want[phrase{typ, a, b}] = true; gold++ })
		phrases(path, func(typ, a, b int) {
			pred++
			if want[phrase{typ, a, b}] {
				correct++
			}
		})
	}
	return f1(gold, pred, correct)
}

// decodeDense returns the best labels of sentence s of c under the weights
// w (by training id) and the transitions of lat.
func decodeDense(c *corpus, s [2]int32, w []float32, lat *lattice, nl int, sc *scratch) []int {
	sc.emit = denseEmit(sc.emit, c, s, w, nl)
	return viterbi(sc.emit, lat, int(s[1]-s[0]), sc)
}

// denseEmit returns, in emit, the emission scores of sentence s of c under
// the weights w (feature × label, by training id): the learner's integers
// or their averages.
func denseEmit[W int32 | float32](emit []float32, c *corpus, s [2]int32, w []W, nl int) []float32 {
	n := int(s[1] - s[0])
	emit = grow(emit, n*nl)
	clear(emit)
	for i := 0; i < n; i++ {
		tk := int(s[0]) + i
		e := emit[i*nl : (i+1)*nl]
		for _, f := range c.ids[c.off[tk]:c.off[tk+1]] {
			row := w[int(f)*nl : int(f+1)*nl]
			row = row[:len(e)]
			for y := range e {
				e[y] += float32(row[y])
			}
		}
	}
	return emit
}

// f1 is the harmonic mean of precision and recall (0 when either is 0).
func f1(gold, pred, correct int) float64 {
	if correct == 0 {
		return 0
	}
	p := float64(correct) / float64(pred)
	r := float64(correct) / float64(gold)
	return 2 * p * r / (p + r)
}
