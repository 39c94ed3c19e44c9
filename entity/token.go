package entity

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/blevesearch/segment"

	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/internal/ac"
	"github.com/vnextract/vnextract/internal/chunk"
	"github.com/vnextract/vnextract/normalize"
)

// TokenKind classifies a Token.
type TokenKind uint8

// Token kinds. Spaces are not tokens; a token records whether space or a
// line break came before it.
const (
	Word   TokenKind = iota + 1 // letters (may contain inner dots: "V.Kalganov", "TP.HCM")
	Number                      // digits, with inner separators ("3.199", "10,2")
	Punct                       // one punctuation or symbol character
)

// TokenFlags describe the surface of a token.
type TokenFlags uint8

// Token flags.
const (
	Cap         TokenFlags = 1 << iota // first letter is upper case
	AllCaps                            // every letter is upper case (and there are at least two)
	Marked                             // has a letter outside ASCII (a diacritic)
	SpaceBefore                        // white space precedes it
	LineBefore                         // a line break precedes it (or it starts the text), but for one inside a name (see softenBreaks)
	Syllable                           // a word spelled like one Vietnamese syllable ("Sơn", "nghiêng"; not "Kalganov", "FIFA")
)

// Token is a word, number or punctuation mark with its byte offsets in the text.
type Token struct {
	Start, End int
	Kind       TokenKind
	Flags      TokenFlags
	// Key identifies the token's folded, lower-case form ("Sơn" and "son" share
	// it) in the recognizer's vocabulary; -1 when no lexicon entry uses it.
	Key int32
}

// Is reports whether all of the flags f are set.
func (t Token) Is(f TokenFlags) bool { return t.Flags&f == f }

// Sentence is a run of tokens [First, Last) covering text[Start:End].
type Sentence struct {
	Start, End  int
	First, Last int
}

// keyFunc maps a folded lower-case token to its vocabulary id (-1 if unknown).
type keyFunc func(folded []byte) int32

// tokens is a tokenized text: its tokens and sentences, with the buffers
// that making them needs, reused from one text to the next.
type tokens struct {
	toks    []Token
	sents   []Sentence
	scratch []byte
	// breaks lists the tokens where a sentence may end: after a line
	// break, and at '.', '!', '?' and '…' (see splitSentences).
	breaks []int32
	// marks holds, per token, its mark-key hash (markKeyHash) when the
	// tokenizer had it at hand (from the chunk memo), and 0 otherwise.
	marks []uint64
	memo  *chunk.Memo[memoEntry] // for tokenizeDated
}

// tokenize splits text into tokens and sentences.
func (b *tokens) tokenize(text string, key keyFunc) { b.tokenizeWith(text, key, nil, nil, true) }

// tokenizeVocab is tokenize with the keys looked up in v, which lets the
// commonest words skip hashing their key again (ac.Vocab.LookupShort).
func (b *tokens) tokenizeVocab(text string, v *ac.Vocab) {
	b.tokenizeWith(text, v.Lookup, v, nil, true)
}

// tokenizeDated is tokenizeVocab that also makes the date tokens of text
// in d, in the same pass (see tokenizer.memoWord).
func (b *tokens) tokenizeDated(text string, v *ac.Vocab, d *date.Words) {
	if b.memo == nil {
		b.memo = new(chunk.Memo[memoEntry])
	}
	b.tokenizeWith(text, v.Lookup, v, d, true)
}

// tokenizeWith tries the Latin fast path (nextSegment) first when fast is
// set, and uses the general UAX #29 segmenter when fast is not set or the
// text holds a rune the fast path does not know. key looks keys up; vocab,
// when not nil, is the vocabulary whose Lookup key is. When dates is not
// nil, the date tokens of text are made in it too, and b.memo must be set.
func (b *tokens) tokenizeWith(text string, key keyFunc, vocab *ac.Vocab, dates *date.Words, fast bool) {
	if want := len(text)/4 + 16; cap(b.toks) < want {
		b.toks = make([]Token, 0, want) // one allocation instead of repeated growth
	}
	if cap(b.marks) < cap(b.toks) {
		b.marks = make([]uint64, 0, cap(b.toks)) // one per token
	}
	if cap(b.scratch) < 16 {
		b.scratch = make([]byte, 0, 64) // letterWord reads eight bytes of it
	}
	if dates != nil {
		dates.Reset(len(text))
	}
	t := tokenizer{text: text, key: key, vocab: vocab, toks: b.toks[:0], breaks: b.breaks[:0], marks: b.marks[:0],
		scratch: b.scratch, pending: LineBefore, dates: dates, memo: b.memo}
	if !fast || !t.scanLatin() {
		if dates != nil {
			dates.Reset(len(text))
			dates.Advance(text, len(text))
		}
		t.toks, t.breaks, t.marks, t.pending = t.toks[:0], t.breaks[:0], t.marks[:0], LineBefore
		seg := segment.NewWordSegmenterDirect(unsafe.Slice(unsafe.StringData(text), len(text)))
		pos := 0
		for seg.Segment() {
			n := len(seg.Bytes())
			typ := seg.Type()
			if typ != segment.None {
				t.word(pos, pos+n, typ == segment.Number)
			} else {
				t.other(pos, pos+n)
			}
			pos += n
		}
	}
	b.toks, b.breaks, b.marks, b.scratch = t.toks, t.breaks, t.marks, t.scratch
	b.sents = splitSentences(text, b.toks, b.breaks, b.sents[:0])
}

// tokenizer turns segments into tokens.
type tokenizer struct {
	text    string
	key     keyFunc
	vocab   *ac.Vocab // when set, key is its Lookup
	toks    []Token
	breaks  []int32  // see tokens.breaks
	marks   []uint64 // see tokens.marks
	scratch []byte
	pending TokenFlags // flags for the next token: the space before it
	// dates, when not nil, is the date tokenizer kept in step with this
	// one: after each token it has read at least as far (see memoWord).
	dates *date.Words
	memo  *chunk.Memo[memoEntry] // with dates: the tokens of recent chunks
}

// push appends tok, noting it in breaks when a sentence may end there:
// after a line break, or at a mark that can end one (mayEnd).
func (t *tokenizer) push(tok Token, mayEnd bool) { t.pushMarked(tok, mayEnd, 0) }

// pushMarked is push for a token whose mark-key hash is known (0: not known).
func (t *tokenizer) pushMarked(tok Token, mayEnd bool, mark uint64) {
	if mayEnd || tok.Flags&LineBefore != 0 {
		t.breaks = append(t.breaks, int32(len(t.toks)))
	}
	t.toks = append(t.toks, tok)
	t.marks = append(t.marks, mark)
}

// scanLatin tokenizes the whole text with nextSegment. It returns false,
// leaving a partial result, at the first rune the fast path does not know.
func (t *tokenizer) scanLatin() bool {
	text := t.text
	d := t.dates
	for i := 0; i < len(text); {
		// The commonest segment by far: one ASCII space before a word.
		if text[i] == ' ' && (i+1 == len(text) || text[i+1] < utf8.RuneSelf) {
			t.pending |= SpaceBefore
			if d != nil {
				d.Space(i)
			}
			i++
			continue
		}
		// ASCII punctuation is a token of its own, as nextSegment and
		// other would make it (an extend character after it, which UAX #29
		// attaches, still becomes a token of its own there), and for the
		// date tokenizer too.
		if c := text[i]; asciiPunct[c] {
			t.punct(i, c)
			if d != nil {
				d.Punct(i, c)
			}
			i++
			continue
		}
		if c := text[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0xC3 && c <= 0xE1 {
			if d != nil {
				if end, ok := t.memoWord(i); ok {
					i = end
					continue
				}
			} else if end, ok := t.letterWord(i, -1); ok {
				i = end
				continue
			}
		}
		end, kind, ok := nextSegment(text, i)
		if !ok {
			return false
		}
		switch kind {
		case segWord, segNumber:
			t.word(i, end, kind == segNumber)
		default:
			t.other(i, end)
		}
		if d != nil {
			d.Advance(text, end)
		}
		i = end
	}
	return true
}

// memoWord is letterWord for the tokenizer with dates, which also makes
// the date tokens up to the end of the word. A word that is a whole short
// chunk is looked up in the chunk memo, which gives both its Token and its
// date token; the first time, letterWord and the date tokenizer read it and
// the memo notes what they made.
//
// The date tokenizer reads the text by its own steps, which may end past
// this tokenizer's (a chunk holding "–" is one step for it, several tokens
// here); it is fed a memo hit only when it stands at the same byte.
func (t *tokenizer) memoWord(i int) (end int, ok bool) {
	text, d := t.text, t.dates
	j, k := chunk.At(text, i)
	ends := chunkEnds(text, j)
	find := k // a word that may go on past j is not looked up
	if !ends {
		find = chunk.Key{}
	}
	if e := t.memo.Find(find); e != nil {
		t.pushMarked(Token{Start: i, End: j, Kind: Word, Flags: t.pending | e.flags, Key: e.id}, false, e.mark)
		t.pending = 0
		d.AddWord(i, j, date.UnpackWord(e.date, e.dmeta))
		return j, true
	}
	stop := -1
	if ends {
		stop = j
	}
	if end, ok = t.letterWord(i, stop); !ok {
		return 0, false
	}
	if w, ok := d.AdvanceWord(text, i, end); ok && end == j && k != (chunk.Key{}) {
		tok := &t.toks[len(t.toks)-1]
		e := memoEntry{id: tok.Key, flags: tok.Flags &^ (SpaceBefore | LineBefore)}
		e.date, e.dmeta = w.Pack()
		if tok.Flags&Marked != 0 {
			e.mark = markKeyHash(text[i:j])
			t.marks[len(t.marks)-1] = e.mark
		}
		t.memo.Add(k, e)
	}
	return end, true
}

// memoEntry is what the chunk memo keeps of a short chunk that is one word:
// its Token's key and flags (but the space before it), its mark-key hash
// (markKeyHash, for a Marked word; else 0) and its date word (date.Word,
// packed). It is kept at 24 bytes: the memo is read at random.
type memoEntry struct {
	date  uint64
	mark  uint64
	id    int32
	dmeta uint16
	flags TokenFlags
}

// chunkEnds reports whether a word of letters that goes on to text[j], the
// end of a chunk, ends there: at the end of the text, at a byte that no
// UAX #29 rule joins to a letter (wordEnds), or at a middle character
// ('.', ':' or an apostrophe) not followed by a letter, the only thing it
// could join the word to. A chunk ends at an ASCII byte; after a middle
// character an ASCII non-letter ends the word, while a non-ASCII byte may
// start a letter or an extend character, so then the general path decides.
func chunkEnds(text string, j int) bool {
	if j == len(text) || wordEnds[text[j]] {
		return true
	}
	if k := asciiClass[text[j]&0x7F]; k != wbMidLetter && k != wbMidNumLet && k != wbSingleQuote {
		return false
	}
	return j+1 == len(text) || text[j+1] < utf8.RuneSelf && asciiClass[text[j+1]] != wbLetter
}

// wordEnds reports the ASCII bytes at which letterWord ends a word: those
// no UAX #29 rule joins to a letter before them.
var wordEnds = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		k := asciiClass[c]
		t[c] = k == wbMidNum || k == wbOther || k == wbSpace || k == wbNewline
	}
	return t
}()

// letterWord adds the word at text[i] if it is made of letters only (the
// commonest case: ASCII and precomposed Vietnamese letters) and ends where
// no UAX #29 rule could extend it, folding its key and reading its flags
// in the same pass. Otherwise it adds nothing and returns false, and the
// general path (nextSegment, word) handles it. stop, when not -1, is where
// the caller knows a word of letters would end (see chunkEnds).
func (t *tokenizer) letterWord(i, stop int) (end int, ok bool) {
	s := t.text
	key := t.scratch[:0]
	letters, upper := 0, 0
	var f TokenFlags
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				key = append(key, c)
			case 'A' <= c && c <= 'Z':
				if letters == 0 {
					f |= Cap
				}
				upper++
				key = append(key, c+'a'-'A')
			case wordEnds[c] || j == stop:
				// ends the word: no rule joins a letter to what follows
				goto done
			default:
				return 0, false // digits, '_', and middle characters that may join
			}
			letters++
			j++
			continue
		}
		var r rune
		var n int
		if c >= 0xC2 && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r, n = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
		} else if c == 0xE1 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
			r, n = 0x1000|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
		} else {
			return 0, false
		}
		if r >= rune(len(latinClass)) || latinClass[r] != wbLetter {
			return 0, false // a mark, a quote that may join, or the end: the general path decides
		}
		li := &latinInfo[r]
		f |= Marked
		if li.upper {
			if letters == 0 {
				f |= Cap
			}
			upper++
		}
		letters++
		key = utf8.AppendRune(key, li.key)
		j += n
	}
done:
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	if normalize.IsSyllable(s[i:j]) {
		f |= Syllable
	}
	t.scratch = key
	var id int32
	if n := len(key); t.vocab != nil && n >= 2 && n <= 7 && cap(key) >= 8 {
		// Read the key as one number (the scratch bytes past n are masked
		// off) instead of hashing the slice again.
		head := binary.LittleEndian.Uint64(key[:8]) & (1<<(8*n) - 1)
		id = t.vocab.LookupShort(head, n)
	} else {
		id = t.key(key)
	}
	t.push(Token{Start: i, End: j, Kind: Word, Flags: t.pending | f, Key: id}, false)
	t.pending = 0
	return j, true
}

// word adds the word or number text[start:end].
func (t *tokenizer) word(start, end int, number bool) {
	tok := Token{Start: start, End: end, Kind: Word, Flags: t.pending}
	t.pending = 0
	if number {
		tok.Kind = Number
	}
	var f TokenFlags
	t.scratch, f = appendKeyFlags(t.scratch[:0], t.text[start:end])
	tok.Flags |= f
	if !number && normalize.IsSyllable(t.text[start:end]) {
		tok.Flags |= Syllable
	}
	tok.Key = t.key(t.scratch)
	t.push(tok, false)
}

// asciiPunct reports the printable ASCII bytes that are punctuation or
// symbols: neither letters, digits, '_' (which joins words) nor space.
var asciiPunct = func() (t [256]bool) {
	for c := byte('!'); c <= '~'; c++ {
		k := asciiClass[c]
		t[c] = k != wbLetter && k != wbNumeric && k != wbExtendNumLet
	}
	return t
}()

// punct adds the one-byte punctuation token c at text[i] (as other does).
func (t *tokenizer) punct(i int, c byte) {
	var key int32
	if t.vocab != nil {
		key = t.vocab.LookupByte(c)
	} else {
		t.scratch = append(t.scratch[:0], c)
		key = t.key(t.scratch)
	}
	t.push(Token{Start: i, End: i + 1, Kind: Punct, Flags: t.pending, Key: key}, c == '.' || c == '!' || c == '?')
	t.pending = 0
}

// other handles a segment that is not a word: white space sets the flags
// of the next token, anything else is one punctuation token per rune.
func (t *tokenizer) other(start, end int) {
	b := t.text[start:end]
	if isSpaceString(b) {
		t.pending |= SpaceBefore
		for i := 0; i < len(b); i++ {
			if b[i] == '\n' || b[i] == '\r' {
				t.pending |= LineBefore
			}
		}
		return
	}
	for i := 0; i < len(b); {
		_, n := utf8.DecodeRuneInString(b[i:])
		t.scratch = append(t.scratch[:0], b[i:i+n]...)
		c := b[i]
		ender := c == '.' || c == '!' || c == '?' || c == 0xE2 && b[i:i+n] == "…"
		t.push(Token{Start: start + i, End: start + i + n, Kind: Punct, Flags: t.pending, Key: t.key(t.scratch)}, ender)
		t.pending = 0
		i += n
	}
}

func isSpaceString(b string) bool {
	for _, r := range b {
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			return false
		}
	}
	return true
}

// appendKeyFlags appends the folded lower-case key of the word b to dst (as
// normalize.AppendWordKey does) and computes its Cap, AllCaps and Marked flags, in one pass.
func appendKeyFlags(dst []byte, b string) ([]byte, TokenFlags) {
	var f TokenFlags
	letters, upper := 0, 0
	first := true
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			isUp := 'A' <= c && c <= 'Z'
			if isUp || 'a' <= c && c <= 'z' {
				letters++
				if isUp {
					upper++
					c += 'a' - 'A'
					if first {
						f |= Cap
					}
				}
				first = false
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(b[i:])
		i += n
		f |= Marked
		var li letterInfo
		if r < rune(len(latinInfo)) {
			li = latinInfo[r]
		} else {
			li = infoOf(r)
		}
		if li.mark {
			continue
		}
		if li.letter {
			letters++
			if li.upper {
				upper++
				if first {
					f |= Cap
				}
			}
			first = false
		}
		dst = utf8.AppendRune(dst, li.key)
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	return dst, f
}

// surfaceFlags computes Cap, AllCaps and Marked for a word.
func surfaceFlags(b string) TokenFlags {
	var f TokenFlags
	letters, upper := 0, 0
	first := true
	for i := 0; i < len(b); {
		r, n := decode(b, i)
		i += n
		if r >= utf8.RuneSelf {
			f |= Marked
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
			if first {
				f |= Cap
			}
		}
		first = false
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	return f
}
