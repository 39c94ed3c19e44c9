// Package snap writes and reads the compact binary form of tables that are
// built once, at go generate time, and embedded in the program (see
// entity's recognizer snapshot): unsigned varints, strings and fixed-width
// little-endian arrays, in the order the writer wrote them.
//
// A Reader reads from a string so that the strings it returns share the
// embedded data instead of copying it; each array costs one allocation.
// Reading past the end, or a count larger than the data left, sets the
// Reader's error and returns zero values: a damaged snapshot is refused,
// never a panic.
package snap

import (
	"encoding/binary"
	"errors"
)

// Writer appends the binary form to B.
type Writer struct{ B []byte }

// Uint writes v as an unsigned varint.
func (w *Writer) Uint(v uint64) { w.B = binary.AppendUvarint(w.B, v) }

// Int writes a non-negative int as an unsigned varint.
func (w *Writer) Int(v int) { w.Uint(uint64(v)) }

// String writes s: its length, then its bytes.
func (w *Writer) String(s string) {
	w.Int(len(s))
	w.B = append(w.B, s...)
}

// Int32s writes s: its length, then four bytes per item.
func (w *Writer) Int32s(s []int32) {
	w.Int(len(s))
	for _, v := range s {
		w.B = binary.LittleEndian.AppendUint32(w.B, uint32(v))
	}
}

// Uint64s writes s: its length, then eight bytes per item.
func (w *Writer) Uint64s(s []uint64) {
	w.Int(len(s))
	for _, v := range s {
		w.B = binary.LittleEndian.AppendUint64(w.B, v)
	}
}

// Bools writes s: its length, then one byte per item.
func (w *Writer) Bools(s []bool) {
	w.Int(len(s))
	for _, v := range s {
		b := byte(0)
		if v {
			b = 1
		}
		w.B = append(w.B, b)
	}
}

// ErrShort is the error of a Reader that was asked for more than its data
// holds.
var ErrShort = errors.New("snap: data too short")

// Reader reads what a Writer wrote, from a string.
type Reader struct {
	s   string
	err error
}

// NewReader returns a Reader of s.
func NewReader(s string) *Reader { return &Reader{s: s} }

// Err returns the first error met, or nil.
func (r *Reader) Err() error { return r.err }

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int { return len(r.s) }

func (r *Reader) fail() {
	if r.err == nil {
		r.err = ErrShort
	}
	r.s = ""
}

// Uint reads an unsigned varint.
func (r *Reader) Uint() uint64 {
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.s = r.s[i+1:]
			return v
		}
	}
	r.fail()
	return 0
}

// count reads a length of items of size bytes each, 0 (and the error set)
// when the data left cannot hold them.
func (r *Reader) count(size int) int {
	n := r.Uint()
	if n > uint64(len(r.s)/size) {
		r.fail()
		return 0
	}
	return int(n)
}

// Int reads a non-negative int, 0 (and the error set) when it exceeds
// limit.
func (r *Reader) Int(limit int) int {
	v := r.Uint()
	if v > uint64(limit) {
		r.fail()
		return 0
	}
	return int(v)
}

// String reads a string; it shares the Reader's data.
func (r *Reader) String() string {
	n := r.count(1)
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

// Int32s reads an array of int32.
func (r *Reader) Int32s() []int32 {
	n := r.count(4)
	out := make([]int32, n)
	b := r.s[:4*n]
	for i := range out {
		out[i] = int32(uint32(b[4*i]) | uint32(b[4*i+1])<<8 | uint32(b[4*i+2])<<16 | uint32(b[4*i+3])<<24)
	}
	r.s = r.s[4*n:]
	return out
}

// Uint64s reads an array of uint64.
func (r *Reader) Uint64s() []uint64 {
	n := r.count(8)
	out := make([]uint64, n)
	b := r.s[:8*n]
	for i := range out {
		out[i] = le64(b[8*i:])
	}
	r.s = r.s[8*n:]
	return out
}

// Bools reads an array of bool; a byte other than 0 or 1 is an error.
func (r *Reader) Bools() []bool {
	n := r.count(1)
	out := make([]bool, n)
	for i := range out {
		switch r.s[i] {
		case 0:
		case 1:
			out[i] = true
		default:
			r.fail()
			return nil
		}
	}
	r.s = r.s[n:]
	return out
}

func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
