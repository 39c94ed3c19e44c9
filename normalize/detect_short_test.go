package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
)

// shortTexts are short inputs of the kind people paste: words, names and
// lines (made up for these tests).
var shortTexts = []string{
	"Việt", "tiếng", "Nguyễn", "đường", "chào", "người", "học", "xuống", "mười", "thuyền",
	"Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Phạm Thị Thu", "Trần Quốc Tuấn", "Lê Văn Hưng",
	"Võ Thị Sáu", "Đặng Hữu Phúc", "Bùi Ngọc Ánh", "Hồ Xuân Hương",
	"Xin chào các bạn", "Tôi yêu tiếng Việt", "Hôm nay trời đẹp quá", "Ủy ban nhân dân tỉnh",
	"Sở Giáo dục và Đào tạo", "Chúc mừng năm mới", "Bộ trưởng Bộ Tài chính",
	"Cảm ơn anh nhiều lắm", "Mẹ đi chợ mua rau", "Trường Đại học Bách khoa",
	"Thứ Hai, ngày 3 tháng 5", "Giá xăng tăng mạnh", "Ngân hàng Nhà nước",
}

// encodeVIQR writes NFC Vietnamese in VIQR: the base letter, then the
// quality mnemonic, then the tone mnemonic; đ is dd.
func encodeVIQR(s string) string {
	var b strings.Builder
	quality := map[uint8]string{vAw: "(", vAa: "^", vEe: "^", vOo: "^", vOw: "+", vUw: "+"}
	tones := [...]string{"", "`", "'", "?", "~", "."}
	for _, r := range s {
		if r < foldLo || r > foldHi || vnTab[r-foldLo] == 0 {
			b.WriteRune(r)
			continue
		}
		li := vnTab[r-foldLo]
		base := letterBase[li.id()]
		if li.upper() {
			base -= 'a' - 'A'
		}
		b.WriteByte(base)
		if li.id() == vDD {
			b.WriteByte(base)
		}
		b.WriteString(quality[li.id()])
		b.WriteString(tones[li.tone()])
	}
	return b.String()
}

// TestDetectShortInputs detects the encoding of each short text in TCVN3
// and VNI (raw bytes and Windows-1252 mojibake), VIQR and Unicode.
func TestDetectShortInputs(t *testing.T) {
	encs := map[Encoding]encoding.Encoding{TCVN3: TCVN3Encoding, VNI: VNIEncoding}
	total, ok := 0, 0
	check := func(in string, want Encoding, form string) {
		total++
		got, _ := Detect([]byte(in))
		if got == want {
			ok++
		} else {
			t.Logf("%s %v %q: detected %v", form, want, in, got)
		}
	}
	for _, s := range shortTexts {
		for enc, ee := range encs {
			raw, err := ee.NewEncoder().String(s)
			require.NoError(t, err)
			check(raw, enc, "raw")
			check(string(cp1252(t, []byte(raw))), enc, "mojibake")
		}
		check(encodeVIQR(s), VIQR, "viqr")
		check(s, Unicode, "unicode")
	}
	t.Logf("detected %d of %d", ok, total)
	assert.GreaterOrEqual(t, float64(ok), 0.95*float64(total), "share detected")
}

// TestDetectShortLeaves: short ASCII and Latin-1 texts that are not
// Vietnamese in a legacy encoding stay Unicode.
func TestDetectShortLeaves(t *testing.T) {
	for _, s := range []string{
		"Hi.", "Who?", "Go?", "C++", "x^2 + y^2", "a+b", "I'm fine", "O'Neil", "He said 'hi'", "print(a)",
		"http://x.example/a?b=c", "You too.", "23°C", "café", "Müller", "naïve", "São Paulo", "Zürich",
		"crème brûlée", "résumé", "señor", "Bjørn", "déjà vu", "Noël", "François", "ñ", "Hà", "à",
	} {
		got, _ := Detect([]byte(s))
		assert.Equal(t, Unicode, got, "%q", s)
	}
}

// TestVIQRFinalMark tells a word-final '?' or '.' that is a tone from one
// that is punctuation.
func TestVIQRFinalMark(t *testing.T) {
	tests := []struct{ in, want, plain string }{
		{"mo+?", "mở", "mơ?"},                        // one word: a tone
		{"Ha? ", "Hả ", "Ha? "},                      // one word, spaces around
		{"ddi.?", "đị?", "đi.?"},                     // punctuation follows
		{"xe^?,", "xể,", "xê?,"},                     //
		{"Ai ve^`?", "Ai về?", ""},                   // the word has a tone already
		{"Anh ddi dda^u?", "Anh đi đâu?", ""},        // a sentence end
		{"No' ddi ro^`i. Anh", "Nó đi rồi. Anh", ""}, //
		{"va^y...", "vây...", ""},                    // an ellipsis
		{"sao?!", "sao?!", ""},                       //
		{"Em ngu+? Anh ve^` nha`\\.", "Em ngử Anh về nhà.", "Em ngư? Anh về nhà."}, // RFC escapes: unescaped marks are tones
		{"ca^.p nha^.t", "cập nhật", ""},                                           // inside words, as before
		{"ke^'t qua? ra", "kết quả ra", ""},                                        // a lower-case word follows, as before
		{"Hello?", "Hello?", ""},                                                   // not a syllable
	}
	for _, tc := range tests {
		out, _, err := Decode([]byte(tc.in), VIQR)
		require.NoError(t, err)
		assert.Equal(t, tc.want, string(out), "%q", tc.in)
		plain := tc.plain
		if plain == "" {
			plain = tc.want
		}
		n := Normalizer{From: VIQR, NoRepair: RepairVIQR}
		assert.Equal(t, plain, n.String(tc.in), "off %q", tc.in)
	}
	_, _, rep, err := Normalizer{From: VIQR}.Normalize([]byte("mo+?"))
	require.NoError(t, err)
	assert.Equal(t, 1, rep.Repaired.Get(RepairVIQR))
}
