package entity

import (
	"strings"
	"testing"
)

// TestVerifySingle checks that the compact check of one-token entries
// agrees with verify on every word of the seeds (as written, in lower case
// and in capitals, so that every branch is taken) and every one-token entry
// sharing its key.
func TestVerifySingle(t *testing.T) {
	r, err := NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base := benchCorpus(t)
	accepted, rejected := 0, 0
	for _, text := range []string{base, strings.ToLower(base), strings.ToUpper(base)} {
		w := new(work)
		w.tokenize(text, r.vocab.Lookup)
		for _, s := range w.sents {
			w.accFirst = -1 // computed for this sentence when needed
			for i := s.First; i < s.Last; i++ {
				tk := w.toks[i]
				if tk.Key < 0 {
					continue
				}
				for _, it := range r.single.candidates(tk.Key, false) {
					want := r.verify(text, w, s, i, i+1, r.quick[it.entry])
					if got := r.verifySingle(text, w, s, i, tk, &it); got != want {
						t.Fatalf("%q as %q: verifySingle = %v, verify = %v", text[tk.Start:tk.End], r.entries[it.entry].surface, got, want)
					}
					if want {
						accepted++
					} else {
						rejected++
					}
				}
			}
		}
	}
	if accepted < 1000 || rejected < 1000 {
		t.Fatalf("accepted %d, rejected %d: too few of one kind to compare", accepted, rejected)
	}
}
