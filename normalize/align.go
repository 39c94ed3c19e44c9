package normalize

import "sort"

// Alignment maps byte offsets of a transformed text (the output) back to
// byte offsets of the text it was made from (the input).
//
// It is stored as the list of changed pieces ("atoms") only: each atom says
// that out[o:o+ol] was produced from in[i:i+il] as a whole. Between atoms the
// bytes were copied unchanged. An atom with ol == 0 records input bytes that
// were removed (for example a zero-width space). A nil *Alignment, or one
// without atoms, is the identity.
//
// Atoms never split a rune, so every output offset at a rune boundary maps
// to an input offset at a rune boundary.
type Alignment struct {
	segs []seg
}

type seg struct {
	o, i   int // start offsets in output and input
	ol, il int // lengths in output and input
}

// Identity reports whether a maps every offset to itself.
func (a *Alignment) Identity() bool { return a == nil || len(a.segs) == 0 }

// InputOffset maps the output offset of a span start to the input offset
// where the input that produced it begins. Offsets inside a changed piece map
// to the start of that piece.
func (a *Alignment) InputOffset(out int) int {
	if a.Identity() {
		return out
	}
	// last atom with o <= out
	k := sort.Search(len(a.segs), func(k int) bool { return a.segs[k].o > out }) - 1
	if k < 0 {
		return out
	}
	s := a.segs[k]
	if out < s.o+s.ol {
		return s.i
	}
	return s.i + s.il + (out - s.o - s.ol)
}

// inputEnd maps the output offset of a span end (exclusive).
func (a *Alignment) inputEnd(out int) int {
	if a.Identity() {
		return out
	}
	// last atom with o < out
	k := sort.Search(len(a.segs), func(k int) bool { return a.segs[k].o >= out }) - 1
	if k < 0 {
		return out
	}
	s := a.segs[k]
	if out <= s.o+s.ol {
		return s.i + s.il
	}
	return s.i + s.il + (out - s.o - s.ol)
}

// InputSpan maps the output span [start, end) to the smallest input span
// that produced it. For an empty span it returns an empty input span.
func (a *Alignment) InputSpan(start, end int) (int, int) {
	if end <= start {
		s := a.InputOffset(start)
		return s, s
	}
	s, e := a.InputOffset(start), a.inputEnd(end)
	if e < s {
		e = s
	}
	return s, e
}

// Compose returns the alignment of second applied after first: it maps
// offsets of second's output to offsets of first's input. Either may be nil
// (identity).
func Compose(first, second *Alignment) *Alignment {
	if first.Identity() {
		return second
	}
	if second.Identity() {
		return first
	}
	// Walk both as sequences of atoms over the middle text (first's output,
	// second's input). Identity stretches are divisible, atoms are not: a
	// group of atoms that overlap in the middle text becomes one atom.
	const inf = int(^uint(0) >> 2)
	A, B := first.segs, second.segs
	res := make([]seg, 0, len(A)+len(B))
	ka, kb := 0, 0
	posA, posB := 0, 0 // middle offsets consumed on each side
	in, out := 0, 0    // first's input and second's output offsets
	for ka < len(A) || kb < len(B) {
		na, nb := inf, inf
		if ka < len(A) {
			na = A[ka].o
		}
		if kb < len(B) {
			nb = B[kb].i
		}
		m := min(na, nb)
		d := m - posA // posA == posB here
		posA, posB, in, out = m, m, in+d, out+d
		g := seg{o: out, i: in}
		if na == m {
			posA += A[ka].ol
			in += A[ka].il
			ka++
		} else {
			posB += B[kb].il
			out += B[kb].ol
			kb++
		}
		for posA != posB {
			if posA < posB {
				if ka < len(A) && A[ka].o < posB {
					d := A[ka].o - posA
					posA += d + A[ka].ol
					in += d + A[ka].il
					ka++
				} else {
					in += posB - posA
					posA = posB
				}
			} else {
				if kb < len(B) && B[kb].i < posA {
					d := B[kb].i - posB
					posB += d + B[kb].il
					out += d + B[kb].ol
					kb++
				} else {
					out += posA - posB
					posB = posA
				}
			}
		}
		g.ol, g.il = out-g.o, in-g.i
		if g.ol != 0 || g.il != 0 {
			res = append(res, g)
		}
	}
	return &Alignment{segs: res}
}

// builder accumulates atoms.
type builder struct {
	segs []seg
}

func (b *builder) add(o, i, ol, il int) {
	if ol == il && ol == 0 {
		return
	}
	b.segs = append(b.segs, seg{o, i, ol, il})
}

func (b *builder) alignment() *Alignment {
	if len(b.segs) == 0 {
		return nil
	}
	return &Alignment{segs: b.segs}
}
