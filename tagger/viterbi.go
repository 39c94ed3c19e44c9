package tagger

// lattice is what viterbi reads of the transitions: the masked matrix
// (maskTrans) and, for the labels that may follow any label (O and the B-
// labels, "open" labels), their columns again, row by previous label, so
// that the forward pass updates all of them from one previous label at a
// time.
type lattice struct {
	nl     int
	masked []float32 // maskTrans: weight of p then y at [y*nl+p], the start's at [nl*nl+y]
	open   []float32 // [p*nOpen+j]: weight of p then open label j (label 0, then 2j-1)
	// hi[p] and lo[p] are the largest and the smallest weight of p then
	// an open label.
	hi, lo []float32
	// bi[j] and ii[j] are the weights of B- then I- and of I- then I-
	// of open label j's type (j >= 1).
	bi, ii []float32
}

// nOpen is the number of open labels among nl: O and one B- per type.
func nOpen(nl int) int { return (nl + 1) / 2 }

// openLabel returns the label of open label j.
func openLabel(j int) int {
	if j == 0 {
		return 0
	}
	return 2*j - 1
}

// newLattice makes the lattice of the masked transitions masked, reusing
// the storage of l.
func (l *lattice) set(masked []float32, nl int) {
	l.nl, l.masked = nl, masked
	no := nOpen(nl)
	l.open = grow(l.open, nl*no)
	l.hi, l.lo = grow(l.hi, nl), grow(l.lo, nl)
	l.bi, l.ii = grow(l.bi, no), grow(l.ii, no)
	for j := 1; j < no; j++ {
		b, in := 2*j-1, 2*j
		l.bi[j], l.ii[j] = masked[in*nl+b], masked[in*nl+in]
	}
	for p := 0; p < nl; p++ {
		for j := 0; j < no; j++ {
			v := masked[openLabel(j)*nl+p]
			l.open[p*no+j] = v
			if j == 0 || v > l.hi[p] {
				l.hi[p] = v
			}
			if j == 0 || v < l.lo[p] {
				l.lo[p] = v
			}
		}
	}
}

// viterbi finds the best label sequence for n tokens whose emission scores
// are emit[i*nl+y], under the transitions of l, into s.path. It returns the
// path viterbiRef returns, with the same scores, but faster: the forward
// pass keeps only the scores (the best previous label of a label is found
// again, for the labels of the best path only, when going back); it updates
// the open labels from one previous label at a time, which keeps them in
// independent running maxima; and it skips the previous labels that cannot
// give an open label its maximum (see below).
func viterbi(emit []float32, l *lattice, n int, s *scratch) []int {
	nl := l.nl
	no := nOpen(nl)
	trans := l.masked
	s.score = grow(s.score, n*nl)
	s.path = growInt(s.path, n)
	s.acc = grow(s.acc, no)
	score := s.score
	start := trans[nl*nl : nl*nl+nl]
	for y := range start {
		score[y] = start[y] + emit[y]
	}
	acc := s.acc
	lo, hi := l.lo[:nl], l.hi[:nl]
	// thr is the largest prev[q]+lo[q] of the step to come (see below),
	// taken in two interleaved runs, which the processor overlaps (the
	// order does not change a maximum).
	t0, t1 := score[0]+lo[0], score[0]+lo[0]
	for q := 1; q < nl; q++ {
		t1 = max(t1, score[q]+lo[q])
	}
	thr := max(t0, t1)
	for i := 1; i < n; i++ {
		prev := score[(i-1)*nl : i*nl]
		cur := score[i*nl : (i+1)*nl]
		em := emit[i*nl : (i+1)*nl]
		// Open labels: the maximum over previous labels, the value
		// viterbiRef's loop finds. The builtin max has no branch to
		// mispredict; it differs from that loop only in preferring +0
		// to -0, which compare equal, so no choice changes.
		//
		// A previous label p with prev[p]+hi[p] < prev[q]+lo[q] for
		// some q gives every open label j less than q does (prev[p] +
		// T[p][j] <= prev[p]+hi[p] < prev[q]+lo[q] <= prev[q]+T[q][j],
		// float32 addition being monotonic), so it is skipped: most
		// labels are, after a token whose best label is clear. The label
		// q of the largest prev[q]+lo[q] is never skipped.
		first := true
		for p := 0; p < nl; p++ {
			pv := prev[p]
			if pv+hi[p] < thr {
				continue
			}
			row := l.open[p*no : (p+1)*no]
			row = row[:len(acc)]
			if first {
				for j := range acc {
					acc[j] = pv + row[j]
				}
				first = false
				continue
			}
			for j := range acc {
				acc[j] = max(acc[j], pv+row[j])
			}
		}
		c := acc[0] + em[0]
		cur[0] = c
		t0, t1 = c+lo[0], c+lo[0]
		for j := 1; j < no; j++ {
			b, in := 2*j-1, 2*j // B- and I- of the type
			cb := acc[j] + em[b]
			ci := max(prev[b]+l.bi[j], prev[in]+l.ii[j]) + em[in]
			cur[b], cur[in] = cb, ci
			t0 = max(t0, cb+lo[b])
			t1 = max(t1, ci+lo[in])
		}
		thr = max(t0, t1)
	}
	last := score[(n-1)*nl : n*nl]
	best := 0
	for y := 1; y < nl; y++ {
		if last[y] > last[best] {
			best = y
		}
	}
	path := s.path[:n]
	path[n-1] = best
	for i := n - 1; i > 0; i-- {
		y := path[i]
		prev := score[(i-1)*nl : i*nl]
		col := trans[y*nl : (y+1)*nl]
		p := 0
		if isInside(y) {
			p = y - 1
			if prev[y]+col[y] > prev[y-1]+col[y-1] {
				p = y
			}
		} else {
			bv := prev[0] + col[0]
			for q := 1; q < nl; q++ {
				if v := prev[q] + col[q]; v > bv {
					bv, p = v, q
				}
			}
		}
		path[i-1] = p
	}
	return path
}
