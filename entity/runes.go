package entity

import (
	"unicode"

	"github.com/vnextract/vnextract/normalize"
)

// letterInfo is what entity's hot loops need to know of a rune, cached
// from normalize's description of the letters (FoldRune, SplitTone) and
// from unicode: the token key (appendKeyFlags), the mark key
// (markKeyHash) and the surface flags.
type letterInfo struct {
	key                 rune // folded lower-case form: 'ệ' -> 'e'
	base                rune // lower case without the tone mark: 'Ệ' -> 'ê' (normalize.AppendMarkKey)
	tone                byte // '0'+tone of the tone mark, 0 for the level tone
	mark, letter, upper bool
}

// latinInfo covers U+0000..U+1EFF, every letter Vietnamese text uses.
var latinInfo [0x1F00]letterInfo

func init() {
	for r := range rune(len(latinInfo)) {
		latinInfo[r] = infoOf(r)
	}
}

func infoOf(r rune) letterInfo {
	base, t := normalize.SplitTone(r)
	li := letterInfo{
		key:    unicode.ToLower(normalize.FoldRune(r)),
		base:   unicode.ToLower(base),
		mark:   unicode.Is(unicode.Mn, r),
		letter: unicode.IsLetter(r),
		upper:  unicode.IsUpper(r),
	}
	if t != normalize.ToneLevel {
		li.tone = '0' + byte(t)
	}
	return li
}
