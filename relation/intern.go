package relation

import "hash/maphash"

// An interner gives each distinct string a small id: 0, 1, 2, ... in order of
// first sight. Link interns every mention text and every key, once per call,
// and then works on ids.
//
// It is a map[string]int32 that does less: no deletion and no iteration,
// and its table holds no pointers, so that clearing it and filling it cost
// the garbage collector nothing; only the list of strings does.
type interner struct {
	seed maphash.Seed
	// slots is an open-addressing table with linear probing, its length a
	// power of two at least twice the number of strings. A slot holds the
	// upper 32 bits of the string's hash above id+1, 0 when it is empty.
	slots []uint64
	strs  []string // id -> string
}

// reset empties t, making room for about n strings. It leaves the old
// strings in the array of strs, for the caller to clear if they must not
// be kept alive.
func (t *interner) reset(n int) {
	if t.seed == (maphash.Seed{}) {
		t.seed = maphash.MakeSeed()
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) < size {
		t.slots = make([]uint64, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	t.strs = t.strs[:0]
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
			if id := int32(uint32(e)) - 1; t.strs[id] == s {
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
	id = int32(len(t.strs))
	t.strs = append(t.strs, s)
	t.slots[x] = tag<<32 | uint64(id+1)
	if 2*len(t.strs) > len(t.slots) {
		t.grow()
	}
	return id, true
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
