package chunk

import (
	"strings"
	"testing"
)

// TestAt checks the eight-bytes-at-a-time At against End and pack, at every
// start of texts with chunks of every length around MaxLen.
func TestAt(t *testing.T) {
	texts := []string{"", "a", "ngày 5/10", "Hà Nội, ngày\u00a03", "\xff\xfe x", "a_b-c.d"}
	for n := 1; n <= 20; n++ {
		texts = append(texts, strings.Repeat("ắ", n/2)+strings.Repeat("x", n%2)+" 1"+strings.Repeat("b", n))
	}
	for _, s := range texts {
		for i := 0; i < len(s); i++ {
			if !IsByte[s[i]] {
				continue
			}
			j, k := At(s, i)
			if want := End(s, i); j != want {
				t.Fatalf("%q at %d: end %d, want %d", s, i, j, want)
			}
			want := Key{}
			if j-i <= MaxLen && (i+16 > len(s) || j-i < 16) {
				want = pack(s, i, j)
			}
			if k != want {
				t.Fatalf("%q at %d: key %x, want %x", s, i, k, want)
			}
		}
	}
}

// TestMemo checks that a Memo gives back what was added for a key, nothing
// for another key or the zero Key, and keeps the last memoWays keys of a set.
func TestMemo(t *testing.T) {
	m := new(Memo[int])
	if m.Find(Key{1, 0}) != nil || (*Memo[int])(nil).Find(Key{1, 0}) != nil {
		t.Fatal("empty memo finds a key")
	}
	m.Add(Key{}, 7)
	if m.Find(Key{}) != nil {
		t.Fatal("the zero Key was kept")
	}
	// Keys that share a set: the oldest leaves when a set is full.
	var same []Key
	for x := uint64(1); len(same) < memoWays+1; x++ {
		if k := (Key{x, 0}); set(k) == set(Key{1, 0}) {
			same = append(same, k)
		}
	}
	for v, k := range same {
		m.Add(k, v)
	}
	if m.Find(same[0]) != nil {
		t.Error("the oldest key of a full set is still there")
	}
	for v, k := range same[1:] {
		if p := m.Find(k); p == nil || *p != v+1 {
			t.Errorf("key %d: got %v, want %d", v+1, p, v+1)
		}
	}
}
