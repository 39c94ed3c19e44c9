package normalize

import "testing"

func TestDbg2(t *testing.T) {
	for _, s := range []string{"y\xff í\u200d\u0309â\u0302Ð", "í\u200d\u0309â\u0302Ð", "\xff í\u200d\u0309â", " í\u200d\u0309"} {
		out, a, _, _ := Normalizer{}.Normalize([]byte(s))
		t.Logf("%q -> %q %v", s, out, a)
	}
}
