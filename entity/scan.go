package entity

import (
	"unicode"
	"unicode/utf8"
)

// This file is the fast path of tokenize: for text in Latin script (all
// Vietnamese text), it finds the same word boundaries as UAX #29 (which
// github.com/blevesearch/segment implements, and which tokenize uses for
// any other text) without a general state machine. TestScanMatchesSegment
// checks the two agree.

// latinOnly reports whether every rune of s is one the fast path knows:
// ASCII, Latin letters and combining marks, general punctuation and spaces.
func latinOnly(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			return false
		case r < 0x0250, 0x0300 <= r && r < 0x0370, 0x1E00 <= r && r < 0x1F00:
		case 0x2000 <= r && r < 0x2070 && r != 0x200D && r != 0x200C && r != 0x2060 && !(0x2061 <= r && r <= 0x206F):
		case r == 0x3000 || r == 0xFEFF:
		default:
			return false
		}
	}
	return true
}

// wbClass is the UAX #29 word-break class of a rune, for the runes latinOnly accepts.
type wbClass uint8

const (
	wbOther wbClass = iota
	wbLetter
	wbNumeric
	wbExtend      // combining marks and format characters: attach to what precedes
	wbMidLetter   // ':' '·'
	wbMidNumLet   // '.' '’' '‘'
	wbMidNum      // ',' ';'
	wbSingleQuote // '\''
	wbExtendNumLet
	wbNewline
	wbSpace
	wbReject // a rune the fast path does not handle (see latinOnly)
)

// asciiClass is the word-break class of each ASCII byte. (It is a
// variable's initializer, not an init function, so that variables built
// from it, such as wordEnds, are made after it.)
var asciiClass = func() (t [128]wbClass) {
	for c := range 128 {
		var k wbClass
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			k = wbLetter
		case '0' <= c && c <= '9':
			k = wbNumeric
		case c == ':':
			k = wbMidLetter
		case c == '.':
			k = wbMidNumLet
		case c == ',' || c == ';':
			k = wbMidNum
		case c == '\'':
			k = wbSingleQuote
		case c == '_':
			k = wbExtendNumLet
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			k = wbNewline
		case c == ' ' || c == '\t':
			k = wbSpace
		}
		t[c] = k
	}
	return t
}()

// latinClass caches classOf for U+0080..U+1EFF (Latin letters and combining
// marks), and wbReject for the blocks in that range latinOnly rejects.
var latinClass = func() (t [0x1F00]wbClass) {
	for r := rune(0x80); r < 0x1F00; r++ {
		t[r] = classOfSlow(r)
		if 0x0250 <= r && r < 0x0300 || 0x0370 <= r && r < 0x1E00 {
			t[r] = wbReject // outside what latinOnly accepts
		}
	}
	return t
}()

func classOfSlow(r rune) wbClass {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case r == 0x00B7:
		return wbMidLetter
	case r == 0x2018 || r == 0x2019 || r == 0x2024:
		return wbMidNumLet
	case r == 0x200B:
		return wbOther // ZERO WIDTH SPACE is not a format character for word breaks
	case r == 0x00AD:
		return wbExtend
	case r == 0x0085 || r == 0x2028 || r == 0x2029:
		return wbNewline
	case 0x0300 <= r && r < 0x0370, r == 0x200D, r == 0x200C:
		return wbExtend
	case unicode.Is(unicode.Pc, r):
		return wbExtendNumLet
	case r == 0x00AA || r == 0x00BA || r == 0x00B5:
		return wbLetter
	}
	if unicode.IsLetter(r) {
		return wbLetter
	}
	if unicode.IsSpace(r) {
		return wbSpace
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) {
		return wbExtend
	}
	return wbOther
}

// segKind is what nextSegment found.
type segKind uint8

const (
	segOther  segKind = iota // spaces, line breaks, punctuation, symbols, and anything else
	segWord                  // letters (and digits)
	segNumber                // digits and no letter
)

// nextSegment returns the end and kind of the UAX #29 segment that starts
// at s[i]. ok is false if it met a rune latinOnly rejects: the caller must
// then segment s with the general segmenter.
func nextSegment(s string, i int) (end int, kind segKind, ok bool) {
	k, n := classAt(s, i)
	if k == wbReject {
		return i + n, segOther, false
	}
	c := s[i]
	i += n
	switch k {
	case wbLetter, wbNumeric, wbExtendNumLet:
		hasLetter, hasDigit := k == wbLetter, k == wbNumeric
		prev := k
		for i < len(s) {
			k2, n2 := classAt(s, i)
			switch k2 {
			case wbLetter, wbNumeric, wbExtendNumLet:
				hasLetter = hasLetter || k2 == wbLetter
				hasDigit = hasDigit || k2 == wbNumeric
				prev = k2
				i += n2
				continue
			case wbExtend:
				i += n2
				continue
			case wbMidLetter, wbMidNumLet, wbMidNum, wbSingleQuote:
				// A middle character joins only between two letters
				// (MidLetter, MidNumLet, quote) or two digits (MidNum,
				// MidNumLet, quote), extend characters skipped.
				j := i + n2
				var k3 wbClass
				var n3 int
				for j < len(s) {
					if k3, n3 = classAt(s, j); k3 != wbExtend {
						break
					}
					j += n3
				}
				if j < len(s) {
					if k3 == wbReject {
						return j, segOther, false
					}
					okLetter := prev == wbLetter && k3 == wbLetter && k2 != wbMidNum
					okNum := prev == wbNumeric && k3 == wbNumeric && k2 != wbMidLetter
					if okLetter || okNum {
						i = j + n3
						prev = k3
						hasLetter = hasLetter || k3 == wbLetter
						hasDigit = hasDigit || k3 == wbNumeric
						continue
					}
				}
			case wbReject:
				return i, segOther, false
			}
			break
		}
		if hasDigit && !hasLetter {
			return i, segNumber, true
		}
		return i, segWord, true
	case wbSpace:
		// Unicode 8 (segment's tables) keeps no space runs together:
		// each space is a segment, with any extend characters after it
		// when it is an ASCII space (segment attaches none to others).
		if c < utf8.RuneSelf {
			end, ok := extendEnd(s, i)
			return end, segOther, ok
		}
		return i, segOther, true
	case wbNewline:
		if c == '\r' && i < len(s) && s[i] == '\n' {
			i++
		}
		return i, segOther, true
	default:
		if c < utf8.RuneSelf || k == wbExtend {
			end, ok := extendEnd(s, i)
			return end, segOther, ok
		}
		return i, segOther, true
	}
}

// extendEnd returns the end of the extend characters from s[i] on; ok is
// false when the rune after them is one latinOnly rejects.
func extendEnd(s string, i int) (end int, ok bool) {
	for i < len(s) {
		k, n := classAt(s, i)
		if k != wbExtend {
			return i, k != wbReject
		}
		i += n
	}
	return i, true
}

// classAt returns the word-break class of the rune at s[i] and its length
// in bytes; the class is wbReject for a rune latinOnly rejects. The two-
// and three-byte forms, which carry every Vietnamese letter, are decoded
// here without a call.
func classAt(s string, i int) (wbClass, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return latinClass[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)], 2
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			if r < rune(len(latinClass)) {
				return latinClass[r], 3
			}
			return farClass(r), 3
		}
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return wbReject, 1
	}
	if r < rune(len(latinClass)) {
		return latinClass[r], n
	}
	return farClass(r), n
}

// farClass is classOf for a rune at or above U+1F00, or wbReject when
// latinOnly rejects it.
func farClass(r rune) wbClass {
	switch {
	case 0x2000 <= r && r < 0x2070 && r != 0x200D && r != 0x200C && r != 0x2060 && !(0x2061 <= r && r <= 0x206F):
	case r == 0x3000 || r == 0xFEFF:
	default:
		return wbReject
	}
	return classOfSlow(r)
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
