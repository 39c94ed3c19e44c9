package normalize

import "unicode/utf8"

// Tone is one of the six Vietnamese tones.
type Tone uint8

// The six tones, in the order of the Vietnamese alphabet's tone names.
const (
	ToneLevel Tone = iota // ngang: no mark
	ToneGrave             // huyền: à
	ToneAcute             // sắc: á
	ToneHook              // hỏi: ả
	ToneTilde             // ngã: ã
	ToneDot               // nặng: ạ
)

// Combining marks for the five written tones.
const (
	markGrave = '\u0300'
	markAcute = '\u0301'
	markTilde = '\u0303'
	markHook  = '\u0309'
	markDot   = '\u0323'
)

func toneOfMark(r rune) Tone {
	switch r {
	case markGrave, '\u0340':
		return ToneGrave
	case markAcute, '\u0341':
		return ToneAcute
	case markHook:
		return ToneHook
	case markTilde:
		return ToneTilde
	case markDot:
		return ToneDot
	}
	return ToneLevel
}

// foldEntry describes one precomposed letter: its letter without the tone
// mark (quality marks kept: ă â ê ô ơ ư đ), its tone, and its plain ASCII base.
type foldEntry struct {
	untoned rune
	ascii   rune
	tone    Tone
}

// foldLo and foldHi bound the table: Latin-1 Supplement to Latin Extended Additional.
const (
	foldLo = 0x00C0
	foldHi = 0x1EFF
)

var foldTable [foldHi - foldLo + 1]foldEntry

// foldException is a letter of foldTable that is not its own entry.
type foldException struct {
	r       rune
	untoned rune
	ascii   rune
	tone    Tone
}

// The letters that fold to others (foldExceptions) are written from the
// Unicode decompositions into fold_table.go by foldtable_test.go, which
// also checks that the file is what the decompositions give: decomposing
// the range at init took a sixth of an empty document's process time.
//go:generate go test -count=1 -run ^TestFoldTableFile$ . -args -write-fold-table

func init() {
	for r := rune(foldLo); r <= foldHi; r++ {
		foldTable[r-foldLo] = foldEntry{untoned: r, ascii: r}
	}
	for _, x := range foldExceptions {
		foldTable[x.r-foldLo] = foldEntry{untoned: x.untoned, ascii: x.ascii, tone: x.tone}
	}
}

// SplitTone splits a precomposed letter into the letter without its tone mark
// and the tone: 'ệ' -> ('ê', ToneDot), 'Ủ' -> ('U', ToneHook). Other runes are
// returned unchanged with ToneLevel.
func SplitTone(r rune) (rune, Tone) {
	if r < foldLo || r > foldHi {
		return r, ToneLevel
	}
	e := foldTable[r-foldLo]
	return e.untoned, e.tone
}

// FoldRune returns r without any diacritic ('ệ' -> 'e', 'Đ' -> 'D'), keeping case.
// Runes outside the Latin letters are returned unchanged.
func FoldRune(r rune) rune {
	if r < foldLo || r > foldHi {
		return r
	}
	return foldTable[r-foldLo].ascii
}

// AppendFold appends s with every diacritic removed (đ -> d), keeping case,
// to dst. Combining marks (from NFD input) are dropped.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// copy the ASCII run at once
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		var r rune
		n := 0
		switch {
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, n = 0x1000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r >= foldLo && r <= foldHi {
			if f := foldTable[r-foldLo].ascii; f < utf8.RuneSelf {
				dst = append(dst, byte(f))
				i += n
				continue
			}
		}
		if isMark(r) {
			i += n
			continue
		}
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, "\uFFFD"...)
			i++
			continue
		}
		dst = append(dst, s[i:i+n]...)
		i += n
	}
	return dst
}

// Fold returns s with every diacritic removed, keeping case:
// "Phan Anh Sơn" -> "Phan Anh Son", "Đà Nẵng" -> "Da Nang".
func Fold(s string) string {
	if isASCII(s) {
		return s
	}
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
