package normalize

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// mistakes returns ways the word w (NFC, old style) is mistyped: its tone
// mark on another vowel (the u of qu and the i of gi too), the same mark
// on two vowels, a missing horn on
// either half of ươ, a wrong velar onset, decomposed, and the tone mark
// typed before the quality mark.
func mistakes(w string) map[string][]string {
	rs := []rune(w)
	out := map[string][]string{}
	tonePos, tone := -1, ToneLevel
	var vowels []int
	for k, r := range rs {
		if id, _, t, ok := letterOf(r); ok && id <= vY {
			vowels = append(vowels, k)
			if t != ToneLevel {
				tonePos, tone = k, t
			}
		}
	}
	with := func(k int, t Tone) rune {
		id, up, _, _ := letterOf(rs[k])
		u := 0
		if up {
			u = 1
		}
		return composed[id][t][u]
	}
	if tonePos >= 0 {
		for _, k := range vowels {
			if k == tonePos {
				continue
			}
			m := append([]rune(nil), rs...)
			m[tonePos], m[k] = with(tonePos, ToneLevel), with(k, tone)
			out["misplaced tone"] = append(out["misplaced tone"], string(m))
			m = append([]rune(nil), rs...)
			m[k] = with(k, tone)
			out["double tone"] = append(out["double tone"], string(m))
		}
		// the mark typed before the quality mark, decomposed
		d := norm.NFD.String(w)
		var b strings.Builder
		for _, r := range d {
			if r == markCircumflex || r == markBreve || r == markHorn {
				continue
			}
			b.WriteRune(r)
			if toneOfMark(r) != ToneLevel {
				if q := qualityMarkOf(rs[tonePos]); q != 0 {
					b.WriteRune(q)
				}
			}
		}
		out["marks out of order"] = append(out["marks out of order"], b.String())
	}
	out["decomposed"] = append(out["decomposed"], norm.NFD.String(w))
	if i := strings.Index(strings.ToLower(w), "ư"); i >= 0 {
		lw := []rune(w)
		for k := 0; k+1 < len(lw); k++ {
			a, ua, ta, _ := letterOf(lw[k])
			b, ub, tb, _ := letterOf(lw[k+1])
			if a == vUw && b == vOw {
				m := append([]rune(nil), lw...)
				m[k] = composed[vU][ta][boolU8(ua)]
				out["horn"] = append(out["horn"], string(m))
				m = append([]rune(nil), lw...)
				m[k+1] = composed[vO][tb][boolU8(ub)]
				out["horn"] = append(out["horn"], string(m))
			}
		}
	}
	lower := strings.ToLower(w)
	for _, sw := range [][2]string{{"ngh", "ng"}, {"gh", "g"}, {"k", "c"}, {"c", "k"}} {
		if strings.HasPrefix(lower, sw[0]) && !strings.HasPrefix(lower, "ch") && !strings.HasPrefix(lower, "kh") &&
			!(sw[0] == "ng" && strings.HasPrefix(lower, "ngh")) {
			out["spelling"] = append(out["spelling"], sw[1]+w[len(sw[0]):])
		}
	}
	if strings.HasPrefix(lower, "ng") && !strings.HasPrefix(lower, "ngh") {
		out["spelling"] = append(out["spelling"], "ngh"+w[2:])
	}
	if strings.HasPrefix(lower, "g") && !strings.HasPrefix(lower, "gh") && !strings.HasPrefix(lower, "gi") {
		out["spelling"] = append(out["spelling"], "gh"+w[1:])
	}
	return out
}

// qualityMarkOf returns the combining quality mark of a letter (0 if none).
func qualityMarkOf(r rune) rune {
	id, _, _, _ := letterOf(r)
	switch id {
	case vAa, vEe, vOo:
		return markCircumflex
	case vAw:
		return markBreve
	case vOw, vUw:
		return markHorn
	}
	return 0
}

// TestRepairOwnWords mistypes ownWords (and their capitalized forms) in
// every way mistakes knows and checks that the normalizer gives the word
// back, in the old style, per kind of mistake. The spelling swaps that
// make another valid word ("kém" <-> "cém" is a repair, "gà" -> "ghà" too,
// but "ngà" -> "ngh" + "à" as well) are all repairs: a velar onset has one
// right spelling before each vowel.
func TestRepairOwnWords(t *testing.T) {
	type count struct{ ok, n int }
	stats := map[string]*count{}
	for _, w := range ownWords {
		w = Normalizer{}.String(w)
		for _, form := range []string{w, string(unicode.ToUpper([]rune(w)[0])) + string([]rune(w)[1:])} {
			for kind, ms := range mistakes(form) {
				if kind == "spelling" && form != w {
					continue // capitalized k and c words are left as written
				}
				for _, m := range ms {
					if m == form || (kind == "spelling" && isASCII(m)) {
						continue // plain ASCII words are never respelled
					}
					c := stats[kind]
					if c == nil {
						c = &count{}
						stats[kind] = c
					}
					c.n++
					if got := (Normalizer{}).String(m); got == form {
						c.ok++
					} else {
						t.Logf("%s: %q -> %q, want %q", kind, m, got, form)
					}
				}
			}
		}
	}
	var total count
	for kind, c := range stats {
		t.Logf("%-20s %d of %d", kind, c.ok, c.n)
		total.ok, total.n = total.ok+c.ok, total.n+c.n
	}
	t.Logf("repaired %d of %d", total.ok, total.n)
	assert.Equal(t, total.n, total.ok, "every mistake repaired")
}

// TestFoldEveryLetter folds each Vietnamese letter, precomposed and
// decomposed, and each of ownWords, to plain ASCII: the base letter in its
// case, d for đ.
func TestFoldEveryLetter(t *testing.T) {
	for _, r := range vnLetters() {
		id, up, _, ok := letterOf(r)
		want := "d"
		if ok {
			want = string(letterBase[id])
		}
		if up || r == 'Đ' {
			want = strings.ToUpper(want)
		}
		assert.Equal(t, want, Fold(string(r)), "%q", r)
		assert.Equal(t, want, Fold(norm.NFD.String(string(r))), "decomposed %q", r)
		assert.Equal(t, want, string(FoldRune(r)), "FoldRune %q", r)
	}
	for _, w := range ownWords {
		f := Fold(w)
		assert.True(t, isASCII(f), "%q -> %q", w, f)
		assert.Equal(t, len([]rune(w)), len(f), "%q -> %q", w, f)
	}
}
