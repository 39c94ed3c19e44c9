package entity

// Temporary output-equality check (not committed).

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/vnextract/vnextract/normalize"
)

func snapCorpus(t *testing.T) []string {
	var texts []string
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	bad, _ := filepath.Glob(filepath.Join("..", "testdata", "bad", "*.txt"))
	var base []string
	for _, p := range append(seeds, bad...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		base = append(base, string(b))
	}
	texts = append(texts, base...)
	for _, s := range base[:len(seeds)] {
		texts = append(texts, normalize.Fold(s), strings.ToUpper(s), strings.ToLower(s), norm.NFD.String(s))
	}
	// Random windows and splices with byte noise.
	r := rand.New(rand.NewSource(1))
	all := strings.Join(texts, "\n")
	noise := []string{"/", "-", " ", "\n", "1", "12", "2024", ".", ",", ":", "h", "ngày", "tháng", "năm", "\u00a0", "\u0301", "\xff", "–", "(", ")", "giờ", "thứ", "tới", "qua"}
	for n := 0; n < 4000; n++ {
		a := r.Intn(len(all))
		l := r.Intn(300)
		if a+l > len(all) {
			l = len(all) - a
		}
		s := []byte(all[a : a+l])
		for k := r.Intn(4); k > 0 && len(s) > 0; k-- {
			p := r.Intn(len(s))
			ins := noise[r.Intn(len(noise))]
			s = append(s[:p], append([]byte(ins), s[p:]...)...)
		}
		texts = append(texts, string(s))
	}
	return texts
}

func TestDateSnapshot(t *testing.T) {
	texts := snapCorpus(t)
	refs := []time.Time{{}, time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 15, 0, 0, 0, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)}
	var sb strings.Builder
	for i, s := range texts {
		for _, ref := range refs {
			ms := FindDates(s, DateOptions{Ref: ref})
			b, _ := json.Marshal(ms)
			fmt.Fprintf(&sb, "%d %s %s\n", i, ref.Format("2006-01-02"), b)
		}
		d, ok := FindDateline(s)
		fmt.Fprintf(&sb, "%d dateline %v %v\n", i, d, ok)
	}
	path := "/tmp/snap/dates.txt"
	if os.Getenv("SNAP_WRITE") != "" {
		os.WriteFile(path, []byte(sb.String()), 0o644)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != sb.String() {
		os.WriteFile("/tmp/snap/dates.got.txt", []byte(sb.String()), 0o644)
		t.Fatal("date output differs: diff /tmp/snap/dates.txt /tmp/snap/dates.got.txt")
	}
}
