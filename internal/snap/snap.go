// Package snap writes and reads the compact binary form of tables that are
// built once, at go generate time, and embedded in the program (see
// entity's recognizer snapshot): unsigned varints, strings and fixed-width
// little-endian arrays, in the order the writer wrote them.
//
// A Reader reads from a string so that the strings it returns share the
// embedded data instead of copying it. Arrays are written aligned to their
// item size (counted from the start of the data), so that on a
// little-endian machine, where the data is so aligned in memory, the
// arrays read are views of it: no copy, no allocation, no heap memory for
// the collector to count. They must never be written to (embedded data is
// read-only memory). Otherwise each array costs one allocation.
// Reading past the end, or a count larger than the data left, sets the
// Reader's error and returns zero values: a damaged snapshot is refused,
// never a panic.
package snap

import (
	"encoding/binary"
	"errors"
	"unsafe"
)

// littleEndian reports whether the machine stores numbers as the data
// does, so that aligned arrays can be read in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

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

// align pads the data with zeros to a multiple of n bytes.
func (w *Writer) align(n int) {
	for len(w.B)%n != 0 {
		w.B = append(w.B, 0)
	}
}

// Int32s writes s: its length, then four bytes per item, aligned.
func (w *Writer) Int32s(s []int32) {
	w.Int(len(s))
	w.align(4)
	for _, v := range s {
		w.B = binary.LittleEndian.AppendUint32(w.B, uint32(v))
	}
}

// Uint64s writes s: its length, then eight bytes per item, aligned.
func (w *Writer) Uint64s(s []uint64) {
	w.Int(len(s))
	w.align(8)
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

// Records writes n records of size bytes each, aligned to align bytes,
// that put writes one at a time (a record's bytes in the order of T's
// fields in memory, padding included, as RecordsOf reads them).
func (w *Writer) Records(n, size, align int, put func(i int, b []byte)) {
	w.Int(n)
	w.align(align)
	for i := range n {
		at := len(w.B)
		w.B = append(w.B, make([]byte, size)...)
		put(i, w.B[at:])
	}
}

// Reader reads what a Writer wrote, from a string.
type Reader struct {
	s   string
	off int // bytes read so far: alignment is counted from the start
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

// skip drops the next n bytes.
func (r *Reader) skip(n int) {
	r.s = r.s[n:]
	r.off += n
}

// take returns the next n bytes, after the padding to a multiple of
// align; "" (and the error set) when the data left is shorter.
func (r *Reader) take(n, align int) string {
	pad := (align - r.off%align) % align
	if pad+n > len(r.s) {
		r.fail()
		return ""
	}
	r.skip(pad)
	b := r.s[:n]
	r.skip(n)
	return b
}

// view returns b as n items of T in place, or nil when the machine or
// b's address does not allow it.
func view[T any](b string, n int) []T {
	var zero T
	p := unsafe.StringData(b)
	if !littleEndian || n == 0 || uintptr(unsafe.Pointer(p))%unsafe.Alignof(zero) != 0 || len(b) != n*int(unsafe.Sizeof(zero)) {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(p)), n)
}

// RecordsOf reads records written by Writer.Records: as a view of the
// data when T is size bytes, the data aligned and the machine
// little-endian (view non-nil), else as the bytes to decode (raw).
func RecordsOf[T any](r *Reader, size, align int) (v []T, raw string, n int) {
	n = r.count(size)
	raw = r.take(n*size, align)
	if r.err != nil {
		return nil, "", 0
	}
	return view[T](raw, n), raw, n
}

// Uint reads an unsigned varint.
func (r *Reader) Uint() uint64 {
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.skip(i + 1)
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
	return r.take(r.count(1), 1)
}

// Int32s reads an array of int32: a view of the data where it can be
// (see the package comment), never to be written to.
func (r *Reader) Int32s() []int32 {
	n := r.count(4)
	b := r.take(4*n, 4)
	if r.err != nil {
		return []int32{}
	}
	if v := view[int32](b, n); v != nil {
		return v
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(Le32(b[4*i:]))
	}
	return out
}

// Uint64s reads an array of uint64: a view of the data where it can be
// (see the package comment), never to be written to.
func (r *Reader) Uint64s() []uint64 {
	n := r.count(8)
	b := r.take(8*n, 8)
	if r.err != nil {
		return []uint64{}
	}
	if v := view[uint64](b, n); v != nil {
		return v
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = Le64(b[8*i:])
	}
	return out
}

// Bools reads an array of bool, a view of the data (never to be written
// to); a byte other than 0 or 1 is an error.
func (r *Reader) Bools() []bool {
	n := r.count(1)
	b := r.take(n, 1)
	for i := range len(b) {
		if b[i] > 1 {
			r.fail()
		}
	}
	if r.err != nil {
		return nil
	}
	if v := view[bool](b, n); v != nil {
		return v
	}
	out := make([]bool, n)
	for i := range out {
		out[i] = b[i] == 1
	}
	return out
}

// Le32 reads the first four bytes of b as a little-endian number.
func Le32(b string) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// Le64 reads the first eight bytes of b as a little-endian number.
func Le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
