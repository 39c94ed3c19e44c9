package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// repairRows are typing mistakes and their repair, by rule. Each input is
// repaired (in the old style) only by its rule, and left as written when
// that rule is switched off.
var repairRows = []struct {
	rule    Repairs
	in, out string
}{
	// the same tone typed on two vowels: one is kept, where the style puts it
	{RepairDoubleTone, "màù", "màu"},
	{RepairDoubleTone, "tốí", "tối"},
	{RepairDoubleTone, "hỏỉ", "hỏi"},
	{RepairDoubleTone, "ĐẠỊ", "ĐẠI"},
	{RepairDoubleTone, "khóá", "khóa"},
	{RepairDoubleTone, "thuýết", "thuyết"},
	// the horn missing on one half of ươ
	{RepairHorn, "buớc", "bước"},
	{RepairHorn, "truờng", "trường"},
	{RepairHorn, "huơng", "hương"},
	{RepairHorn, "chưong", "chương"},
	{RepairHorn, "luợng", "lượng"},
	{RepairHorn, "tuơi", "tươi"},
	{RepairHorn, "huơu", "hươu"},
	{RepairHorn, "Nuớc", "Nước"},
	{RepairHorn, "THUỜNG", "THƯỜNG"},
	{RepairHorn, "suờn", "sườn"},
	{RepairHorn, "vưọt", "vượt"},
	{RepairHorn, "bụơc", "bược"}, // the mark moves to ơ as well
	// ngh, gh only before i, e, ê; ng + i, e, ê takes the h
	{RepairSpelling, "nghỗ", "ngỗ"},
	{RepairSpelling, "nghừng", "ngừng"},
	{RepairSpelling, "ghặp", "gặp"},
	{RepairSpelling, "ghỗ", "gỗ"},
	{RepairSpelling, "ngiêng", "nghiêng"},
	{RepairSpelling, "ngề", "nghề"},
	{RepairSpelling, "gẹt", "ghẹt"},
	{RepairSpelling, "Ngỉ", "Nghỉ"},
	{RepairSpelling, "NGỆ", "NGHỆ"},
	// k before i, e, ê, y; c elsewhere; qu for c + u before â, ê, y
	{RepairSpelling, "kủa", "của"},
	{RepairSpelling, "kũng", "cũng"},
	{RepairSpelling, "kăn", "căn"},
	{RepairSpelling, "cĩ", "kĩ"},
	{RepairSpelling, "cẻm", "kẻm"},
	{RepairSpelling, "cệ", "kệ"},
	{RepairSpelling, "cỷ", "kỷ"},
	{RepairSpelling, "cuấn", "quấn"},
	{RepairSpelling, "cuyển", "quyển"},
	{RepairSpelling, "cuế", "quế"},
	{RepairSpelling, "kuyết", "quyết"}, // one step, not k -> c -> qu
	{RepairSpelling, "ghượi", "gượi"},
}

func TestRepairRules(t *testing.T) {
	for _, r := range repairRows {
		out, a, rep, err := Normalizer{}.Normalize([]byte(r.in))
		require.NoError(t, err)
		assert.Equal(t, r.out, string(out), "%v %q", r.rule, r.in)
		assert.Equal(t, 1, rep.Repaired.Get(r.rule), "%v %q: %v", r.rule, r.in, rep.Repaired)
		assert.Equal(t, 1, rep.Repaired.Total(), "%v %q: %v", r.rule, r.in, rep.Repaired)
		checkAlignment(t, []byte(r.in), out, a)
		// in a sentence, with the style's other changes and other words
		in := "Hôm nay " + r.in + ", hoà."
		assert.Equal(t, "Hôm nay "+r.out+", hòa.", Normalizer{}.String(in), "%q", in)
		// the new style: the same repair, the mark where that style puts it
		assert.Equal(t, Normalizer{Tone: ToneNew}.String(r.out), Normalizer{Tone: ToneNew}.String(r.in), "new %q", r.in)
		// switched off: the word stays as written, whatever the other rules
		assert.Equal(t, r.in, Normalizer{Tone: ToneKeep, NoRepair: r.rule}.String(r.in), "off %q", r.in)
		assert.Equal(t, r.in, Normalizer{Tone: ToneKeep, NoRepair: AllRepairs}.String(r.in), "all off %q", r.in)
		// only this rule on
		assert.Equal(t, r.out, Normalizer{NoRepair: AllRepairs &^ r.rule}.String(r.in), "only %v %q", r.rule, r.in)
		// the repaired word is stable
		assert.Equal(t, r.out, Normalizer{}.String(r.out), "again %q", r.out)
	}
}

// TestRepairLeaves lists words that look like the mistakes above but are
// valid Vietnamese, names, foreign words or codes.
func TestRepairLeaves(t *testing.T) {
	for _, s := range []string{
		// valid syllables the rules must not touch
		"thuở", "huơ", "quơ", "quở", "người", "được", "ghì", "nghề", "nghiêng", "gì", "gìn", "giữa",
		"giếng", "kỹ", "kẻ", "kìa", "cửa", "cuốc", "quốc", "cuộn", "quân", "quyền", "ngà", "ngõ",
		"khuya", "khỏe", "chuyện",
		// no Vietnamese diacritic: plain ASCII is never respelled
		"ko", "ka", "ngi", "ghost", "Ghana", "cinema", "kuala", "nguoi", "duoc", "cuan",
		// names spelled with k, and capitalized words, keep their k and c
		"Kông Chro", "Kơ Nia", "Cê", "Kà Tum",
		// two different tones: which one was meant cannot be told
		"hóà", "bàí",
		// not a syllable once repaired, foreign words
		"Hồng Kông", "Nguyễn", "Ŭlsan", "Müller", "São",
		// codes: URLs, e-mail addresses, identifiers
		"https://vi.example.org/nguời", "nguời@example.com", "id_kủa", "x/kủa", "kủa2",
	} {
		assert.Equal(t, s, Normalizer{}.String(s), "%q", s)
		assert.Equal(t, s, Normalizer{Tone: ToneKeep}.String(s), "keep %q", s)
	}
}

// TestCleanTextUnchanged: text that is already clean NFC Vietnamese comes
// back as the same slice with all repairs on, without a report of change.
func TestCleanTextUnchanged(t *testing.T) {
	var clean [][]byte
	for _, d := range seeds(t) {
		out, _, _, err := Normalizer{}.Normalize(d)
		require.NoError(t, err)
		clean = append(clean, out)
	}
	clean = append(clean, []byte("Người được bước vào trường quân sự, nghiêng ngả kể chuyện của gia đình khuya."))
	for _, c := range clean {
		out, a, rep, err := Normalizer{}.Normalize(c)
		require.NoError(t, err)
		assert.Nil(t, a)
		assert.False(t, rep.Changed)
		assert.Zero(t, rep.Repaired.Total())
		require.True(t, len(out) == 0 || &out[0] == &c[0], "returns src itself")
	}
}

func TestRepairCounts(t *testing.T) {
	in := "nguời muớn kủa bàì ngiêng"
	out, _, rep, err := Normalizer{}.Normalize([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, "người mướn của bài nghiêng", string(out))
	assert.Equal(t, 2, rep.Repaired.Get(RepairHorn))
	assert.Equal(t, 2, rep.Repaired.Get(RepairSpelling))
	assert.Equal(t, 1, rep.Repaired.Get(RepairDoubleTone))
	assert.Equal(t, 3, rep.Repaired.Get(RepairHorn|RepairDoubleTone))
	assert.Equal(t, "double-tone=1 horn=2 spelling=2", rep.Repaired.String())
}

func TestParseRepairs(t *testing.T) {
	for _, r := range []Repairs{0, AllRepairs, RepairHorn, RepairHorn | RepairSpelling, RepairVIQR | RepairDoubleTone} {
		p, err := ParseRepairs(r.String())
		require.NoError(t, err, r.String())
		assert.Equal(t, r, p)
	}
	p, err := ParseRepairs(" horn , spelling")
	require.NoError(t, err)
	assert.Equal(t, RepairHorn|RepairSpelling, p)
	_, err = ParseRepairs("horns")
	assert.ErrorContains(t, err, `"horns"`)
	assert.Equal(t, "horn,spelling", (RepairHorn | RepairSpelling).String())
}
