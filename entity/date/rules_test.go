package date

import (
	"fmt"
	"testing"
)

// TestKeyMapChecked checks that a keyMap refuses more keyword lists than a
// set holds, where a narrower set would drop the last rules unseen, and
// that it keeps the index of every list up to the last bit.
func TestKeyMapChecked(t *testing.T) {
	lists := make([][]keyword, setCap+1)
	for x := range lists {
		lists[x] = []keyword{kw(fmt.Sprintf("k%d", x))}
	}
	var km keyMap
	if err := km.build(lists); err == nil {
		t.Fatalf("%d lists: no error", len(lists))
	}
	if err := km.build(lists[:setCap]); err != nil {
		t.Fatal(err)
	}
	for x, l := range lists[:setCap] {
		if got := km.get(l[0].key); uint64(got) != uint64(1)<<x {
			t.Errorf("list %d: set %b, want bit %d", x, got, x)
		}
	}
}

// TestRuleStarts checks that every start word of every word rule finds its
// rule, and every number word its entry.
func TestRuleStarts(t *testing.T) {
	for x, r := range wordRules {
		for _, k := range r.start {
			if startKeys.get(k.key)&(1<<x) == 0 {
				t.Errorf("rule %d does not start at %q", x, k.proper)
			}
		}
	}
	for x, u := range unitWords {
		if unitKeys.get(u.k.key)&(1<<x) == 0 {
			t.Errorf("number word %q is not found", u.k.proper)
		}
	}
}
