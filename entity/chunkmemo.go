package entity

import (
	"math/bits"
	"unicode/utf8"
)

// Chunks: the unit both tokenizers read short words by. A chunk is a
// maximal run of ASCII letters and non-ASCII bytes; its end is always a
// token boundary, and the tokens it makes depend on its bytes alone (and,
// for the entity tokenizer, on the byte after it), so they can be
// remembered by the chunk's bytes.

// dChunkByte reports the bytes a chunk is made of: ASCII letters and every
// byte of a multi-byte (or invalid) UTF-8 sequence.
var dChunkByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || isASCIILetter(byte(c))
	}
	return t
}()

// chunkAt returns the end of the chunk that starts at byte i and, when it
// is at most dMemoMax bytes long (short), its bytes packed into lo and hi as
// by packChunk. Away from the end of text it reads eight bytes at a time.
func chunkAt(text string, i int) (j int, lo, hi uint64, short bool) {
	if i+16 > len(text) {
		j = chunkEnd(text, i)
		if j-i > dMemoMax {
			return j, 0, 0, false
		}
		lo, hi = packChunk(text, i, j)
		return j, lo, hi, true
	}
	lo = load64(text, i)
	if stop := nonChunkBytes(lo); stop != 0 {
		n := bits.TrailingZeros64(stop) / 8 // at least 1: text[i] is in the chunk
		return i + n, lo & (1<<(8*n) - 1), 0, true
	}
	hi = load64(text, i+8)
	if stop := nonChunkBytes(hi); stop != 0 {
		n := bits.TrailingZeros64(stop) / 8
		return i + 8 + n, lo, hi & (1<<(8*n) - 1), true
	}
	return chunkEnd(text, i+16), 0, 0, false
}

// chunkEnd returns the end of the chunk that goes on at byte i.
func chunkEnd(text string, i int) int {
	for i < len(text) && dChunkByte[text[i]] {
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
// cannot be in a chunk (an ASCII non-letter; see dChunkByte). Each lane is
// worked on in 7 bits, so no sum carries into the next lane.
func nonChunkBytes(x uint64) uint64 {
	low := (x | 0x20*lanes01) & (0x7F * lanes01) // ASCII lower case
	geA := low + (0x80-'a')*lanes01              // high bit: low >= 'a'
	gtZ := low + (0x80-'z'-1)*lanes01            // high bit: low > 'z'
	return ^(x | geA&^gtZ) & lanes80
}

// chunkMemo remembers the tokens that short chunks make (see
// dtokenizer): the date token, and for the entity tokenizer the Token of a
// chunk that is one word of letters (see tokenizer.memoWord). It is a
// set-associative table: a chunk lives in one of the chunkMemoWays slots
// of its set, and a new chunk replaces the one added longest ago. Each
// tokenizer has its own (they are pooled), so it needs no locking.
//
// Its 8192 slots of 40 bytes (320 KB) hold the few thousand distinct words
// of news text with few conflicts: on the seeds, a second reading misses
// 127 of 14,500 words, against 517 with 4096 slots, which made tokenizing
// 15% slower. More ways per set miss less but cost more per lookup.
type chunkMemo struct {
	slots [chunkMemoSize]memoSlot
}

// chunkMemoSize is the number of slots of a chunkMemo (a power of two), in
// sets of chunkMemoWays; dMemoMax is the longest chunk it keeps, in bytes.
const (
	chunkMemoBits = 13
	chunkMemoSize = 1 << chunkMemoBits
	chunkMemoWays = 2 // slots per set
	dMemoMax      = 16
)

// memoSlot is one chunk of at most dMemoMax bytes, packed into lo and hi
// (zero-padded, so that with n they identify it), and what it makes: the
// date word (key, klen and the mb bits) and, with mbToken set, the
// entity token's key id, flags and mark-key hash.
type memoSlot struct {
	lo, hi uint64
	key    uint64 // the date word's key (dtok.key)
	mark   uint64 // markKeyHash of a Marked word, with mbToken (else 0)
	id     int32  // Token.Key, with mbToken
	n      uint8  // chunk length; 0 for an empty slot
	klen   uint8  // dtok.klen
	flags  TokenFlags
	bits   uint8 // mb bits
}

// memoSlot bits.
const (
	mbDiac  = 1 << iota // dtok.diac
	mbUp                // dtok.up
	mbStart             // a date rule can start at the word
	mbToken             // id and flags are set: the chunk is one entity word
)

// memoDate is the slot payload for the date word w (not yet its chunk).
func memoDate(w *dtok, start bool) memoSlot {
	sl := memoSlot{key: w.key(), klen: w.klen}
	if w.diac {
		sl.bits |= mbDiac
	}
	if w.up {
		sl.bits |= mbUp
	}
	if start {
		sl.bits |= mbStart
	}
	return sl
}

// dword is the date token of the slot's chunk text[i:j] with the given
// whitespace flags.
func (sl *memoSlot) dword(i, j int, sp, nl bool) dtok {
	return dtok{s: int32(i), e: int32(j), u: sl.key, kind: dkWord, klen: sl.klen, sp: sp, nl: nl,
		diac: sl.bits&mbDiac != 0, up: sl.bits&mbUp != 0}
}

// set returns the index of the first of the slots of a packed chunk of n
// bytes. The product alone left the top bits, which pick the set, too
// alike for short words (their high bytes are zero): the second round of
// mixing cut the misses on the seeds from 417 to 127.
func (m *chunkMemo) set(lo, hi uint64, n int) int {
	h := (lo ^ hi*0x9E3779B97F4A7C15 ^ uint64(n)) * 0xFF51AFD7ED558CCD
	h ^= h >> 29
	h *= 0xC4CEB9FE1A85EC53
	return int(h>>(64-chunkMemoBits)) &^ (chunkMemoWays - 1)
}

// find returns the slot that holds the packed chunk of n bytes, or nil (also
// when m is nil or the chunk is not short).
func (m *chunkMemo) find(lo, hi uint64, n int, short bool) *memoSlot {
	if m == nil || !short {
		return nil
	}
	x := m.set(lo, hi, n)
	for k := x; k < x+chunkMemoWays; k++ {
		if sl := &m.slots[k]; int(sl.n) == n && sl.lo == lo && sl.hi == hi {
			return sl
		}
	}
	return nil
}

// add remembers that the packed chunk of n bytes makes what sl says. It
// goes in the first slot of its set, and the others move down one, the
// last one leaving.
func (m *chunkMemo) add(lo, hi uint64, n int, short bool, sl memoSlot) {
	if !short {
		return
	}
	x := m.set(lo, hi, n)
	copy(m.slots[x+1:x+chunkMemoWays], m.slots[x:x+chunkMemoWays-1])
	sl.lo, sl.hi, sl.n = lo, hi, uint8(n)
	m.slots[x] = sl
}

// packChunk packs text[i:j], at most dMemoMax bytes, into two words, the
// first byte lowest and zero-padded.
func packChunk(text string, i, j int) (lo, hi uint64) {
	for k := j - 1; k >= i; k-- {
		if k-i < 8 {
			lo = lo<<8 | uint64(text[k])
		} else {
			hi = hi<<8 | uint64(text[k])
		}
	}
	return lo, hi
}
