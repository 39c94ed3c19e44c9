package relation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPositionNewsShapes covers the ways Vietnamese news writes positions
// (issue 15): chains of offices, lists, verbs and copulas, degrees, acting
// and former offices, delegations.
func TestPositionNewsShapes(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		specs []spec
		want  []string
	}{
		{"chain before the name", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường chủ trì kỳ họp.",
			[]spec{{T, "Ủy viên", 0}, {O, "Trung ương Đảng", 0}, {T, "Bí thư", 0}, {O, "Tỉnh ủy", 0}, {T, "Chủ tịch", 0}, {O, "HĐND tỉnh", 0}, {P, "Phan Việt Cường", 0}},
			[]string{"Phan Việt Cường | Ủy viên | Trung ương Đảng", "Phan Việt Cường | Bí thư | Tỉnh ủy", "Phan Việt Cường | Chủ tịch | HĐND tỉnh"}},
		{"chain with dashes after the name", "Ông Trịnh Việt Hùng - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh phát biểu.",
			[]spec{{P, "Trịnh Việt Hùng", 0}, {T, "Phó Bí thư", 0}, {O, "Tỉnh ủy", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh", 0}},
			[]string{"Trịnh Việt Hùng | Phó Bí thư | Tỉnh ủy", "Trịnh Việt Hùng | Chủ tịch | UBND tỉnh"}},
		{"kiêm", "Ông Phan Đức Tú, thành viên Hội đồng quản trị kiêm Tổng Giám đốc BIDV nhận quyết định.",
			[]spec{{P, "Phan Đức Tú", 0}, {T, "thành viên Hội đồng quản trị", 0}, {T, "Tổng Giám đốc", 0}, {O, "BIDV", 0}},
			[]string{"Phan Đức Tú | thành viên Hội đồng quản trị | BIDV", "Phan Đức Tú | Tổng Giám đốc | BIDV"}},
		{"the board's company named with the other office", "Ông Hồ Hùng Anh từ nhiệm chức vụ Phó Chủ tịch HĐQT cũng như thành viên HĐQT của Tập đoàn Masan. Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Phạm Bình Minh dự.",
			[]spec{{P, "Hồ Hùng Anh", 0}, {T, "Phó Chủ tịch HĐQT", 0}, {T, "thành viên HĐQT", 0}, {O, "Tập đoàn Masan", 0}, {T, "Phó Thủ tướng", 0}, {T, "Bộ trưởng", 0}, {O, "Bộ Ngoại giao", 0}, {P, "Phạm Bình Minh", 0}},
			[]string{"Hồ Hùng Anh | Phó Chủ tịch HĐQT | Tập đoàn Masan (former)", "Hồ Hùng Anh | thành viên HĐQT | Tập đoàn Masan (former)",
				"Phạm Bình Minh | Phó Thủ tướng", "Phạm Bình Minh | Bộ trưởng | Bộ Ngoại giao"}},
		{"an office on whose behalf", "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Trương Xuân Thìn trao huân chương. Đại sứ chuyển thư của Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng.",
			[]spec{{T, "Chủ tịch nước", 0}, {T, "Bí thư", 0}, {O, "Tỉnh ủy", 0}, {P, "Trương Xuân Thìn", 0}, {T, "Đại sứ", 0}, {T, "Tổng Bí thư", 0}, {T, "Chủ tịch nước", 1}, {P, "Nguyễn Phú Trọng", 0}},
			[]string{"Trương Xuân Thìn | Bí thư | Tỉnh ủy", "Nguyễn Phú Trọng | Chủ tịch nước", "Nguyễn Phú Trọng | Tổng Bí thư"}},
		{"plural title, list of ranked names", "Hai phó giám đốc công an tỉnh là Đại tá Phạm Văn Đức và Thượng tá Lê Quốc Hùng cũng được tặng.",
			[]spec{{T, "phó giám đốc", 0}, {O, "công an tỉnh", 0}, {T, "Đại tá", 0}, {P, "Phạm Văn Đức", 0}, {T, "Thượng tá", 0}, {P, "Lê Quốc Hùng", 0}},
			[]string{"Phạm Văn Đức | phó giám đốc | công an tỉnh", "Lê Quốc Hùng | phó giám đốc | công an tỉnh", "Phạm Văn Đức | Đại tá", "Lê Quốc Hùng | Thượng tá"}},
		{"đồng thời là", "Bà Lê Thị Thủy, Bí thư Tỉnh ủy, đồng thời là Chủ tịch HĐND tỉnh dự họp.",
			[]spec{{P, "Lê Thị Thủy", 0}, {T, "Bí thư", 0}, {O, "Tỉnh ủy", 0}, {T, "Chủ tịch", 0}, {O, "HĐND tỉnh", 0}},
			[]string{"Lê Thị Thủy | Bí thư | Tỉnh ủy", "Lê Thị Thủy | Chủ tịch | HĐND tỉnh"}},
		{"plural title over a list", "Các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh và Lê Văn An đồng chủ trì.",
			[]spec{{T, "Phó Chủ tịch", 0}, {O, "HĐND tỉnh", 0}, {P, "Trần Xuân Vinh", 0}, {P, "Nguyễn Công Thanh", 0}, {P, "Lê Văn An", 0}},
			[]string{"Trần Xuân Vinh | Phó Chủ tịch | HĐND tỉnh", "Nguyễn Công Thanh | Phó Chủ tịch | HĐND tỉnh", "Lê Văn An | Phó Chủ tịch | HĐND tỉnh"}},
		{"plural title, then a list with parentheses", "Bộ Ngoại giao từng có 3 nữ phát ngôn viên là: Bà Hồ Thể Lan (phu nhân nguyên Phó Thủ tướng Vũ Khoan); bà Phan Thúy Thanh và bà Lê Thị Thu Hằng (hiện là Thứ trưởng).",
			[]spec{{O, "Bộ Ngoại giao", 0}, {T, "phát ngôn viên", 0}, {P, "Hồ Thể Lan", 0}, {T, "nguyên Phó Thủ tướng", 0}, {P, "Vũ Khoan", 0}, {P, "Phan Thúy Thanh", 0}, {P, "Lê Thị Thu Hằng", 0}, {T, "Thứ trưởng", 0}},
			[]string{"Hồ Thể Lan | phát ngôn viên | Bộ Ngoại giao", "Phan Thúy Thanh | phát ngôn viên | Bộ Ngoại giao",
				"Lê Thị Thu Hằng | phát ngôn viên | Bộ Ngoại giao", "Vũ Khoan | nguyên Phó Thủ tướng (former)", "Lê Thị Thu Hằng | Thứ trưởng"}},
		{"singular title, then another person", "Thủ tướng Phạm Minh Chính và ông Nguyễn Văn An đến thăm.",
			[]spec{{T, "Thủ tướng", 0}, {P, "Phạm Minh Chính", 0}, {P, "Nguyễn Văn An", 0}},
			[]string{"Phạm Minh Chính | Thủ tướng"}},
		{"đều là", "Ông Lê Đức Vinh và ông Nguyễn Chiến Thắng đều là nguyên Chủ tịch UBND tỉnh Khánh Hòa.",
			[]spec{{P, "Lê Đức Vinh", 0}, {P, "Nguyễn Chiến Thắng", 0}, {T, "nguyên Chủ tịch", 0}, {O, "UBND tỉnh Khánh Hòa", 0}},
			[]string{"Lê Đức Vinh | nguyên Chủ tịch | UBND tỉnh Khánh Hòa (former)", "Nguyễn Chiến Thắng | nguyên Chủ tịch | UBND tỉnh Khánh Hòa (former)"}},
		{"copula", "Hiện nay ông Phan Đức Tú là Ủy viên HĐQT của ngân hàng.",
			[]spec{{P, "Phan Đức Tú", 0}, {T, "Ủy viên HĐQT", 0}},
			[]string{"Phan Đức Tú | Ủy viên HĐQT"}},
		{"copula in parentheses", "Bà Nguyễn Phương Nga (hiện là Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam) từng là người phát ngôn.",
			[]spec{{P, "Nguyễn Phương Nga", 0}, {T, "Chủ tịch", 0}, {O, "Liên hiệp các tổ chức hữu nghị Việt Nam", 0}},
			[]string{"Nguyễn Phương Nga | Chủ tịch | Liên hiệp các tổ chức hữu nghị Việt Nam"}},
		{"past copula", "Ông Trần Văn Bình từng là Giám đốc Sở Y tế.",
			[]spec{{P, "Trần Văn Bình", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}},
			[]string{"Trần Văn Bình | Giám đốc | Sở Y tế (former)"}},
		{"là of the sentence's subject", "Phó giáo sư Quảng sinh năm 1972 tại Bắc Ninh, trước khi nhận chức là Phó Giám đốc thường trực Bệnh viện K.",
			[]spec{{T, "Phó giáo sư", 0}, {P, "Quảng", 0}, {D, "năm 1972", 0}, {L, "Bắc Ninh", 0}, {T, "Phó Giám đốc thường trực", 0}, {O, "Bệnh viện K", 0}},
			[]string{"Quảng | Phó Giám đốc thường trực | Bệnh viện K"}},
		{"là without a holder", "Người được chọn là Giám đốc Sở Y tế.",
			[]spec{{T, "Giám đốc", 0}, {O, "Sở Y tế", 0}},
			nil},
		{"a bare pronoun refers to the last person named", "Ông Phan Đức Tú sinh năm 1964.\nTháng 01/1998, ông là Giám đốc BIDV - chi nhánh Quảng Ngãi.",
			[]spec{{P, "Phan Đức Tú", 0}, {D, "Tháng 01/1998", 0}, {T, "Giám đốc", 0}, {O, "BIDV - chi nhánh Quảng Ngãi", 0}},
			[]string{"Phan Đức Tú | Giám đốc | BIDV - chi nhánh Quảng Ngãi"}},
		{"verb right after the name", "Bà Phạm Thu Hằng đảm nhận cương vị Người Phát ngôn Bộ Ngoại giao thay bà Lê Thị Thu Hằng sau khi bà Lê Thị Thu Hằng được bổ nhiệm làm Thứ trưởng Bộ Ngoại giao.",
			[]spec{{P, "Phạm Thu Hằng", 0}, {T, "Người Phát ngôn", 0}, {O, "Bộ Ngoại giao", 0}, {P, "Lê Thị Thu Hằng", 0}, {P, "Lê Thị Thu Hằng", 1}, {T, "Thứ trưởng", 0}, {O, "Bộ Ngoại giao", 1}},
			[]string{"Phạm Thu Hằng | Người Phát ngôn | Bộ Ngoại giao", "Lê Thị Thu Hằng | Thứ trưởng | Bộ Ngoại giao"}},
		{"thôi giữ chức", "Ông Nguyễn Văn An thôi giữ chức Chủ tịch UBND tỉnh.",
			[]spec{{P, "Nguyễn Văn An", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh", 0}},
			[]string{"Nguyễn Văn An | Chủ tịch | UBND tỉnh (former)"}},
		{"quyền", "Quyền Vụ trưởng Phạm Thu Hằng có nhiều năm công tác.",
			[]spec{{T, "Quyền Vụ trưởng", 0}, {P, "Phạm Thu Hằng", 0}},
			[]string{"Phạm Thu Hằng | Quyền Vụ trưởng (acting)"}},
		{"degrees are no positions", "PGS.TS. Đào Hồng Bách - Viện trưởng, Tiến sĩ Lê Trọng Lư và NSND Trịnh Thúy Mùi dự lễ.",
			[]spec{{T, "PGS.TS.", 0}, {P, "Đào Hồng Bách", 0}, {T, "Viện trưởng", 0}, {T, "Tiến sĩ", 0}, {P, "Lê Trọng Lư", 0}, {T, "NSND", 0}, {P, "Trịnh Thúy Mùi", 0}},
			[]string{"Đào Hồng Bách | Viện trưởng"}},
		{"a degree between title and name", "Viện trưởng Viện Kỹ thuật nhiệt đới, GS.TS Trần Đại Lâm phát biểu.",
			[]spec{{T, "Viện trưởng", 0}, {O, "Viện Kỹ thuật nhiệt đới", 0}, {T, "GS.TS", 0}, {P, "Trần Đại Lâm", 0}},
			[]string{"Trần Đại Lâm | Viện trưởng | Viện Kỹ thuật nhiệt đới"}},
		{"rank", "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dự lễ.",
			[]spec{{T, "Thượng tướng", 0}, {P, "Hoàng Xuân Chiến", 0}, {T, "Thứ trưởng", 0}, {O, "Bộ Quốc phòng", 0}},
			[]string{"Hoàng Xuân Chiến | Thượng tướng", "Hoàng Xuân Chiến | Thứ trưởng | Bộ Quốc phòng"}},
		{"delegation", "Phía Viện Kỹ thuật nhiệt đới có GS.TS. Trần Đại Lâm - Viện trưởng, Đại tá Lê Văn Hải - Phó Viện trưởng.",
			[]spec{{O, "Viện Kỹ thuật nhiệt đới", 0}, {T, "GS.TS.", 0}, {P, "Trần Đại Lâm", 0}, {T, "Viện trưởng", 0}, {T, "Đại tá", 0}, {P, "Lê Văn Hải", 0}, {T, "Phó Viện trưởng", 0}},
			[]string{"Trần Đại Lâm | Viện trưởng | Viện Kỹ thuật nhiệt đới", "Lê Văn Hải | Đại tá", "Lê Văn Hải | Phó Viện trưởng | Viện Kỹ thuật nhiệt đới"}},
		{"an office the recognizer missed", "Ông Trần Đắc Lợi - nguyên Phó Trưởng ban thường trực, Ban Đối ngoại Trung ương Đảng, Phó Chủ tịch thường trực Quỹ Hòa bình và Phát triển Việt Nam cho rằng cần chú ý.",
			[]spec{{P, "Trần Đắc Lợi", 0}, {O, "Ban Đối ngoại Trung ương Đảng", 0}, {T, "Phó Chủ tịch thường trực", 0}, {O, "Quỹ Hòa bình và Phát triển Việt Nam", 0}},
			[]string{"Trần Đắc Lợi | Phó Chủ tịch thường trực | Quỹ Hòa bình và Phát triển Việt Nam"}},
		{"the one replaced is not the subject", "Ông Lê Văn Tần, người từng là Phó tổng giám đốc, thay thế bà Nga đảm nhiệm vị trí Chủ tịch HĐQT SeABank.",
			[]spec{{P, "Lê Văn Tần", 0}, {T, "Phó tổng giám đốc", 0}, {P, "Nga", 0}, {T, "Chủ tịch HĐQT", 0}, {O, "SeABank", 0}},
			[]string{"Lê Văn Tần | Phó tổng giám đốc (former)", "Lê Văn Tần | Chủ tịch HĐQT | SeABank"}},
		{"a board is no body", "Ngân hàng TMCP Đông Nam Á (SeABank) họp. Bà Nguyễn Thị Nga thôi chức Chủ tịch Hội đồng quản trị SeABank.",
			[]spec{{O, "Ngân hàng TMCP Đông Nam Á", 0}, {O, "SeABank", 0}, {P, "Nguyễn Thị Nga", 0}, {T, "Chủ tịch", 0}, {O, "Hội đồng quản trị SeABank", 0}},
			[]string{"Nguyễn Thị Nga | Chủ tịch | Ngân hàng TMCP Đông Nam Á (former)"}},
		{"a board, then the body", "Ông Hồ Hùng Anh là Phó Chủ tịch HĐQT Tập đoàn Masan.",
			[]spec{{P, "Hồ Hùng Anh", 0}, {T, "Phó Chủ tịch", 0}, {O, "HĐQT", 0}, {O, "Tập đoàn Masan", 0}},
			[]string{"Hồ Hùng Anh | Phó Chủ tịch | Tập đoàn Masan"}},
		{"the body by its kind", "Ngân hàng TMCP Đông Nam Á (SeABank) họp. HĐQT đã bầu ông Lê Văn Tần là Chủ tịch HĐQT ngân hàng này.",
			[]spec{{O, "Ngân hàng TMCP Đông Nam Á", 0}, {O, "SeABank", 0}, {P, "Lê Văn Tần", 0}, {T, "Chủ tịch HĐQT", 0}},
			[]string{"Lê Văn Tần | Chủ tịch HĐQT | Ngân hàng TMCP Đông Nam Á"}},
		{"the office now, of a body named by kind and name", "Tổng Giám đốc đương nhiệm của ngân hàng BIDV – ông Phan Đức Tú – vừa trở thành Chủ tịch.",
			[]spec{{T, "Tổng Giám đốc", 0}, {O, "BIDV", 0}, {P, "Phan Đức Tú", 0}, {T, "Chủ tịch", 0}},
			[]string{"Phan Đức Tú | Tổng Giám đốc | BIDV", "Phan Đức Tú | Chủ tịch"}},
		{"the province's body named without it", "Ông Lê Đức Vinh là Chủ tịch UBND tỉnh Khánh Hòa. Tỉnh Khánh Hòa có biển. Phó Chủ tịch UBND tỉnh Trần Văn An phát biểu.",
			[]spec{{P, "Lê Đức Vinh", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh Khánh Hòa", 0}, {L, "Khánh Hòa", 1}, {T, "Phó Chủ tịch", 0}, {O, "UBND tỉnh", 1}, {P, "Trần Văn An", 0}},
			[]string{"Lê Đức Vinh | Chủ tịch | UBND tỉnh Khánh Hòa", "Trần Văn An | Phó Chủ tịch | UBND tỉnh Khánh Hòa"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := build(t, c.text, c.specs...)
			assert.Equal(t, c.want, positions(a, Link(a)))
		})
	}
}

func TestIsDegreeKey(t *testing.T) {
	for k, want := range map[string]bool{
		"pgs.ts.": true, "gs.ts": true, "ths.": true, "tien si": true, "nsnd": true, "nsut": true, "pho giao su": true,
		"gs.tskh": true, "thac si quan tri kinh doanh": true,
		"chu tich": false, "thieu tuong": false, "giam doc": false, "": false, "ts chu tich": false,
	} {
		assert.Equal(t, want, isDegreeKey(k), k)
	}
}

// TestOrgsNamedPartly covers bodies named without their place: a province's
// body is a short form (an alias) of the one named in full; Viet Nam's own
// body with or without the country is one body, with no alias.
func TestOrgsNamedPartly(t *testing.T) {
	a := build(t, "Ông An là Giám đốc Sở TN&MT Khánh Hòa. Tỉnh Khánh Hòa có biển. Sở TN&MT đã họp.\nBộ Quốc phòng Việt Nam và Bộ Quốc phòng ký kết.",
		spec{P, "An", 0}, spec{T, "Giám đốc", 0}, spec{O, "Sở TN&MT Khánh Hòa", 0}, spec{L, "Khánh Hòa", 1}, spec{O, "Sở TN&MT", 1},
		spec{O, "Bộ Quốc phòng Việt Nam", 0}, spec{O, "Bộ Quốc phòng", 1})
	r := Link(a)
	assert.Equal(t, []string{"Sở TN&MT Khánh Hòa: Sở TN&MT Khánh Hòa, Sở TN&MT", "Bộ Quốc phòng Việt Nam: Bộ Quốc phòng Việt Nam, Bộ Quốc phòng"}, clusters(a, r))
	assert.Equal(t, []string{"Sở TN&MT Khánh Hòa = Sở TN&MT"}, aliases(a, r))
}

// TestPartInitials covers names written partly in initials and the
// well-known international acronyms.
func TestPartInitials(t *testing.T) {
	a := build(t, "Viện Kỹ thuật nhiệt đới ký với Đại học Bách khoa Hà Nội. Cán bộ Viện KTNĐ học ở ĐHBK. Viện kiểm sát nhân dân huyện Duy Xuyên và VKSND huyện họp. Quỹ Nhi đồng Liên hợp quốc (Cadn.com.vn) nói UNICEF sẽ giúp. Viện KT tham gia.",
		spec{O, "Viện Kỹ thuật nhiệt đới", 0}, spec{O, "Đại học Bách khoa Hà Nội", 0}, spec{O, "Viện KTNĐ", 0}, spec{O, "ĐHBK", 0},
		spec{O, "Viện kiểm sát nhân dân huyện Duy Xuyên", 0}, spec{O, "VKSND huyện", 0}, spec{O, "Quỹ Nhi đồng Liên hợp quốc", 0}, spec{O, "UNICEF", 0},
		spec{O, "Viện KT", 1})
	r := Link(a)
	assert.Equal(t, []string{"Viện Kỹ thuật nhiệt đới = Viện KTNĐ", "Đại học Bách khoa Hà Nội = ĐHBK",
		"Viện kiểm sát nhân dân huyện Duy Xuyên = VKSND huyện", "Quỹ Nhi đồng Liên hợp quốc = UNICEF"}, aliases(a, r))
}
