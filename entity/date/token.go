package date

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/internal/chunk"
	"github.com/vnextract/vnextract/normalize"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// keyCap is the longest folded key a word token keeps (no date keyword is
// longer); longer words get klen 255 and match no keyword.
const keyCap = 8

// token is one token. It is kept at 24 bytes: the token slice is the largest
// buffer of a scan. The key of a word, the value of a number and the rune
// of a punctuation mark share u; read them with key, val and r, which give
// 0 for a token of another kind.
type token struct {
	s, e int32
	u    uint64 // word: folded lowercase ASCII key, packed by packKey; number: value (capped); punctuation: rune
	kind tokKind
	nd   uint8 // number of digits (capped at 255)
	klen uint8 // length of key; 255 when the word does not fold into the key
	sp   bool  // whitespace before
	nl   bool  // line break before (or start of text)
	diac bool  // word has non-ASCII letters
	up   bool  // word starts with an upper-case letter
	// low: the word has no upper-case letter (nor ſ, which folds to s), so
	// it is equal under case folding only to itself written the same.
	low bool
}

// key is the folded key of a word (0 for other tokens).
func (t *token) key() uint64 {
	if t.kind != tWord {
		return 0
	}
	return t.u
}

// val is the value of a number, capped (0 for other tokens).
func (t *token) val() int32 {
	if t.kind != tNum {
		return 0
	}
	return int32(t.u)
}

// r is the rune of a punctuation mark (0 for other tokens).
func (t *token) r() rune {
	if t.kind != tPunct {
		return 0
	}
	return rune(t.u)
}

// isLatinLetter is a fast path for the letters Vietnamese uses: Latin-1
// Supplement and Latin Extended-A/B (but × and ÷), Latin Extended Additional.
func isLatinLetter(r rune) bool {
	return (r >= 0xC0 && r < 0x250 && r != 0xD7 && r != 0xF7) || (r >= 0x1E00 && r <= 0x1EFF)
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// latinRune describes one rune for the word loop: whether isLatinLetter accepts
// it, its folded key byte (lower case; 0 when it folds to no ASCII letter) and
// whether it is upper case. Built from normalize.FoldRune and unicode.IsUpper.
type latinRune struct {
	ok   bool
	fold byte
	up   bool
}

var (
	// latinLow covers every rune written with a lead byte 0xC3..0xC9
	// (U+00C0..U+027F); runes from U+0250 on, × and ÷ are not ok.
	latinLow [0x280 - 0xC0]latinRune
	// latinExt covers Latin Extended Additional, U+1E00..U+1EFF (lead
	// bytes 0xE1 0xB8..0xBB).
	latinExt [0x1F00 - 0x1E00]latinRune
)

func init() {
	set := func(r rune) latinRune {
		li := latinRune{ok: isLatinLetter(r), up: unicode.IsUpper(r)}
		if f := normalize.FoldRune(r); f < utf8.RuneSelf {
			li.fold = byte(f) | 0x20
		}
		return li
	}
	for r := rune(0xC0); r < 0x280; r++ {
		latinLow[r-0xC0] = set(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		latinExt[r-0x1E00] = set(r)
	}
}

// decodeLatin decodes the rune at text[i] when it is one that isLatinLetter
// accepts, in well-formed UTF-8; n is 0 for anything else. (The word loop
// has this inlined.)
func decodeLatin(text string, i int) (li latinRune, n int) {
	switch c := text[i]; {
	case c >= 0xC3 && c <= 0xC9 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
		li, n = latinLow[int(c&0x1F)<<6|int(text[i+1]&0x3F)-0xC0], 2
	case c == 0xE1 && i+2 < len(text) && text[i+1]-0xB8 <= 3 && text[i+2]&0xC0 == 0x80:
		li, n = latinExt[int(text[i+1]-0xB8)<<6|int(text[i+2]&0x3F)], 3
	}
	if !li.ok {
		return li, 0
	}
	return li, n
}

// tokenize splits s.text into tokens and records in s.w.starts the
// tokens that some rule can start at.
func (s *Scanner) tokenize() {
	if s.w.memo == nil {
		s.w.memo = new(chunk.Memo[Word])
	}
	s.w.Reset(len(s.text))
	s.w.Advance(s.text, len(s.text))
	s.t = s.w.t
}

// Words is the date tokenizer: the tokens made so far, and where it
// stands in the text between calls of Advance. A tokenizer that reads the
// text for its own purpose can make them in the same pass: it calls Reset,
// then, as it goes, Space, Punct and AddWord for what it reads at the
// byte where Words stands (Pos), and Advance for anything else; Words
// ignores a call made at another byte.
//
// The text is read as a sequence of ASCII non-letters (spaces, digits,
// punctuation, each handled here) and chunks (see package chunk). The
// word a short chunk makes is remembered in memo.
type Words struct {
	t      []token
	starts []int32           // indices of the tokens a rule can start at (see run)
	memo   *chunk.Memo[Word] // words of recent chunks; nil for none
	i      int               // the next byte to read
	sp, nl bool              // white space, a line break, before text[i]
}

// Word is the word token a chunk makes, without its place: what a chunk
// memo keeps of it. Pack and UnpackWord give it as two numbers, for a
// memo whose slots hold more than a Word.
type Word struct {
	key  uint64 // token.u
	klen uint8  // token.klen
	bits uint8  // wDiac, wUp, wStart
}

// Word bits.
const (
	wDiac  = 1 << iota // token.diac
	wUp                // token.up
	wStart             // a rule can start at the word
	wLow               // token.low
)

// Pack returns w as two numbers that UnpackWord takes back.
func (w Word) Pack() (uint64, uint16) { return w.key, uint16(w.klen) | uint16(w.bits)<<8 }

// UnpackWord returns the Word that Pack gave as key and meta.
func UnpackWord(key uint64, meta uint16) Word {
	return Word{key: key, klen: uint8(meta), bits: uint8(meta >> 8)}
}

// wordOf is the Word of the word token t; start tells whether a rule can
// start at it.
func wordOf(t *token, start bool) Word {
	w := Word{key: t.key(), klen: t.klen}
	if t.diac {
		w.bits |= wDiac
	}
	if t.up {
		w.bits |= wUp
	}
	if t.low {
		w.bits |= wLow
	}
	if start {
		w.bits |= wStart
	}
	return w
}

// token is the token of w at text[i:j] with the given whitespace flags.
func (w Word) token(i, j int, sp, nl bool) token {
	return token{s: int32(i), e: int32(j), u: w.key, kind: tWord, klen: w.klen, sp: sp, nl: nl,
		diac: w.bits&wDiac != 0, up: w.bits&wUp != 0, low: w.bits&wLow != 0}
}

// Reset empties d for a new text of n bytes (keeping its storage and memo).
func (d *Words) Reset(n int) {
	if want := n/4 + 16; cap(d.t) < want {
		d.t = make([]token, 0, want) // one allocation instead of repeated growth
	}
	d.t, d.starts = d.t[:0], d.starts[:0]
	d.i, d.sp, d.nl = 0, false, true
}

// Pos returns the byte d reads next.
func (d *Words) Pos() int { return d.i }

// Space notes the ASCII space at text[i], if d stands there.
func (d *Words) Space(i int) {
	if d.i == i {
		d.sp = true
		d.i++
	}
}

// Punct adds the ASCII punctuation mark c at text[i], if d stands there.
func (d *Words) Punct(i int, c byte) {
	if d.i == i {
		d.t = append(d.t, token{s: int32(i), e: int32(i + 1), u: uint64(c), kind: tPunct, sp: d.sp, nl: d.nl})
		d.sp, d.nl = false, false
		d.i++
	}
}

// AddWord adds w as the word of the whole chunk text[i:j], if d stands at i.
func (d *Words) AddWord(i, j int, w Word) {
	if d.i == i {
		if w.bits&wStart != 0 {
			d.starts = append(d.starts, int32(len(d.t)))
		}
		d.t = append(d.t, w.token(i, j, d.sp, d.nl))
		d.sp, d.nl = false, false
		d.i = j
	}
}

// AdvanceWord is Advance(text, j) for a caller that has read a word at
// text[i:j]. When d stood at i and made one word of exactly text[i:j], it
// returns that word (for a memo) and true.
func (d *Words) AdvanceWord(text string, i, j int) (Word, bool) {
	inStep, nt, ns := d.i == i, len(d.t), len(d.starts)
	d.Advance(text, j)
	if !inStep || len(d.t) != nt+1 || d.t[nt].kind != tWord || int(d.t[nt].e) != j {
		return Word{}, false
	}
	return wordOf(&d.t[nt], len(d.starts) > ns), true
}

// Advance reads text from where d stands until it reaches to, a token at
// a time: it may stop past to, at the end of the token or chunk that
// crosses it. Stopping and going on makes the same tokens as reading the
// text in one call.
//
// The token slices are kept in locals while they grow: appending through d
// would store the slice header back to memory for every token.
func (d *Words) Advance(text string, to int) {
	t, starts := d.t, d.starts
	memo := d.memo
	i, sp, nl := d.i, d.sp, d.nl
	for i < to {
		c := text[i]
		switch {
		case chunk.IsByte[c]:
			j, k := chunk.At(text, i)
			if w := memo.Find(k); w != nil {
				if w.bits&wStart != 0 {
					starts = append(starts, int32(len(t)))
				}
				t = append(t, w.token(i, j, sp, nl))
				sp, nl = false, false
			} else {
				n := len(t)
				t, starts, sp, nl = appendChunk(t, starts, text, i, j, sp, nl)
				if memo != nil && len(t) == n+1 && t[n].kind == tWord && int(t[n].s) == i && int(t[n].e) == j {
					memo.Add(k, wordOf(&t[n], len(starts) > 0 && int(starts[len(starts)-1]) == n))
				}
			}
			i = j
			if i < to && text[i] == ' ' {
				// Words are mostly followed by one space: take it here
				// rather than in a turn of the loop.
				sp = true
				i++
			}
			continue
		case c == ' ':
			sp = true
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, int32(0)
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 100000000 {
					v = v*10 + int32(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			starts = append(starts, int32(len(t)))
			t = append(t, token{s: int32(i), e: int32(j), u: uint64(v), kind: tNum, nd: uint8(nd), sp: sp, nl: nl})
			i = j
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		case c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		default:
			t = append(t, token{s: int32(i), e: int32(i + 1), u: uint64(c), kind: tPunct, sp: sp, nl: nl})
			i++
		}
		sp, nl = false, false
	}
	d.t, d.starts = t, starts
	d.i, d.sp, d.nl = i, sp, nl
}

// appendChunk appends the tokens of the chunk text[i:j], given the pending
// whitespace flags, and returns the flags pending after it. A chunk holds
// words, and non-ASCII spaces, line separators and punctuation. Words stop
// at the chunk end by themselves, as it is an ASCII non-letter or the end of
// text.
func appendChunk(t []token, starts []int32, text string, i, j int, sp, nl bool) ([]token, []int32, bool, bool) {
	for i < j {
		if c := text[i]; c >= utf8.RuneSelf {
			if _, n := decodeLatin(text, i); n == 0 {
				// Not a Vietnamese letter: decode and classify the rune.
				r, n := utf8.DecodeRuneInString(text[i:])
				switch {
				case r == 0x2028 || r == 0x2029 || r == 0x85:
					sp, nl = true, true
					i += n
					continue
				case unicode.IsSpace(r):
					sp = true
					i += n
					continue
				case !isLatinLetter(r) && !unicode.IsLetter(r):
					t = append(t, token{s: int32(i), e: int32(i + n), u: uint64(r), kind: tPunct, sp: sp, nl: nl})
					i += n
					sp, nl = false, false
					continue
				}
			}
		}
		var w token
		w, i = wordAt(text, i)
		if w.klen <= startMaxLen && startKeys.get(w.key()) != 0 || w.klen == 255 && isLongHoliday(text[w.s:w.e]) {
			starts = append(starts, int32(len(t)))
		}
		w.sp, w.nl = sp, nl
		t = append(t, w)
		sp, nl = false, false
	}
	return t, starts, sp, nl
}

// wordAt returns the word token starting at byte i (without its sp and nl
// flags) and its end. A word is a run of letters and combining marks; its key
// is the folded lowercase ASCII spelling of its letters (marks dropped), when
// every letter folds to ASCII and there are at most keyCap of them.
func wordAt(text string, i int) (token, int) {
	var key uint64
	k := 0 // key length; -1 once the word cannot have a key
	diac, up := false, false
	low := true
	j := i
	if c := text[i]; c < utf8.RuneSelf {
		up = c <= 'Z'
	} else {
		up = upperAt(text, i)
	}
loop:
	for j < len(text) {
		c := text[j]
		var f byte // folded key byte; 0 when the letter has none
		switch {
		case c < utf8.RuneSelf:
			f = asciiFold[c]
			if f == 0 {
				break loop
			}
			low = low && c >= 'a'
			j++
		case c >= 0xC3 && c <= 0xC9 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 &&
			latinLow[int(c&0x1F)<<6|int(text[j+1]&0x3F)-0xC0].ok:
			li := &latinLow[int(c&0x1F)<<6|int(text[j+1]&0x3F)-0xC0]
			f = li.fold
			low = low && !li.up && !(c == 0xC5 && text[j+1] == 0xBF) // ſ
			diac = true
			j += 2
		case c == 0xE1 && j+2 < len(text) && text[j+1]-0xB8 <= 3 && text[j+2]&0xC0 == 0x80:
			li := &latinExt[int(text[j+1]-0xB8)<<6|int(text[j+2]&0x3F)]
			f = li.fold
			low = low && !li.up
			diac = true
			j += 3
		default:
			// Other scripts, combining marks, invalid UTF-8.
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.Is(unicode.Mn, r) {
				diac = true
				j += n
				continue
			}
			if !unicode.IsLetter(r) {
				break loop
			}
			low = false // other scripts: spelled compares them in full
			diac = true
			if fr := normalize.FoldRune(r); fr < utf8.RuneSelf {
				f = byte(fr) | 0x20
			}
			j += n
		}
		if uint(k) < keyCap && f != 0 {
			key |= uint64(f) << (8 * k)
			k++
		} else {
			k = -1
		}
	}
	klen := uint8(255)
	if k >= 0 {
		klen = uint8(k)
	} else {
		key = 0
	}
	return token{s: int32(i), e: int32(j), u: key, kind: tWord, klen: klen, diac: diac, up: up, low: low}, j
}

// asciiFold maps an ASCII letter to its lower case, anything else to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('A'); c <= 'Z'; c++ {
		t[c], t[c|0x20] = c|0x20, c|0x20
	}
	return t
}()

// upperAt reports whether the letter at text[i] is upper case.
func upperAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return c <= 'Z'
	}
	if li, n := decodeLatin(text, i); n > 0 {
		return li.up
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// Verify checks that d holds the words, and the rule starts, that a Words
// fed by Advance alone makes of text: a tokenizer that feeds d as it reads
// (Space, Punct, AddWord) tests itself with it. The error names the first
// difference.
func (d *Words) Verify(text string) error {
	var want Words
	want.Reset(len(text))
	want.Advance(text, len(text))
	for i := range min(len(d.t), len(want.t)) {
		if d.t[i] != want.t[i] {
			return fmt.Errorf("date word %d is %+v, want %+v", i, d.t[i], want.t[i])
		}
	}
	if len(d.t) != len(want.t) {
		return fmt.Errorf("%d date words, want %d", len(d.t), len(want.t))
	}
	if !slices.Equal(d.starts, want.starts) {
		return fmt.Errorf("date rule starts %v, want %v", d.starts, want.starts)
	}
	return nil
}
