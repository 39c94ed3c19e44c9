package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// onsetLenByList is the plain definition onsetLen implements: the longest
// onset of the list that is shorter than the word.
func onsetLenByList(s string) int {
	for _, o := range []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"} {
		if len(s) > len(o) && s[:len(o)] == o {
			return len(o)
		}
	}
	return 0
}

func TestOnsetLen(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	words := map[string]bool{"qu": true, "ng": true, "gh": true, "q": true, "qa": true, "qua": true, "ngh": true, "nghe": true, "gi": true, "ch": true, "a": true}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, w := range strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.IsLetter(r) }) {
			words[KeyString(w)] = true
		}
	}
	for w := range words {
		if got, want := onsetLen(w), onsetLenByList(w); got != want {
			t.Errorf("onsetLen(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestIsVietnameseSyllable(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Nguyễn", true}, {"nghiêng", true}, {"quý", true}, {"gì", true}, {"Trường", true}, {"khuya", true},
		{"Kalganov", false}, {"Petersburg", false}, {"Trump", false}, {"Vyacheslav", false}, {"VietHope", false},
		{"qa", false}, {"Jae", false}, {"Zheleznyak", false},
	} {
		if got := isVietnameseSyllable(tc.w); got != tc.want {
			t.Errorf("isVietnameseSyllable(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestMarkKeyHash checks markKeyHash against hashing appendMarkKey's key, on
// every seed word (as written and in capitals), every lexicon surface and
// a few odd strings.
func TestMarkKeyHash(t *testing.T) {
	words := strings.Fields(benchCorpus(t))
	for _, e := range DefaultLexicon() {
		words = append(words, strings.Fields(e.Surface)...)
	}
	words = append(words, "", "x\xffy", "ΩMEGA", "Ủy", "Uỷ", "e\u0301", "ĐẠI", "\U0001F600", strings.Repeat("ả", 12))
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w)} {
			if got, want := markKeyHash(v), hashBytes(appendMarkKey(nil, v)); got != want {
				t.Fatalf("markKeyHash(%q) = %x, want %x", v, got, want)
			}
		}
	}
}
