package normalize

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Việt-Nga": "viet-nga", "Việt - Nga": "viet-nga", "Việt – Nga": "viet-nga",
		"Ủy ban Đối ngoại": "uy ban doi ngoai", "Uỷ ban  Đối ngoại": "uy ban doi ngoai",
		"V. Kalganov": "v.kalganov", "“Truyền thống”": "\"truyen thong\"", " Hà Nội ": "ha noi",
		"Hà\u00a0Nội": "ha noi", "Ha\u0300 Nô\u0323i": "ha noi", // NBSP; NFD marks
		"ĐẢNG": "dang", "Tôn Thất": "ton that", "Straße": "straße",
	} {
		k := NameKey(in)
		assert.Equal(t, want, k, in)
		assert.Equal(t, k, NameKey(k), "NameKey(NameKey(%q))", in)
		assert.Equal(t, "x"+k, string(AppendNameKey([]byte("x"), in)), in)
	}
}

// TestKeyFamily pins what each key folds: the same spelling in two columns
// must give the same key, and the last column differs from the first.
func TestKeyFamily(t *testing.T) {
	keys := []struct {
		name string
		key  func(string) string
		same [][2]string
		diff [][2]string
	}{
		{"Key", Key,
			[][2]string{{"PHAN ANH SƠN", "Phan Anh Son"}, {"Việt – Nga", "Việt-Nga"}, {"Ủy ban", "Uỷ ban"}, {" Hà  Nội ", "ha noi"}},
			[][2]string{{"V. Kalganov", "V.Kalganov"}, {"Hà Nội", "Hà Tĩnh"}}},
		{"AccentKey", AccentKey,
			[][2]string{{"Hội hữu nghị Việt - Nga", "HỘI HỮU NGHỊ  Việt-Nga"}, {"Hòa Bình", "hoà bình"}, {"Chủ tịch", "chủ\ttịch"}},
			[][2]string{{"Hùng", "Hưng"}, {"Lê", "Le"}}},
		{"NameKey", NameKey,
			[][2]string{{"V. Kalganov", "V.Kalganov"}, {"“Tết”", "\"Tet\""}, {"ĐẢNG", "dang"}},
			[][2]string{{"Hà Nội", "HàNội"}, {"Lê", "Lê Lợi"}}},
		{"WordKey", WordKey,
			[][2]string{{"Sơn", "son"}, {"ĐÀ", "da"}, {"Ha\u0300", "hà"}},
			[][2]string{{"a–b", "a-b"}, {"Hà Nội", "Hà  Nội"}}},
		{"SpellingKey", SpellingKey,
			[][2]string{{"Hòa", "hoà"}, {"Thủy", "thuỷ"}, {"Ha\u0300  Nội", "hà nội"}},
			[][2]string{{"Lê", "Lệ"}, {"Hùng", "Hưng"}, {"Hòa", "Hoa"}}},
		{"AppendMarkKey", func(s string) string { return string(AppendMarkKey(nil, s)) },
			[][2]string{{"Ủy", "Uỷ"}, {"THỦY", "thuỷ"}},
			[][2]string{{"Lê", "Lệ"}, {"Hùng", "Hưng"}, {"Uy", "Ủy"}}},
	}
	for _, k := range keys {
		for _, p := range k.same {
			assert.Equal(t, k.key(p[0]), k.key(p[1]), "%s(%q) vs %s(%q)", k.name, p[0], k.name, p[1])
		}
		for _, p := range k.diff {
			assert.NotEqual(t, k.key(p[0]), k.key(p[1]), "%s(%q) vs %s(%q)", k.name, p[0], k.name, p[1])
		}
	}
}

func TestKeyValues(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{WordKey("Đặng-Thị"), "dang-thi"},
		{string(AppendWordKey([]byte("x"), "Ơ")), "xo"},
		{SpellingKey("Hòa  Bình"), "hoa1 binh1"},
		{SpellingKey("Uy"), "uy0"},
		{string(AppendMarkKey(nil, "Ủy")), "uy3"},
		{string(AppendMarkKey(nil, "Uy")), "uy"},
		{AccentKey("Việt – Nga"), "việt-nga"},
	} {
		assert.Equal(t, tc.want, tc.got)
	}
}

// FuzzKeys checks the key family on any input: no panic, valid UTF-8 out
// of valid UTF-8 in, each Append form equal to its string form after a
// prefix, and the keys that are meant to be stable under themselves
// (NameKey, WordKey) idempotent.
func FuzzKeys(f *testing.F) {
	for _, s := range []string{"PHAN ANH SƠN", "Việt – Nga", "Uỷ ban  Đối ngoại", "V. Kalganov", "Ha\u0300 Nô\u0323i",
		"\xff\xfeĐ", "“x” ‘y’", "Hòa\tBình ", "a\u0301\u0301b", "İSTANBUL ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keys := map[string]string{"Key": Key(s), "AccentKey": AccentKey(s), "NameKey": NameKey(s), "WordKey": WordKey(s),
			"SpellingKey": SpellingKey(s), "AppendMarkKey": string(AppendMarkKey(nil, s))}
		if utf8.ValidString(s) {
			for name, k := range keys {
				if !utf8.ValidString(k) {
					t.Errorf("%s(%q) = %q: invalid UTF-8", name, s, k)
				}
			}
		}
		if got := string(AppendWordKey([]byte("x"), s)); got != "x"+keys["WordKey"] {
			t.Errorf("AppendWordKey(x, %q) = %q, want x%q", s, got, keys["WordKey"])
		}
		if got := string(AppendMarkKey([]byte("x"), s)); got != "x"+keys["AppendMarkKey"] {
			t.Errorf("AppendMarkKey(x, %q) = %q, want x%q", s, got, keys["AppendMarkKey"])
		}
		if k := keys["NameKey"]; NameKey(k) != k {
			t.Errorf("NameKey(NameKey(%q)) = %q, want %q", s, NameKey(k), k)
		}
		if k := keys["WordKey"]; WordKey(k) != k {
			t.Errorf("WordKey(WordKey(%q)) = %q, want %q", s, WordKey(k), k)
		}
	})
}
