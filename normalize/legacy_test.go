package normalize

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

func TestParseEncoding(t *testing.T) {
	for _, e := range []Encoding{Unicode, TCVN3, VNI, VISCII, VIQR, CP1258, Auto} {
		p, err := ParseEncoding(e.String())
		require.NoError(t, err)
		assert.Equal(t, e, p)
	}
	_, err := ParseEncoding("koi8")
	assert.Error(t, err)
}

// cp1252 returns raw as it reads when decoded as Windows-1252 (the five
// undefined bytes read as the C1 controls, as Windows does).
func cp1252(t *testing.T, raw []byte) []byte {
	var out []byte
	for _, b := range raw {
		r := charmap.Windows1252.DecodeByte(b)
		if r == utf8.RuneError {
			r = rune(b)
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// sameText fails with the first difference only (the texts are long).
func sameText(t *testing.T, want, got string, msg string) {
	t.Helper()
	if want == got {
		return
	}
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-30)
	t.Errorf("%s: differ at byte %d: want %q, got %q", msg, i, want[lo:min(len(want), i+30)], got[lo:min(len(got), i+30)])
}

func TestDecode(t *testing.T) {
	tests := []struct {
		enc  Encoding
		in   string // UTF-8 text (mojibake) or raw bytes
		want string
	}{
		{TCVN3, "Xin chµo c¸c b¹n", "Xin chào các bạn"},
		{TCVN3, "ViÖt Nam, §µ N½ng, ng\u00adêi, Uû ban, ®\u00adîc, n¨m", "Việt Nam, Đà Nẵng, người, Uỷ ban, được, năm"},
		{TCVN3, "Xin ch\xb5o c\xb8c b\xb9n", "Xin chào các bạn"},
		{VNI, "Xin chaøo caùc baïn", "Xin chào các bạn"},
		{VNI, "Vieät Nam, ñöôïc, ngöôøi, Ñaø Naüng, tænh, ñòa, VIEÄT", "Việt Nam, được, người, Đà Nẵng, tỉnh, địa, VIỆT"},
		{VNI, "Xin cha\xf8o ca\xf9c ba\xefn", "Xin chào các bạn"},
		{VISCII, "Xin ch\xe0o c\xe1c b\xd5n", "Xin chào các bạn"},
		{VISCII, "Vi\xaet Nam \xd0\xe0 N\xe7ng", "Việt Nam Đà Nẫng"},
		{VIQR, "Xin cha`o ca'c ba.n", "Xin chào các bạn"},
		{VIQR, "Vie^.t Nam, ddu+o+.c, DDa` Na(~ng, Ha` No^.i. Ddi.", "Việt Nam, được, Đà Nẵng, Hà Nội. Đi."},
		{VIQR, "ba.n a\\. to^i ddi cho+. ro^`i ve^`", "bạn a. tôi đi chợ rồi về"},
		{CP1258, "Vi\xea\xf2t Nam, \xd0a\xcc N\xe3\xdeng", "Việt Nam, Đà Nẵng"},
		{Unicode, "Việt Nam", "Việt Nam"},
	}
	for _, tc := range tests {
		out, a, err := Decode([]byte(tc.in), tc.enc)
		require.NoError(t, err)
		assert.Equal(t, tc.want, string(out), "%v %q", tc.enc, tc.in)
		checkAlignment(t, []byte(tc.in), out, a)
	}
	// the same raw bytes as Windows-1252 mojibake
	for _, tc := range tests {
		if tc.enc == Unicode || tc.enc == VIQR || !bytes.ContainsAny([]byte(tc.in), "\xb5\xf8\xe0\xea\xd0") {
			continue
		}
		m := cp1252(t, []byte(tc.in))
		out, _, err := Decode(m, tc.enc)
		require.NoError(t, err)
		assert.Equal(t, tc.want, string(out), "mojibake %v %q", tc.enc, m)
	}
	_, _, err := Decode([]byte("x"), Encoding(99))
	assert.Error(t, err)
}

func TestDecodeAlignment(t *testing.T) {
	in := []byte("Chñ tÞch Phan Anh S¬n")
	out, a, err := Decode(in, TCVN3)
	require.NoError(t, err)
	assert.Equal(t, "Chủ tịch Phan Anh Sơn", string(out))
	i := strings.Index(string(out), "Sơn")
	s, e := a.InputSpan(i, i+len("Sơn"))
	assert.Equal(t, "S¬n", string(in[s:e]))
}

func TestDetectSeeds(t *testing.T) {
	for _, d := range seeds(t) {
		enc, conf := Detect(d)
		assert.Equal(t, Unicode, enc)
		assert.Greater(t, conf, 0.9)
		// and auto never converts it
		out, _, rep, err := Normalizer{From: Auto}.Normalize(d)
		require.NoError(t, err)
		assert.Equal(t, Unicode, rep.Encoding)
		assert.Equal(t, Normalizer{}.String(string(d)), string(out))
	}
	for _, s := range []string{"", "Hello, world. It's 5 o'clock?", "Việt Nam", "Hà Nội, ngày 1/10",
		"Müller ở Hà Nội", "Ông Müller, Æsir, Ørsted, Ñandú và François đến Hà Nội", "café crème brûlée à Paris"} {
		enc, _ := Detect([]byte(s))
		assert.Equal(t, Unicode, enc, "%q", s)
	}
}

// TestEncodingsRoundTrip encodes the seeds in each legacy encoding, then
// checks Detect (raw bytes and Windows-1252 mojibake) and Decode.
func TestEncodingsRoundTrip(t *testing.T) {
	encs := map[Encoding]encoding.Encoding{TCVN3: TCVN3Encoding, VNI: VNIEncoding, VISCII: VISCIIEncoding, CP1258: CP1258Encoding}
	for _, d := range seeds(t) {
		text := Normalizer{}.String(string(d))
		for enc, ee := range encs {
			tab := tableOf(enc)
			// expected: characters the encoding lacks become SUB
			var want strings.Builder
			for _, r := range text {
				if _, ok := tab.rev[r]; ok || r < 0x80 {
					want.WriteRune(r)
				} else {
					want.WriteByte(encoding.ASCIISub)
				}
			}
			raw, err := encoding.ReplaceUnsupported(ee.NewEncoder()).String(text)
			require.NoError(t, err)
			got, gotConf := Detect([]byte(raw))
			assert.Equal(t, enc, got, "detect raw %v", enc)
			assert.Greater(t, gotConf, 0.8)
			out, _, err := Decode([]byte(raw), enc)
			require.NoError(t, err)
			sameText(t, want.String(), string(out), "decode raw "+enc.String())
			// through the x/text decoder with a small buffer
			r := transform.NewReader(strings.NewReader(raw), ee.NewDecoder())
			streamed, err := io.ReadAll(r)
			require.NoError(t, err)
			sameText(t, want.String(), string(streamed), "stream "+enc.String())
			// mojibake
			m := cp1252(t, []byte(raw))
			got, _ = Detect(m)
			assert.Equal(t, enc, got, "detect mojibake %v", enc)
			out, _, err = Decode(m, enc)
			require.NoError(t, err)
			sameText(t, want.String(), string(out), "decode mojibake "+enc.String())
		}
		// VIQR: built from the folded marks
		_ = text
	}
}

func TestDetectBrokenUnicode(t *testing.T) {
	in := []byte("Chủ tịch \xff\xfe Phan Anh Sơn \xc3( tỉnh\n\xed\xa0\x80 Hà Nội \xe1\xbb")
	enc, _ := Detect(in)
	assert.Equal(t, Unicode, enc)
	for _, d := range seeds(t) {
		broken := append([]byte("\xff"), d...)
		enc, _ := Detect(broken)
		assert.Equal(t, Unicode, enc)
	}
}

func TestDetectShort(t *testing.T) {
	tests := []struct {
		in   string
		want Encoding
	}{
		{"Xin chµo c¸c b¹n", TCVN3},
		{"Xin chaøo caùc baïn", VNI},
		{"Xin cha`o ca'c ba.n", VIQR},
		{"Xin chào các bạn", Unicode},
		{"Xin chao cac ban", Unicode},
	}
	for _, tc := range tests {
		got, _ := Detect([]byte(tc.in))
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
}

func TestEncoderUnsupported(t *testing.T) {
	_, err := VISCIIEncoding.NewEncoder().String("日本")
	assert.Error(t, err)
	s, err := encoding.ReplaceUnsupported(VISCIIEncoding.NewEncoder()).String("Việt 日")
	require.NoError(t, err)
	assert.Equal(t, "Vi\xaet \x1a", s)
	assert.Equal(t, "tcvn3", TCVN3Encoding.(interface{ String() string }).String())
}

// TestDetectWeakEvidence: a legacy reading that leaves as many words wrong
// as right is not enough: Detect answers Unicode, so that Normalizer,
// the extractor and the commands (which all take its answer) keep the
// bytes as U+FFFD rather than decode the text in a guessed encoding. One
// word read right with nothing wrong is enough.
func TestDetectWeakEvidence(t *testing.T) {
	word, err := TCVN3Encoding.NewEncoder().String("Nguyễn")
	require.NoError(t, err)
	tests := []struct {
		in   string
		want Encoding
	}{
		{word, TCVN3},
		{"Ong " + word, TCVN3},
		{word + " \xff\xfe", Unicode},
		{word + " xy\xffz abc\xfe", Unicode},
		{"\xe0\xe1 " + word + " \xff\xfe\xfd", Unicode},
	}
	for _, tc := range tests {
		got, conf := Detect([]byte(tc.in))
		assert.Equal(t, tc.want, got, "%q", tc.in)
		if got != Unicode {
			assert.GreaterOrEqual(t, conf, minLegacyConfidence, "%q", tc.in)
		}
		_, _, rep, err := Normalizer{From: Auto}.Normalize([]byte(tc.in))
		require.NoError(t, err)
		assert.Equal(t, tc.want, rep.Encoding, "%q", tc.in)
	}
}
