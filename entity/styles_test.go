package entity_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// The same news text is written three ways in the wild: the old tone style
// (hòa, khỏe, thủy, Ủy — most newspapers), the new style (hoà, khoẻ, thuỷ,
// Uỷ) and without any diacritics. The named entities must not depend on it.
//
// The paragraphs below are written for this test in the old style; each
// one has oa/oe/uy syllables inside names, titles, organizations and
// places. core lists the entities that must be found in every version.

type styleCase struct {
	name string
	text string // old style
	core []want // must be found in all three versions (folded comparison)
	// Known gaps: core entities the recognizer misses today, in the
	// original text (and so in both tone styles) or only in the text
	// without diacritics. They are logged, not failed.
	gaps, foldGaps []want
}

var styleCases = []styleCase{
	{
		name: "provincial-official",
		text: "Chiều 12/4, ông Nguyễn Văn Thủy, Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa, đã tiếp đoàn công tác " +
			"của Tổng cục Thủy lợi. Ông Thủy cho biết tỉnh đang hoàn thiện hệ thống hồ chứa để bảo đảm nước tưới " +
			"cho vụ hè thu và nước sinh hoạt cho người dân.",
		core: []want{P("Nguyễn Văn Thủy"), T("Phó Chủ tịch"), O("Ủy ban nhân dân tỉnh Khánh Hòa"),
			O("Tổng cục Thủy lợi"), P("Thủy")},
	},
	{
		name: "foreign-ministers",
		text: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Liên bang Nga Sergey Lavrov tại " +
			"Mát-xcơ-va. Hai bên nhất trí thúc đẩy hợp tác văn hóa, giáo dục và khoa học. Chủ nhiệm Ủy ban Đối " +
			"ngoại Vũ Hải Hà cũng tham dự cuộc hội đàm.",
		core: []want{T("Bộ trưởng"), O("Bộ Ngoại giao"), P("Bùi Thanh Sơn"), L("Liên bang Nga"),
			P("Sergey Lavrov"), L("Mát-xcơ-va"), T("Chủ nhiệm"), O("Ủy ban Đối ngoại"), P("Vũ Hải Hà")},
		// Folded "Vu" is read as the head noun "Vụ" (department): ORGANIZATION
		// "Vu Hai Ha cung tham du cuoc hoi dam".
		foldGaps: []want{P("Vũ Hải Hà")},
	},
	{
		name: "hydropower",
		text: "Tại Thanh Hóa, Công ty Cổ phần Thủy điện Hủa Na đã khánh thành tổ máy mới. Giám đốc công ty, bà Lê " +
			"Thị Thúy Hòa, cho biết nhà máy sẽ cung cấp điện cho các huyện miền núi phía tây tỉnh Thanh Hóa và " +
			"tỉnh Hòa Bình.",
		core: []want{L("Thanh Hóa"), O("Công ty Cổ phần Thủy điện Hủa Na"), T("Giám đốc"),
			P("Lê Thị Thúy Hòa"), L("Thanh Hóa"), L("Hòa Bình")},
		// Without diacritics the organization runs on into the verb phrase:
		// "Cong ty Co phan Thuy dien Hua Na da khanh thanh to may moi".
		foldGaps: []want{O("Công ty Cổ phần Thủy điện Hủa Na")},
	},
	{
		name: "health-cooperation",
		text: "Phó Thủ tướng Nguyễn Hòa Bình tiếp Đại sứ đặc mệnh toàn quyền Nhật Bản Ito Naoki. Đại sứ bày tỏ " +
			"vui mừng trước quan hệ Việt Nam - Nhật Bản, nhất là hợp tác chăm sóc sức khỏe. Tổ chức Hợp tác Quốc " +
			"tế Nhật Bản (JICA) sẽ tiếp tục hỗ trợ Bệnh viện Chợ Rẫy và Bệnh viện Bạch Mai.",
		core: []want{T("Phó Thủ tướng"), P("Nguyễn Hòa Bình"), T("Đại sứ đặc mệnh toàn quyền"), L("Nhật Bản"),
			P("Ito Naoki"), T("Đại sứ"), L("Việt Nam"), L("Nhật Bản"), O("Tổ chức Hợp tác Quốc tế Nhật Bản"), O("JICA"),
			O("Bệnh viện Chợ Rẫy"), O("Bệnh viện Bạch Mai")},
		// The Japanese name after "Nhật Bản" is read as a LOCATION.
		gaps: []want{P("Ito Naoki")},
		// Without diacritics: PERSON "Nhat" + ORGANIZATION "Ban Ito Naoki"
		// (folded "Bản" read as the head noun "Ban"), and "Benh vien Cho Ray va"
		// takes the conjunction.
		foldGaps: []want{L("Nhật Bản"), O("Bệnh viện Chợ Rẫy")},
	},
}

// toNewStyle moves the tone mark of oa, oe and uy without a coda from the
// first to the second vowel, independently of package normalize, so that
// the test does not rest only on the code it checks: "hòa" -> "hoà",
// "Ủy" -> "Uỷ", "khỏe" -> "khoẻ"; "hoàn", "quý" and "thuyền" are unchanged.
func toNewStyle(s string) string {
	type mark struct {
		base rune
		tone int // 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot
	}
	table := map[rune]mark{}
	for base, toned := range map[rune]string{'o': "òóỏõọ", 'O': "ÒÓỎÕỌ", 'u': "ùúủũụ", 'U': "ÙÚỦŨỤ"} {
		for i, r := range []rune(toned) {
			table[r] = mark{base, i + 1}
		}
	}
	toned := map[rune][]rune{
		'a': []rune("àáảãạ"), 'A': []rune("ÀÁẢÃẠ"),
		'e': []rune("èéẻẽẹ"), 'E': []rune("ÈÉẺẼẸ"),
		'y': []rune("ỳýỷỹỵ"), 'Y': []rune("ỲÝỶỸỴ"),
	}
	isLetter := func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && strings.ContainsRune(
			"àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"+
				"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ", r)
	}
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		m, ok := table[rs[i]]
		if !ok {
			continue
		}
		next := rs[i+1]
		lowNext := next | 0x20
		if !(m.base|0x20 == 'o' && (lowNext == 'a' || lowNext == 'e')) && !(m.base|0x20 == 'u' && lowNext == 'y') {
			continue
		}
		if i+2 < len(rs) && isLetter(rs[i+2]) { // a coda follows: mark already on the last vowel
			continue
		}
		if i > 0 && (rs[i-1]|0x20) == 'q' { // "qu" + y: u is part of the onset
			continue
		}
		rs[i] = m.base
		rs[i+1] = toned[next][m.tone-1]
	}
	return string(rs)
}

func TestToNewStyleHelper(t *testing.T) {
	assert.Equal(t, "hoà khoẻ thuỷ Uỷ ban Thanh Hoá", toNewStyle("hòa khỏe thủy Ủy ban Thanh Hóa"))
	assert.Equal(t, "hoàn toàn quý thuyền Hoàng", toNewStyle("hoàn toàn quý thuyền Hoàng"))
	for _, c := range styleCases {
		assert.Equal(t, normalize.Normalizer{Tone: normalize.ToneNew}.String(c.text), toNewStyle(c.text), c.name)
	}
}

var styleTypes = []entity.Type{entity.Person, entity.Title, entity.Organization, entity.Location}

// styleKeys returns "TYPE:key" for the named mentions, in text order.
func styleKeys(ms []entity.Mention) []string {
	var out []string
	for _, m := range ms {
		for _, ty := range styleTypes {
			if m.Type == ty {
				out = append(out, m.Type.String()+":"+normalize.WordKey(m.Text))
			}
		}
	}
	return out
}

func foldWant(w want) string {
	ty, text, _ := strings.Cut(w, ":")
	return ty + ":" + normalize.WordKey(text)
}

// missing returns the elements of want not found in got, as multisets.
func missing(want, got []string) []string {
	count := map[string]int{}
	for _, g := range got {
		count[g]++
	}
	var out []string
	for _, w := range want {
		if count[w] > 0 {
			count[w]--
			continue
		}
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// checkCore asserts that every core entity is in got, except the known gaps,
// which are logged (and reported when they start to be found).
func checkCore(t *testing.T, version string, core, gaps []want, got []string) {
	t.Helper()
	fold := func(ws []want) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = foldWant(w)
		}
		return out
	}
	coreKeys, gapKeys := fold(core), fold(gaps)
	require.Empty(t, missing(gapKeys, coreKeys), "a known gap is not a core entity")
	lost := missing(coreKeys, got)
	assert.Empty(t, missing(lost, gapKeys), "%s: core entities missing; got %v", version, got)
	if stillLost := missing(lost, missing(lost, gapKeys)); len(stillLost) > 0 {
		t.Logf("%s: known gaps, not found: %v", version, stillLost)
	}
	if fixed := missing(gapKeys, lost); len(fixed) > 0 {
		t.Logf("%s: known gaps now found, remove them from the case: %v", version, fixed)
	}
}

func TestEntitiesIndependentOfToneStyle(t *testing.T) {
	for _, c := range styleCases {
		t.Run(c.name, func(t *testing.T) {
			old := c.text
			require.Equal(t, old, normalize.Normalizer{Tone: normalize.ToneOld}.String(old), "paragraph is not in the old style")
			newer := toNewStyle(old)
			require.NotEqual(t, old, newer, "paragraph has no oa/oe/uy syllable to move")

			oldKeys := styleKeys(analyse(t, old).Mentions)
			newKeys := styleKeys(analyse(t, newer).Mentions)

			checkCore(t, "original", c.core, c.gaps, oldKeys)
			assert.Equal(t, oldKeys, newKeys, "old and new tone styles give different entities")
		})
	}
}

// In text without diacritics the recognizer loses its strongest cues (the
// lexicon is matched on folded keys, but "Hoa" may be hoa/hòa/hóa/họa and a
// capitalized "Ong"/"Ba" after a period is ambiguous), so the folded version
// is only required to keep the core entities: full personal names, titles,
// multi-word organizations and places. Other differences with the original
// are logged, not failed.
func TestEntitiesWithoutDiacritics(t *testing.T) {
	for _, c := range styleCases {
		t.Run(c.name, func(t *testing.T) {
			folded := normalize.Fold(c.text)
			require.NotEqual(t, c.text, folded)
			require.Len(t, folded, len(strings.ToValidUTF8(folded, "")))

			oldKeys := styleKeys(analyse(t, c.text).Mentions)
			foldKeys := styleKeys(analyse(t, folded).Mentions)

			checkCore(t, "folded", c.core, append(append([]want(nil), c.gaps...), c.foldGaps...), foldKeys)
			if lost, extra := missing(oldKeys, foldKeys), missing(foldKeys, oldKeys); len(lost) > 0 || len(extra) > 0 {
				t.Logf("folded text differs from the original: lost %v, extra %v", lost, extra)
			}
		})
	}
}
