package relation

import (
	"strconv"
	"testing"
)

// TestInternerGrows checks the interner against a map: ids in order of
// first sight, the same id for a string seen again, lookup and str, for
// tables reset for fewer strings than they get (they grow), as many, and
// more than maxPresize; and reuse after a reset.
func TestInternerGrows(t *testing.T) {
	var in interner
	for _, c := range []struct{ presize, distinct, repeats int }{
		{0, 100, 3}, {10, 5000, 2}, {5000, 5000, 1}, {1 << 20, 3 * maxPresize, 2}, {1, 1, 50},
	} {
		in.reset(c.presize)
		want := map[string]int32{}
		for r := range c.repeats {
			for i := range c.distinct {
				s := "khóa " + strconv.Itoa(i*7919%100003)
				id, added := in.intern(s)
				w, seen := want[s]
				if !seen {
					w = int32(len(want))
					want[s] = w
				}
				if id != w || added == seen {
					t.Fatalf("%+v, round %d: intern(%q) = %d, %v; want %d, %v", c, r, s, id, added, w, !seen)
				}
			}
		}
		if in.len() != len(want) {
			t.Fatalf("%+v: %d strings, want %d", c, in.len(), len(want))
		}
		for s, id := range want {
			if got := in.lookup(s); got != id || in.str(id) != s {
				t.Fatalf("%+v: lookup(%q) = %d (str %q), want %d", c, s, got, in.str(got), id)
			}
		}
		if in.lookup("không có") != -1 {
			t.Fatalf("%+v: a string never interned has an id", c)
		}
	}
}
