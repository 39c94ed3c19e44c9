package entity_test

import "testing"

// orgNewsCases are the shapes of organization names in general news, on
// sentences written for these tests.
var orgNewsCases = []recCase{
	// The bodies of the province or district the text is about.
	{"bare-trigger-after-acronym", "Kỳ họp thứ tám của HĐND huyện khóa XI đã bế mạc chiều qua.",
		onlyOrg, []want{O("HĐND huyện")}},
	{"bare-trigger-before-verb", "Chủ tịch UBND tỉnh giữ chức Trưởng ban chỉ đạo phòng chống thiên tai.",
		onlyOrg, []want{O("UBND tỉnh")}},
	{"bare-trigger-before-person", "Phó Chủ tịch HĐND tỉnh Phan Việt Cường chủ trì phiên họp.",
		onlyOrg, []want{O("HĐND tỉnh")}},
	{"head-holds-trigger", "Giám đốc Công an tỉnh đã khen thưởng ban chuyên án.",
		onlyOrg, []want{O("Công an tỉnh")}},
	{"trigger-with-place-is-not-bare", "Lãnh đạo UBND tỉnh Nghệ An tiếp đoàn công tác.",
		onlyOrg, []want{O("UBND tỉnh Nghệ An")}},
	{"party-committee-bare", "Sáng nay, Huyện ủy tổ chức hội nghị sơ kết.",
		onlyOrg, []want{O("Huyện ủy")}},
	{"acronyms-in-a-list", "Đoàn công tác của Thị ủy, HĐND, UBND thị xã đã đến thăm các gia đình chính sách.",
		onlyOrg, []want{O("Thị ủy"), O("HĐND"), O("UBND thị xã")}},
	{"dash-list-of-bodies", "Đoàn đến chúc Tết Đảng ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam xã Hòa Tiến.",
		onlyOrg, []want{O("Đảng ủy"), O("HĐND"), O("UBND"), O("Ủy ban MTTQ Việt Nam")}},
	// A list that ends in a bare "thành phố" speaks of the city's bodies
	// in general (the seeds' convention).
	{"list-of-the-city", "Đề nghị tăng cường sự lãnh đạo của Thành ủy, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đối với công tác này.",
		onlyOrg, []want{O("Ủy ban Mặt trận Tổ quốc Việt Nam")}},
	{"plural-party", "Quan hệ giữa hai Đảng ngày càng gắn bó.",
		onlyOrg, nil},

	// Where a name ends.
	{"term-ends-name", "Các đại biểu Hội đồng nhân dân tỉnh khóa X đã biểu quyết.",
		onlyOrg, []want{O("Hội đồng nhân dân tỉnh")}},
	{"verb-of-appointment-ends-name", "Bà được bổ nhiệm làm Vụ trưởng Vụ Hợp tác quốc tế thay ông Tâm nghỉ hưu.",
		onlyOrg, []want{O("Vụ Hợp tác quốc tế")}},
	{"compound-after-lowercase", "Ông giữ chức Vụ trưởng Vụ Thông tin - Báo chí từ năm ngoái.",
		onlyOrg, []want{O("Vụ Thông tin - Báo chí")}},
	{"trigger-kept-before-verb", "Ban Chấp hành Đảng bộ huyện thông qua nghị quyết về nhân sự.",
		onlyOrg, []want{O("Ban Chấp hành Đảng bộ huyện")}},
	{"branch-of-national-body", "Ủy ban MTTQ Việt Nam huyện đã phát động phong trào.",
		onlyOrg, []want{O("Ủy ban MTTQ Việt Nam huyện")}},
	{"branch-with-its-place", "Hội Cựu chiến binh Việt Nam tỉnh Quảng Trị trao quà.",
		onlyOrg, []want{O("Hội Cựu chiến binh Việt Nam tỉnh Quảng Trị")}},
	{"body-of-party-committee", "Trưởng Ban Dân vận Huyện ủy phát biểu tại buổi lễ.",
		onlyOrg, []want{O("Ban Dân vận Huyện ủy")}},
	{"association-of-members", "Hội Nghệ sĩ Múa Việt Nam trao giải cho các tác phẩm xuất sắc.",
		onlyOrg, []want{O("Hội Nghệ sĩ Múa Việt Nam")}},
	{"trigger-before-full-stop", "Dự hội nghị có các đảng viên thuộc Đảng bộ VKSND huyện.",
		onlyOrg, []want{O("Đảng bộ VKSND huyện")}},
	{"lowercase-words-then-trigger", "Thực hiện chỉ đạo của Đảng ủy Khối các cơ quan tỉnh, hội nghị đã diễn ra.",
		onlyOrg, []want{O("Đảng ủy Khối các cơ quan tỉnh")}},
	{"plural-provinces", "Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố chủ động ứng phó.",
		onlyOrg, nil},
	{"dash-before-parent-body", "Ông cảm ơn Vụ Hợp tác quốc tế - Bộ Tài chính đã hỗ trợ.",
		onlyOrg, []want{O("Vụ Hợp tác quốc tế"), O("Bộ Tài chính")}},
	{"press-in-capitals", "Bà được bổ nhiệm làm Vụ trưởng Vụ Thông tin Báo chí từ hôm nay.",
		onlyOrg, []want{O("Vụ Thông tin Báo chí")}},

	// What starts no organization.
	{"inner-board", "Hội đồng Quản trị Sacombank đã thông qua kế hoạch.",
		onlyOrg, []want{O("Sacombank")}},
	{"jury", "Hội đồng Giám khảo đã chấm chọn 20 tác phẩm.",
		onlyOrg, nil},
	{"the-press", "Giải Báo chí Quốc gia được trao vào tháng 6.",
		onlyOrg, nil},
	{"law-title", "Luật Tổ chức Chính phủ có hiệu lực từ năm sau.",
		onlyOrg, []want{O("Chính phủ")}},
	{"head-that-is-a-family-name", "Liệt sĩ Đoàn Văn Mạnh hy sinh năm 1972.",
		onlyOrg, nil},

	// Heads written in lower case.
	{"lower-bank", "Ông từng là Phó Tổng Giám đốc ngân hàng TMCP Ngoại thương Việt Nam.",
		onlyOrg, []want{O("ngân hàng TMCP Ngoại thương Việt Nam")}},
	{"lower-company-and-acronym", "Ông là Giám đốc công ty TNHH Cơ khí An Phát (APM) từ năm 2015.",
		onlyOrg, []want{O("công ty TNHH Cơ khí An Phát"), O("APM")}},
	{"lower-hospital-one-letter", "Bà điều trị tại bệnh viện E trong hai tuần.",
		onlyOrg, []want{O("bệnh viện E")}},
	{"lower-team", "HLV trưởng tuyển Thái Lan đánh giá cao đội tuyển U23 Việt Nam.",
		onlyOrg, []want{O("tuyển Thái Lan"), O("đội tuyển U23 Việt Nam")}},
	{"lower-head-before-known-org", "Cổ phiếu của ngân hàng Vietcombank tăng mạnh.",
		onlyOrg, []want{O("Vietcombank")}},
	{"lower-head-kind-of-company", "Nhiều công ty Nhật Bản muốn đầu tư vào đây.",
		onlyOrg, nil},
	{"lower-head-inside-a-word", "Bộ vừa có thông báo Chính phủ đồng ý; cơ sở Hà Nội đóng cửa; kỳ thi tuyển sinh Đại học sắp tới.",
		onlyOrg, []want{O("Chính phủ")}},
	{"lower-head-ends-a-word", "Trường vừa mở thêm cơ sở Láng Thượng; dự báo Thời tiết ổn định.",
		onlyOrg, nil},
	{"plural-boards", "Lãnh đạo các Ban HĐND tỉnh dự họp.",
		onlyOrg, []want{O("HĐND tỉnh")}},
}

func TestOrganizationNews(t *testing.T) { runCases(t, orgNewsCases) }
