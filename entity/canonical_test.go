package entity

import (
	"context"
	"strings"
	"testing"
)

// TestMentionCanonical checks that a mention found through a lexicon entry
// carries the entry's canonical name, so that the names of one entity are
// tied: a user entry giving an acronym its full name, an embedded variant
// spelling; and that a mention that is more than an entry's match carries
// none.
func TestMentionCanonical(t *testing.T) {
	user, err := ParseLexicon(strings.NewReader("ORG\tXYZQ\tTập đoàn Thử Nghiệm Alpha\n"), "user.tsv")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRecognizer(user)
	if err != nil {
		t.Fatal(err)
	}
	text := "Tập đoàn Thử Nghiệm Alpha (XYZQ) vừa mở văn phòng tại LB Nga. " +
		"Ông Nguyễn Văn Hùng cho biết XYZQ sẽ hợp tác với Quốc hội Nhật Bản."
	a, err := r.Recognize(context.Background(), text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Release()
	want := map[string]string{ // mention text -> canonical
		"Tập đoàn Thử Nghiệm Alpha": "",
		"XYZQ":                      "Tập đoàn Thử Nghiệm Alpha",
		"LB Nga":                    "Liên bang Nga",
		"Nguyễn Văn Hùng":           "",
		"Quốc hội Nhật Bản":         "", // org:lexicon+place: more than the entry
	}
	seen := map[string]int{}
	for _, m := range a.Mentions {
		c, ok := want[m.Text]
		if !ok {
			continue
		}
		seen[m.Text]++
		if m.Canonical != c {
			t.Errorf("%v %q (%s): Canonical %q, want %q", m.Type, m.Text, m.Rule, m.Canonical, c)
		}
	}
	if seen["XYZQ"] != 2 {
		t.Errorf("XYZQ found %d times, want 2", seen["XYZQ"])
	}
	for s := range want {
		if seen[s] == 0 {
			t.Errorf("%q not found", s)
		}
	}
}
