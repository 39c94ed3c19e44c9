// Package ac implements a token-level Aho-Corasick automaton.
//
// Patterns and input are sequences of int32 symbols. A caller interns each
// token key (for vnextract: the folded, lower-case form of a token) into a
// Vocab while building, and looks each input token up with Vocab.Lookup while
// matching, so that matching a sentence allocates nothing per token.
//
// The automaton reports every occurrence of every pattern, overlapping ones
// included, in time linear in the input plus the number of matches.
package ac

import (
	"fmt"
	"math/bits"
	"slices"
)

// Builder collects patterns for an Automaton. The zero value is ready to use.
type Builder struct {
	// trie under construction: node 0 is the root. One map holds every
	// edge (a map per node cost an allocation per node), and the edges and
	// values are also kept in the order they were made, for Build.
	child map[uint64]int32 // transKey(node, symbol) -> child node
	edges []builderEdge
	vals  [][2]int32 // node, value
	depth []int32
}

type builderEdge struct{ from, sym, to int32 }

func (b *Builder) init() {
	if len(b.depth) == 0 {
		b.child = map[uint64]int32{}
		b.depth = append(b.depth, 0)
	}
}

// Add adds pattern with the given value. The same pattern may be added with
// several values; each is reported on every match (a repeated identical
// (pattern, value) pair is stored once). An empty pattern is ignored.
// Add panics if a symbol is negative.
func (b *Builder) Add(pattern []int32, value int32) {
	if len(pattern) == 0 {
		return
	}
	b.init()
	n := int32(0)
	for _, c := range pattern {
		if c < 0 {
			panic(fmt.Sprintf("ac: negative symbol %d in pattern", c))
		}
		k := transKey(n, c)
		next, ok := b.child[k]
		if !ok {
			next = int32(len(b.depth))
			b.child[k] = next
			b.edges = append(b.edges, builderEdge{n, c, next})
			b.depth = append(b.depth, b.depth[n]+1)
		}
		n = next
	}
	b.vals = append(b.vals, [2]int32{n, value})
}

// Len returns the number of trie nodes built so far (the root included).
func (b *Builder) Len() int { b.init(); return len(b.depth) }

// Automaton is an immutable Aho-Corasick automaton built by Builder.Build.
// It is safe for concurrent use.
type Automaton struct {
	// rootNext is a dense transition table for the root, indexed by symbol;
	// -1 means no transition. Symbols >= len(rootNext) occur in no pattern.
	rootNext []int32
	// Transitions of node n (n > 0) are edgeSym/edgeDst[edgeOff[n]:edgeOff[n+1]],
	// sorted by symbol.
	edgeOff []int32
	edgeSym []int32
	edgeDst []int32
	fail    []int32
	// dict[n] is the nearest proper suffix node of n (by fail links) that
	// ends a pattern, or 0.
	dict  []int32
	depth []int32
	// Values of node n are vals[valOff[n]:valOff[n+1]].
	valOff []int32
	vals   []int32
	// trans holds every transition of a node n > 0 by n<<32|symbol, in an
	// open-addressing table at most half full: one probe, usually, where a
	// binary search of the node's edges took several mispredicted branches.
	trans []transition
	// edgeMask[n] has bit c%64 set for every symbol c with a transition
	// from node n: most lookups (a word that continues no pattern) end on
	// that one word without probing trans.
	edgeMask []uint64
	// reports has bit n set when a pattern ends in node n (its values or
	// its dict link): most nodes reached end none (see Reports).
	reports []uint64
}

// transition is an entry of Automaton.trans; key 0 marks an empty entry
// (no key is 0, since the root's transitions are not in the table).
type transition struct {
	key uint64
	dst int32
}

func transKey(n, c int32) uint64 { return uint64(n)<<32 | uint64(uint32(c)) }

// transSlot is the first probe position of key in a table with the given mask.
func transSlot(key, mask uint64) uint64 {
	hi, lo := bits.Mul64(key, 0x9E3779B97F4A7C15)
	return (hi ^ lo) & mask
}

// Build returns the automaton for the patterns added so far. The Builder can
// still be used afterwards; later additions do not affect the returned automaton.
func (b *Builder) Build() *Automaton {
	b.init()
	nn := len(b.depth)
	a := &Automaton{
		edgeOff: make([]int32, nn+1),
		fail:    make([]int32, nn),
		dict:    make([]int32, nn),
		depth:   slices.Clone(b.depth),
		valOff:  make([]int32, nn+1),
	}
	// Flatten the edges and values by node (counting sorts, which keep
	// each node's values in the order they were added).
	maxSym := int32(-1)
	nedges := len(b.edges)
	for _, e := range b.edges {
		a.edgeOff[e.from+1]++
		maxSym = max(maxSym, e.sym)
	}
	for n := 1; n <= nn; n++ {
		a.edgeOff[n] += a.edgeOff[n-1]
	}
	a.edgeSym = make([]int32, nedges)
	a.edgeDst = make([]int32, nedges)
	fill := slices.Clone(a.edgeOff[:nn])
	for _, e := range b.edges {
		a.edgeSym[fill[e.from]], a.edgeDst[fill[e.from]] = e.sym, e.to
		fill[e.from]++
	}
	for n := 0; n < nn; n++ {
		sortEdges(a.edgeSym[a.edgeOff[n]:a.edgeOff[n+1]], a.edgeDst[a.edgeOff[n]:a.edgeOff[n+1]])
	}
	byNode := make([]int32, nn+1)
	for _, v := range b.vals {
		byNode[v[0]+1]++
	}
	for n := 1; n <= nn; n++ {
		byNode[n] += byNode[n-1]
	}
	sorted := make([]int32, len(b.vals))
	copy(fill, byNode[:nn])
	for _, v := range b.vals {
		sorted[fill[v[0]]] = v[1]
		fill[v[0]]++
	}
	a.vals = make([]int32, 0, len(b.vals))
	for n := 0; n < nn; n++ {
		a.valOff[n] = int32(len(a.vals))
		for _, v := range sorted[byNode[n]:byNode[n+1]] {
			if !slices.Contains(a.vals[a.valOff[n]:], v) {
				a.vals = append(a.vals, v)
			}
		}
	}
	a.edgeOff[nn] = int32(len(a.edgeSym))
	a.valOff[nn] = int32(len(a.vals))

	a.rootNext = make([]int32, maxSym+1)
	for i := range a.rootNext {
		a.rootNext[i] = -1
	}
	for i := a.edgeOff[0]; i < a.edgeOff[1]; i++ {
		a.rootNext[a.edgeSym[i]] = a.edgeDst[i]
	}
	size := 16
	for size < 2*nedges {
		size *= 2
	}
	a.trans = make([]transition, size)
	a.edgeMask = make([]uint64, nn)
	mask := uint64(size - 1)
	for n := int32(1); n < int32(nn); n++ {
		for i := a.edgeOff[n]; i < a.edgeOff[n+1]; i++ {
			a.edgeMask[n] |= 1 << (uint32(a.edgeSym[i]) % 64)
			key := transKey(n, a.edgeSym[i])
			p := transSlot(key, mask)
			for a.trans[p].key != 0 {
				p = (p + 1) & mask
			}
			a.trans[p] = transition{key, a.edgeDst[i]}
		}
	}

	// Breadth-first computation of failure and dictionary links.
	queue := make([]int32, 0, nn)
	for i := a.edgeOff[0]; i < a.edgeOff[1]; i++ {
		queue = append(queue, a.edgeDst[i]) // fail = 0, dict = 0
	}
	for qi := 0; qi < len(queue); qi++ {
		n := queue[qi]
		for i := a.edgeOff[n]; i < a.edgeOff[n+1]; i++ {
			c, d := a.edgeSym[i], a.edgeDst[i]
			f := a.fail[n]
			for {
				if t := a.next(f, c); t >= 0 {
					f = t
					break
				}
				if f == 0 {
					break
				}
				f = a.fail[f]
			}
			a.fail[d] = f
			if a.valOff[f] < a.valOff[f+1] {
				a.dict[d] = f
			} else {
				a.dict[d] = a.dict[f]
			}
			queue = append(queue, d)
		}
	}
	a.reports = make([]uint64, (nn+63)/64)
	for n := range nn {
		if a.valOff[n] < a.valOff[n+1] || a.dict[n] != 0 {
			a.reports[n/64] |= 1 << (n % 64)
		}
	}
	return a
}

func sortEdges(sym, dst []int32) {
	// insertion sort: most nodes have very few edges.
	if len(sym) > 16 {
		idx := make([]int, len(sym))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(x, y int) int { return int(sym[x]) - int(sym[y]) })
		s2 := make([]int32, len(sym))
		d2 := make([]int32, len(dst))
		for i, j := range idx {
			s2[i], d2[i] = sym[j], dst[j]
		}
		copy(sym, s2)
		copy(dst, d2)
		return
	}
	for i := 1; i < len(sym); i++ {
		for j := i; j > 0 && sym[j] < sym[j-1]; j-- {
			sym[j], sym[j-1] = sym[j-1], sym[j]
			dst[j], dst[j-1] = dst[j-1], dst[j]
		}
	}
}

// next returns the goto transition of node n on symbol c, or -1.
func (a *Automaton) next(n, c int32) int32 {
	if n == 0 {
		if int(c) < len(a.rootNext) {
			return a.rootNext[c]
		}
		return -1
	}
	if a.edgeMask[n]>>(uint32(c)%64)&1 == 0 {
		return -1
	}
	return a.probe(n, c)
}

// probe looks the transition of node n > 0 on symbol c up in the
// transition table: its destination, or -1.
func (a *Automaton) probe(n, c int32) int32 {
	key := transKey(n, c)
	mask := uint64(len(a.trans) - 1)
	for p := transSlot(key, mask); ; p = (p + 1) & mask {
		switch a.trans[p].key {
		case key:
			return a.trans[p].dst
		case 0:
			return -1
		}
	}
}

// NumNodes returns the number of states of the automaton (the root included).
func (a *Automaton) NumNodes() int { return len(a.fail) }

// Match scans symbols and calls fn for every occurrence of every pattern:
// symbols[start:end] equals the pattern, and value is one of its values.
// Matches are reported in order of increasing end; for one end, longer matches
// come first, and the values of one pattern in the order they were added.
// A negative symbol (an unknown token) matches nothing and resets the automaton,
// so no match spans it. Match is Step and Report over the symbols.
func (a *Automaton) Match(symbols []int32, fn func(start, end int, value int32)) {
	n := int32(0)
	for i, c := range symbols {
		if n = a.Step(n, c); n != 0 && a.Reports(n) {
			a.Report(n, i+1, fn)
		}
	}
}

// Step returns the state after reading symbol c in state n; 0 is the
// start state, where reading begins (and where an unknown symbol leads).
//
// It is the goto-or-fail loop of next, with the edge mask tested before
// the call: in most states reached the next word continues no pattern,
// and the walk goes down the failure links to the root's table without
// probing the transition table.
func (a *Automaton) Step(n, c int32) int32 {
	if uint32(c) >= uint32(len(a.rootNext)) {
		return 0
	}
	for n != 0 {
		if a.edgeMask[n]>>(uint32(c)%64)&1 != 0 {
			if t := a.probe(n, c); t >= 0 {
				return t
			}
		}
		n = a.fail[n]
	}
	return max(a.rootNext[c], 0)
}

// Reports reports whether some pattern ends in state n: whether Report
// would call its function. It is cheaper than a call of Report that finds
// nothing, which is what most states reached give.
func (a *Automaton) Reports(n int32) bool { return a.reports[uint32(n)/64]>>(uint32(n)%64)&1 != 0 }

// Report calls fn, as Match does, for every pattern that ends in state n
// when end symbols have been read.
func (a *Automaton) Report(n int32, end int, fn func(start, end int, value int32)) {
	o := n
	if a.valOff[o] == a.valOff[o+1] {
		o = a.dict[o]
	}
	for o != 0 {
		start := end - int(a.depth[o])
		for _, v := range a.vals[a.valOff[o]:a.valOff[o+1]] {
			fn(start, end, v)
		}
		o = a.dict[o]
	}
}
