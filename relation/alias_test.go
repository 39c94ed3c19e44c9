package relation

import (
	"strings"
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
		{"a court without nhân dân and its province",
			"TAND tỉnh Bình Phước xét xử vụ án. Thẩm phán của Tòa án tỉnh đã tuyên án.",
			[]spec{{O, "TAND tỉnh Bình Phước", 0}, {O, "Tòa án tỉnh", 0}},
			[]string{"TAND tỉnh Bình Phước: TAND tỉnh Bình Phước, Tòa án tỉnh"},
			[]string{"TAND tỉnh Bình Phước = Tòa án tỉnh"}},
		{"a city's police by its acronym",
			"Lực lượng Công an TP.Hải Phòng được khen. Giám đốc CATP phát biểu.",
			[]spec{{O, "Công an TP.Hải Phòng", 0}, {O, "CATP", 0}},
			[]string{"Công an TP.Hải Phòng: Công an TP.Hải Phòng, CATP"},
			[]string{"Công an TP.Hải Phòng = CATP"}},
		{"a procuracy spelled out and by its acronym",
			"Viện kiểm sát nhân dân quận Hoàn Kiếm truy tố bị can. Kiểm sát viên VKSND quận Hoàn Kiếm thực hành quyền công tố.",
			[]spec{{O, "Viện kiểm sát nhân dân quận Hoàn Kiếm", 0}, {O, "VKSND quận Hoàn Kiếm", 0}},
			[]string{"Viện kiểm sát nhân dân quận Hoàn Kiếm: Viện kiểm sát nhân dân quận Hoàn Kiếm, VKSND quận Hoàn Kiếm"},
			[]string{"Viện kiểm sát nhân dân quận Hoàn Kiếm = VKSND quận Hoàn Kiếm"}},
		{"a council is no people's council",
			"Hội đồng thẩm định họp. HĐND đã thông qua nghị quyết.",
			[]spec{{O, "Hội đồng", 0}, {O, "HĐND", 0}},
			nil, nil},
		{"the courts are no province's court",
			"Tòa án nhân dân xét xử công khai. Tòa án nhân dân tỉnh Bình Phước mở phiên tòa.",
			[]spec{{O, "Tòa án nhân dân", 0}, {O, "Tòa án nhân dân tỉnh Bình Phước", 0}},
			nil, nil},
		{"an issuer's code in a document number is no alias",
			"Ngân hàng Nhà nước ban hành Thông tư số 12/2024/TT-NHNN về cho vay.",
			[]spec{{O, "Ngân hàng Nhà nước", 0}, {O, "NHNN", 0}},
			[]string{"Ngân hàng Nhà nước: Ngân hàng Nhà nước, NHNN"}, nil},
		{"an acronym after a dash of words is",
			"Ngân hàng Nhà nước họp báo. Đại diện Văn phòng-NHNN cho biết.",
			[]spec{{O, "Ngân hàng Nhà nước", 0}, {O, "NHNN", 0}},
			[]string{"Ngân hàng Nhà nước: Ngân hàng Nhà nước, NHNN"},
			[]string{"Ngân hàng Nhà nước = NHNN"}},
		{"a city's party committee without the city",
			"Thành ủy Hà Nội họp phiên thường kỳ. Bí thư Thành ủy kết luận.",
			[]spec{{O, "Thành ủy Hà Nội", 0}, {O, "Thành ủy", 1}},
			[]string{"Thành ủy Hà Nội: Thành ủy Hà Nội, Thành ủy"},
			[]string{"Thành ủy Hà Nội = Thành ủy"}},
		{"a bare institution with a city is another body",
			"Công an Hà Nội bắt giữ nghi phạm. Công an cho biết đang điều tra.",
			[]spec{{O, "Công an Hà Nội", 0}, {O, "Công an", 1}},
			nil, nil},
		{"a name with an acronym after the full name is an alias",
			"Mặt trận Tổ quốc Việt Nam kêu gọi. Sau đó MTTQ Việt Nam phát động.",
			[]spec{{O, "Mặt trận Tổ quốc Việt Nam", 0}, {O, "MTTQ Việt Nam", 0}},
			[]string{"Mặt trận Tổ quốc Việt Nam: Mặt trận Tổ quốc Việt Nam, MTTQ Việt Nam"},
			[]string{"Mặt trận Tổ quốc Việt Nam = MTTQ Việt Nam"}},
		{"before it, the same body but no alias",
			"MTTQ Việt Nam phát động. Sau đó Mặt trận Tổ quốc Việt Nam tổng kết.",
			[]spec{{O, "MTTQ Việt Nam", 0}, {O, "Mặt trận Tổ quốc Việt Nam", 0}},
			[]string{"Mặt trận Tổ quốc Việt Nam: MTTQ Việt Nam, Mặt trận Tổ quốc Việt Nam"}, nil},
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

func TestSpelledWords(t *testing.T) {
	for k, want := range map[string]string{
		"tand tinh ca mau":      "toa an tinh ca mau",
		"cong an tp.hcm":        "cong an thanh pho hcm",
		"catp":                  "cong an thanh pho",
		"hdnd":                  "hoi dong nhan dan",
		"toa an nhan dan":       "toa an nhan dan",
		"ubnd tp":               "uy ban thanh pho",
		"bo ngoai giao":         "bo ngoai giao",
		"vksnd huyen duy xuyen": "vien kiem sat huyen duy xuyen",
	} {
		ws, _ := spelledWords(nil, k)
		assert.Equal(t, want, strings.Join(ws, " "), k)
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
