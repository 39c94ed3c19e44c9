package ac

import "math/bits"

// Vocab interns strings to dense int32 symbol IDs starting at 0.
//
// Intern must not be called concurrently with any other method; once the
// vocabulary is complete, Lookup, Len and String are safe for concurrent use.
//
// Lookup is the hot path of tokenizing (once per token), so the table is an
// open-addressing hash table rather than a map. A slot holds the first
// eight bytes of its string, its length and part of its hash, so finding a
// short string (most folded words are) reads one slot and nothing else;
// one-byte strings (punctuation) are found by direct indexing.
type Vocab struct {
	words []string
	// slots has a power-of-two length and is at most half full.
	slots []slot
	// one[c] is the id of the one-byte string c, plus one (0: none).
	one [256]int32
}

type slot struct {
	head uint64 // the first eight bytes of the string, little-endian, zero-padded
	meta uint32 // the string's length (capped at 255) in the low byte, hash bits above
	id   int32  // id+1; 0 marks an empty slot
}

// NewVocab returns an empty vocabulary. The zero Vocab is ready to use too.
func NewVocab() *Vocab { return new(Vocab) }

// Intern returns the ID of s, assigning the next free ID if s is new.
func (v *Vocab) Intern(s string) int32 {
	if id := v.LookupString(s); id >= 0 {
		return id
	}
	id := int32(len(v.words))
	v.words = append(v.words, s)
	if len(s) == 1 {
		v.one[s[0]] = id + 1
		return id
	}
	if 2*(len(v.words)+1) > len(v.slots) {
		v.rehash(max(64, 2*len(v.slots)))
	} else {
		v.place(s, id)
	}
	return id
}

// place puts id (the id of s) in the first free slot of its probe sequence.
func (v *Vocab) place(s string, id int32) {
	h, head := hash(s)
	mask := uint64(len(v.slots) - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		if v.slots[p].id == 0 {
			v.slots[p] = slot{head: head, meta: meta(h, len(s)), id: id + 1}
			return
		}
	}
}

// rehash rebuilds the table with n slots.
func (v *Vocab) rehash(n int) {
	v.slots = make([]slot, n)
	for id, w := range v.words {
		if len(w) != 1 {
			v.place(w, int32(id))
		}
	}
}

// meta packs a string's length and hash into a slot's meta word.
func meta(h uint64, n int) uint32 {
	return uint32(h>>40)<<8 | uint32(min(n, 255))
}

// Lookup returns the ID of the string spelled by b, or -1 if it was never
// interned. It does not allocate.
func (v *Vocab) Lookup(b []byte) int32 { return lookup(v, b) }

// LookupByte is Lookup for the one-byte string c.
func (v *Vocab) LookupByte(c byte) int32 { return v.one[c] - 1 }

// LookupString is Lookup for a string.
func (v *Vocab) LookupString(s string) int32 { return lookup(v, s) }

func lookup[S string | []byte](v *Vocab, s S) int32 {
	if len(s) == 1 {
		return v.one[s[0]] - 1
	}
	if len(v.slots) == 0 {
		return -1
	}
	h, head := hash(s)
	m := meta(h, len(s))
	mask := uint64(len(v.slots) - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		sl := &v.slots[p]
		if sl.id == 0 {
			return -1
		}
		if sl.meta == m && sl.head == head && (len(s) <= 8 || v.words[sl.id-1] == string(s)) {
			return sl.id - 1
		}
	}
}

// LookupShort is Lookup for a string of n bytes, 2 <= n <= 7, given as
// head: its bytes packed little-endian (the first in the low byte), the
// rest zero. Callers that build the bytes one at a time have head for
// free, and this skips reading them again.
func (v *Vocab) LookupShort(head uint64, n int) int32 {
	if len(v.slots) == 0 {
		return -1
	}
	h := mix(uint64(n)*0x9E3779B97F4A7C15 ^ head)
	m := meta(h, n)
	mask := uint64(len(v.slots) - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		sl := &v.slots[p]
		if sl.id == 0 {
			return -1
		}
		if sl.meta == m && sl.head == head {
			return sl.id - 1
		}
	}
}

// Len returns the number of interned strings.
func (v *Vocab) Len() int { return len(v.words) }

// String returns the string interned as id, or "" for an unknown id.
func (v *Vocab) String(id int32) string {
	if id < 0 || int(id) >= len(v.words) {
		return ""
	}
	return v.words[id]
}

// hash returns the hash of s and its first eight bytes (zero-padded,
// little-endian). It mixes s eight bytes at a time: folded words are
// short, most under eight bytes, so this is one or two multiplications.
func hash[S string | []byte](s S) (h, head uint64) {
	h = uint64(len(s)) * 0x9E3779B97F4A7C15
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			head |= uint64(s[i]) << (8 * i)
		}
		return mix(h ^ head), head
	}
	head = le64(s)
	for len(s) >= 8 {
		h = mix(h ^ le64(s))
		s = s[8:]
	}
	var t uint64
	for i := 0; i < len(s); i++ {
		t |= uint64(s[i]) << (8 * i)
	}
	return mix(h ^ t), head
}

// le64 reads the first eight bytes of s as a little-endian number (the
// compiler makes this one load).
func le64[S string | []byte](s S) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// mix is a 64-bit finalizer: every input bit affects every output bit.
func mix(x uint64) uint64 {
	hi, lo := bits.Mul64(x, 0xbf58476d1ce4e5b9)
	return hi ^ lo
}
