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

// ownWords are everyday words written for these tests (not taken from
// another project), with every kind of rhyme, onset and tone.
var ownWords = strings.Fields(`mưa nắng gió bão lụt sông suối núi đồi rừng biển đảo cát đá
chợ quê làng phố huyện xã tỉnh thành phường quận nhà cửa bếp giường ghế bàn tủ sách vở bút mực
cha mẹ ông bà anh chị em con cháu chồng vợ bạn thầy cô trò khách hàng xóm
ăn uống ngủ nghỉ đi đứng chạy nhảy bơi leo trèo viết đọc nghe nói hỏi trả lời cười khóc hát múa
đẹp xấu tốt hư mới cũ già trẻ cao thấp dài ngắn rộng hẹp nóng lạnh ấm mát khô ướt nhanh chậm
xanh đỏ vàng trắng đen tím hồng nâu xám cam
gạo muối đường mắm tương rau quả trứng thịt cá tôm cua ốc hến nước chè cà phê rượu bia sữa
khuya sớm trưa chiều tối đêm ngày tháng năm tuần giờ phút giây
nghĩ nghiêng nghèo nghề ghế ghi ghét kể kim kéo kênh kịch kỹ quý quyết quyền quốc quả quen quét
khuỷu khuyên khuya thuở thuyền chuyện truyện luyện huyền tuyết nguyệt xuyên
người được trường thương lương hướng bước mượn tưởng sướng nướng vườn lườn ruộng cuộc muộn buồn
hoà hòa khoẻ khỏe thuỷ thủy loá lóa toả tỏa uỷ ủy hoạ họa xoã xõa`)

// ownTexts returns ownWords one by one, in sentences of five with a full
// stop, and in capitalized pairs.
func ownTexts() []string {
	var texts []string
	texts = append(texts, ownWords...)
	for i := 0; i+5 <= len(ownWords); i += 5 {
		texts = append(texts, strings.Join(ownWords[i:i+5], " ")+".")
	}
	for i := 0; i+2 <= len(ownWords); i += 2 {
		r := []rune(ownWords[i])
		texts = append(texts, strings.ToUpper(string(r[:1]))+string(r[1:])+" "+ownWords[i+1])
	}
	return texts
}

// TestDetectOwnWords detects and decodes ownTexts in TCVN3 and VNI (raw
// bytes and Windows-1252 mojibake), VIQR and Unicode. The misses left are
// words whose mojibake is itself a valid Unicode word ("nói", TCVN3 for
// "núi"), which is never converted, VNI words that read as another
// valid word in TCVN3 and are not common ("tủ", "tuỷ"), and one-word VIQR
// inputs that end in "?" or "." ("tu?" may be English); VIQR phrases
// that end so at the end of the input stay punctuation.
func TestDetectOwnWords(t *testing.T) {
	encs := map[Encoding]encoding.Encoding{TCVN3: TCVN3Encoding, VNI: VNIEncoding}
	type count struct{ ok, n int }
	stats := map[string]*count{}
	add := func(kind string, ok bool, in string, got Encoding) {
		c := stats[kind]
		if c == nil {
			c = &count{}
			stats[kind] = c
		}
		c.n++
		if ok {
			c.ok++
		} else {
			t.Logf("%s %+q: %v", kind, in, got)
		}
	}
	for _, s := range ownTexts() {
		s = Normalizer{}.String(s)
		for enc, ee := range encs {
			raw, err := ee.NewEncoder().String(s)
			require.NoError(t, err)
			if raw == s {
				continue // plain ASCII in every encoding
			}
			got, _ := Detect([]byte(raw))
			add("detect "+enc.String(), got == enc, raw, got)
			m := string(cp1252(t, []byte(raw)))
			got, _ = Detect([]byte(m))
			add("detect "+enc.String()+" mojibake", got == enc, m, got)
			for _, in := range []string{raw, m} {
				out, _, _, err := Normalizer{From: enc}.Normalize([]byte(in))
				require.NoError(t, err)
				add("decode "+enc.String(), string(out) == s, in, enc)
			}
		}
		if v := encodeVIQR(s); v != s {
			got, _ := Detect([]byte(v))
			add("detect viqr", got == VIQR, v, got)
			out, _, _, err := Normalizer{From: VIQR}.Normalize([]byte(v))
			require.NoError(t, err)
			add("decode viqr", string(out) == s, v, VIQR)
		}
		got, _ := Detect([]byte(s))
		add("detect unicode", got == Unicode, s, got)
	}
	want := map[string]float64{"detect tcvn3": 0.98, "detect tcvn3 mojibake": 0.9, "detect vni": 0.97,
		"detect vni mojibake": 0.93, "detect viqr": 0.95, "detect unicode": 1, "decode tcvn3": 1, "decode vni": 1,
		"decode viqr": 0.98}
	total := count{}
	for kind, c := range stats {
		t.Logf("%-22s %d of %d", kind, c.ok, c.n)
		assert.GreaterOrEqual(t, float64(c.ok), want[kind]*float64(c.n), kind)
		if strings.HasPrefix(kind, "detect") {
			total.ok, total.n = total.ok+c.ok, total.n+c.n
		}
	}
	t.Logf("detected %d of %d", total.ok, total.n)
	assert.GreaterOrEqual(t, float64(total.ok), 0.95*float64(total.n), "detection overall")
}

// TestDecodeEveryLetter decodes each Vietnamese letter alone in each table
// encoding: VISCII puts six capitals on control bytes, and raw bytes that
// happen to be valid UTF-8 ("phường" in VISCII) are still raw.
func TestDecodeEveryLetter(t *testing.T) {
	encs := map[Encoding]encoding.Encoding{TCVN3: TCVN3Encoding, VNI: VNIEncoding, VISCII: VISCIIEncoding, CP1258: CP1258Encoding}
	for enc, ee := range encs {
		n := 0
		for _, r := range vnLetters() {
			raw, err := ee.NewEncoder().String(string(r))
			if err != nil {
				continue // a capital the encoding lacks (TCVN3)
			}
			out, _, err := Decode([]byte(raw), enc)
			require.NoError(t, err)
			if string(out) != string(r) {
				t.Errorf("%v %q (%+q): %q", enc, r, raw, out)
			}
			n++
		}
		assert.GreaterOrEqual(t, n, 73, "%v: every small letter at least", enc)
	}
	out, _, err := Decode([]byte("ph\xdf\xb6ng"), VISCII)
	require.NoError(t, err)
	assert.Equal(t, "phường", string(out))
}

// vnLetters returns the Vietnamese letters, small and capital: the twelve
// vowels in each tone, and đ.
func vnLetters() []rune {
	var rs []rune
	for id := uint8(vA); id <= vDD; id++ {
		for tone := ToneLevel; tone <= ToneDot; tone++ {
			if id == vDD && tone != ToneLevel {
				continue
			}
			rs = append(rs, composed[id][tone][0], composed[id][tone][1])
		}
	}
	return rs
}
