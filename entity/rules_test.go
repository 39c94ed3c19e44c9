package entity

import (
	"strings"
	"testing"

	"github.com/vnextract/vnextract/normalize"
)

// TestLowerEqual checks lowerEqual against strings.ToLower.
func TestLowerEqual(t *testing.T) {
	words := []string{"Và", "VÀ", "và", "va", "Phối", "PHỐI", "phối", "Đã", "đã", "ĐÃ", "TẠI", "tai", "Tại", "", "x", "ẞ", "İ", "ǅ"}
	for _, a := range words {
		for _, b := range words {
			want := strings.ToLower(a) == b
			if got := lowerEqual(a, b); got != want {
				t.Errorf("lowerEqual(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestRuleWordChecks checks that the key-indexed checks the rules make on
// every token (is with its fast reject, endsName with its tables) agree with
// their plain definitions on every token of the seeds.
func TestRuleWordChecks(t *testing.T) {
	r, err := NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	text := benchCorpus(t)
	w := new(work)
	w.tokenize(text, r.vocab.Lookup)
	enders := map[string]bool{}
	for _, list := range r.w.enders1 {
		for _, e := range list {
			enders[e] = true
		}
	}
	for _, list := range r.w.enders2 {
		for _, e := range list {
			enders[e[0]+" "+e[1]] = true
		}
	}
	plain := map[string]bool{}
	for id, ok := range r.w.plainEnder {
		if ok {
			plain[r.vocab.String(int32(id))] = true
		}
	}
	checked := 0
	for _, s := range w.sents {
		c := &rctx{r: r, w: w, text: text, s: s}
		for i := s.First; i < s.Last; i++ {
			word := c.word(i)
			for rw := range numRuleWords {
				l := ruleWordText[rw]
				want := strings.EqualFold(word, l) || (c.plainAt(i) && foldEqual(word, l))
				if got := c.is(i, rw); got != want {
					t.Fatalf("is(%q, %q) = %v, want %v", word, l, got, want)
				}
			}
			if w.toks[i].Kind != Word {
				continue
			}
			lower := strings.ToLower(word)
			want := enders[lower] || (c.plainAt(i) && plain[lower])
			if !want && c.in(i+1) && w.toks[i+1].Kind == Word &&
				!(c.is(i, wTo) && (c.is(i-1, wCac) || c.is(i-1, wNhung))) {
				want = enders[strings.ToLower(word+" "+c.word(i+1))]
			}
			if got := c.endsName(i); got != want {
				t.Fatalf("endsName(%q before %q) = %v, want %v", word, c.word(min(i+1, s.Last-1)), got, want)
			}
			if want {
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d enders in the seeds: the test reads too little", checked)
	}
}

// TestFoldEqual checks foldEqual against comparing folded keys, on pairs of
// seed words that share their first letters, and in changed case.
func TestFoldEqual(t *testing.T) {
	words := strings.Fields(benchCorpus(t))
	equal := 0
	for i := 0; i+1 < len(words); i++ {
		a := words[i]
		for _, b := range []string{words[i+1], strings.ToUpper(a), strings.ToLower(a), normalize.WordKey(a), a + "x", words[(i*7919)%len(words)]} {
			want := normalize.WordKey(a) == normalize.WordKey(b)
			if got := foldEqual(a, b); got != want {
				t.Fatalf("foldEqual(%q, %q) = %v, want %v", a, b, got, want)
			}
			if want {
				equal++
			}
		}
	}
	if equal < 1000 {
		t.Fatalf("only %d equal pairs", equal)
	}
}

// TestIsInitialed checks isInitialed against initialed (the test without its quick check) on initialed
// names, near misses and every word of the seeds.
func TestIsInitialed(t *testing.T) {
	words := []string{"V.Kalganov", "Đ.Nguyễn", "A.B.Smith", "V.KAL", "v.Kalganov", "V.Ka", "VV.Kalganov",
		"V..Kalganov", ".Kalganov", "V.", "V", "", "\xc3.Abc", "\x80.Abc", "Đ.", "TP.HCM", "Ư.Ánh"}
	for _, w := range strings.Fields(benchCorpus(t)) {
		words = append(words, strings.Trim(w, ",;:()“”\""))
	}
	found := 0
	for _, w := range words {
		got, want := isInitialed(w), initialed(w)
		if got != want {
			t.Fatalf("isInitialed(%q) = %v, want %v", w, got, want)
		}
		if got {
			found++
		}
	}
	if found < 3 {
		t.Fatalf("only %d initialed words: the test reads too little", found)
	}
}

func FuzzIsInitialed(f *testing.F) {
	for _, w := range []string{"V.Kalganov", "Đ.Nguyễn", "A.B.Smith", "\xc3.Abc"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isInitialed(w), initialed(w); got != want {
			t.Fatalf("isInitialed(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestPlaceRule checks the rule names placeRule spells out.
func TestPlaceRule(t *testing.T) {
	for _, k := range Kinds {
		if got, want := placeRule(k), "location:"+string(k); got != want {
			t.Errorf("placeRule(%q) = %q, want %q", k, got, want)
		}
	}
}
