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
	for _, d := range testdocs.Seeds(t, "..") {
		out = append(out, string(d))
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

func TestFoldEqualMatchesReference(t *testing.T) {
	words := []string{"", "a", "A", "ă", "Ủy", "uy", "UY", "u\u0309y", "@", "`", "[", "{", "đ", "Đ", "d", "hoi dong", "Hội đồng", "Hội  đồng", "ban", "Ban", "BAN"}
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
		}
	}
}
