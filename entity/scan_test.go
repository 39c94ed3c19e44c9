package entity

import (
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/internal/chunk"
	"github.com/vnextract/vnextract/normalize"
)

func tokensBoth(t *testing.T, s string) (fast, slow []Token) {
	t.Helper()
	vocab := map[string]int32{}
	key := func(b []byte) int32 {
		id, ok := vocab[string(b)]
		if !ok {
			id = int32(len(vocab))
			vocab[string(b)] = id
		}
		return id
	}
	var f, sl tokens
	f.tokenizeWith(s, key, nil, nil, true)
	sl.tokenizeWith(s, key, nil, nil, false)
	if !slices.Equal(f.sents, sl.sents) {
		t.Fatalf("sentences differ: fast %v, segment %v", f.sents, sl.sents)
	}
	// The breaks the tokenizer notes are all splitSentences needs: reading
	// every token gives the same sentences.
	all := make([]int32, len(f.toks))
	for i := range all {
		all[i] = int32(i)
	}
	if every := splitSentences(s, f.toks, all, nil); !slices.Equal(f.sents, every) {
		t.Fatalf("sentences from breaks %v, from every token %v", f.sents, every)
	}
	return f.toks, sl.toks
}

// checkSyllable fails unless exactly the words that normalize.IsSyllable
// accepts have the Syllable flag.
func checkSyllable(t *testing.T, s string, toks []Token) {
	t.Helper()
	for i, tk := range toks {
		if want := tk.Kind == Word && normalize.IsSyllable(s[tk.Start:tk.End]); tk.Is(Syllable) != want {
			t.Fatalf("token %d %q: Syllable flag %v, want %v", i, s[tk.Start:tk.End], tk.Is(Syllable), want)
		}
	}
}

func sameTokens(t *testing.T, name, s string) {
	t.Helper()
	fast, slow := tokensBoth(t, s)
	checkSyllable(t, s, fast)
	checkSyllable(t, s, slow)
	n := len(fast)
	if len(slow) < n {
		n = len(slow)
	}
	for i := 0; i < n; i++ {
		if fast[i] != slow[i] {
			t.Fatalf("%s: token %d differs: fast %+v %q, segment %+v %q", name, i,
				fast[i], s[fast[i].Start:fast[i].End], slow[i], s[slow[i].Start:slow[i].End])
		}
	}
	if len(fast) != len(slow) {
		t.Fatalf("%s: %d tokens on the fast path, %d from segment", name, len(fast), len(slow))
	}
}

// seedAndBadTexts returns the seed documents and the bad inputs, by path.
func seedAndBadTexts(t *testing.T) map[string]string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	bad, _ := filepath.Glob("../testdata/bad/*.txt")
	texts := map[string]string{}
	for _, f := range append(files, bad...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	return texts
}

// TestScanMatchesSegment checks that the Latin fast path gives exactly the
// tokens of the UAX #29 segmenter.
func TestScanMatchesSegment(t *testing.T) {
	for f, text := range seedAndBadTexts(t) {
		if !latinOnly(text) {
			continue
		}
		sameTokens(t, f, text)
	}
	for _, s := range []string{
		"V.Kalganov, TP.HCM và TP. Hồ Chí Minh; St. Petersburg D.C., 10,2% 21//01 1/10",
		"Việt-Nga “Truyền thống” (VUFO) 3.199 ngày 18-20/2/2026 abc@x.vn 06:00 Ả-rập",
		"Samaritan’s Purse, l'école, SK9, G4, COVID-19, 1;2, a:b, a·b, x_y, 1'000, a..b, 1.,2",
		"e\u0301 combining, \u00adsoft, tab\there\r\nCRLF\u2028sep \u00a0nbsp «quoted» — dash",
		"Sao vậy? Tôi không biết! Được. Thật ư?! (Có) [x] {y} #1 $2 @a ~b |c ^d `e` +f =g <h> *i* &j \\k /l -m",
		".\u0301 ,\u0301 ?\u0300a",
	} {
		sameTokens(t, s, s)
	}
}

// FuzzScanMatchesSegment feeds arbitrary text to both tokenizers: Latin
// text takes the fast path, anything else must fall back to the segmenter
// from a clean start, wherever the unknown rune is.
func FuzzScanMatchesSegment(f *testing.F) {
	f.Add("Chủ tịch V.Kalganov, 10,2% 3.199 a'b a:b")
	f.Add("Thủ tướng 岸田 文雄 nói")
	f.Add("a.\u0250b \u0301\xff x")
	f.Fuzz(func(t *testing.T, s string) {
		sameTokens(t, "fuzz", s)
		sameWithVocab(t, s)
		sameDated(t, new(chunk.Memo[memoEntry]), s)
		var tk tokenizer
		tk.text, tk.key = s, func([]byte) int32 { return -1 }
		if got := tk.scanLatin(); got != latinOnly(s) {
			t.Fatalf("scanLatin = %v, latinOnly = %v", got, latinOnly(s))
		}
	})
}

// TestAppendKeyFlags checks the one-pass key and flags against the separate functions.
func TestAppendKeyFlags(t *testing.T) {
	for _, w := range []string{"Sơn", "ĐÀ", "VUFO", "V.Kalganov", "e\u0301", "abc", "Ủy", "TP.HCM", "x2", "ÀB", "Ωmega"} {
		k, f := appendKeyFlags(nil, w)
		if string(k) != string(normalize.AppendWordKey(nil, w)) || f != surfaceFlags(w) {
			t.Errorf("%q: got %q %b, want %q %b", w, k, f, normalize.AppendWordKey(nil, w), surfaceFlags(w))
		}
	}
}

var testRecognizer = sync.OnceValue(func() *Recognizer {
	r, err := NewRecognizer(nil)
	if err != nil {
		panic(err)
	}
	return r
})

// sameWithVocab checks that tokenizing with the vocabulary's short-key
// lookup gives the tokens that looking every key up does.
func sameWithVocab(t *testing.T, s string) {
	t.Helper()
	r := testRecognizer()
	var a, b tokens
	a.tokenize(s, r.vocab.Lookup)
	b.tokenizeVocab(s, r.vocab)
	if !slices.Equal(a.toks, b.toks) {
		for i := range min(len(a.toks), len(b.toks)) {
			if a.toks[i] != b.toks[i] {
				t.Fatalf("token %d: %+v with Lookup, %+v with tokenizeVocab", i, a.toks[i], b.toks[i])
			}
		}
		t.Fatalf("%d tokens with Lookup, %d with tokenizeVocab", len(a.toks), len(b.toks))
	}
}

// TestTokenizeVocab runs sameWithVocab on the seeds and the bad inputs.
func TestTokenizeVocab(t *testing.T) {
	for _, text := range seedAndBadTexts(t) {
		sameWithVocab(t, text)
	}
}

// sameDated checks that tokenizing with the date words (tokenizeDated)
// gives the tokens and sentences tokenizeVocab gives, the tokens' mark-key
// hashes where it gives them, and the date words the date tokenizer makes
// alone (date.Words.Verify): with the chunk memo m as it comes, and again
// after reading s has filled it.
func sameDated(t *testing.T, m *chunk.Memo[memoEntry], s string) {
	t.Helper()
	r := testRecognizer()
	var want tokens
	want.tokenizeVocab(s, r.vocab)
	for pass := range 2 {
		got := tokens{memo: m}
		var d date.Words
		got.tokenizeDated(s, r.vocab, &d)
		if !slices.Equal(got.toks, want.toks) || !slices.Equal(got.sents, want.sents) {
			for i := range min(len(got.toks), len(want.toks)) {
				if got.toks[i] != want.toks[i] {
					t.Fatalf("pass %d: token %d: %+v with dates, %+v without", pass, i, got.toks[i], want.toks[i])
				}
			}
			t.Fatalf("pass %d: %d tokens (%d sentences) with dates, %d (%d) without", pass,
				len(got.toks), len(got.sents), len(want.toks), len(want.sents))
		}
		checkSyllable(t, s, got.toks)
		// A mark-key hash the tokenizer gives is the token's.
		for i, h := range got.marks {
			tk := got.toks[i]
			if h != 0 && h != markKeyHash(s[tk.Start:tk.End]) || h != 0 && !tk.Is(Marked) {
				t.Fatalf("pass %d: token %d %q: mark hash %x, want %x", pass, i, s[tk.Start:tk.End], h, markKeyHash(s[tk.Start:tk.End]))
			}
		}
		if len(got.marks) != len(got.toks) {
			t.Fatalf("pass %d: %d mark hashes for %d tokens", pass, len(got.marks), len(got.toks))
		}
		if err := d.Verify(s); err != nil {
			t.Fatalf("pass %d: %v", pass, err)
		}
	}
}

// TestTokenizeDated runs sameDated on the seeds, the bad inputs, and texts
// where the two tokenizers part ways: words joined by marks, digits and
// quotes, non-ASCII punctuation and spaces inside a chunk, chunks longer
// than the memo keeps, and chunks at the end of the text.
func TestTokenizeDated(t *testing.T) {
	m := new(chunk.Memo[memoEntry])
	texts := []string{"", "a", "ngày", "Ngày 5/10 tại Hà Nội.", "TP.HCM ngày 3", "Hà–Nội ngày–3",
		"ngày\u00a0 3 tháng\u2028năm", "a'b ngày's x_y ngày1 1ngày", "e\u0301 ngày\u0301 3",
		"Quốc khánh 2/9/2025, “hôm nay” …", "abcdefghijklmnopqrstu ngày 3", "xxxxxxxxxxxxxxxx ngày",
		"ngày\xffngày \xe1\xba ngày", "北京 ngày 3/4", "\tngày\r\nngày\f3\v4", "ngày.ngày:ngày,ngày;ngày",
		"ngày ngày.ở ngày:Đà ngày'ư ngày.\u0301a ngày. ngày.5 ngày..", "Nội. Nội.\n Nội.", "ngày.", "ngày:"}
	for _, s := range texts {
		sameDated(t, m, s)
	}
	for name, s := range seedAndBadTexts(t) {
		t.Run(filepath.Base(name), func(t *testing.T) { sameDated(t, m, s) })
	}
	// The memo, warm from the seeds, on the short texts again.
	for _, s := range texts {
		sameDated(t, m, s)
	}
}
