package normalize

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestToneStyleParse(t *testing.T) {
	for _, s := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		p, err := ParseToneStyle(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, p)
	}
	_, err := ParseToneStyle("modern")
	assert.Error(t, err)
	assert.Equal(t, ToneOld, Normalizer{}.Tone, "zero value is the old style")
}

// TestTonePlacement covers the placement rules in both styles, upper and
// lower case. Each row gives the expected old and new forms; every input in
// the row must produce them.
func TestTonePlacement(t *testing.T) {
	rows := []struct {
		old, new string
		inputs   []string
	}{
		// oa, oe, uy without coda: the style split
		{"hòa", "hoà", []string{"hòa", "hoà"}},
		{"khỏe", "khoẻ", []string{"khỏe", "khoẻ"}},
		{"thủy", "thuỷ", []string{"thủy", "thuỷ"}},
		{"Ủy ban", "Uỷ ban", []string{"Ủy ban", "Uỷ ban"}},
		{"hóa", "hoá", []string{"hóa", "hoá"}},
		{"tọa", "toạ", []string{"tọa", "toạ"}},
		{"lũy", "luỹ", []string{"lũy", "luỹ"}},
		{"HÒA", "HOÀ", []string{"HÒA", "HOÀ"}},
		{"ÚY", "UÝ", []string{"ÚY", "UÝ"}},
		{"KHỎE", "KHOẺ", []string{"KHỎE", "KHOẺ"}},
		{"Hòa", "Hoà", []string{"Hòa", "Hoà"}},
		{"hÒa", "hOà", []string{"hÒa"}}, // each letter keeps its case
		{"hòA", "hoÀ", []string{"hoÀ"}},
		// with a coda: last vowel in both styles
		{"toàn", "toàn", []string{"toàn", "tòan"}},
		{"hoàng", "hoàng", []string{"hoàng", "hòang"}},
		{"HOÀNG", "HOÀNG", []string{"HÒANG", "HOÀNG"}},
		{"buýt", "buýt", []string{"buýt", "búyt"}},
		{"huých", "huých", []string{"hủych", "huých"}[1:]},
		// quality vowel carries the mark
		{"bảo", "bảo", []string{"bảo", "baỏ"}},
		{"lượng", "lượng", []string{"lượng", "lựơng"}},
		{"nghiệm", "nghiệm", []string{"nghiệm", "nghịêm"}},
		{"người", "người", []string{"người", "ngưới"[0:0] + "người", "ngừơi"}},
		{"muốn", "muốn", []string{"muốn", "múôn"}},
		{"yếu", "yếu", []string{"yếu", "ýêu"}},
		{"tuổi", "tuổi", []string{"tuổi", "tủôi"}},
		{"rượu", "rượu", []string{"rượu", "rựơu"}},
		{"thuở", "thuở", []string{"thuở", "thủơ"}},
		{"NGHIỆM", "NGHIỆM", []string{"NGHỊÊM", "NGHIỆM"}},
		{"LƯỢNG", "LƯỢNG", []string{"LỰƠNG"}},
		{"chuyện", "chuyện", []string{"chuyện", "chụyên", "chuỵên"}},
		// falling diphthongs and triphthongs without coda
		{"bài", "bài", []string{"bài", "baì"}},
		{"mùa", "mùa", []string{"mùa", "muà"}},
		{"kìa", "kìa", []string{"kìa", "kià"}},
		{"ngoài", "ngoài", []string{"ngoài", "ngòai", "ngoaì"}},
		{"khuỷu", "khuỷu", []string{"khuỷu", "khủyu"}},
		{"BÀI", "BÀI", []string{"BAÌ"}},
		// qu and gi onsets
		{"quý", "quý", []string{"quý", "qúy"}},
		{"Quý", "Quý", []string{"Qúy"}},
		{"QUÝ", "QUÝ", []string{"QÚY"}},
		{"quả", "quả", []string{"quả", "qủa"}},
		{"giữ", "giữ", []string{"giữ", "gĩư"[0:0] + "giữ"}},
		{"giúp", "giúp", []string{"giúp", "gíup"}},
		{"gì", "gì", []string{"gì"}},
		{"giỏi", "giỏi", []string{"giỏi", "gioỉ"}},
		{"giữa", "giữa", []string{"giữa", "giưã"}},
		{"quyết", "quyết", []string{"quyết", "qúyêt"}},
		// single vowels and words without marks are untouched
		{"các", "các", []string{"các"}},
		{"Việt", "Việt", []string{"Việt", "Vịêt"}},
	}
	for _, r := range rows {
		for _, in := range r.inputs {
			assert.Equal(t, r.old, Normalizer{Tone: ToneOld}.String(in), "old %q", in)
			assert.Equal(t, r.new, Normalizer{Tone: ToneNew}.String(in), "new %q", in)
			assert.Equal(t, in, Normalizer{Tone: ToneKeep}.String(in), "keep %q", in)
		}
	}
}

func TestLeaveNonVietnamese(t *testing.T) {
	for _, s := range []string{
		"Kalganov", "Petersburg", "Vyacheslav", "café", "José", "Müller", "naïve", "Tomás", "Zoë",
		"nguyen.hoà@example.com", "https://vi.wikipedia.org/wiki/Hoà_Bình", "www.hoà.vn",
		"hoà_bình := 1", "x/hoà", "hoà2", "a\\hoà", "hóà", "TP. Hồ Chí Minh", "St. Petersburg", "D.C.",
		"line one\nline two\r\nline three\r", "tab\tseparated", "Москва", "東京", "👨\u200d👩\u200d👧",
	} {
		assert.Equal(t, s, Normalizer{}.String(s), "old")
		assert.Equal(t, s, Normalizer{Tone: ToneNew}.String(s), "new")
	}
}

func TestUnicode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vie\u0323\u0302t Nam", "Việt Nam"},                // NFD
		{"Vie\u0302\u0323t Nam", "Việt Nam"},                // NFD, other order
		{"Vi\u00ea\u0323t Nam", "Việt Nam"},                 // Windows-1258 style
		{"ho\u0300a", "hòa"},                                // combining grave after base, old style
		{"hoa\u0300", "hòa"},                                // combining grave, moved
		{"Ha\u0300 No\u0302\u0323i", "Hà Nội"},              // mixed
		{"e\u0301\u0302", "ế"},                              // tone before quality
		{"u\u031B\u0301", "ứ"},                              // horn
		{"HO\u0302\u0300", "HỒ"},                            // upper case
		{"\u00d0à Nẵng, \u00f0ồng", "Đà Nẵng, đồng"},        // eth
		{"Gu\u00f0rún", "Gu\u00f0rún"},                      // eth outside Vietnamese
		{"A\u030a", "Å"},                                    // generic NFC
		{"=\u0338", "≠"},                                    // composition after a symbol
		{"\u212b", "Å"},                                     // singleton
		{"ca\u0301c ba\u0323n", "các bạn"},                  // NFD syllables
		{"Nguye\u0302\u0303n", "Nguyễn"},                    //
		{"\u0301abc", "\u0301abc"},                          // a lone mark stays
		{"a\u0301\u0301", "á\u0301"},                        // two tones: plain NFC
		{"Vie\u0323\u0302t Nam\u00a0test", "Việt Nam test"}, // with NBSP
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Normalizer{}.String(tc.in), "%q", tc.in)
	}
}

func TestPunctuation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Việt – Nga", "Việt - Nga"},
		{"Việt—Nga", "Việt-Nga"},
		{"Việt‐Nga Việt‑Nga 5−3 ‒ ―", "Việt-Nga Việt-Nga 5-3 - -"},
		{"“Truyền thống và Hữu nghị”", `"Truyền thống và Hữu nghị"`},
		{"„x‟ «y» ″z″", `"x" "y" "z"`},
		{"Hồ Chí Minh’s ‘x’ ‚y‛ ‹z›", "Hồ Chí Minh's 'x' 'y' 'z'"},
		{"a\u00a0b\u2009c\u202fd\u3000e\u2003f", "a b c d e f"},
		{"a  b", "a  b"},
		{"Hà\u200bNội\u00ad!\ufeff", "HàNội!"},
		{"\ufeffVăn bản", "Văn bản"},
		{"a\u200cb", "ab"},
		{"a\x00b\x07c\x7fd\u0085e\u0090f", "a b c d\u0085e f"},
		{"x\u2028y\u2029z", "x\u2028y\u2029z"},
		{"TP.HCM, St. Petersburg, D.C. - \"ok\" 'ok'", "TP.HCM, St. Petersburg, D.C. - \"ok\" 'ok'"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Normalizer{}.String(tc.in), "%q", tc.in)
		assert.Equal(t, tc.want, Normalizer{Tone: ToneKeep}.String(tc.in), "keep %q", tc.in)
	}
}

func TestInvalidUTF8(t *testing.T) {
	in := []byte("Hà \xffNội\xc3")
	out, a, rep, err := Normalizer{}.Normalize(in)
	require.NoError(t, err)
	assert.Equal(t, "Hà \uFFFDNội\uFFFD", string(out))
	assert.Equal(t, 2, rep.Invalid)
	assert.Equal(t, 4, rep.FirstInvalid)
	assert.True(t, rep.Changed)
	s, e := a.InputSpan(4, 7)
	assert.Equal(t, []int{4, 5}, []int{s, e})
	s, e = a.InputSpan(7, 12)
	assert.Equal(t, "Nội", string(in[s:e]))

	_, _, _, err = Normalizer{Strict: true}.Normalize(in)
	var ie *InvalidUTF8Error
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, 4, ie.Offset)
	assert.ErrorIs(t, err, ErrInvalidUTF8)
	assert.Contains(t, err.Error(), "offset 4")

	_, _, rep, err = Normalizer{Strict: true}.Normalize([]byte("Hà Nội"))
	require.NoError(t, err)
	assert.Equal(t, -1, rep.FirstInvalid)
}

func TestCleanFastPath(t *testing.T) {
	for _, d := range seeds(t) {
		for _, st := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
			n := Normalizer{Tone: st}
			clean, _, _, err := n.Normalize(d)
			require.NoError(t, err)
			out, a, rep, err := n.Normalize(clean)
			require.NoError(t, err)
			assert.Nil(t, a)
			assert.False(t, rep.Changed)
			assert.Equal(t, -1, rep.FirstInvalid)
			require.True(t, len(out) == 0 || &out[0] == &clean[0], "returns src itself")
			allocs := testing.AllocsPerRun(10, func() { n.Normalize(clean) })
			assert.Zero(t, allocs)
		}
	}
}

func TestStyleRoundTrip(t *testing.T) {
	for _, d := range seeds(t) {
		old := Normalizer{}.String(string(d))
		nw := Normalizer{Tone: ToneNew}.String(string(d))
		assert.Equal(t, old, Normalizer{}.String(nw))
		assert.Equal(t, nw, Normalizer{Tone: ToneNew}.String(old))
		assert.NotContains(t, old, "Uỷ")
		assert.NotContains(t, nw, "Ủy")
		assert.Equal(t, strings.Count(old, "\n"), strings.Count(string(d), "\n"))
	}
}

func TestKeyAndFold(t *testing.T) {
	eq := [][]string{
		{"Phan Anh Sơn", "PHAN ANH SƠN", "Phan Anh Son", " phan  anh\u00a0son "},
		{"Việt - Nga", "Việt-Nga", "Việt – Nga", "VIET—NGA"},
		{"Ủy ban", "Uỷ ban", "UY BAN", "U\u0309y ban"},
		{"Đà Nẵng", "Da Nang", "\u00d0à Nẵng", "ĐÀ NẴNG"},
		{"“Hữu nghị”", "\"Huu nghi\""},
	}
	for _, g := range eq {
		for _, s := range g[1:] {
			assert.Equal(t, Key(g[0]), Key(s), "%q vs %q", g[0], s)
		}
	}
	assert.Equal(t, "phan anh son", Key("PHAN ANH SƠN"))
	assert.Equal(t, "viet-nga", Key("Việt – Nga"))
	assert.NotEqual(t, Key("Phan Anh Sơn"), Key("Phan Anh"))

	assert.Equal(t, "Phan Anh Son", Fold("Phan Anh Sơn"))
	assert.Equal(t, "Da Nang", Fold("Đà Nẵng"))
	assert.Equal(t, "NGHIEM", Fold("NGHIỆM"))
	assert.Equal(t, "Viet", Fold("Vie\u0323\u0302t"))
	assert.Equal(t, "abc", Fold("abc"))
}

func TestFoldOption(t *testing.T) {
	in := []byte("Chủ tịch Phan Anh Sơn – Việt Nam")
	out, a, _, err := Normalizer{Fold: true}.Normalize(in)
	require.NoError(t, err)
	assert.Equal(t, "Chu tich Phan Anh Son - Viet Nam", string(out))
	i := strings.Index(string(out), "Son")
	s, e := a.InputSpan(i, i+3)
	assert.Equal(t, "Sơn", string(in[s:e]))
}

func TestAlignment(t *testing.T) {
	in := []byte("Ông Vyacheslav\u00a0Kalganov – “Uỷ ban” baỏ\u200b vệ Vie\u0323\u0302t")
	out, a, _, err := Normalizer{}.Normalize(in)
	require.NoError(t, err)
	assert.Equal(t, "Ông Vyacheslav Kalganov - \"Ủy ban\" bảo vệ Việt", string(out))
	for _, w := range []struct{ out, in string }{
		{"Vyacheslav Kalganov", "Vyacheslav\u00a0Kalganov"},
		{"Ủy ban", "Uỷ ban"},
		{"bảo", "baỏ"},
		{"Việt", "Vie\u0323\u0302t"},
		{"-", "–"},
		{"Ông", "Ông"},
		{"\"Ủy ban\"", "“Uỷ ban”"},
	} {
		i := strings.Index(string(out), w.out)
		require.GreaterOrEqual(t, i, 0)
		s, e := a.InputSpan(i, i+len(w.out))
		assert.Equal(t, w.in, string(in[s:e]), "span of %q", w.out)
	}
	// removed zero-width space is left out of neighbouring spans
	i := strings.Index(string(out), "bảo")
	s, e := a.InputSpan(i, i+len("bảo "))
	assert.Equal(t, "baỏ\u200b ", string(in[s:e]))
	s, e = a.InputSpan(i, i+len("bảo"))
	assert.Equal(t, "baỏ", string(in[s:e]))
	checkAlignment(t, in, out, a)

	var nilA *Alignment
	assert.Equal(t, 5, nilA.InputOffset(5))
	s, e = nilA.InputSpan(2, 4)
	assert.Equal(t, []int{2, 4}, []int{s, e})
	assert.True(t, nilA.Identity())
}

// checkAlignment verifies that offsets are monotonic and in range, and that
// output rune boundaries map to input rune boundaries.
func checkAlignment(t testing.TB, in, out []byte, a *Alignment) {
	t.Helper()
	checkAlignmentUnits(t, in, out, a, false, true)
}

// checkAlignmentUnits is checkAlignment; with rawBytes, every input byte is
// a unit (legacy 8-bit input).
// With whole, the span of the whole output must reach the end of the input
// unless only removable characters follow.
func checkAlignmentUnits(t testing.TB, in, out []byte, a *Alignment, rawBytes, whole bool) {
	t.Helper()
	bound := make([]bool, len(in)+1)
	bound[len(in)] = true
	for i := 0; i < len(in); {
		bound[i] = true
		_, n := utf8.DecodeRune(in[i:])
		if rawBytes {
			n = 1
		}
		i += n
	}
	prevS, prevE := 0, 0
	for i := 0; i <= len(out); {
		s, e := a.InputSpan(i, len(out))
		if s < prevS || e < prevE || s < 0 || e > len(in) || s > e || !bound[s] || !bound[e] {
			t.Fatalf("bad span start %d -> [%d,%d) (prev %d) in=%q out=%q", i, s, e, prevS, in, out)
		}
		s2, e2 := a.InputSpan(0, i)
		if e2 < prevE || e2 > len(in) || s2 < 0 || !bound[e2] {
			t.Fatalf("bad span end %d -> [%d,%d)", i, s2, e2)
		}
		prevS, prevE = s, e2
		if i == len(out) {
			break
		}
		_, n := utf8.DecodeRune(out[i:])
		if stride := len(out) / 2048; stride > 1 {
			// long texts: sample about 2048 boundaries
			n += stride
			for i+n < len(out) && !utf8.RuneStart(out[i+n]) {
				n++
			}
			n = min(n, len(out)-i)
		}
		i += n
	}
	if len(out) > 0 && !rawBytes && whole {
		s, e := a.InputSpan(0, len(out))
		if e != len(in) && !bytes.Equal(out, in) {
			// trailing removed characters are the only way to end early
			rest, _, _, _ := Normalizer{}.Normalize(in[e:])
			if len(rest) != 0 {
				t.Fatalf("span of whole output ends at %d of %d", e, len(in))
			}
		}
		_ = s
	}
}

func TestCompose(t *testing.T) {
	// VNI mojibake -> Unicode (new style, NBSP) -> normalized old style -> folded
	in := []byte("Chuû tòch Uyû ban\u00a0Vieät – Nga")
	dec, a1, err := Decode(in, VNI)
	require.NoError(t, err)
	assert.Equal(t, "Chủ tịch Uỷ ban\u00a0Việt – Nga", string(dec))
	norm, a2, _, err := Normalizer{}.Normalize(dec)
	require.NoError(t, err)
	folded, a3 := foldAligned(norm)
	a := Compose(Compose(a1, a2), a3)
	assert.Equal(t, "Chu tich Uy ban Viet - Nga", string(folded))
	for _, w := range []struct{ out, in string }{
		{"Uy ban", "Uyû ban"}, {"tich", "tòch"}, {"Viet", "Vieät"}, {"-", "–"}, {"ban Viet", "ban\u00a0Vieät"},
	} {
		i := strings.Index(string(folded), w.out)
		s, e := a.InputSpan(i, i+len(w.out))
		assert.Equal(t, w.in, string(in[s:e]), "%q", w.out)
	}
	// Compose is associative on these
	b := Compose(a1, Compose(a2, a3))
	assert.Equal(t, a, b)
	// the Normalizer does the same with From and Fold
	out, a4, rep, err := Normalizer{From: VNI, Fold: true}.Normalize(in)
	require.NoError(t, err)
	assert.Equal(t, folded, out)
	assert.Equal(t, a, a4)
	assert.Equal(t, VNI, rep.Encoding)
	checkAlignment(t, in, out, a4)
	assert.Nil(t, Compose(nil, nil))
}

func TestAppendFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Phan Anh Sơn", "Phan Anh Son"},
		{"ĐỖ XUÂN HOÀNG, Ðà", "DO XUAN HOANG, Da"},
		{"Vie\u0323\u0302t", "Viet"},
		{"x\xffy", "x\uFFFDy"},
		{"Москва 東京 ×", "Москва 東京 ×"},
		{"Müller Ångström", "Muller Angstrom"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, string(AppendFold(nil, tc.in)), "%q", tc.in)
		assert.Equal(t, tc.want, Fold(tc.in))
	}
	for r := rune(0); r < 0x2000; r++ {
		s := string(r)
		if f := FoldRune(r); !isMark(r) {
			assert.Equal(t, string(f), string(AppendFold(nil, s)), "%U", r)
		}
	}
}

// TestNormalizeInto checks that NormalizeInto gives Normalize's result,
// writes into the buffer when it has room, and leaves alone a buffer that
// is too small or overlaps the input.
func TestNormalizeInto(t *testing.T) {
	n := Normalizer{}
	src := []byte("Thủ tướng “Hoà” — ông Thuỵ\u00a0và bà Hoà")
	want, wantA, _, err := n.Normalize(src)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) == string(src) {
		t.Fatal("the test input needs changes")
	}
	same := func(name string, out []byte, a *Alignment) {
		t.Helper()
		if string(out) != string(want) {
			t.Fatalf("%s: %q, want %q", name, out, want)
		}
		for i := 0; i <= len(out); i++ {
			if a.InputOffset(i) != wantA.InputOffset(i) {
				t.Fatalf("%s: offset %d maps to %d, want %d", name, i, a.InputOffset(i), wantA.InputOffset(i))
			}
		}
	}

	buf := make([]byte, 0, 2*len(src)+16)
	out, a, _, err := n.NormalizeInto(buf, src)
	if err != nil {
		t.Fatal(err)
	}
	same("room", out, a)
	if &out[0] != &buf[:1][0] {
		t.Error("the output is not in the buffer that had room")
	}

	small := make([]byte, 0, 4)
	out, a, _, _ = n.NormalizeInto(small, src)
	same("small", out, a)
	if &out[0] == &small[:1][0] {
		t.Error("the output is in a buffer without room")
	}

	// A buffer over the input itself must not be written.
	in := append(make([]byte, 0, 4*len(src)), src...)
	out, a, _, _ = n.NormalizeInto(in[:0], in)
	same("overlap", out, a)
	if string(in) != string(src) {
		t.Errorf("the input was overwritten: %q", in)
	}

	// Output that outgrows the reserve (each invalid byte becomes three)
	// moves to new storage and stays right.
	bad := []byte("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff")
	wantBad, _, _, _ := n.Normalize(bad)
	out, _, _, _ = n.NormalizeInto(make([]byte, 0, len(bad)+len(bad)/8+16), bad)
	if string(out) != string(wantBad) {
		t.Errorf("grown: %q, want %q", out, wantBad)
	}
}
