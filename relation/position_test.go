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
		{"chain before the name", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Đỗ Minh Khoa chủ trì kỳ họp.",
			[]spec{{T, "Ủy viên", 0}, {O, "Trung ương Đảng", 0}, {T, "Bí thư", 0}, {O, "Tỉnh ủy", 0}, {T, "Chủ tịch", 0}, {O, "HĐND tỉnh", 0}, {P, "Đỗ Minh Khoa", 0}},
			[]string{"Đỗ Minh Khoa | Ủy viên | Trung ương Đảng", "Đỗ Minh Khoa | Bí thư | Tỉnh ủy", "Đỗ Minh Khoa | Chủ tịch | HĐND tỉnh"}},
		{"chain with dashes after the name", "Ông Vũ Quang Hải - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh phát biểu.",
			[]spec{{P, "Vũ Quang Hải", 0}, {T, "Phó Bí thư", 0}, {O, "Tỉnh ủy", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh", 0}},
			[]string{"Vũ Quang Hải | Phó Bí thư | Tỉnh ủy", "Vũ Quang Hải | Chủ tịch | UBND tỉnh"}},
		{"kiêm", "Ông Lương Văn Tài, thành viên Hội đồng quản trị kiêm Tổng Giám đốc Vietcombank ký văn bản.",
			[]spec{{P, "Lương Văn Tài", 0}, {T, "thành viên Hội đồng quản trị", 0}, {T, "Tổng Giám đốc", 0}, {O, "Vietcombank", 0}},
			[]string{"Lương Văn Tài | thành viên Hội đồng quản trị | Vietcombank", "Lương Văn Tài | Tổng Giám đốc | Vietcombank"}},
		{"the board's company named with the other office", "Ông Tạ Minh Đức từ nhiệm chức vụ Phó Chủ tịch HĐQT và thành viên HĐQT của Tập đoàn Sao Mai. Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Phạm Bình Minh dự.",
			[]spec{{P, "Tạ Minh Đức", 0}, {T, "Phó Chủ tịch HĐQT", 0}, {T, "thành viên HĐQT", 0}, {O, "Tập đoàn Sao Mai", 0}, {T, "Phó Thủ tướng", 0}, {T, "Bộ trưởng", 0}, {O, "Bộ Ngoại giao", 0}, {P, "Phạm Bình Minh", 0}},
			[]string{"Tạ Minh Đức | Phó Chủ tịch HĐQT | Tập đoàn Sao Mai (former)", "Tạ Minh Đức | thành viên HĐQT | Tập đoàn Sao Mai (former)",
				"Phạm Bình Minh | Phó Thủ tướng", "Phạm Bình Minh | Bộ trưởng | Bộ Ngoại giao"}},
		{"an office on whose behalf", "Thay mặt lãnh đạo, thừa ủy quyền của Chủ tịch nước, ông Bí thư Tỉnh ủy Kiều Văn Sơn đã trao tặng bằng khen. Đại sứ chuyển thư của Tổng Bí thư, Chủ tịch nước Nguyễn Văn Bình.",
			[]spec{{T, "Chủ tịch nước", 0}, {T, "Bí thư", 0}, {O, "Tỉnh ủy", 0}, {P, "Kiều Văn Sơn", 0}, {T, "Đại sứ", 0}, {T, "Tổng Bí thư", 0}, {T, "Chủ tịch nước", 1}, {P, "Nguyễn Văn Bình", 0}},
			[]string{"Kiều Văn Sơn | Bí thư | Tỉnh ủy", "Nguyễn Văn Bình | Chủ tịch nước", "Nguyễn Văn Bình | Tổng Bí thư"}},
		{"plural title, list of ranked names", "Hai phó giám đốc công an tỉnh là Đại tá Mai Văn Đông và Thượng tá Hà Quốc Bảo cũng được tặng.",
			[]spec{{T, "phó giám đốc", 0}, {O, "công an tỉnh", 0}, {T, "Đại tá", 0}, {P, "Mai Văn Đông", 0}, {T, "Thượng tá", 0}, {P, "Hà Quốc Bảo", 0}},
			[]string{"Mai Văn Đông | phó giám đốc | công an tỉnh", "Hà Quốc Bảo | phó giám đốc | công an tỉnh", "Mai Văn Đông | Đại tá", "Hà Quốc Bảo | Thượng tá"}},
		{"đồng thời là", "Bà Đinh Thị Hoa, Bí thư Tỉnh ủy, đồng thời là Chủ tịch HĐND tỉnh dự họp.",
			[]spec{{P, "Đinh Thị Hoa", 0}, {T, "Bí thư", 0}, {O, "Tỉnh ủy", 0}, {T, "Chủ tịch", 0}, {O, "HĐND tỉnh", 0}},
			[]string{"Đinh Thị Hoa | Bí thư | Tỉnh ủy", "Đinh Thị Hoa | Chủ tịch | HĐND tỉnh"}},
		{"plural title over a list", "Các Phó Chủ tịch HĐND tỉnh Cao Xuân Lộc, Phùng Công Lý và Lê Văn An đồng chủ trì.",
			[]spec{{T, "Phó Chủ tịch", 0}, {O, "HĐND tỉnh", 0}, {P, "Cao Xuân Lộc", 0}, {P, "Phùng Công Lý", 0}, {P, "Lê Văn An", 0}},
			[]string{"Cao Xuân Lộc | Phó Chủ tịch | HĐND tỉnh", "Phùng Công Lý | Phó Chủ tịch | HĐND tỉnh", "Lê Văn An | Phó Chủ tịch | HĐND tỉnh"}},
		{"plural title, then a list with parentheses", "Bộ Ngoại giao từng có 3 nữ phát ngôn viên là: Bà Ngô Thị Lan (phu nhân nguyên Phó Thủ tướng Vũ Đình Khang); bà Phan Thúy Ngọc và bà Lưu Thị Thu Hà (hiện là Thứ trưởng).",
			[]spec{{O, "Bộ Ngoại giao", 0}, {T, "phát ngôn viên", 0}, {P, "Ngô Thị Lan", 0}, {T, "nguyên Phó Thủ tướng", 0}, {P, "Vũ Đình Khang", 0}, {P, "Phan Thúy Ngọc", 0}, {P, "Lưu Thị Thu Hà", 0}, {T, "Thứ trưởng", 0}},
			[]string{"Ngô Thị Lan | phát ngôn viên | Bộ Ngoại giao", "Phan Thúy Ngọc | phát ngôn viên | Bộ Ngoại giao",
				"Lưu Thị Thu Hà | phát ngôn viên | Bộ Ngoại giao", "Vũ Đình Khang | nguyên Phó Thủ tướng (former)", "Lưu Thị Thu Hà | Thứ trưởng"}},
		{"singular title, then another person", "Thủ tướng Phạm Minh Chính và ông Nguyễn Văn An đến thăm.",
			[]spec{{T, "Thủ tướng", 0}, {P, "Phạm Minh Chính", 0}, {P, "Nguyễn Văn An", 0}},
			[]string{"Phạm Minh Chính | Thủ tướng"}},
		{"đều là", "Ông Lý Đức Toàn và ông Nguyễn Chí Dũng đều là nguyên Chủ tịch UBND tỉnh Ninh Thuận.",
			[]spec{{P, "Lý Đức Toàn", 0}, {P, "Nguyễn Chí Dũng", 0}, {T, "nguyên Chủ tịch", 0}, {O, "UBND tỉnh Ninh Thuận", 0}},
			[]string{"Lý Đức Toàn | nguyên Chủ tịch | UBND tỉnh Ninh Thuận (former)", "Nguyễn Chí Dũng | nguyên Chủ tịch | UBND tỉnh Ninh Thuận (former)"}},
		{"copula", "Hiện nay ông Lương Văn Tài là Ủy viên HĐQT của ngân hàng.",
			[]spec{{P, "Lương Văn Tài", 0}, {T, "Ủy viên HĐQT", 0}},
			[]string{"Lương Văn Tài | Ủy viên HĐQT"}},
		{"copula in parentheses", "Ông Trần Minh Quân (hiện là Chủ tịch Hội Chữ thập đỏ Việt Nam) từng là đại sứ.",
			[]spec{{P, "Trần Minh Quân", 0}, {T, "Chủ tịch", 0}, {O, "Hội Chữ thập đỏ Việt Nam", 0}},
			[]string{"Trần Minh Quân | Chủ tịch | Hội Chữ thập đỏ Việt Nam"}},
		{"past copula", "Ông Trần Văn Bình từng là Giám đốc Sở Y tế.",
			[]spec{{P, "Trần Văn Bình", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}},
			[]string{"Trần Văn Bình | Giám đốc | Sở Y tế (former)"}},
		{"là of the sentence's subject", "Phó giáo sư Hiển sinh năm 1975 tại Thái Bình và trước khi nhận chức là Phó Giám đốc thường trực của Bệnh viện Hữu Nghị.",
			[]spec{{T, "Phó giáo sư", 0}, {P, "Hiển", 0}, {D, "năm 1975", 0}, {L, "Thái Bình", 0}, {T, "Phó Giám đốc thường trực", 0}, {O, "Bệnh viện Hữu Nghị", 0}},
			[]string{"Hiển | Phó Giám đốc thường trực | Bệnh viện Hữu Nghị"}},
		{"là without a holder", "Người được chọn là Giám đốc Sở Y tế.",
			[]spec{{T, "Giám đốc", 0}, {O, "Sở Y tế", 0}},
			nil},
		{"a bare pronoun refers to the last person named", "Ông Lương Văn Tài sinh năm 1964.\nTháng 01/1998, ông là Giám đốc BIDV - chi nhánh Phú Yên.",
			[]spec{{P, "Lương Văn Tài", 0}, {D, "Tháng 01/1998", 0}, {T, "Giám đốc", 0}, {O, "BIDV - chi nhánh Phú Yên", 0}},
			[]string{"Lương Văn Tài | Giám đốc | BIDV - chi nhánh Phú Yên"}},
		{"verb right after the name", "Bà Tống Thu Mai đảm nhận cương vị Người Phát ngôn Bộ Công Thương thay bà Lưu Thị Thu Hà sau khi bà Lưu Thị Thu Hà được bổ nhiệm làm Thứ trưởng Bộ Công Thương.",
			[]spec{{P, "Tống Thu Mai", 0}, {T, "Người Phát ngôn", 0}, {O, "Bộ Công Thương", 0}, {P, "Lưu Thị Thu Hà", 0}, {P, "Lưu Thị Thu Hà", 1}, {T, "Thứ trưởng", 0}, {O, "Bộ Công Thương", 1}},
			[]string{"Tống Thu Mai | Người Phát ngôn | Bộ Công Thương", "Lưu Thị Thu Hà | Thứ trưởng | Bộ Công Thương"}},
		{"verb with its subject before it wins over an appositive after", "Ông Lê Văn Hòa chúc mừng ngài Ahmed Karimi được bầu làm Chủ tịch Thượng viện, ngài Omar Bensaid được bầu làm Chủ tịch Hạ viện.",
			[]spec{{P, "Lê Văn Hòa", 0}, {P, "Ahmed Karimi", 0}, {T, "Chủ tịch", 0}, {O, "Thượng viện", 0}, {P, "Omar Bensaid", 0}, {T, "Chủ tịch", 1}, {O, "Hạ viện", 0}},
			[]string{"Ahmed Karimi | Chủ tịch | Thượng viện", "Omar Bensaid | Chủ tịch | Hạ viện"}},
		{"giữ chức, then another person's office", "Bà Trần Thu Hà được bổ nhiệm giữ chức Giám đốc Sở Tài chính, ông Lê Văn Nam làm Phó Giám đốc.",
			[]spec{{P, "Trần Thu Hà", 0}, {T, "Giám đốc", 0}, {O, "Sở Tài chính", 0}, {P, "Lê Văn Nam", 0}, {T, "Phó Giám đốc", 0}},
			[]string{"Trần Thu Hà | Giám đốc | Sở Tài chính", "Lê Văn Nam | Phó Giám đốc"}},
		{"appositive after a title with no verb", "Dự lễ có Chủ tịch Thượng viện, ngài Omar Bensaid.",
			[]spec{{T, "Chủ tịch", 0}, {O, "Thượng viện", 0}, {P, "Omar Bensaid", 0}},
			[]string{"Omar Bensaid | Chủ tịch | Thượng viện"}},
		{"a kind word before a name not found is no reference back", "Ông Lý Văn Tú là Tổng Giám đốc Ngân hàng Sao Việt. Ông Lý Văn Tú cũng từng làm Phó Chủ tịch HĐQT ngân hàng Liên doanh Lào-Việt.",
			[]spec{{P, "Lý Văn Tú", 0}, {T, "Tổng Giám đốc", 0}, {O, "Ngân hàng Sao Việt", 0}, {P, "Lý Văn Tú", 1}, {T, "Phó Chủ tịch HĐQT", 0}},
			[]string{"Lý Văn Tú | Tổng Giám đốc | Ngân hàng Sao Việt", "Lý Văn Tú | Phó Chủ tịch HĐQT (former)"}},
		{"plural title, then là các ông", "Ông Trần Văn Tuấn được bầu làm chủ tịch VFF, ba phó chủ tịch là các ông Trần Anh Tuệ, Nguyễn Trung Kiệt, Lê Xuân Vĩ.",
			[]spec{{P, "Trần Văn Tuấn", 0}, {T, "chủ tịch", 0}, {O, "VFF", 0}, {T, "phó chủ tịch", 0}, {P, "Trần Anh Tuệ", 0}, {P, "Nguyễn Trung Kiệt", 0}, {P, "Lê Xuân Vĩ", 0}},
			[]string{"Trần Văn Tuấn | chủ tịch | VFF", "Trần Anh Tuệ | phó chủ tịch", "Nguyễn Trung Kiệt | phó chủ tịch", "Lê Xuân Vĩ | phó chủ tịch"}},
		{"one office with and without its body", "Ông Đỗ Văn Tuấn được chỉ định vào HĐQT. Ông Đỗ Văn Tuấn, Phó Vụ trưởng, sẽ đảm nhiệm vị trí Chủ tịch HĐQT thay ông Cao Văn Kiệm. Chủ tịch HĐQT Ngân hàng Sao Mai Đỗ Văn Tuấn phát biểu.",
			[]spec{{P, "Đỗ Văn Tuấn", 0}, {P, "Đỗ Văn Tuấn", 1}, {T, "Phó Vụ trưởng", 0}, {T, "Chủ tịch HĐQT", 0}, {P, "Cao Văn Kiệm", 0}, {T, "Chủ tịch HĐQT", 1}, {O, "Ngân hàng Sao Mai", 0}, {P, "Đỗ Văn Tuấn", 2}},
			[]string{"Đỗ Văn Tuấn | Phó Vụ trưởng", "Đỗ Văn Tuấn | Chủ tịch HĐQT | Ngân hàng Sao Mai"}},
		{"a title before the name without its body stays its own", "Tổng Bí thư Lê Văn Hòa lên đường. Tổng Bí thư Ban Chấp hành Trung ương Đảng Lê Văn Hòa phát biểu.",
			[]spec{{T, "Tổng Bí thư", 0}, {P, "Lê Văn Hòa", 0}, {T, "Tổng Bí thư", 1}, {O, "Ban Chấp hành Trung ương Đảng", 0}, {P, "Lê Văn Hòa", 1}},
			[]string{"Lê Văn Hòa | Tổng Bí thư", "Lê Văn Hòa | Tổng Bí thư | Ban Chấp hành Trung ương Đảng"}},
		{"anh opening the sentence refers back", "Nghệ sĩ Quốc Trưởng có mặt tại lễ kỷ niệm. Anh đang là Giám đốc của Nhà hát Chèo Hà Nội.",
			[]spec{{P, "Quốc Trưởng", 0}, {T, "Giám đốc", 0}, {O, "Nhà hát Chèo Hà Nội", 0}},
			[]string{"Quốc Trưởng | Giám đốc | Nhà hát Chèo Hà Nội"}},
		{"a delegation whose name was cut short", "Tham dự, Viện Hóa học & Kỹ thuật môi trường gồm có PGS.TS. Đào Văn Bách - Viện trưởng, TS. Phạm Thu Hà - Phó Viện trưởng.",
			[]spec{{O, "Viện Hóa học", 0}, {T, "PGS.TS.", 0}, {P, "Đào Văn Bách", 0}, {T, "Viện trưởng", 0}, {T, "TS.", 1}, {P, "Phạm Thu Hà", 0}, {T, "Phó Viện trưởng", 0}},
			[]string{"Đào Văn Bách | Viện trưởng | Viện Hóa học", "Phạm Thu Hà | Phó Viện trưởng | Viện Hóa học"}},
		{"a chain over bodies read in part", "Nhà văn Lê Duy Hào, Phó Chủ tịch Hội Nhà văn Việt Nam, Chủ tịch Hội Văn học thành phố Hồ Chí Minh - Trưởng ban.",
			[]spec{{P, "Lê Duy Hào", 0}, {T, "Phó Chủ tịch", 0}, {L, "Việt Nam", 0}, {T, "Chủ tịch", 1}, {O, "Hội Văn học", 0}, {L, "thành phố Hồ Chí Minh", 0}, {T, "Trưởng ban", 0}},
			[]string{"Lê Duy Hào | Phó Chủ tịch", "Lê Duy Hào | Chủ tịch | Hội Văn học", "Lê Duy Hào | Trưởng ban"}},
		{"no chain over a clause", "Ông Lê Văn Hào, Giám đốc Sở Y tế cho biết tại Hà Nội, Phó Giám đốc Trần Văn Minh đã ký.",
			[]spec{{P, "Lê Văn Hào", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}, {L, "Hà Nội", 0}, {T, "Phó Giám đốc", 0}, {P, "Trần Văn Minh", 0}},
			[]string{"Lê Văn Hào | Giám đốc | Sở Y tế", "Trần Văn Minh | Phó Giám đốc"}},
		{"removed from office, the holder after đối với", "Thủ tướng ký quyết định cách chức Chủ tịch UBND tỉnh Phú Yên nhiệm kỳ 2016 - 2021 và xóa tư cách Phó Chủ tịch UBND tỉnh Phú Yên đối với ông Lê Đức Vịnh.",
			[]spec{{T, "Thủ tướng", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh Phú Yên", 0}, {D, "nhiệm kỳ 2016 - 2021", 0}, {T, "Phó Chủ tịch", 0}, {O, "UBND tỉnh Phú Yên", 1}, {P, "Lê Đức Vịnh", 0}},
			[]string{"Lê Đức Vịnh | Chủ tịch | UBND tỉnh Phú Yên @ nhiệm kỳ 2016 - 2021 (former)", "Lê Đức Vịnh | Phó Chủ tịch | UBND tỉnh Phú Yên (former)"}},
		{"removed from office, someone else named first", "Thủ tướng cách chức Chủ tịch UBND tỉnh Phú Yên và ông Trần Văn An đề nghị xem xét đối với ông Lê Đức Vịnh.",
			[]spec{{T, "Thủ tướng", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh Phú Yên", 0}, {P, "Trần Văn An", 0}, {P, "Lê Đức Vịnh", 0}},
			nil},
		{"an office abroad with its field", "Bà Phạm Thu Hà là Tham tán thương mại tại Đại sứ quán Việt Nam tại Canada. Bộ trưởng phát biểu tại Quốc hội.",
			[]spec{{P, "Phạm Thu Hà", 0}, {T, "Tham tán", 0}, {O, "Đại sứ quán Việt Nam tại Canada", 0}, {T, "Bộ trưởng", 0}, {O, "Quốc hội", 0}},
			[]string{"Phạm Thu Hà | Tham tán | Đại sứ quán Việt Nam tại Canada"}},
		{"the one replaced is not the holder of làm", "Bà Lê Thị Hoa được bổ nhiệm thay ông Trần Văn Nam làm Giám đốc Sở Y tế.",
			[]spec{{P, "Lê Thị Hoa", 0}, {P, "Trần Văn Nam", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}},
			[]string{"Lê Thị Hoa | Giám đốc | Sở Y tế"}},
		{"the one replaced, then a clause about him", "Giám đốc mới thay thế ông Nguyễn Văn Thuận, trước đó được điều động làm Thứ trưởng Bộ Y tế.",
			[]spec{{T, "Giám đốc", 0}, {P, "Nguyễn Văn Thuận", 0}, {T, "Thứ trưởng", 0}, {O, "Bộ Y tế", 0}},
			[]string{"Nguyễn Văn Thuận | Thứ trưởng | Bộ Y tế"}},
		{"thôi giữ chức", "Ông Nguyễn Văn An thôi giữ chức Chủ tịch UBND tỉnh.",
			[]spec{{P, "Nguyễn Văn An", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh", 0}},
			[]string{"Nguyễn Văn An | Chủ tịch | UBND tỉnh (former)"}},
		{"quyền", "Quyền Vụ trưởng Tống Thu Trang có nhiều năm công tác.",
			[]spec{{T, "Quyền Vụ trưởng", 0}, {P, "Tống Thu Trang", 0}},
			[]string{"Tống Thu Trang | Quyền Vụ trưởng (acting)"}},
		{"degrees are no positions", "PGS.TS. Đào Hồng Phúc - Viện trưởng, Tiến sĩ Lê Trọng Nghĩa và NSND Trịnh Thúy Lan dự lễ.",
			[]spec{{T, "PGS.TS.", 0}, {P, "Đào Hồng Phúc", 0}, {T, "Viện trưởng", 0}, {T, "Tiến sĩ", 0}, {P, "Lê Trọng Nghĩa", 0}, {T, "NSND", 0}, {P, "Trịnh Thúy Lan", 0}},
			[]string{"Đào Hồng Phúc | Viện trưởng"}},
		{"a degree between title and name", "Viện trưởng Viện Vật lý ứng dụng, GS.TS Trần Quang Lâm phát biểu.",
			[]spec{{T, "Viện trưởng", 0}, {O, "Viện Vật lý ứng dụng", 0}, {T, "GS.TS", 0}, {P, "Trần Quang Lâm", 0}},
			[]string{"Trần Quang Lâm | Viện trưởng | Viện Vật lý ứng dụng"}},
		{"rank", "Thượng tướng Hoàng Xuân Trường, Thứ trưởng Bộ Quốc phòng dự lễ.",
			[]spec{{T, "Thượng tướng", 0}, {P, "Hoàng Xuân Trường", 0}, {T, "Thứ trưởng", 0}, {O, "Bộ Quốc phòng", 0}},
			[]string{"Hoàng Xuân Trường | Thượng tướng", "Hoàng Xuân Trường | Thứ trưởng | Bộ Quốc phòng"}},
		{"delegation", "Phía Viện Vật lý ứng dụng có GS.TS. Trần Quang Lâm - Viện trưởng, Đại tá Lê Văn Hưng - Phó Viện trưởng.",
			[]spec{{O, "Viện Vật lý ứng dụng", 0}, {T, "GS.TS.", 0}, {P, "Trần Quang Lâm", 0}, {T, "Viện trưởng", 0}, {T, "Đại tá", 0}, {P, "Lê Văn Hưng", 0}, {T, "Phó Viện trưởng", 0}},
			[]string{"Trần Quang Lâm | Viện trưởng | Viện Vật lý ứng dụng", "Lê Văn Hưng | Đại tá", "Lê Văn Hưng | Phó Viện trưởng | Viện Vật lý ứng dụng"}},
		{"an office the recognizer missed", "Ông Trần Đắc Phong - nguyên Phó Trưởng ban thường trực, Ban Đối ngoại Trung ương Đảng, Phó Chủ tịch thường trực Quỹ Hòa bình và Phát triển Việt Nam cho rằng cần chú ý.",
			[]spec{{P, "Trần Đắc Phong", 0}, {O, "Ban Đối ngoại Trung ương Đảng", 0}, {T, "Phó Chủ tịch thường trực", 0}, {O, "Quỹ Hòa bình và Phát triển Việt Nam", 0}},
			[]string{"Trần Đắc Phong | Phó Chủ tịch thường trực | Quỹ Hòa bình và Phát triển Việt Nam"}},
		{"the one replaced is not the subject", "Ông Lê Văn Kiên, người từng là Phó tổng giám đốc, thay thế bà Yến đảm nhiệm vị trí Chủ tịch HĐQT SeABank.",
			[]spec{{P, "Lê Văn Kiên", 0}, {T, "Phó tổng giám đốc", 0}, {P, "Yến", 0}, {T, "Chủ tịch HĐQT", 0}, {O, "SeABank", 0}},
			[]string{"Lê Văn Kiên | Phó tổng giám đốc (former)", "Lê Văn Kiên | Chủ tịch HĐQT | SeABank"}},
		{"a board is no body", "Ngân hàng TMCP Đông Nam Á (SeABank) họp. Bà Nguyễn Thị Yến thôi chức Chủ tịch Hội đồng quản trị SeABank.",
			[]spec{{O, "Ngân hàng TMCP Đông Nam Á", 0}, {O, "SeABank", 0}, {P, "Nguyễn Thị Yến", 0}, {T, "Chủ tịch", 0}, {O, "Hội đồng quản trị SeABank", 0}},
			[]string{"Nguyễn Thị Yến | Chủ tịch | Ngân hàng TMCP Đông Nam Á (former)"}},
		{"a board, then the body", "Ông Tạ Minh Đức là Phó Chủ tịch HĐQT Tập đoàn Sao Mai.",
			[]spec{{P, "Tạ Minh Đức", 0}, {T, "Phó Chủ tịch", 0}, {O, "HĐQT", 0}, {O, "Tập đoàn Sao Mai", 0}},
			[]string{"Tạ Minh Đức | Phó Chủ tịch | Tập đoàn Sao Mai"}},
		{"the body by its kind", "Ngân hàng TMCP Đông Nam Á (SeABank) họp. HĐQT đã bầu ông Lê Văn Kiên là Chủ tịch HĐQT ngân hàng này.",
			[]spec{{O, "Ngân hàng TMCP Đông Nam Á", 0}, {O, "SeABank", 0}, {P, "Lê Văn Kiên", 0}, {T, "Chủ tịch HĐQT", 0}},
			[]string{"Lê Văn Kiên | Chủ tịch HĐQT | Ngân hàng TMCP Đông Nam Á"}},
		{"the office now, of a body named by kind and name", "Tổng Giám đốc đương nhiệm của ngân hàng Agribank – ông Lương Văn Tài – nay được bầu làm Chủ tịch.",
			[]spec{{T, "Tổng Giám đốc", 0}, {O, "Agribank", 0}, {P, "Lương Văn Tài", 0}, {T, "Chủ tịch", 0}},
			[]string{"Lương Văn Tài | Tổng Giám đốc | Agribank", "Lương Văn Tài | Chủ tịch"}},
		{"the province's body named without it", "Ông Lý Đức Toàn là Chủ tịch UBND tỉnh Ninh Thuận. Tỉnh Ninh Thuận có biển. Phó Chủ tịch UBND tỉnh Trần Văn An phát biểu.",
			[]spec{{P, "Lý Đức Toàn", 0}, {T, "Chủ tịch", 0}, {O, "UBND tỉnh Ninh Thuận", 0}, {L, "Ninh Thuận", 1}, {T, "Phó Chủ tịch", 0}, {O, "UBND tỉnh", 1}, {P, "Trần Văn An", 0}},
			[]string{"Lý Đức Toàn | Chủ tịch | UBND tỉnh Ninh Thuận", "Trần Văn An | Phó Chủ tịch | UBND tỉnh Ninh Thuận"}},
		{"two company offices joined by kiêm share the body", "Ông Hà Văn Lộc, Chủ tịch kiêm Tổng Giám đốc Công ty cổ phần Thép Bắc Nam, trả lời.",
			[]spec{{P, "Hà Văn Lộc", 0}, {T, "Chủ tịch", 0}, {T, "Tổng Giám đốc", 0}, {O, "Công ty cổ phần Thép Bắc Nam", 0}},
			[]string{"Hà Văn Lộc | Chủ tịch | Công ty cổ phần Thép Bắc Nam", "Hà Văn Lộc | Tổng Giám đốc | Công ty cổ phần Thép Bắc Nam"}},
		{"an office joined by kiêm to a ministry's keeps none", "Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao Lê Minh Sơn dự.",
			[]spec{{T, "Phó Thủ tướng", 0}, {T, "Bộ trưởng", 0}, {O, "Bộ Ngoại giao", 0}, {P, "Lê Minh Sơn", 0}},
			[]string{"Lê Minh Sơn | Phó Thủ tướng", "Lê Minh Sơn | Bộ trưởng | Bộ Ngoại giao"}},
		{"phụ trách between the title and its body", "Theo ông Đặng Văn Lâm, Phó Giám đốc phụ trách Sở Xây dựng, đường sẽ thông xe.",
			[]spec{{P, "Đặng Văn Lâm", 0}, {T, "Phó Giám đốc", 0}, {O, "Sở Xây dựng", 0}},
			[]string{"Đặng Văn Lâm | Phó Giám đốc | Sở Xây dựng"}},
		{"a unit head, the unit unread, then the body", "Thượng tá Lý Văn Hào, Trưởng phòng Cảnh sát kinh tế Công an tỉnh Yên Bái, cho biết.",
			[]spec{{T, "Thượng tá", 0}, {P, "Lý Văn Hào", 0}, {T, "Trưởng phòng", 0}, {O, "Công an tỉnh Yên Bái", 0}},
			[]string{"Lý Văn Hào | Thượng tá", "Lý Văn Hào | Trưởng phòng | Công an tỉnh Yên Bái"}},
		{"a unit's name with và then a body is one unit", "Ông Đào Văn Phú, Trưởng khoa Văn học và Khoa học Xã hội, phát biểu.",
			[]spec{{P, "Đào Văn Phú", 0}, {T, "Trưởng khoa", 0}, {O, "Khoa học Xã hội", 0}},
			[]string{"Đào Văn Phú | Trưởng khoa"}},
		{"a capitalized kind before the holder", "Sở Y tế Hải Phòng họp. Phó Giám đốc Sở Ngô Văn Tuệ cho biết.",
			[]spec{{O, "Sở Y tế Hải Phòng", 0}, {T, "Phó Giám đốc", 0}, {P, "Ngô Văn Tuệ", 0}},
			[]string{"Ngô Văn Tuệ | Phó Giám đốc | Sở Y tế Hải Phòng"}},
		{"các ông before the list and the title", "Dự có các ông Mạc Văn Hòa, Lều Văn Tín, Phó Chủ tịch HĐND tỉnh. Dự có ông Mạc Văn Kha, Lều Văn Tâm, Phó Chủ tịch UBND tỉnh.",
			[]spec{{P, "Mạc Văn Hòa", 0}, {P, "Lều Văn Tín", 0}, {T, "Phó Chủ tịch", 0}, {O, "HĐND tỉnh", 0}, {P, "Mạc Văn Kha", 0}, {P, "Lều Văn Tâm", 0}, {T, "Phó Chủ tịch", 1}, {O, "UBND tỉnh", 0}},
			[]string{"Mạc Văn Hòa | Phó Chủ tịch | HĐND tỉnh", "Lều Văn Tín | Phó Chủ tịch | HĐND tỉnh", "Lều Văn Tâm | Phó Chủ tịch | UBND tỉnh"}},
		{"a role that is no title, then kiêm", "Ông Vương Đình Lộc, nhà sáng lập kiêm Chủ tịch Tập đoàn Sao Việt, cho biết.",
			[]spec{{P, "Vương Đình Lộc", 0}, {T, "Chủ tịch", 0}, {O, "Tập đoàn Sao Việt", 0}},
			[]string{"Vương Đình Lộc | Chủ tịch | Tập đoàn Sao Việt"}},
		{"được giao, với cương vị", "Ông Tăng Văn Lực được giao quyền Giám đốc Sở Nội vụ.\nÔng Lục Văn Hải điều hành UBND huyện với cương vị Phó Chủ tịch.",
			[]spec{{P, "Tăng Văn Lực", 0}, {T, "quyền Giám đốc", 0}, {O, "Sở Nội vụ", 0}, {P, "Lục Văn Hải", 0}, {O, "UBND huyện", 0}, {T, "Phó Chủ tịch", 0}},
			[]string{"Tăng Văn Lực | quyền Giám đốc | Sở Nội vụ (acting)", "Lục Văn Hải | Phó Chủ tịch"}},
		{"Trước đó puts the office in the past", "Ông Ninh Văn Hùng làm Giám đốc Sở Tư pháp. Trước đó, ông Hùng là Phó Giám đốc Sở Nội vụ.",
			[]spec{{P, "Ninh Văn Hùng", 0}, {T, "Giám đốc", 0}, {O, "Sở Tư pháp", 0}, {P, "Hùng", 1}, {T, "Phó Giám đốc", 0}, {O, "Sở Nội vụ", 0}},
			[]string{"Ninh Văn Hùng | Giám đốc | Sở Tư pháp", "Ninh Văn Hùng | Phó Giám đốc | Sở Nội vụ (former)"}},
		{"a date opening the sentence with Từ, not an event date", "Từ ngày 1/7/2025, ông Kim Văn Tú giữ chức Giám đốc Sở Y tế.\nNgày 3/7, ông Kim Văn Tài được bầu làm Chủ tịch HĐND huyện.",
			[]spec{{D, "ngày 1/7/2025", 0}, {P, "Kim Văn Tú", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}, {D, "Ngày 3/7", 0}, {P, "Kim Văn Tài", 0}, {T, "Chủ tịch", 0}, {O, "HĐND huyện", 0}},
			[]string{"Kim Văn Tú | Giám đốc | Sở Y tế @ ngày 1/7/2025", "Kim Văn Tài | Chủ tịch | HĐND huyện"}},
		{"a body unread, then kiêm", "Ông Vi Văn Tường, Bí thư Chi bộ kiêm Trưởng thôn, nói.",
			[]spec{{P, "Vi Văn Tường", 0}, {T, "Bí thư", 0}, {T, "Trưởng thôn", 0}},
			[]string{"Vi Văn Tường | Bí thư", "Vi Văn Tường | Trưởng thôn"}},
		{"an office whose decision is cited heads no chain", "Theo quyết định của Bộ trưởng Bộ Công an, Đại tá Hầu Văn Bình nhận nhiệm vụ mới.",
			[]spec{{T, "Bộ trưởng", 0}, {O, "Bộ Công an", 0}, {T, "Đại tá", 0}, {P, "Hầu Văn Bình", 0}},
			[]string{"Hầu Văn Bình | Đại tá"}},
		{"title, then là and the person", "Chủ tịch HĐND tỉnh hiện là ông Ma Văn Tám.\nGiám đốc mới của Sở Y tế là bà Lò Thị Nga.\nVợ của Giám đốc Sở Tài chính là bà Lò Thị Hoa.",
			[]spec{{T, "Chủ tịch", 0}, {O, "HĐND tỉnh", 0}, {P, "Ma Văn Tám", 0}, {T, "Giám đốc", 0}, {O, "Sở Y tế", 0}, {P, "Lò Thị Nga", 0}, {T, "Giám đốc", 1}, {O, "Sở Tài chính", 0}, {P, "Lò Thị Hoa", 0}},
			[]string{"Ma Văn Tám | Chủ tịch | HĐND tỉnh", "Lò Thị Nga | Giám đốc | Sở Y tế"}},
		{"a title the clause speaks of, then another person", "Theo Giám đốc Sở Y tế, ông Quách Văn Dư đã khỏi bệnh.\nTheo Giám đốc Sở Xây dựng, ông Quách Văn Tư, dự án đã xong.\nVới cương vị là Trưởng đại diện UNICEF, bà Mai Thị Lụa đã đến thăm.",
			[]spec{{T, "Giám đốc", 0}, {O, "Sở Y tế", 0}, {P, "Quách Văn Dư", 0}, {T, "Giám đốc", 1}, {O, "Sở Xây dựng", 0}, {P, "Quách Văn Tư", 0}, {T, "Trưởng đại diện", 0}, {O, "UNICEF", 0}, {P, "Mai Thị Lụa", 0}},
			[]string{"Quách Văn Tư | Giám đốc | Sở Xây dựng", "Mai Thị Lụa | Trưởng đại diện | UNICEF"}},
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
// body is a short form (an alias) of the one named in full, and so is a
// ministry named without its country.
func TestOrgsNamedPartly(t *testing.T) {
	a := build(t, "Ông An là Giám đốc Sở TN&MT Khánh Hòa. Tỉnh Khánh Hòa có biển. Sở TN&MT đã họp.\nBộ Quốc phòng Việt Nam và Bộ Quốc phòng ký kết.",
		spec{P, "An", 0}, spec{T, "Giám đốc", 0}, spec{O, "Sở TN&MT Khánh Hòa", 0}, spec{L, "Khánh Hòa", 1}, spec{O, "Sở TN&MT", 1},
		spec{O, "Bộ Quốc phòng Việt Nam", 0}, spec{O, "Bộ Quốc phòng", 1})
	r := Link(a)
	assert.Equal(t, []string{"Sở TN&MT Khánh Hòa: Sở TN&MT Khánh Hòa, Sở TN&MT", "Bộ Quốc phòng Việt Nam: Bộ Quốc phòng Việt Nam, Bộ Quốc phòng"}, clusters(a, r))
	assert.Equal(t, []string{"Sở TN&MT Khánh Hòa = Sở TN&MT", "Bộ Quốc phòng Việt Nam = Bộ Quốc phòng"}, aliases(a, r))
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

// TestTermIsNoAlias: a body named with and without its term ("khóa X") is
// one body, and the shorter name no alias of it.
func TestTermIsNoAlias(t *testing.T) {
	text := "Kỳ họp của HĐND tỉnh khóa X khai mạc. Chủ tịch HĐND tỉnh Lê Văn Cường phát biểu."
	a := build(t, text, spec{O, "HĐND tỉnh khóa X", 0}, spec{T, "Chủ tịch", 0}, spec{O, "HĐND tỉnh", 1}, spec{P, "Lê Văn Cường", 0})
	r := Link(a)
	assert.Equal(t, []string{"HĐND tỉnh khóa X: HĐND tỉnh khóa X, HĐND tỉnh"}, clusters(a, r))
	assert.Empty(t, aliases(a, r))
}
