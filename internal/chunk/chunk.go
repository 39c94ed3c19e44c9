// Package chunk reads text by chunks and remembers what short chunks make.
//
// A chunk is a maximal run of ASCII letters and non-ASCII bytes. Both of
// the module's tokenizers (the entity tokenizer and the date grammar's)
// end a token at every chunk end, and the tokens a chunk makes depend on
// its bytes alone (for the entity tokenizer, also on the byte after it),
// so they can be remembered by the chunk's bytes: news text reuses a few
// thousand syllables, and a hit in the [Memo] costs a hash instead of
// decoding and folding every rune.
package chunk

import (
	"math/bits"
	"unicode/utf8"
)

// MaxLen is the longest chunk, in bytes, that has a [Key].
const MaxLen = 16

// Key is the bytes of a chunk of at most MaxLen bytes, packed into two
// words, first byte lowest and zero-padded. A chunk byte is never zero, so
// the key alone identifies the chunk; the zero Key is that of no chunk
// (a chunk too long to be remembered).
type Key struct{ lo, hi uint64 }

// IsByte reports the bytes a chunk is made of: ASCII letters and every
// byte of a multi-byte (or invalid) UTF-8 sequence.
var IsByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || (c|0x20) >= 'a' && (c|0x20) <= 'z'
	}
	return t
}()

// At returns the end of the chunk that starts at byte i and, when it is at
// most MaxLen bytes long, its key (else the zero Key). Away from the end
// of text it reads eight bytes at a time.
func At(text string, i int) (j int, k Key) {
	if i+16 > len(text) {
		j = End(text, i)
		if j-i > MaxLen {
			return j, Key{}
		}
		return j, pack(text, i, j)
	}
	lo := load64(text, i)
	if stop := nonChunkBytes(lo); stop != 0 {
		n := bits.TrailingZeros64(stop) / 8 // at least 1: text[i] is in the chunk
		return i + n, Key{lo & (1<<(8*n) - 1), 0}
	}
	hi := load64(text, i+8)
	if stop := nonChunkBytes(hi); stop != 0 {
		n := bits.TrailingZeros64(stop) / 8
		return i + 8 + n, Key{lo, hi & (1<<(8*n) - 1)}
	}
	return End(text, i+16), Key{}
}

// End returns the end of the chunk that goes on at byte i.
func End(text string, i int) int {
	for i < len(text) && IsByte[text[i]] {
		i++
	}
	return i
}

// load64 returns the eight bytes of text at i, the first one lowest (the
// compiler makes this one load).
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Byte-lane constants for nonChunkBytes.
const (
	lanes01 = 0x0101010101010101
	lanes80 = 0x8080808080808080
)

// nonChunkBytes returns the high bit of each of the eight bytes in x that
// cannot be in a chunk (an ASCII non-letter; see IsByte). Each lane is
// worked on in 7 bits, so no sum carries into the next lane.
func nonChunkBytes(x uint64) uint64 {
	low := (x | 0x20*lanes01) & (0x7F * lanes01) // ASCII lower case
	geA := low + (0x80-'a')*lanes01              // high bit: low >= 'a'
	gtZ := low + (0x80-'z'-1)*lanes01            // high bit: low > 'z'
	return ^(x | geA&^gtZ) & lanes80
}

// pack packs text[i:j], at most MaxLen bytes, into a Key.
func pack(text string, i, j int) (k Key) {
	for x := j - 1; x >= i; x-- {
		if x-i < 8 {
			k.lo = k.lo<<8 | uint64(text[x])
		} else {
			k.hi = k.hi<<8 | uint64(text[x])
		}
	}
	return k
}

// Memo remembers what short chunks make: a value of type V per chunk. It
// is a set-associative table: a chunk lives in one of the memoWays slots of
// its set, and a new chunk replaces the one added longest ago. It is not
// safe for concurrent use: each tokenizer has its own (they are pooled).
//
// Its 8192 slots hold the few thousand distinct words of news text with
// few conflicts: on the seeds, a second reading misses 127 of 14,500
// words, against 517 with 4096 slots, which made tokenizing 15% slower.
// More ways per set miss less but cost more per lookup. Keep V small
// (24 bytes makes a slot of 40): the table is read at random.
type Memo[V any] struct {
	slots [memoSize]slot[V]
}

type slot[V any] struct {
	k Key // zero for an empty slot
	v V
}

// memoSize is the number of slots of a Memo (a power of two), in sets of
// memoWays.
const (
	memoBits = 13
	memoSize = 1 << memoBits
	memoWays = 2 // slots per set
)

// set returns the index of the first of the slots of k. The product alone
// left the top bits, which pick the set, too alike for short words (their
// high bytes are zero): the second round of mixing cut the misses on the
// seeds from 417 to 127.
func set(k Key) int {
	h := (k.lo ^ k.hi*0x9E3779B97F4A7C15) * 0xFF51AFD7ED558CCD
	h ^= h >> 29
	h *= 0xC4CEB9FE1A85EC53
	return int(h>>(64-memoBits)) &^ (memoWays - 1)
}

// Find returns the value remembered for the chunk of key k, or nil (also
// when m is nil or k is the zero Key).
func (m *Memo[V]) Find(k Key) *V {
	if m == nil || k.lo == 0 {
		return nil
	}
	x := set(k)
	for s := x; s < x+memoWays; s++ {
		if sl := &m.slots[s]; sl.k == k {
			return &sl.v
		}
	}
	return nil
}

// Add remembers that the chunk of key k makes v (nothing for the zero
// Key). It goes in the first slot of its set, and the others move down
// one, the last one leaving.
func (m *Memo[V]) Add(k Key, v V) {
	if k.lo == 0 {
		return
	}
	x := set(k)
	copy(m.slots[x+1:x+memoWays], m.slots[x:x+memoWays-1])
	m.slots[x] = slot[V]{k, v}
}
