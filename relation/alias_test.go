package relation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAliasesOfNews covers the aliases the news guidelines record (a
// short form the text ties to a full name) and the look-alikes they do
// not: a body named without its country, a parent body in parentheses, a
// local body of another place, a credit on the next line.
func TestAliasesOfNews(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		specs    []spec
		clusters []string
		aliases  []string
	}{
		{"a ministry without its country is an alias",
			"Bộ Y tế Việt Nam ký thỏa thuận. Sau đó Bộ Y tế công bố kết quả.",
			[]spec{{O, "Bộ Y tế Việt Nam", 0}, {O, "Bộ Y tế", 1}},
			[]string{"Bộ Y tế Việt Nam: Bộ Y tế Việt Nam, Bộ Y tế"},
			[]string{"Bộ Y tế Việt Nam = Bộ Y tế"}},
		{"a foreign body without its country is an alias",
			"Bộ Thương mại Hoa Kỳ ra thông báo. Bộ Thương mại cho biết sẽ xem xét.",
			[]spec{{O, "Bộ Thương mại Hoa Kỳ", 0}, {O, "Bộ Thương mại", 1}},
			[]string{"Bộ Thương mại Hoa Kỳ: Bộ Thương mại Hoa Kỳ, Bộ Thương mại"},
			[]string{"Bộ Thương mại Hoa Kỳ = Bộ Thương mại"}},
		{"a bare institution is the same body, no alias",
			"Chính phủ Việt Nam đã quyết định. Chính phủ giao nhiệm vụ.",
			[]spec{{O, "Chính phủ Việt Nam", 0}, {O, "Chính phủ", 1}},
			[]string{"Chính phủ Việt Nam: Chính phủ Việt Nam, Chính phủ"},
			nil},
		{"another country's bare institution is another body",
			"Quốc hội Hàn Quốc thông qua luật. Quốc hội sẽ họp tiếp.",
			[]spec{{O, "Quốc hội Hàn Quốc", 0}, {O, "Quốc hội", 1}},
			nil, nil},
		{"a short name that a local body also has joins neither",
			"Đại diện Hội Nông dân Việt Nam và Hội Nông dân tỉnh Bắc Ninh dự họp. Hội Nông dân đã phát biểu.",
			[]spec{{O, "Hội Nông dân Việt Nam", 0}, {O, "Hội Nông dân tỉnh Bắc Ninh", 0}, {O, "Hội Nông dân", 2}},
			nil, nil},
		{"a parent body in parentheses is no alias",
			"Bộ Tài chính họp. Ông Lâm làm việc tại Vụ Ngân sách nhà nước (Bộ Tài chính) nhiều năm.",
			[]spec{{O, "Bộ Tài chính", 0}, {O, "Vụ Ngân sách nhà nước", 0}, {O, "Bộ Tài chính", 1}},
			[]string{"Bộ Tài chính: Bộ Tài chính, Bộ Tài chính"}, nil},
		{"a name in another language in parentheses is",
			"Ngân hàng Phương Nam Á (PNA Bank) tăng vốn. PNA Bank có trụ sở ở Cần Thơ.",
			[]spec{{O, "Ngân hàng Phương Nam Á", 0}, {O, "PNA Bank", 0}, {O, "PNA Bank", 1}},
			[]string{"Ngân hàng Phương Nam Á: Ngân hàng Phương Nam Á, PNA Bank, PNA Bank"},
			[]string{"Ngân hàng Phương Nam Á = PNA Bank"}},
		{"a credit on the line after a headline is no alias",
			"Trao bằng khen cho Quỹ Bảo trợ trẻ em Việt Nam\n(Báo Mới) - Ngày 2/3, quỹ nhận bằng khen.",
			[]spec{{O, "Quỹ Bảo trợ trẻ em Việt Nam", 0}, {O, "Báo Mới", 0}},
			nil, nil},
		{"a local body after another place is that place's",
			"Sáng 5/9, tại Quảng Bình, ông Hòa, nguyên Giám đốc Công an tỉnh, nhận huân chương. Cùng ngày, Công an tỉnh Quảng Trị đón nhận cờ thi đua.",
			[]spec{{L, "Quảng Bình", 0}, {O, "Công an tỉnh", 0}, {O, "Công an tỉnh Quảng Trị", 0}},
			nil, nil},
		{"a local body after its own province is an alias",
			"Công an tỉnh Quảng Trị đón nhận cờ thi đua. Tại buổi lễ, Giám đốc Công an tỉnh phát biểu.",
			[]spec{{O, "Công an tỉnh Quảng Trị", 0}, {O, "Công an tỉnh", 1}},
			[]string{"Công an tỉnh Quảng Trị: Công an tỉnh Quảng Trị, Công an tỉnh"},
			[]string{"Công an tỉnh Quảng Trị = Công an tỉnh"}},
		{"a short form with a city after it is that city's body",
			"Hội Kiến trúc sư Việt Nam và Hội Kiến trúc sư thành phố Đà Nẵng ký kết.",
			[]spec{{O, "Hội Kiến trúc sư Việt Nam", 0}, {O, "Hội Kiến trúc sư", 1}, {L, "Đà Nẵng", 0}},
			nil, nil},
		{"social words are no level of a place",
			"Tại Đà Nẵng, Bộ Lao động - Thương binh và Xã hội Việt Nam họp. Bộ Lao động - Thương binh và Xã hội kết luận.",
			[]spec{{L, "Đà Nẵng", 0}, {O, "Bộ Lao động - Thương binh và Xã hội Việt Nam", 0}, {O, "Bộ Lao động - Thương binh và Xã hội", 1}},
			[]string{"Bộ Lao động - Thương binh và Xã hội Việt Nam: Bộ Lao động - Thương binh và Xã hội Việt Nam, Bộ Lao động - Thương binh và Xã hội"},
			[]string{"Bộ Lao động - Thương binh và Xã hội Việt Nam = Bộ Lao động - Thương binh và Xã hội"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := build(t, c.text, c.specs...)
			r := Link(a)
			assert.Equal(t, c.clusters, clusters(a, r))
			assert.Equal(t, c.aliases, aliases(a, r))
		})
	}
}

func TestHasLevelWord(t *testing.T) {
	for s, want := range map[string]bool{
		"Công an tỉnh": true, "Tỉnh ủy": true, "Thành ủy": true, "UBND TP": true, "Sở Y tế TP.HCM": true,
		"UBND thị xã": true, "Huyện ủy": true, "Bộ Lao động - Thương binh và Xã hội": false,
		"Đoàn Thanh niên": false, "Quân khu 5": false, "Hội Tình nguyện": false, "": false,
	} {
		assert.Equal(t, want, hasLevelWord(s), s)
	}
}
