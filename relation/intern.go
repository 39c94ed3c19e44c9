package relation

import (
	"hash/maphash"
	"slices"
	"unsafe"
)

// An interner gives each distinct string a small id: 0, 1, 2, ... in order of
// first sight. Link interns every mention text and every key, once per call,
// and then works on ids.
//
// It is a map[string]int32 that does less: no deletion and no iteration.
// It keeps its own copy of the strings, end to end in one array of bytes,
// so that nothing in it is a pointer: filling it costs the garbage
// collector nothing (no write barriers while it marks), and clearing it
// leaves nothing of the caller's alive.
type interner struct {
	seed maphash.Seed
	// slots is an open-addressing table with linear probing, its length a
	// power of two at least twice the number of strings. A slot holds the
	// upper 32 bits of the string's hash above id+1, 0 when it is empty.
	slots []uint64
	buf   []byte  // the strings, end to end
	ends  []int32 // id -> end of its string in buf; it starts at the end of id-1
}

// maxPresize bounds the strings reset makes room for: Link interns one
// string per mention, but a long document repeats its names, so beyond
// this the table grows with the distinct strings instead (a book of a
// million mentions has tens of thousands of names, and a table sized for
// the mentions would cost 16 bytes per mention).
const maxPresize = 1 << 12

// reset empties t, making room for about n strings (at most maxPresize;
// beyond, t grows as strings are added). The strings of str from before
// are not good anymore.
func (t *interner) reset(n int) {
	if t.seed == (maphash.Seed{}) {
		t.seed = maphash.MakeSeed()
	}
	slots := 16
	for slots < 2*min(n, maxPresize) {
		slots *= 2
	}
	if cap(t.slots) < slots {
		t.slots = make([]uint64, slots)
	} else {
		t.slots = t.slots[:slots]
		clear(t.slots)
	}
	t.buf, t.ends = t.buf[:0], t.ends[:0]
}

// len returns the number of strings.
func (t *interner) len() int { return len(t.ends) }

// str returns the string of id. It points into t's array, which no later
// call writes to where it lies, until reset: it is good until then.
func (t *interner) str(id int32) string {
	start := int32(0)
	if id > 0 {
		start = t.ends[id-1]
	}
	return unsafe.String(unsafe.SliceData(t.buf[start:]), int(t.ends[id]-start))
}

// tail returns the bytes after the last string: see internTail.
func (t *interner) tail() int {
	if len(t.ends) == 0 {
		return 0
	}
	return int(t.ends[len(t.ends)-1])
}

// tag returns the hash of s that the table keeps.
func (t *interner) tag(s string) uint64 {
	return maphash.String(t.seed, s) >> 32
}

// find returns the id of s, or -1 with the slot where s would go.
func (t *interner) find(s string, tag uint64) (id int32, slot int) {
	mask := len(t.slots) - 1
	for x := int(tag) & mask; ; x = (x + 1) & mask {
		e := t.slots[x]
		if e == 0 {
			return -1, x
		}
		if e>>32 == tag {
			if id := int32(uint32(e)) - 1; t.str(id) == s {
				return id, x
			}
		}
	}
}

// lookup returns the id of s, or -1 when s has none.
func (t *interner) lookup(s string) int32 {
	id, _ := t.find(s, t.tag(s))
	return id
}

// intern returns the id of s and whether s is new, giving it the next id
// then.
func (t *interner) intern(s string) (id int32, added bool) {
	tag := t.tag(s)
	id, x := t.find(s, tag)
	if id >= 0 {
		return id, false
	}
	// Not append: it would store the array's pointer again, a write
	// barrier while the collector marks, for nothing but when it grows.
	n := len(t.buf)
	if cap(t.buf)-n < len(s) {
		t.buf = slices.Grow(t.buf, len(s))
	}
	t.buf = t.buf[:n+len(s)]
	copy(t.buf[n:], s)
	return t.add(x, tag), true
}

// internTail is intern of the bytes the caller appended to t.buf after
// the last string (from t.tail() on): they are dropped when they are a
// string t has, and need no copy when they are not.
func (t *interner) internTail() (id int32, added bool) {
	start := t.tail()
	s := unsafe.String(unsafe.SliceData(t.buf[start:]), len(t.buf)-start)
	tag := t.tag(s)
	id, x := t.find(s, tag)
	if id >= 0 {
		t.buf = t.buf[:start]
		return id, false
	}
	return t.add(x, tag), true
}

// add gives the next id to the string that ends t.buf, whose hash is tag
// and slot x.
func (t *interner) add(x int, tag uint64) int32 {
	id := int32(len(t.ends))
	t.ends = append(t.ends, int32(len(t.buf)))
	t.slots[x] = tag<<32 | uint64(id+1)
	if 2*len(t.ends) > len(t.slots) {
		t.grow()
	}
	return id
}

// grow doubles the table.
func (t *interner) grow() {
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	mask := len(t.slots) - 1
	for _, e := range old {
		if e == 0 {
			continue
		}
		x := int(e>>32) & mask
		for t.slots[x] != 0 {
			x = (x + 1) & mask
		}
		t.slots[x] = e
	}
}
