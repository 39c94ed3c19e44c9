package entity

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// The shape checker entity used before normalize.IsSyllable served both
// packages, kept as the reference it must agree with.

// refOnsetLen returns the length of the onset at the start of the folded
// syllable s (b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v
// x), 0 when it starts with a vowel. The onset never takes the whole word.
func refOnsetLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	n := 0
	switch s[0] {
	case 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x':
		n = 1
	case 'q':
		if s[1] != 'u' {
			return 0
		}
	}
	if n > 0 || s[0] == 'q' {
		switch s[:2] {
		case "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr":
			n = 2
			if len(s) > 3 && s[:3] == "ngh" {
				n = 3
			}
		}
	}
	if n >= len(s) { // the onset must leave a letter: "ch" -> "c"+"h", "qu" -> no onset
		n = 1
		if s[0] == 'q' {
			n = 0
		}
	}
	return n
}

var refCodas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true,
	"ng": true, "nh": true, "p": true, "t": true}

// refVowelClusters lists the folded vowel sequences (nucleus with glides and
// offglides) that occur in Vietnamese syllables.
var refVowelClusters = map[string]bool{}

func init() {
	for _, v := range []string{
		"a", "e", "i", "o", "u", "y",
		"ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua",
		"ue", "ui", "uo", "uu", "uy", "ya", "ye", "oai", "oao", "oay", "oeo", "uay", "uya",
		"uye", "uoi", "uou", "uyu", "ieu", "yeu", "uai", "uau", "uao", "ueu", "uoa",
	} {
		refVowelClusters[v] = true
	}
}

func refIsVowelASCII(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// refIsVietnameseSyllable reports whether w (one token) has the shape of a
// Vietnamese syllable. Letters f, j, w, z, inner capitals after the first
// letter, and consonant clusters outside the onset list make it foreign.
func refIsVietnameseSyllable(w string) bool {
	var buf [32]byte
	b := buf[:0]
	upperInside := false
	for i, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if i > 0 && unicode.IsUpper(r) {
			upperInside = true
		}
		f := unicode.ToLower(normalize.FoldRune(r))
		if f >= utf8.RuneSelf {
			return false
		}
		if len(b) == len(buf) {
			return false
		}
		b = append(b, byte(f))
	}
	if upperInside && !allUpper(w) {
		return false
	}
	s := string(b) // does not escape: the compiler keeps it on the stack
	rest := s[refOnsetLen(s):]
	// gi/qu followed by a consonant only: "gi" alone is a syllable (gì).
	n := 0
	for n < len(rest) && refIsVowelASCII(rest[n]) {
		n++
	}
	if n == 0 {
		// "gi", "gin": the i of gi is the vowel.
		if len(s) >= 2 && s[:2] == "gi" {
			return refCodas[s[2:]]
		}
		return false
	}
	return refVowelClusters[rest[:n]] && refCodas[rest[n:]]
}

// TestSyllableMatchesReference compares normalize.IsSyllable with the
// reference on every word of the seeds and the dev set, every lexicon
// word, their capitals and lower-case forms, and random strings of the
// letters that matter.
func TestSyllableMatchesReference(t *testing.T) {
	words := map[string]bool{"": true, "gi": true, "gin": true, "qu": true, "quy": true, "q": true, "ngh": true,
		"nghe": true, "ch": true, "Đ": true, "đi": true, "iPhone": true, "KHÔNG": true, "ΩMEGA": true, "x\xffy": true}
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	dev, _ := filepath.Glob("../../shared/devset/news/*.txt")
	for _, f := range append(files, dev...) {
		b, _ := os.ReadFile(f)
		for _, w := range strings.Fields(string(b)) {
			words[w] = true
			words[strings.Trim(w, ".,;:()\"“”!?")] = true
		}
	}
	for _, e := range DefaultLexicon() {
		for _, w := range strings.Fields(e.Surface) {
			words[w] = true
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	const letters = "aăâeêioôơuưyđbcdghklmnpqrstvxfjwzAĐGHNQ"
	rs := []rune(letters)
	for range 200000 {
		var b strings.Builder
		for range 1 + r.IntN(7) {
			b.WriteRune(rs[r.IntN(len(rs))])
		}
		words[b.String()] = true
	}
	n := 0
	for w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
			if got, want := normalize.IsSyllable(v), refIsVietnameseSyllable(v); got != want {
				t.Errorf("IsSyllable(%q) = %v, the reference %v", v, got, want)
			}
			n++
		}
	}
	if n < 100000 {
		t.Fatalf("only %d words compared", n)
	}
}

// TestMarkKeyHash checks markKeyHash against hashing normalize.AppendMarkKey's key, on
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
			if got, want := markKeyHash(v), hashBytes(normalize.AppendMarkKey(nil, v)); got != want {
				t.Fatalf("markKeyHash(%q) = %x, want %x", v, got, want)
			}
		}
	}
}
