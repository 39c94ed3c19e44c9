package ac

import (
	"encoding/binary"
	"errors"
	"math/bits"

	"github.com/vnextract/vnextract/internal/snap"
)

// transSize is the size of a transition written by WriteTo: its key and
// its destination, then four bytes of padding, as in memory on a 64-bit
// machine (where ReadAutomaton reads the table in place).
const transSize = 16

// errShape is the error of a snapshot whose arrays do not fit together.
var errShape = errors.New("ac: snapshot arrays of inconsistent sizes")

// WriteTo writes v's strings and table size to w, for ReadVocab.
func (v *Vocab) WriteTo(w *snap.Writer) {
	w.Int(len(v.slots))
	w.Int(len(v.words))
	for _, s := range v.words {
		w.String(s)
	}
}

// ReadVocab reads a Vocab written by WriteTo. Its strings share r's data.
// The table is rebuilt by placing the strings in id order in a table of the
// written size, which gives the slots Intern left: Intern places every
// string after the last rehash in id order too.
func ReadVocab(r *snap.Reader) (*Vocab, error) {
	nslots := r.Int(1 << 30)
	n := r.Int(r.Len())
	if r.Err() != nil {
		return nil, r.Err()
	}
	// Intern doubles the table when it would be over half full, from 64
	// slots: never more than four per string, or 64.
	if nslots != 0 && (bits.OnesCount(uint(nslots)) != 1 || 2*n > nslots || nslots > max(64, 4*(n+1))) {
		return nil, errShape
	}
	v := &Vocab{}
	if n > 0 {
		v.words = make([]string, n)
	}
	if nslots > 0 {
		v.slots = make([]slot, nslots)
	}
	for id := range v.words {
		s := r.String()
		v.words[id] = s
		switch {
		case len(s) == 1:
			v.one[s[0]] = int32(id) + 1
		case nslots == 0:
			return nil, errShape
		default:
			v.place(s, int32(id))
		}
	}
	return v, r.Err()
}

// WriteTo writes a's tables to w, for ReadAutomaton.
func (a *Automaton) WriteTo(w *snap.Writer) {
	for _, s := range [...][]int32{a.rootNext, a.edgeOff, a.edgeSym, a.edgeDst, a.fail, a.dict, a.depth, a.valOff, a.vals} {
		w.Int32s(s)
	}
	w.Records(len(a.trans), transSize, 8, func(i int, b []byte) {
		binary.LittleEndian.PutUint64(b, a.trans[i].key)
		binary.LittleEndian.PutUint32(b[8:], uint32(a.trans[i].dst))
	})
	w.Uint64s(a.edgeMask)
	w.Uint64s(a.reports)
}

// ReadAutomaton reads an Automaton written by WriteTo. It checks that the
// arrays fit together and that every node and offset they hold is in
// range, so that matching with it cannot index out of bounds.
func ReadAutomaton(r *snap.Reader) (*Automaton, error) {
	a := &Automaton{}
	for _, p := range [...]*[]int32{&a.rootNext, &a.edgeOff, &a.edgeSym, &a.edgeDst, &a.fail, &a.dict, &a.depth, &a.valOff, &a.vals} {
		*p = r.Int32s()
	}
	trans, raw, ntrans := snap.RecordsOf[transition](r, transSize, 8)
	a.edgeMask = r.Uint64s()
	a.reports = r.Uint64s()
	if r.Err() != nil {
		return nil, r.Err()
	}
	nn := len(a.fail)
	if nn == 0 || len(a.edgeOff) != nn+1 || len(a.dict) != nn || len(a.depth) != nn || len(a.valOff) != nn+1 ||
		len(a.edgeSym) != len(a.edgeDst) || bits.OnesCount(uint(ntrans)) != 1 ||
		len(a.edgeMask) != nn || len(a.reports) != (nn+63)/64 ||
		!offsets(a.edgeOff, len(a.edgeSym)) || !offsets(a.valOff, len(a.vals)) {
		return nil, errShape
	}
	if trans == nil {
		trans = make([]transition, ntrans)
		for i := range trans {
			b := raw[i*transSize:]
			trans[i] = transition{snap.Le64(b), int32(snap.Le32(b[8:]))}
		}
	}
	a.trans = trans
	for i, s := range [...][]int32{a.rootNext, a.edgeDst, a.fail, a.dict} {
		least := int32(0)
		if i == 0 {
			least = -1 // no transition from the root
		}
		for _, n := range s {
			if n < least || int(n) >= nn {
				return nil, errShape
			}
		}
	}
	for _, t := range a.trans {
		if t.dst < 0 || int(t.dst) >= nn {
			return nil, errShape
		}
	}
	return a, nil
}

// offsets reports whether off rises from 0 to n.
func offsets(off []int32, n int) bool {
	if off[0] != 0 || int(off[len(off)-1]) != n {
		return false
	}
	for i := 1; i < len(off); i++ {
		if off[i] < off[i-1] {
			return false
		}
	}
	return true
}
