package entity

import (
	"io/fs"
	"path"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/vnextract/vnextract/internal/ac"
	"github.com/vnextract/vnextract/normalize"
)

func TestLexiconEmbeddedFilesParse(t *testing.T) {
	names, err := fs.Glob(lexdata, "lexdata/*.tsv")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(names), 13)
	total := 0
	for _, n := range names {
		f, err := lexdata.Open(n)
		require.NoError(t, err)
		es, err := ParseLexicon(f, path.Base(n))
		f.Close()
		require.NoError(t, err, n)
		require.NotEmpty(t, es, n)
		for _, e := range es {
			assert.True(t, utf8.ValidString(e.Surface), "%s:%d", e.Source, e.Line)
			assert.True(t, norm.NFC.IsNormalString(e.Surface), "%s:%d not NFC", e.Source, e.Line)
			assert.NotEqual(t, e.Surface, e.Canonical, "%s:%d canonical repeats surface", e.Source, e.Line)
		}
		total += len(es)
	}
	assert.Len(t, DefaultLexicon(), total)
}

func TestLexiconNoDuplicates(t *testing.T) {
	seen := map[[2]string]LexiconEntry{}
	for _, e := range DefaultLexicon() {
		k := [2]string{string(e.Kind), normalize.SpellingKey(e.Surface)}
		if prev, ok := seen[k]; ok {
			t.Errorf("%s:%d: %s %q duplicates %s:%d %q", e.Source, e.Line, e.Kind, e.Surface, prev.Source, prev.Line, prev.Surface)
			continue
		}
		seen[k] = e
	}
}

// byKind returns, per kind, the set of surfaces and canonical names (normalize.SpellingKey).
func lexIndex() map[Kind]map[string]bool {
	idx := map[Kind]map[string]bool{}
	for _, e := range DefaultLexicon() {
		if idx[e.Kind] == nil {
			idx[e.Kind] = map[string]bool{}
		}
		idx[e.Kind][normalize.SpellingKey(e.Surface)] = true
	}
	return idx
}

func TestLexiconCounts(t *testing.T) {
	count := map[Kind]int{}
	names := map[Kind]map[string]bool{}
	for _, e := range DefaultLexicon() {
		count[e.Kind]++
		if names[e.Kind] == nil {
			names[e.Kind] = map[string]bool{}
		}
		names[e.Kind][e.Name()] = true
	}
	assert.GreaterOrEqual(t, count[KindFamily], 150)
	assert.GreaterOrEqual(t, count[KindGiven], 600)
	assert.GreaterOrEqual(t, count[KindTitle], 150)
	assert.GreaterOrEqual(t, count[KindOrg], 400)
	assert.GreaterOrEqual(t, count[KindCity], 400)
	assert.GreaterOrEqual(t, len(names[KindCountry]), 193+4)
	// every canonical name is itself a surface of the same kind (a
	// person's appellation names someone the grammar finds).
	idx := lexIndex()
	for _, e := range DefaultLexicon() {
		if e.Canonical != "" && e.Kind != KindFamily && e.Kind != KindPerson {
			k := e.Kind
			if k == KindOrgHead {
				k = KindOrg // a head alone names that body
			}
			assert.True(t, idx[k][normalize.SpellingKey(e.Canonical)], "%s:%d: canonical %q is not a %s surface", e.Source, e.Line, e.Canonical, k)
		}
	}
}

func TestLexiconCountries(t *testing.T) {
	idx := lexIndex()[KindCountry]
	for _, c := range []string{
		"Việt Nam", "Liên bang Nga", "LB Nga", "Nga", "Hoa Kỳ", "Mỹ", "Nhật Bản", "Trung Quốc", "Hàn Quốc",
		"Triều Tiên", "Lào", "Campuchia", "Thái Lan", "Ai Cập", "Ả-rập Ai Cập", "Palestine", "Israel", "Pakistan",
		"Ấn Độ", "Đức", "Pháp", "Anh", "Vương quốc Anh", "Thụy Sĩ", "Cuba", "Chile", "Venezuela", "Liên Xô",
		"Vatican", "Kosovo", "Đông Timor", "Bờ Biển Ngà", "Cộng hòa Dân chủ Congo", "Eswatini", "Nam Sudan",
		"Tuvalu", "Saint Kitts và Nevis", "Thổ Nhĩ Kỳ", "Ả-rập Xê-út", "Các Tiểu vương quốc Ả-rập Thống nhất",
	} {
		assert.True(t, idx[normalize.SpellingKey(c)], "country %q missing", c)
	}
}

var provinces63 = []string{
	"Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
	"An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
	"Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
	"Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình",
	"Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
	"Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
	"Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
	"Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
}

var provinces34 = []string{
	"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
	"Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
	"Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
	"Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
	"Cà Mau", "An Giang",
}

func TestLexiconProvinces(t *testing.T) {
	require.Len(t, provinces63, 63)
	require.Len(t, provinces34, 34)
	idx := lexIndex()[KindProvince]
	for _, p := range append(append([]string{}, provinces63...), provinces34...) {
		assert.True(t, idx[normalize.SpellingKey(p)], "province %q missing", p)
	}
	for _, v := range []string{"TP.HCM", "TP. Hồ Chí Minh", "Sài Gòn", "Thừa Thiên - Huế", "Bà Rịa-Vũng Tàu", "Đắc Lắc", "thanh hoá"} {
		assert.True(t, idx[normalize.SpellingKey(v)], "province variant %q missing", v)
	}
	canon := map[string]string{}
	for _, e := range DefaultLexicon() {
		if e.Kind == KindProvince {
			canon[e.Surface] = e.Name()
		}
	}
	assert.Equal(t, "Thành phố Hồ Chí Minh", canon["TP.HCM"])
}

func TestLexiconSamples(t *testing.T) {
	idx := lexIndex()
	want := map[Kind][]string{
		KindFamily:     {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tôn Thất", "Nguyễn Phúc", "Âu Dương"},
		KindGiven:      {"Văn", "Thị", "Quốc", "Minh", "Anh", "Hùng", "Hưng", "Xuân", "Thanh", "Sơn", "Lệ", "Thủy", "Hòa"},
		KindHonorific:  {"ông", "Bà", "anh", "chị", "Ngài", "đồng chí", "Bác", "cụ", "cô", "chú", "thầy", "em"},
		KindTitle:      {"Chủ tịch", "Chủ tịch nước", "Tổng Bí thư", "Bí thư", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Giám đốc", "Tổng Giám đốc", "Trưởng ban", "Vụ trưởng", "Cục trưởng", "Viện trưởng", "Hiệu trưởng", "Chủ nhiệm", "Ủy viên", "Uỷ viên", "Đại sứ", "Tổng thống", "Tư lệnh", "Chính ủy", "Tổng Thư ký", "Người phát ngôn", "Trưởng khoa", "Chánh án", "Thị trưởng", "Thống đốc", "Tổng Lãnh sự", "Lãnh sự", "Tham tán", "Bí thư thứ nhất", "Quốc vương", "Giáo hoàng", "Phó Thủ tướng", "Đại tướng", "Thiếu tướng", "Đại tá", "Chuẩn Đô đốc", "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ", "GS.TS.", "PGS.TS.", "ThS.", "Viện sĩ"},
		KindTitleMod:   {"Phó", "Thường trực", "Thứ nhất", "nguyên", "quyền", "tập sự", "đặc mệnh toàn quyền", "không thường trú", "kiêm", "Sáng lập", "danh dự"},
		KindOrgHead:    {"Bộ", "Ban", "Ủy ban", "Hội", "Liên hiệp", "Quỹ", "Viện", "Công ty", "Tập đoàn", "Đại học", "Thành ủy", "Duma", "Đại sứ quán", "Lữ đoàn", "Câu lạc bộ"},
		KindOrg:        {"Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", "Bộ Ngoại giao", "VUFO", "Liên hiệp Hữu nghị", "Liên hiệp các tổ chức hữu nghị Việt Nam", "TTXVN", "VOV", "THX", "LDP", "Duma Quốc gia", "Báo Nhân Dân", "Liên Hợp Quốc", "UNESCO", "ASEAN", "World Vision", "Plan International", "Điện Kremlin", "Nhà Trắng", "Liên minh Kinh tế Á-Âu", "Viettel", "Vietcombank"},
		KindCity:       {"Mát-xcơ-va", "Moscow", "Saint Petersburg", "St. Petersburg", "Leningrad", "Washington D.C.", "Tokyo", "Bắc Kinh", "Luân Đôn", "Davos", "Geneva", "Nha Trang", "Móng Cái", "Phnom Penh", "Viêng Chăn"},
		KindRegion:     {"Tây Bắc", "Bắc Bộ", "Tây Nguyên", "Đồng bằng sông Cửu Long", "Đông Nam Á", "châu Âu", "Trung Đông", "Dải Gaza", "Bờ Tây", "Biển Đông", "miền Trung"},
		KindLocTrigger: {"tỉnh", "thành phố", "TP.", "TP", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "thủ đô", "đặc khu", "bang", "vùng"},
		KindStop:       {"Theo", "Trong", "Tại", "Ngày", "Sau", "Khi", "Nhân", "Thay", "Về", "Đây", "Các", "Những", "Hai", "Ông", "Bà"},
	}
	for k, list := range want {
		for _, s := range list {
			assert.True(t, idx[k][normalize.SpellingKey(s)], "%s %q missing", k, s)
		}
	}
	// not titles per the annotation guidelines ("trưởng đoàn" is one in
	// the development set's)
	for _, s := range []string{"lãnh đạo", "đại biểu", "Đại biểu Quốc hội", "Chủ tịch Hạ viện"} {
		assert.False(t, idx[KindTitle][normalize.SpellingKey(s)], "%q must not be a title", s)
	}
	// "Á-Âu" compounds give no location
	assert.False(t, idx[KindRegion][normalize.SpellingKey("Á-Âu")])
}

func TestParseLexicon(t *testing.T) {
	in := "\uFEFF# comment\n\ncountry\tLB Nga\tLiên bang Nga\r\n  # indented comment\n" +
		"PERSON\tPhan  Anh Sơn\nORG\tVUFO\nloc\tHà Nội\nTitle\tChủ tịch\norganization\tBộ Ngoại giao\n" +
		"org-head\tLie\u0302n hie\u0323\u0302p\n"
	es, err := ParseLexicon(strings.NewReader(in), "user.tsv")
	require.NoError(t, err)
	require.Len(t, es, 7)
	assert.Equal(t, LexiconEntry{Kind: KindCountry, Surface: "LB Nga", Canonical: "Liên bang Nga", Source: "user.tsv", Line: 3}, es[0])
	assert.Equal(t, "Liên bang Nga", es[0].Name())
	assert.Equal(t, LexiconEntry{Kind: KindPerson, Surface: "Phan Anh Sơn", Source: "user.tsv", Line: 5}, es[1])
	assert.Equal(t, "Phan Anh Sơn", es[1].Name())
	assert.Equal(t, KindOrg, es[2].Kind)
	assert.Equal(t, KindLocation, es[3].Kind)
	assert.Equal(t, KindTitle, es[4].Kind)
	assert.Equal(t, KindOrg, es[5].Kind)
	assert.Equal(t, "Liên hiệp", es[6].Surface, "surfaces are NFC")

	for _, tc := range []struct{ in, msg string }{
		{"country\tNga\n# x\ncontry\tNga\n", "bad.tsv:3: unknown lexicon kind \"contry\""},
		{"\n\ncountry Nga\n", "bad.tsv:3: want kind<TAB>surface"},
		{"org\tA\tB\tC\n", "bad.tsv:1: too many columns"},
		{"org\t  \n", "bad.tsv:1: empty surface"},
	} {
		_, err := ParseLexicon(strings.NewReader(tc.in), "bad.tsv")
		require.Error(t, err, tc.in)
		assert.Contains(t, err.Error(), tc.msg)
	}
}

func TestKindMentionType(t *testing.T) {
	assert.Equal(t, Location, KindCountry.MentionType())
	assert.Equal(t, Location, KindLocation.MentionType())
	assert.Equal(t, Organization, KindOrg.MentionType())
	assert.Equal(t, Title, KindTitle.MentionType())
	assert.Equal(t, Person, KindPerson.MentionType())
	assert.Equal(t, Type(0), KindFamily.MentionType())
	for _, k := range Kinds {
		got, err := ParseKind(strings.ToUpper(string(k)))
		require.NoError(t, err)
		assert.Equal(t, k, got)
	}
}

// foldKey is a simple matching key for the test: folded, lower case.
func foldKey(s string) string { return strings.ToLower(normalize.Fold(s)) }

func TestLexiconBuildAutomaton(t *testing.T) {
	start := time.Now()
	var v ac.Vocab
	var b ac.Builder
	lex := DefaultLexicon()
	for i, e := range lex {
		var p []int32
		for _, w := range strings.Fields(foldKey(e.Surface)) {
			p = append(p, v.Intern(w))
		}
		b.Add(p, int32(i))
	}
	a := b.Build()
	elapsed := time.Since(start)
	t.Logf("%d entries, %d words, %d states, built in %v", len(lex), v.Len(), a.NumNodes(), elapsed)
	assert.Less(t, elapsed, 2*time.Second)

	text := "Chu tich Lien hiep cac to chuc huu nghi Viet Nam Phan Anh Son tham Lien bang Nga va thanh pho Saint Petersburg"
	var syms []int32
	for _, w := range strings.Fields(foldKey(text)) {
		syms = append(syms, v.LookupString(w))
	}
	found := map[string]bool{}
	a.Match(syms, func(s, e int, val int32) {
		found[string(lex[val].Kind)+":"+lex[val].Surface] = true
	})
	for _, w := range []string{"title:Chủ tịch", "org:Liên hiệp các tổ chức hữu nghị Việt Nam", "country:Liên bang Nga",
		"country:Nga", "city:Saint Petersburg", "loc-trigger:thành phố", "family:Phan", "given:Sơn"} {
		assert.True(t, found[w], "%s not matched", w)
	}
	allocs := testing.AllocsPerRun(20, func() { a.Match(syms, func(int, int, int32) {}) })
	assert.Zero(t, allocs)
}

func BenchmarkDefaultLexiconParse(b *testing.B) {
	for b.Loop() {
		if _, err := parseEmbedded(lexdata); err != nil {
			b.Fatal(err)
		}
	}
}
