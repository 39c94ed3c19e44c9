package normalize

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTableRef is the fold table built by decomposing every rune of the
// range: the definition buildFoldTable's shortcut is checked against.
func foldTableRef() (t [foldHi - foldLo + 1]foldEntry) {
	for r := rune(foldLo); r <= foldHi; r++ {
		e := foldEntry{untoned: r, ascii: r}
		d := norm.NFD.String(string(r))
		base, n := utf8.DecodeRuneInString(d)
		if n < len(d) && base < utf8.RuneSelf {
			e.ascii = base
			keep := []rune{base}
			for _, m := range d[n:] {
				if t := toneOfMark(m); t != ToneLevel {
					e.tone = t
					continue
				}
				keep = append(keep, m)
			}
			if u := []rune(norm.NFC.String(string(keep))); len(u) == 1 {
				e.untoned = u[0]
			}
		}
		t[r-foldLo] = e
	}
	for _, p := range [][2]rune{{'đ', 'd'}, {'Đ', 'D'}, {'ð', 'd'}, {'Ð', 'D'}} {
		t[p[0]-foldLo].ascii = p[1]
	}
	t['ð'-foldLo].untoned = 'đ'
	t['Ð'-foldLo].untoned = 'Đ'
	return t
}

func TestFoldTableMatchesReference(t *testing.T) {
	want := foldTableRef()
	for i := range want {
		if foldTable[i] != want[i] {
			t.Errorf("%U: %+v, want %+v", rune(foldLo+i), foldTable[i], want[i])
		}
	}
	// Spot checks of the definition itself.
	tests := []struct {
		r       rune
		untoned rune
		tone    Tone
		ascii   rune
	}{
		{'ệ', 'ê', ToneDot, 'e'}, {'Ủ', 'U', ToneHook, 'U'}, {'ờ', 'ơ', ToneGrave, 'o'},
		{'Đ', 'Đ', ToneLevel, 'D'}, {'ð', 'đ', ToneLevel, 'd'}, {'ж', 'ж', ToneLevel, 'ж'},
	}
	for _, tc := range tests {
		if u, tn := SplitTone(tc.r); u != tc.untoned || tn != tc.tone || FoldRune(tc.r) != tc.ascii {
			t.Errorf("%c: SplitTone %c %v, FoldRune %c; want %c %v %c", tc.r, u, tn, FoldRune(tc.r), tc.untoned, tc.tone, tc.ascii)
		}
	}
}
