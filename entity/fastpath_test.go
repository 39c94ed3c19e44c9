package entity

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/internal/testdocs"
	"github.com/vnextract/vnextract/normalize"
)

// Differential tests of the matcher's and the rules' fast paths: each is
// compared with the plain implementation it stands for, on the seeds, the
// development set (when present) and sentences written for these tests.

// fastpathSentences exercise the words the fast paths turn down early:
// local bodies after titles, inner bodies, folded spellings.
var fastpathSentences = []string{
	"Bí thư Tỉnh ủy Nghệ An và Chủ tịch UBND tỉnh đã tiếp đoàn công tác của Ban Thường vụ Thành ủy.",
	"Phó Chủ tịch HĐND huyện, Viện trưởng Viện kiểm sát nhân dân tối cao và Chánh án Tòa án nhân dân tỉnh dự họp.",
	"Chu tich Uy ban nhan dan tinh Lao Cai va Giam doc Cong an tinh da ky ket.",
	"Hội đồng quản trị của ngân hàng họp với Ban giám khảo và Hiệp hội Doanh nhân trẻ.",
	"ỦY BAN MTTQ VIỆT NAM TỈNH VÀ ĐOÀN ĐBQH TỈNH GẶP CỬ TRI.",
	"Huấn luyện viên đội tuyển Việt Nam, ông Kim Sang-sik, nói với báo chí ở Hà Nội.",
	"Bí thư Đảng ủy Khối, Trưởng Ban Chấp hành Công đoàn, Ủy viên Ban Bí thư, Ban Cán sự đảng.",
	"Ủy\u0300 ban nhân dân, Tỉnh-ủy và Huyện ủy Đông Anh; Uỷ ban nhân dân; tinh uy; TỈNH ỦY.",
}

// fastpathTexts returns the texts the differential tests read.
func fastpathTexts(t testing.TB) []string {
	var out []string
	for i, d := range testdocs.Seeds(t, "..") {
		out = append(out, string(d))
		if i == 0 { // one seed in lower case and in capitals too, for the branches on capitals
			out = append(out, strings.ToLower(string(d)), strings.ToUpper(string(d)))
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "devset", "news", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	out = append(out, fastpathSentences...)
	// The same sentences without diacritics and in capitals.
	for _, s := range fastpathSentences {
		out = append(out, normalize.Fold(s), strings.ToUpper(s))
	}
	return out
}

// forEachToken analyses every test text and calls fn with the rule context
// of each sentence and each of its tokens.
func forEachToken(t *testing.T, fn func(c *rctx, i int)) {
	r, err := NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range fastpathTexts(t) {
		a, err := r.Recognize(context.Background(), text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range a.w.sents {
			c := &rctx{r: r, w: a.w, text: text, s: s}
			for i := s.First; i <= s.Last; i++ {
				fn(c, i)
			}
		}
		a.Release()
	}
}

// localBodyEndRef is localBodyEnd comparing every word's folded text.
func localBodyEndRef(c *rctx, i int) int {
	if !c.in(i) || c.w.toks[i].Kind != Word {
		return -1
	}
next:
	for _, b := range localBodies {
		for j, w := range b {
			if !c.joined(i+j) || c.w.toks[i+j].Kind != Word || !foldEqualRunes(c.word(i+j), w) {
				continue next
			}
		}
		return i + len(b)
	}
	return -1
}

func TestLocalBodyEndMatchesReference(t *testing.T) {
	found := 0
	forEachToken(t, func(c *rctx, i int) {
		got, want := c.localBodyEnd(i), localBodyEndRef(c, i)
		if got != want {
			t.Errorf("localBodyEnd at %q: %d, reference %d", c.text[c.w.toks[i].Start:], got, want)
		}
		if want > 0 {
			found++
		}
	})
	if found < 20 {
		t.Errorf("only %d local bodies in the test texts: the comparison tests too little", found)
	}
}

func TestFoldAndLowerEqualMatchReference(t *testing.T) {
	words := []string{"", "a", "A", "ă", "Ủy", "uy", "UY", "u\u0309y", "@", "`", "[", "{", "đ", "Đ", "d", "hoi dong", "Hội đồng", "Hội  đồng", "ban", "Ban", "BAN", "tại", "Tại", "TẠI", "ở", "Ở", "\u212Aa", "ka", "İ", "i"}
	for _, b := range localBodies {
		words = append(words, b...)
	}
	words = append(words, innerBodies[:]...)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, text := range fastpathTexts(t)[:3] {
		f := strings.Fields(text)
		for range 300 {
			words = append(words, f[rng.IntN(len(f))])
		}
	}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldEqual(a, b), foldEqualRunes(a, b); got != want {
				t.Errorf("foldEqual(%q, %q) = %v, reference %v", a, b, got, want)
			}
			if got, want := lowerEqual(a, b), lowerEqualRunes(a, b); got != want {
				t.Errorf("lowerEqual(%q, %q) = %v, reference %v", a, b, got, want)
			}
		}
	}
}

// verifyRef is verify reading the whole lexEntry.
func verifyRef(text string, w *work, s Sentence, st, en int, e *lexEntry) bool {
	needCaps := e.needCaps
	ms := matchStyle{w: w, s: s, st: st, en: en}
	for j := 0; j < en-st; j++ {
		t := w.toks[st+j]
		if t.Is(Marked) {
			if w.markHash(text, st+j) != e.markHash[j] {
				return false
			}
		} else if e.markHash[j] != 0 {
			if !ms.plain() {
				return false
			}
		}
		if needCaps {
			capsOK := true
			if e.acronym[j] && !t.Is(AllCaps) && e.ntok == 1 {
				capsOK = false
			}
			if e.caps[j] && !t.Is(Cap) && (j == 0 || e.kind != KindOrg) {
				capsOK = false
			}
			if !capsOK {
				if !ms.plainLower() {
					return false
				}
			}
		}
	}
	if needCaps && e.ntok == 1 && e.markHash[0] != 0 && !w.toks[st].Is(Marked) {
		if ms.plainLower() && !w.toks[st].Is(Cap) {
			return false
		}
	}
	return true
}

// TestVerifyMatchesReference checks every raw automaton match of the test
// texts, and every one-token entry at every token, with verify and with
// the reference.
func TestVerifyMatchesReference(t *testing.T) {
	var accepted, rejected int
	check := func(c *rctx, st, en int, v int32) {
		got := c.r.verify(c.text, c.w, c.s, st, en, c.r.quick[v])
		want := verifyRef(c.text, c.w, c.s, st, en, &c.r.entries[v])
		if got != want {
			t.Errorf("verify %q as %q: %v, reference %v", c.text[c.w.toks[st].Start:c.w.toks[en-1].End], c.r.entries[v].surface, got, want)
		}
		if want {
			accepted++
		} else {
			rejected++
		}
	}
	forEachToken(t, func(c *rctx, i int) {
		if i == c.s.First {
			syms := make([]int32, c.s.Last-c.s.First)
			for k := range syms {
				syms[k] = c.w.toks[c.s.First+k].Key
			}
			c.r.auto.Match(syms, func(st, en int, v int32) { check(c, c.s.First+st, c.s.First+en, v) })
		}
		if c.in(i) && c.w.toks[i].Key >= 0 {
			for _, e := range c.r.single.list(c.w.toks[i].Key, 0) {
				check(c, i, i+1, e.entry)
			}
		}
	})
	if accepted < 1000 || rejected < 1000 {
		t.Errorf("%d matches accepted and %d rejected: the comparison tests too little", accepted, rejected)
	}
}

// innerBodyRef is innerBody comparing every inner body.
func innerBodyRef(c *rctx, i int) bool {
	for n := 2; n <= 4; n++ {
		if !c.in(i + n - 1) {
			break
		}
		key := c.text[c.w.toks[i].Start:c.w.toks[i+n-1].End]
		for _, b := range innerBodies {
			if foldEqualRunes(key, b) {
				return true
			}
		}
	}
	return false
}

func TestInnerBodyMatchesReference(t *testing.T) {
	found := 0
	forEachToken(t, func(c *rctx, i int) {
		if !c.in(i) {
			return
		}
		got, want := c.innerBody(i), innerBodyRef(c, i)
		if got != want {
			t.Errorf("innerBody at %q: %v, reference %v", c.text[c.w.toks[i].Start:], got, want)
		}
		if want {
			found++
		}
	})
	if found < 5 {
		t.Errorf("only %d inner bodies in the test texts: the comparison tests too little", found)
	}
}
