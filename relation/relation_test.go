package relation

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/entity"
)

// spec names one mention of a test text: its type, its text and which
// occurrence of that text (0 = first).
type spec struct {
	typ entity.Type
	sub string
	occ int
}

const (
	P = entity.Person
	T = entity.Title
	O = entity.Organization
	L = entity.Location
	D = entity.Date
)

// build makes an Analysis of text with the given mentions and sentences split
// on line breaks and full stops.
func build(t *testing.T, text string, specs ...spec) *entity.Analysis {
	t.Helper()
	a := &entity.Analysis{Text: text, Sentences: splitSentences(text)}
	for _, s := range specs {
		off := -1
		from := 0
		for n := 0; n <= s.occ; n++ {
			i := strings.Index(text[from:], s.sub)
			require.GreaterOrEqual(t, i, 0, "mention %q #%d not found", s.sub, s.occ)
			off = from + i
			from = off + len(s.sub)
		}
		a.Mentions = append(a.Mentions, entity.Mention{Type: s.typ, Start: off, End: off + len(s.sub), Text: s.sub})
	}
	sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	for i := 1; i < len(a.Mentions); i++ {
		require.False(t, a.Mentions[i-1].Overlaps(a.Mentions[i]), "overlapping mentions %q %q", a.Mentions[i-1].Text, a.Mentions[i].Text)
	}
	return a
}

// positions renders the position relations as "person | title | org" using
// entity names.
func positions(a *entity.Analysis, r *Result) []string {
	name := entityNames(r)
	var out []string
	for _, rel := range r.Relations {
		if rel.Kind != Position {
			continue
		}
		s := name[rel.Person] + " | " + a.Mentions[rel.Title].Text
		if rel.Organization >= 0 {
			s += " | " + name[rel.Organization]
		}
		if rel.Date >= 0 {
			s += " @ " + a.Mentions[rel.Date].Text
		}
		if rel.Former {
			s += " (former)"
		}
		if rel.Acting {
			s += " (acting)"
		}
		out = append(out, s)
	}
	return out
}

func aliases(a *entity.Analysis, r *Result) []string {
	name := entityNames(r)
	var out []string
	for _, rel := range r.Relations {
		if rel.Kind == Alias {
			out = append(out, name[rel.Name]+" = "+a.Mentions[rel.Alias].Text)
		}
	}
	return out
}

func entityNames(r *Result) map[int]string {
	name := map[int]string{}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			name[m] = e.Name
		}
	}
	return name
}

// clusters renders every multi-mention entity as "Name: text, text".
func clusters(a *entity.Analysis, r *Result) []string {
	var out []string
	for _, e := range r.Entities {
		if len(e.Mentions) < 2 {
			continue
		}
		var ts []string
		for _, m := range e.Mentions {
			ts = append(ts, a.Mentions[m].Text)
		}
		out = append(out, e.Name+": "+strings.Join(ts, ", "))
	}
	return out
}

func TestPositionOrders(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		specs []spec
		want  []string
	}{
		{"TITLE ORG PERSON", "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn phát biểu tại buổi lễ.",
			[]spec{{T, "Chủ tịch", 0}, {O, "Liên hiệp các tổ chức hữu nghị Việt Nam", 0}, {P, "Phan Anh Sơn", 0}},
			[]string{"Phan Anh Sơn | Chủ tịch | Liên hiệp các tổ chức hữu nghị Việt Nam"}},
		{"TITLE PERSON", "Thứ trưởng Nguyễn Thanh Tịnh mong muốn Ủy ban tiếp tục hỗ trợ.",
			[]spec{{T, "Thứ trưởng", 0}, {P, "Nguyễn Thanh Tịnh", 0}},
			[]string{"Nguyễn Thanh Tịnh | Thứ trưởng"}},
		{"PERSON, TITLE ORG", "Ông Trần Quốc Vượng đã hội kiến bà Irina Yarovaya, Phó Chủ tịch Duma Quốc gia; hội đàm với đoàn.",
			[]spec{{P, "Trần Quốc Vượng", 0}, {P, "Irina Yarovaya", 0}, {T, "Phó Chủ tịch", 0}, {O, "Duma Quốc gia", 0}},
			[]string{"Irina Yarovaya | Phó Chủ tịch | Duma Quốc gia"}},
		{"ông PERSON - TITLE ORG", "Bà Nguyễn Phương Nga - Chủ tịch VUFO cho rằng những chia sẻ rất quý.",
			[]spec{{P, "Nguyễn Phương Nga", 0}, {T, "Chủ tịch", 0}, {O, "VUFO", 0}},
			[]string{"Nguyễn Phương Nga | Chủ tịch | VUFO"}},
		{"PERSON (TITLE ORG)", "Ông Nguyễn Văn An (Giám đốc Sở Y tế) cho biết như vậy.",
			[]spec{{P, "Nguyễn Văn An", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}},
			[]string{"Nguyễn Văn An | Giám đốc | Sở Y tế"}},
		{"TITLE ORG (ACRONYM) PERSON", "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Nguyễn Phương Nga đã làm việc.",
			[]spec{{T, "Chủ tịch", 0}, {O, "Liên hiệp các tổ chức hữu nghị Việt Nam", 0}, {O, "VUFO", 0}, {P, "Nguyễn Phương Nga", 0}},
			[]string{"Nguyễn Phương Nga | Chủ tịch | Liên hiệp các tổ chức hữu nghị Việt Nam"}},
		{"TITLE ORG, ông PERSON", "Phó Chủ tịch Hội đồng lập pháp thành phố St. Petersburg, ông Nikolai Bondarenko đã điểm lại.",
			[]spec{{T, "Phó Chủ tịch", 0}, {O, "Hội đồng lập pháp thành phố St. Petersburg", 0}, {P, "Nikolai Bondarenko", 0}},
			[]string{"Nikolai Bondarenko | Phó Chủ tịch | Hội đồng lập pháp thành phố St. Petersburg"}},
		{"list of titles", "Dự Hội nghị có ông Phan Chí Hiếu, Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam, Chủ tịch Hội hữu nghị Việt - Nga; đại diện các hội.",
			[]spec{{P, "Phan Chí Hiếu", 0}, {T, "Chủ tịch", 0}, {O, "Viện Hàn lâm Khoa học xã hội Việt Nam", 0}, {T, "Chủ tịch", 1}, {O, "Hội hữu nghị Việt - Nga", 0}},
			[]string{"Phan Chí Hiếu | Chủ tịch | Viện Hàn lâm Khoa học xã hội Việt Nam", "Phan Chí Hiếu | Chủ tịch | Hội hữu nghị Việt - Nga"}},
		{"rank, then title", "Thiếu tướng Lê Đình Cường, Tư lệnh Cảnh sát biển Việt Nam gửi lời chúc mừng.",
			[]spec{{T, "Thiếu tướng", 0}, {P, "Lê Đình Cường", 0}, {T, "Tư lệnh", 0}, {O, "Cảnh sát biển Việt Nam", 0}},
			[]string{"Lê Đình Cường | Thiếu tướng", "Lê Đình Cường | Tư lệnh | Cảnh sát biển Việt Nam"}},
		{"parent body after comma", "Ông Trần Đắc Lợi - nguyên Phó Trưởng ban thường trực, Ban Đối ngoại Trung ương Đảng, Phó Chủ tịch thường trực Quỹ Hòa bình và Phát triển Việt Nam cho rằng cần chú ý.",
			[]spec{{P, "Trần Đắc Lợi", 0}, {T, "nguyên Phó Trưởng ban thường trực", 0}, {O, "Ban Đối ngoại Trung ương Đảng", 0}, {T, "Phó Chủ tịch thường trực", 0}, {O, "Quỹ Hòa bình và Phát triển Việt Nam", 0}},
			[]string{"Trần Đắc Lợi | nguyên Phó Trưởng ban thường trực | Ban Đối ngoại Trung ương Đảng (former)", "Trần Đắc Lợi | Phó Chủ tịch thường trực | Quỹ Hòa bình và Phát triển Việt Nam"}},
		{"coordination", "Chủ tịch nước Lương Cường và Thủ tướng Phạm Minh Chính đã gửi điện chúc mừng.",
			[]spec{{T, "Chủ tịch nước", 0}, {P, "Lương Cường", 0}, {T, "Thủ tướng", 0}, {P, "Phạm Minh Chính", 0}},
			[]string{"Lương Cường | Chủ tịch nước", "Phạm Minh Chính | Thủ tướng"}},
		{"caption line", "bemac4.jpg\nChủ tịch Liên hiệp các tổ chức người Việt Nam tại Liên bang Nga Đỗ Xuân Hoàng phát biểu tại Hội nghị. (Ảnh: Đinh Hòa)",
			[]spec{{T, "Chủ tịch", 0}, {O, "Liên hiệp các tổ chức người Việt Nam tại Liên bang Nga", 0}, {P, "Đỗ Xuân Hoàng", 0}, {P, "Đinh Hòa", 0}},
			[]string{"Đỗ Xuân Hoàng | Chủ tịch | Liên hiệp các tổ chức người Việt Nam tại Liên bang Nga"}},
		{"country after the title is no organization", "Tổng thống Mỹ Donald Trump chủ trì lễ ký. Đại sứ Việt Nam tại Liên bang Nga Nguyễn Thanh Sơn đã tham dự.",
			[]spec{{T, "Tổng thống", 0}, {L, "Mỹ", 0}, {P, "Donald Trump", 0}, {T, "Đại sứ", 0}, {L, "Việt Nam", 0}, {L, "Liên bang Nga", 0}, {P, "Nguyễn Thanh Sơn", 0}},
			[]string{"Donald Trump | Tổng thống", "Nguyễn Thanh Sơn | Đại sứ"}},
		{"embassy title with places", "Ngày 17/2, Đại sứ đặc mệnh toàn quyền Việt Nam tại Cộng hòa Ả-rập Ai Cập kiêm nhiệm Nhà nước Palestine Nguyễn Nam Dương đã trình Thư ủy nhiệm.",
			[]spec{{D, "17/2", 0}, {T, "Đại sứ đặc mệnh toàn quyền", 0}, {L, "Việt Nam", 0}, {L, "Cộng hòa Ả-rập Ai Cập", 0}, {L, "Nhà nước Palestine", 0}, {P, "Nguyễn Nam Dương", 0}},
			[]string{"Nguyễn Nam Dương | Đại sứ đặc mệnh toàn quyền"}},
		{"verbal: pronoun refers back", "Thủ tướng Chính phủ Phạm Minh Chính đã gửi điện chúc mừng bà Takaichi Sanae, Chủ tịch Đảng Dân chủ Tự do Nhật Bản (LDP) dịp bà tiếp tục được bầu giữ chức Thủ tướng thứ 105 của Nhật Bản.",
			[]spec{{T, "Thủ tướng", 0}, {O, "Chính phủ", 0}, {P, "Phạm Minh Chính", 0}, {P, "Takaichi Sanae", 0}, {T, "Chủ tịch", 0}, {O, "Đảng Dân chủ Tự do Nhật Bản", 0}, {O, "LDP", 0}, {T, "Thủ tướng", 1}, {L, "Nhật Bản", 1}},
			[]string{"Phạm Minh Chính | Thủ tướng | Chính phủ", "Takaichi Sanae | Chủ tịch | Đảng Dân chủ Tự do Nhật Bản", "Takaichi Sanae | Thủ tướng"}},
		{"verbal: subject", "Ông Nguyễn Nam Dương đã trình Thư ủy nhiệm lên Tổng thống Palestine Mahmoud Abbas, chính thức trở thành Đại sứ của Việt Nam tại Nhà nước Palestine.",
			[]spec{{P, "Nguyễn Nam Dương", 0}, {T, "Tổng thống", 0}, {L, "Palestine", 0}, {P, "Mahmoud Abbas", 0}, {T, "Đại sứ", 0}, {L, "Việt Nam", 0}, {L, "Nhà nước Palestine", 0}},
			[]string{"Mahmoud Abbas | Tổng thống", "Nguyễn Nam Dương | Đại sứ"}},
		{"date of the position", "Bà Nguyễn Thị Bình giữ chức Giám đốc Sở Y tế từ ngày 1/10/2024. Ngày 18/2, Thủ tướng Chính phủ Phạm Minh Chính đã gửi điện.",
			[]spec{{P, "Nguyễn Thị Bình", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}, {D, "ngày 1/10/2024", 0}, {D, "18/2", 0}, {T, "Thủ tướng", 0}, {O, "Chính phủ", 0}, {P, "Phạm Minh Chính", 0}},
			[]string{"Nguyễn Thị Bình | Giám đốc | Sở Y tế @ ngày 1/10/2024", "Phạm Minh Chính | Thủ tướng | Chính phủ"}},
		{"title with a bare capitalized word", "Phát biểu tại Hội nghị, Chủ tịch Hội Nguyễn Văn Lợi nhấn mạnh tầm quan trọng.",
			[]spec{{T, "Chủ tịch", 0}, {P, "Nguyễn Văn Lợi", 0}},
			[]string{"Nguyễn Văn Lợi | Chủ tịch"}},
		{"appositive between person and title", "Đoàn do ông Salamoni Jr Amedeo, Giảng viên môn Gốm và Điêu khắc, Giám đốc Phòng Trưng bày Anderson và Walton dẫn đầu.",
			[]spec{{P, "Salamoni Jr Amedeo", 0}, {T, "Giám đốc", 0}, {O, "Phòng Trưng bày Anderson và Walton", 0}},
			[]string{"Salamoni Jr Amedeo | Giám đốc | Phòng Trưng bày Anderson và Walton"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := build(t, c.text, c.specs...)
			assert.Equal(t, c.want, positions(a, Link(a)))
		})
	}
}

func TestPositionNegatives(t *testing.T) {
	// The Thủ tướng and Takaichi Sanae share a sentence but are not linked.
	a := build(t, "Thủ tướng gửi điện cho bà Takaichi Sanae, Chủ tịch Đảng Dân chủ Tự do Nhật Bản.",
		spec{T, "Thủ tướng", 0}, spec{P, "Takaichi Sanae", 0}, spec{T, "Chủ tịch", 0}, spec{O, "Đảng Dân chủ Tự do Nhật Bản", 0})
	assert.Equal(t, []string{"Takaichi Sanae | Chủ tịch | Đảng Dân chủ Tự do Nhật Bản"}, positions(a, Link(a)))

	// A title followed by a verb phrase, then a person.
	a = build(t, "Giám đốc cho biết ông Nguyễn Văn An sẽ đến.", spec{T, "Giám đốc", 0}, spec{P, "Nguyễn Văn An", 0})
	assert.Empty(t, positions(a, Link(a)))

	// A person and a title in different sentences.
	a = build(t, "Ông Nguyễn Văn An đã đến.\nChủ tịch Quốc hội phát biểu.", spec{P, "Nguyễn Văn An", 0}, spec{T, "Chủ tịch", 0}, spec{O, "Quốc hội", 0})
	assert.Empty(t, positions(a, Link(a)))

	// An event date is not the date of the position.
	a = build(t, "Ngày 18/2, Thủ tướng Phạm Minh Chính đã gửi điện.", spec{D, "18/2", 0}, spec{T, "Thủ tướng", 0}, spec{P, "Phạm Minh Chính", 0})
	r := Link(a)
	require.Len(t, r.Relations, 1)
	assert.Equal(t, -1, r.Relations[0].Date)
}

func TestPositionDedupAndElsewhere(t *testing.T) {
	text := "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn dự lễ.\n" +
		"Theo Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam, quan hệ hai nước tốt đẹp.\n" +
		"Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn trao quà."
	a := build(t, text,
		spec{T, "Chủ tịch", 0}, spec{O, "Liên hiệp các tổ chức hữu nghị Việt Nam", 0}, spec{P, "Phan Anh Sơn", 0},
		spec{T, "Chủ tịch", 1}, spec{O, "Liên hiệp các tổ chức hữu nghị Việt Nam", 1},
		spec{T, "Chủ tịch", 2}, spec{O, "Liên hiệp các tổ chức hữu nghị Việt Nam", 2}, spec{P, "Phan Anh Sơn", 1})
	r := Link(a)
	require.Len(t, r.Relations, 1)
	rel := r.Relations[0]
	assert.Equal(t, Position, rel.Kind)
	assert.Equal(t, 0, rel.Title)
	assert.Equal(t, 2, rel.Person)
	require.Len(t, rel.Evidence, 3)
	for i, line := range strings.Split(text, "\n") {
		assert.Equal(t, line, text[rel.Evidence[i].Start:rel.Evidence[i].End])
	}
	assert.Equal(t, -1, rel.Name)
	assert.Equal(t, -1, rel.Alias)

	// With two holders of the same title, a bare title is not attributed.
	a = build(t, "Chủ tịch Nguyễn Văn An đến.\nChủ tịch Trần Văn Bình đi.\nChủ tịch phát biểu.",
		spec{T, "Chủ tịch", 0}, spec{P, "Nguyễn Văn An", 0}, spec{T, "Chủ tịch", 1}, spec{P, "Trần Văn Bình", 0}, spec{T, "Chủ tịch", 2})
	r = Link(a)
	require.Len(t, r.Relations, 2)
	assert.Len(t, r.Relations[0].Evidence, 1)
	assert.Len(t, r.Relations[1].Evidence, 1)
}

func TestAliases(t *testing.T) {
	text := "Ngày 18/6, Liên hiệp các tổ chức hữu nghị Việt Nam (Liên hiệp Hữu nghị) tổ chức tọa đàm. " +
		"Bà Nguyễn Phương Nga - Chủ tịch VUFO phát biểu. " +
		"Đại diện Đảng Dân chủ Tự do Nhật Bản (LDP) và Ủy ban nhân dân thành phố, Hội đồng nhân dân (HĐND) đã đến. " +
		"UBND thành phố cho biết. " +
		"Bà Nguyễn Thu Hiền - Phó trưởng ban Ban Công tác đa phương (Liên hiệp Hữu nghị) cho rằng. " +
		"Tổng Bí thư dự Hội đồng Hòa bình về Gaza. Hội đồng Hòa bình họp."
	a := build(t, text,
		spec{O, "Liên hiệp các tổ chức hữu nghị Việt Nam", 0}, spec{O, "Liên hiệp Hữu nghị", 0},
		spec{P, "Nguyễn Phương Nga", 0}, spec{T, "Chủ tịch", 0}, spec{O, "VUFO", 0},
		spec{O, "Đảng Dân chủ Tự do Nhật Bản", 0}, spec{O, "LDP", 0}, spec{O, "Ủy ban nhân dân", 0},
		spec{O, "Hội đồng nhân dân", 0}, spec{O, "HĐND", 0}, spec{O, "UBND", 0},
		spec{P, "Nguyễn Thu Hiền", 0}, spec{T, "Phó trưởng ban", 0}, spec{O, "Ban Công tác đa phương", 0}, spec{O, "Liên hiệp Hữu nghị", 1},
		spec{T, "Tổng Bí thư", 0}, spec{O, "Hội đồng Hòa bình về Gaza", 0}, spec{O, "Hội đồng Hòa bình", 1},
	)
	r := Link(a)
	assert.ElementsMatch(t, []string{
		"Liên hiệp các tổ chức hữu nghị Việt Nam = Liên hiệp Hữu nghị", // parenthesized short form
		"Liên hiệp các tổ chức hữu nghị Việt Nam = VUFO",               // well-known acronym
		"Đảng Dân chủ Tự do Nhật Bản = LDP",                            // parenthesized acronym
		"Hội đồng nhân dân = HĐND",                                     // parenthesized acronym
		"Ủy ban nhân dân = UBND",                                       // initials
		"Hội đồng Hòa bình về Gaza = Hội đồng Hòa bình",                // short form
	}, aliases(a, r))
	// "(Liên hiệp Hữu nghị)" after "Ban Công tác đa phương" names the parent body.
	assert.Contains(t, positions(a, r), "Nguyễn Thu Hiền | Phó trưởng ban | Ban Công tác đa phương")
	for _, rel := range r.Relations {
		if rel.Kind == Alias {
			assert.Equal(t, -1, rel.Person)
			assert.NotEmpty(t, rel.Evidence)
		}
	}
}

func TestPersonClusters(t *testing.T) {
	text := "Ông Nguyễn Quốc Hùng, Giám đốc Quỹ, gặp ông Nguyễn Minh Hùng. Ông Hùng nói. " +
		"Ông Vyacheslav Kalganov phát biểu. V.Kalganov cho biết, ông V. Kalganov và Kalganov là một. " +
		"Bà Svetlana Evgenevna Galzunova cảm ơn. Bà Svetlana nói. " +
		"Ảnh: Đinh Hòa. Ảnh: Đình Hoà. Bác Hồ và Chủ tịch Hồ Chí Minh. Tổng thống Trump gặp Donald Trump."
	a := build(t, text,
		spec{P, "Nguyễn Quốc Hùng", 0}, spec{T, "Giám đốc", 0}, spec{P, "Nguyễn Minh Hùng", 0}, spec{P, "Hùng", 2},
		spec{P, "Vyacheslav Kalganov", 0}, spec{P, "V.Kalganov", 0}, spec{P, "V. Kalganov", 0}, spec{P, "Kalganov", 3},
		spec{P, "Svetlana Evgenevna Galzunova", 0}, spec{P, "Svetlana", 1},
		spec{P, "Đinh Hòa", 0}, spec{P, "Đình Hoà", 0}, spec{P, "Bác Hồ", 0}, spec{T, "Chủ tịch", 0}, spec{P, "Hồ Chí Minh", 0},
		spec{T, "Tổng thống", 0}, spec{P, "Trump", 0}, spec{P, "Donald Trump", 0},
	)
	r := Link(a)
	assert.Equal(t, []string{
		"Nguyễn Minh Hùng: Nguyễn Minh Hùng, Hùng", // nearest preceding of two Hùngs
		"Vyacheslav Kalganov: Vyacheslav Kalganov, V.Kalganov, V. Kalganov, Kalganov",
		"Svetlana Evgenevna Galzunova: Svetlana Evgenevna Galzunova, Svetlana",
		"Đinh Hòa: Đinh Hòa, Đình Hoà",
		"Hồ Chí Minh: Bác Hồ, Hồ Chí Minh",
		"Donald Trump: Trump, Donald Trump", // a later full name
	}, clusters(a, r))
	// Every PERSON is in exactly one entity; TITLEs are in none.
	seen := map[int]bool{}
	for _, e := range r.Entities {
		assert.Equal(t, entity.Person, e.Type)
		for _, m := range e.Mentions {
			assert.False(t, seen[m])
			seen[m] = true
		}
	}
	for i, m := range a.Mentions {
		assert.Equal(t, m.Type == entity.Person, seen[i], m.Text)
	}
}

func TestOrgAndPlaceClusters(t *testing.T) {
	text := "Ủy ban Đối ngoại thành phố Saint Petersburg và Uỷ ban Đối ngoại Saint Petersburg. " +
		"Hội hữu nghị Việt-Nga, Hội hữu nghị Việt - Nga, Hội Hữu nghị Việt – Nga và Hội hữu nghị Nga-Việt. " +
		"Chủ tịch Quốc hội Trần Thanh Mẫn chúc mừng Chủ tịch Quốc hội Nhật Bản. " +
		"Liên bang Nga, LB Nga và Nga; Hoa Kỳ và Mỹ; TP.HCM và Thành phố Hồ Chí Minh; Nhà nước Palestine và Palestine. " +
		"Quỹ Thúc đẩy phát triển hợp tác Nga-Việt “Truyền thống và Hữu nghị” và Quỹ thúc đẩy phát triển hợp tác Nga - Việt \"Truyền thống và Hữu nghị\"."
	a := build(t, text,
		spec{O, "Ủy ban Đối ngoại thành phố Saint Petersburg", 0}, spec{O, "Uỷ ban Đối ngoại Saint Petersburg", 0},
		spec{O, "Hội hữu nghị Việt-Nga", 0}, spec{O, "Hội hữu nghị Việt - Nga", 0}, spec{O, "Hội Hữu nghị Việt – Nga", 0}, spec{O, "Hội hữu nghị Nga-Việt", 0},
		spec{T, "Chủ tịch", 0}, spec{O, "Quốc hội", 0}, spec{P, "Trần Thanh Mẫn", 0}, spec{T, "Chủ tịch", 1}, spec{O, "Quốc hội Nhật Bản", 0},
		spec{L, "Liên bang Nga", 0}, spec{L, "LB Nga", 0}, spec{L, "Nga", 6}, spec{L, "Hoa Kỳ", 0}, spec{L, "Mỹ", 0},
		spec{L, "TP.HCM", 0}, spec{L, "Thành phố Hồ Chí Minh", 0}, spec{L, "Nhà nước Palestine", 0}, spec{L, "Palestine", 1},
		spec{O, "Quỹ Thúc đẩy phát triển hợp tác Nga-Việt “Truyền thống và Hữu nghị”", 0},
		spec{O, "Quỹ thúc đẩy phát triển hợp tác Nga - Việt \"Truyền thống và Hữu nghị\"", 0},
	)
	r := Link(a)
	assert.Equal(t, []string{
		"Ủy ban Đối ngoại thành phố Saint Petersburg: Ủy ban Đối ngoại thành phố Saint Petersburg, Uỷ ban Đối ngoại Saint Petersburg",
		"Hội hữu nghị Việt - Nga: Hội hữu nghị Việt-Nga, Hội hữu nghị Việt - Nga, Hội Hữu nghị Việt – Nga",
		"Liên bang Nga: Liên bang Nga, LB Nga, Nga",
		"Hoa Kỳ: Hoa Kỳ, Mỹ",
		"Thành phố Hồ Chí Minh: TP.HCM, Thành phố Hồ Chí Minh",
		"Nhà nước Palestine: Nhà nước Palestine, Palestine",
		"Quỹ thúc đẩy phát triển hợp tác Nga - Việt \"Truyền thống và Hữu nghị\": Quỹ Thúc đẩy phát triển hợp tác Nga-Việt “Truyền thống và Hữu nghị”, Quỹ thúc đẩy phát triển hợp tác Nga - Việt \"Truyền thống và Hữu nghị\"",
	}, clusters(a, r))
	// Variants are not aliases.
	assert.Empty(t, aliases(a, r))
}

// TestLexiconClusters checks the knowledge relation takes from the lexicon
// (entity's CanonicalName and VietnameseName) on mentions that carry no
// Canonical of their own, as hand-made and rule-made mentions do.
func TestLexiconClusters(t *testing.T) {
	text := "Liên đoàn Thương mại và Công nghiệp Việt Nam mời. Ông Lâm Văn An, Phó Chủ tịch VCCI, phát biểu. " +
		"Đảng Cộng sản Việt Nam lãnh đạo. Đảng và Nhà nước quan tâm. " +
		"Đoàn đến Matxcova rồi về Moscow, qua thành phố Hà Nội và Hà Nội. " +
		"HLV Kim Sang-sik nói. Ông Kim cho biết. Ông Trần Văn Bình nói. Ông Bình cho biết, ông Trần hỏi."
	a := build(t, text,
		spec{O, "Liên đoàn Thương mại và Công nghiệp Việt Nam", 0}, spec{P, "Lâm Văn An", 0}, spec{T, "Phó Chủ tịch", 0}, spec{O, "VCCI", 0},
		spec{O, "Đảng Cộng sản Việt Nam", 0}, spec{O, "Đảng", 1},
		spec{L, "Matxcova", 0}, spec{L, "Moscow", 0}, spec{L, "thành phố Hà Nội", 0}, spec{L, "Hà Nội", 1},
		spec{P, "Kim Sang-sik", 0}, spec{P, "Kim", 1}, spec{P, "Trần Văn Bình", 0}, spec{P, "Bình", 1}, spec{P, "Trần", 1},
	)
	r := Link(a)
	assert.Equal(t, []string{
		// The lexicon gives both "Phòng Thương mại và Công nghiệp Việt Nam".
		"Liên đoàn Thương mại và Công nghiệp Việt Nam: Liên đoàn Thương mại và Công nghiệp Việt Nam, VCCI",
		// org-head "Đảng": the Party spoken of alone.
		"Đảng Cộng sản Việt Nam: Đảng Cộng sản Việt Nam, Đảng",
		"Matxcova: Matxcova, Moscow", // city Matxcơva	Moscow
		"thành phố Hà Nội: thành phố Hà Nội, Hà Nội",
		// A Korean name starts with its family name, which may stand alone;
		// a Vietnamese one is shortened to its given name.
		"Kim Sang-sik: Kim Sang-sik, Kim",
		"Trần Văn Bình: Trần Văn Bình, Bình",
	}, clusters(a, r))
	assert.Equal(t, []string{"Liên đoàn Thương mại và Công nghiệp Việt Nam = VCCI"}, aliases(a, r))
}

func TestLinkRobust(t *testing.T) {
	assert.Empty(t, Link(&entity.Analysis{}).Relations)
	// No sentences, no tokens: lines are used.
	text := "Thủ tướng Phạm Minh Chính đến.\nÔng Chính phát biểu."
	a := &entity.Analysis{Text: text}
	for _, s := range []spec{{T, "Thủ tướng", 0}, {P, "Phạm Minh Chính", 0}, {P, "Chính", 1}} {
		off := strings.Index(text, s.sub)
		if s.occ == 1 {
			off = strings.LastIndex(text, s.sub)
		}
		a.Mentions = append(a.Mentions, entity.Mention{Type: s.typ, Start: off, End: off + len(s.sub), Text: s.sub})
	}
	r := Link(a)
	assert.Equal(t, []string{"Phạm Minh Chính | Thủ tướng"}, positions(a, r))
	assert.Equal(t, []string{"Phạm Minh Chính: Phạm Minh Chính, Chính"}, clusters(a, r))
	assert.Equal(t, Span{0, strings.IndexByte(text, '\n')}, r.Relations[0].Evidence[0])

	// A name whose key is empty (a zero-width space alone) has no words.
	text = "\u200b và Bộ Ngoại giao, Bộ Ngoại giao Nga"
	a = &entity.Analysis{Text: text}
	for _, s := range []spec{{O, "\u200b", 0}, {O, "Bộ Ngoại giao", 0}, {O, "Bộ Ngoại giao Nga", 0}} {
		off := strings.Index(text, s.sub)
		a.Mentions = append(a.Mentions, entity.Mention{Type: s.typ, Start: off, End: off + len(s.sub), Text: s.sub})
	}
	r = Link(a)
	assert.Len(t, r.Entities, 2)
	assert.Equal(t, []string{"Bộ Ngoại giao Nga: Bộ Ngoại giao, Bộ Ngoại giao Nga"}, clusters(a, r))
}

func TestLinkConcurrent(t *testing.T) {
	docs := loadGolden(t)
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = fmt.Sprint(Link(d.a))
	}
	var wg sync.WaitGroup
	for k := 0; k < 8; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, d := range docs {
				assert.Equal(t, want[i], fmt.Sprint(Link(d.a)))
			}
		}()
	}
	wg.Wait()
}

// TestLinkAnyTypes runs Link over the golden texts with mention types
// scrambled, and without sentences: it must not panic and must keep its
// invariants.
func TestLinkAnyTypes(t *testing.T) {
	types := []entity.Type{P, T, O, L, D, entity.Time}
	for _, d := range loadGolden(t) {
		for shift := 0; shift < len(types); shift++ {
			a := *d.a
			a.Mentions = append([]entity.Mention(nil), d.a.Mentions...)
			for i := range a.Mentions {
				a.Mentions[i].Type = types[(i*7+shift)%len(types)]
			}
			if shift%2 == 1 {
				a.Sentences = nil
			}
			r := Link(&a)
			in := map[int]bool{}
			for _, e := range r.Entities {
				require.NotEmpty(t, e.Name)
				for _, m := range e.Mentions {
					require.False(t, in[m])
					in[m] = true
					require.Equal(t, e.Type, a.Mentions[m].Type)
				}
			}
			for _, rel := range r.Relations {
				require.NotEmpty(t, rel.Evidence)
				if rel.Kind == Position {
					require.Equal(t, P, a.Mentions[rel.Person].Type)
					require.Equal(t, T, a.Mentions[rel.Title].Type)
				} else {
					require.Equal(t, O, a.Mentions[rel.Name].Type)
				}
			}
		}
	}
}

// TestPlaceInThreeCompounds: a place that is half of several compound names
// joins none of them, however many there are.
func TestPlaceInThreeCompounds(t *testing.T) {
	text := "Bà Rịa - Vũng Tàu, Côn Đảo - Vũng Tàu, Long Hải - Vũng Tàu và Vũng Tàu."
	a := &entity.Analysis{Text: text}
	for _, s := range []spec{{L, "Bà Rịa - Vũng Tàu", 0}, {L, "Côn Đảo - Vũng Tàu", 0}, {L, "Long Hải - Vũng Tàu", 0}, {L, "Vũng Tàu", 3}} {
		off := -1
		for k := 0; k <= s.occ; k++ {
			off += 1 + strings.Index(text[off+1:], s.sub)
		}
		a.Mentions = append(a.Mentions, entity.Mention{Type: s.typ, Start: off, End: off + len(s.sub), Text: s.sub})
	}
	r := Link(a)
	assert.Len(t, r.Entities, 4)
	assert.Empty(t, clusters(a, r))
}

// TestParenthesizedOrgWithoutWords: an organization mention in parentheses
// whose key has no words (a zero-width space alone, or a lone mark) is no
// alias of the name before it, and reading it does not index its first
// word. (Link used to panic here.)
func TestParenthesizedOrgWithoutWords(t *testing.T) {
	for _, inner := range []string{"\u200b", "\u0301", "\u200b\u0301"} {
		text := "Bộ Ngoại giao (" + inner + ") và Bộ Tài chính (" + inner + ")."
		a := &entity.Analysis{Text: text}
		add := func(off int, sub string) {
			a.Mentions = append(a.Mentions, entity.Mention{Type: O, Start: off, End: off + len(sub), Text: sub})
		}
		add(0, "Bộ Ngoại giao")
		add(strings.Index(text, inner), inner)
		add(strings.Index(text, "Bộ Tài chính"), "Bộ Tài chính")
		add(strings.LastIndex(text, inner), inner)
		r := Link(a)
		for _, rel := range r.Relations {
			assert.NotEqual(t, Alias, rel.Kind, "%q: %+v", inner, rel)
		}
	}
}
