package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Vowel letter identifiers used by the syllable parser. 0 means "not a vowel".
const (
	vA   = 1 + iota // a
	vAw             // ă
	vAa             // â
	vE              // e
	vEe             // ê
	vI              // i
	vO              // o
	vOo             // ô
	vOw             // ơ
	vU              // u
	vUw             // ư
	vY              // y
	vDD             // đ (not a vowel: a letter id for the table)
	vEth            // ð (read as đ)
	numLetterIDs
)

// Quality marks (combining forms).
const (
	markCircumflex = '\u0302'
	markBreve      = '\u0306'
	markHorn       = '\u031B'
)

// qualityVowel reports the vowels with a quality mark (ă â ê ô ơ ư).
var qualityVowel = [numLetterIDs]bool{vAw: true, vAa: true, vEe: true, vOo: true, vOw: true, vUw: true}

// letterBase is the lower-case ASCII base letter of a letter id.
var letterBase = [numLetterIDs]byte{0, 'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y', 'd', 'd'}

// letterRunes[id] is the lower-case letter without tone for a letter id.
var letterRunes = [numLetterIDs]rune{0, 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'đ', 'ð'}

// Packed letter info: bits 0-3 letter id, bit 4 upper case, bits 5-7 tone.
// Zero means "not a Vietnamese letter".
type letterInfo uint16

func (l letterInfo) id() uint8   { return uint8(l & 0xF) }
func (l letterInfo) upper() bool { return l&0x10 != 0 }
func (l letterInfo) tone() Tone  { return Tone(l >> 5 & 7) }
func mkInfo(id uint8, up bool, t Tone) letterInfo {
	l := letterInfo(id) | letterInfo(t)<<5
	if up {
		l |= 0x10
	}
	return l
}

// vnFast holds, for runes foldLo..foldHi, the letter code (0x80 + id) in
// the low byte and the flags below; 0 for non-Vietnamese runes.
var vnFast [foldHi - foldLo + 1]uint16

const (
	fVowel = 1 << 8
	fQual  = 1 << 9
	fTone  = 1 << 10
	fEth   = 1 << 11
	// fOwF and fUwF mark the letters ơ and ư (with any tone), the halves
	// of the ươ pair that RepairHorn completes.
	fOwF = 1 << 13
	fUwF = 1 << 14
)

// vnTail holds the vnFast flags of the precomposed Vietnamese letters other
// than ð, indexed by the last two bytes of their UTF-8 form (the last one
// without its continuation bits), so that the fast scan finds a two- or
// three-byte letter with one lookup. The two-byte letters are C3..C6 xx and
// the three-byte ones E1 BA xx or E1 BB xx (and ṍ ṹ, read as ó ú, E1 B9 xx):
// as the byte before the last (a lead byte, or B9..BB) tells the two apart,
// the pair decides the letter once fLong is checked against the length the
// lead byte gives. Indexing by the whole first byte costs 32 KB of zeros
// but no range check: only the rows of the letters are ever read in text.
var vnTail [256][64]uint16

// fLong marks the three-byte letters in vnTail.
const fLong = 1 << 12

// vnTab holds letterInfo for runes foldLo..foldHi.
var vnTab [foldHi - foldLo + 1]letterInfo

// asciiVowel holds the vowel id of ASCII letters (0 for consonants and
// non-letters); asciiLetter marks ASCII letters.
var (
	asciiVowel  [128]uint8
	asciiLetter [128]bool
)

// Byte kinds for the main loop.
const (
	bkPlain   = iota // ASCII that is copied as is
	bkLetter         // ASCII letter
	bkControl        // ASCII control character replaced by a space
	bkHigh           // start of a multi-byte sequence or an invalid byte
)

var (
	byteKind    [256]uint8
	isVowelByte [256]uint8
)

// composed[id][tone][upper] is the precomposed NFC rune.
var composed [numLetterIDs][6][2]rune

// composedUTF8 caches the UTF-8 form of composed runes.
var composedUTF8 [numLetterIDs][6][2][4]byte
var composedLen [numLetterIDs][6][2]uint8

// Rune classes for runes outside ASCII that are not Vietnamese letters.
const (
	clsOther        = iota // stable, not part of a word
	clsLetter              // stable letter (part of a word)
	clsWordUnstable        // letter or mark that may change under NFC
	clsUnstable            // non-word rune that may change under NFC
	clsSpace               // odd space -> U+0020
	clsDelete              // invisible format character -> removed
	clsJoiner              // ZWJ/ZWNJ: removed after Latin, kept elsewhere
	clsControl             // control character -> U+0020
	clsDash                // dash family -> '-'
	clsDQuote              // typographic double quote -> '"'
	clsSQuote              // typographic single quote -> '\''
	clsVNMark              // Vietnamese tone or quality combining mark
)

const classTabHi = 0x3000

var classTab [classTabHi - 0x80]uint8

func init() {
	for c := 'a'; c <= 'z'; c++ {
		asciiLetter[c] = true
		asciiLetter[c-32] = true
	}
	vowelIDs := map[rune]uint8{'a': vA, 'ă': vAw, 'â': vAa, 'e': vE, 'ê': vEe, 'i': vI, 'o': vO,
		'ô': vOo, 'ơ': vOw, 'u': vU, 'ư': vUw, 'y': vY, 'đ': vDD, 'ð': vEth}
	for r, id := range vowelIDs {
		if r < utf8.RuneSelf {
			asciiVowel[r] = id
			asciiVowel[unicode.ToUpper(r)] = id
		}
	}
	for c := 0; c < 256; c++ {
		switch {
		case c >= 0x80:
			byteKind[c] = bkHigh
		case asciiLetter[c]:
			byteKind[c] = bkLetter
			if asciiVowel[c] != 0 {
				isVowelByte[c] = 1
			}
		case (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\v' && c != '\f') || c == 0x7f:
			byteKind[c] = bkControl
		}
	}
	for r := rune(foldLo); r <= foldHi; r++ {
		u, t := SplitTone(r)
		if r == 'ð' || r == 'Ð' {
			u = r
		}
		up := unicode.IsUpper(u)
		id, ok := vowelIDs[unicode.ToLower(u)]
		if !ok {
			continue
		}
		if id >= vDD && t != ToneLevel {
			continue
		}
		vnTab[r-foldLo] = mkInfo(id, up, t)
		f := uint16(0x80 + id)
		if id <= vY {
			f |= fVowel
		}
		if qualityVowel[id] {
			f |= fQual
		}
		if t != ToneLevel {
			f |= fTone
		}
		if id == vEth {
			f |= fEth
		}
		switch id {
		case vOw:
			f |= fOwF
		case vUw:
			f |= fUwF
		}
		vnFast[r-foldLo] = f
		if id != vEth {
			var b [utf8.UTFMax]byte
			n := utf8.EncodeRune(b[:], r)
			hi, lo := b[n-2], b[n-1]
			// scanFast relies on this: a three-byte letter starts with E1
			// and its pair with a continuation byte, which no two-byte
			// letter's pair (lead byte first) does
			if vnTail[hi][lo&0x3F] != 0 || (n == 3) != (hi < 0xC0) || (n == 3 && b[0] != 0xE1) {
				panic("normalize: a Vietnamese letter that vnTail cannot tell apart")
			}
			if n == 3 {
				f |= fLong
			}
			vnTail[hi][lo&0x3F] = f
		}
	}
	marks := [6]rune{0, markGrave, markAcute, markHook, markTilde, markDot}
	for id := uint8(1); id < numLetterIDs; id++ {
		for t := Tone(0); t <= ToneDot; t++ {
			for up := 0; up < 2; up++ {
				base := letterRunes[id]
				if up == 1 {
					base = unicode.ToUpper(base)
				}
				r := base
				if t != ToneLevel {
					if id >= vDD {
						continue
					}
					s := norm.NFC.String(string(base) + string(marks[t]))
					r, _ = utf8.DecodeRuneInString(s)
				}
				composed[id][t][up] = r
				composedLen[id][t][up] = uint8(utf8.EncodeRune(composedUTF8[id][t][up][:], r))
			}
		}
	}
	// One buffer for the whole table: computeClass's own escapes to the
	// heap, an allocation per rune of the 12,000 here.
	buf := make([]byte, utf8.UTFMax)
	for r := rune(0x80); r < classTabHi; r++ {
		classTab[r-0x80] = classWith(r, buf)
	}
	initClusters()
	initCodes()
	initLegacy()
}

// classOf returns the class of a non-ASCII rune that is not a Vietnamese letter.
func classOf(r rune) uint8 {
	if r < classTabHi {
		return classTab[r-0x80]
	}
	switch r {
	case '\u3000':
		return clsSpace
	case '\uFEFF':
		return clsDelete
	case '\uFE58', '\uFE63', '\uFF0D':
		return clsDash
	case '\uFF02', '\u301D', '\u301E':
		return clsDQuote
	case '\uFF07':
		return clsSQuote
	}
	return computeClass(r)
}

func computeClass(r rune) uint8 {
	var buf [utf8.UTFMax]byte
	return classWith(r, buf[:])
}

// classWith is computeClass with buf (utf8.UTFMax bytes) as scratch space.
func classWith(r rune, buf []byte) uint8 {
	switch r {
	case markGrave, markAcute, markHook, markTilde, markDot, '\u0340', '\u0341',
		markCircumflex, markBreve, markHorn:
		return clsVNMark
	case '\u0085', '\u2028', '\u2029': // line breaks are kept
		return clsOther
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return clsSpace
	case '\u00AD', '\u180E', '\u200B', '\u200E', '\u200F', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF':
		return clsDelete
	case '\u200C', '\u200D':
		return clsJoiner
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return clsDash
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02', '\u301D', '\u301E':
		return clsDQuote
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\uFF07':
		return clsSQuote
	}
	if r >= 0x2000 && r <= 0x200A {
		return clsSpace
	}
	if (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
		return clsDelete
	}
	if r < 0xA0 {
		return clsControl
	}
	b := buf[:utf8.EncodeRune(buf, r)]
	p := norm.NFC.Properties(b)
	stable := p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(b)
	word := unicode.IsLetter(r) || unicode.IsMark(r)
	switch {
	case word && stable:
		return clsLetter
	case word:
		return clsWordUnstable
	case stable:
		return clsOther
	}
	return clsUnstable
}

// Vowel clusters. clusterTab is indexed by v1 | v2<<4 | v3<<8.
const (
	clValid   = 1 << 0
	clOpen    = 1 << 1 // may end the syllable
	clCoda    = 1 << 2 // may be followed by a coda consonant
	clPosCoda = 4      // shift: 2-bit tone position with a coda
	clPosOld  = 6      // shift: 2-bit tone position without coda, old style
	clPosNew  = 8      // shift: 2-bit tone position without coda, new style
)

var clusterTab [1 << 12]uint16

func initClusters() {
	both := []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
		"oa", "oe", "uy", "uê", "uơ", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ", "oo"}
	open := []string{"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi",
		"ua", "ui", "ưa", "ưi", "ưu", "iêu", "yêu", "uôi", "ươi", "ươu", "oai", "oay", "oao",
		"oeo", "uây", "uya", "uyu"}
	ids := map[rune]uint8{'a': vA, 'ă': vAw, 'â': vAa, 'e': vE, 'ê': vEe, 'i': vI, 'o': vO,
		'ô': vOo, 'ơ': vOw, 'u': vU, 'ư': vUw, 'y': vY}
	add := func(s string, flags uint16) {
		rs := []rune(s)
		idx := 0
		q := -1
		for k, r := range rs {
			id := ids[r]
			idx |= int(id) << (4 * k)
			switch id {
			case vAw, vAa, vEe, vOo, vOw, vUw:
				q = k
			}
		}
		n := len(rs)
		posCoda, posOld, posNew := n-1, 0, 0
		switch {
		case q >= 0:
			posCoda, posOld, posNew = q, q, q
		case n == 3:
			posOld, posNew = 1, 1
		case s == "oa" || s == "oe" || s == "uy":
			posOld, posNew = 0, 1
		}
		clusterTab[idx] = clValid | flags | uint16(posCoda)<<clPosCoda | uint16(posOld)<<clPosOld | uint16(posNew)<<clPosNew
	}
	for _, s := range both {
		f := uint16(clOpen | clCoda)
		if s == "oo" {
			f = clCoda
		}
		add(s, f)
	}
	for _, s := range open {
		add(s, clOpen)
	}
}
