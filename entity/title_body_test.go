package entity_test

import "testing"

// titleBodyCases: the local body news names by its kind right after a
// title, and the holder named after the body's unit word. Sentences of our
// own, in the shapes provincial news uses.
var titleBodyCases = []recCase{
	{"bi-thu-tinh-uy-chain", "Ông Hà Văn Lộc, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu khai mạc.",
		allNamed, []want{P("Hà Văn Lộc"), T("Bí thư"), O("Tỉnh ủy"), T("Chủ tịch"), O("HĐND tỉnh")}},
	{"name-after-tinh", "Chủ tịch HĐND tỉnh Phan Quốc Bảo chủ trì kỳ họp.",
		allNamed, []want{T("Chủ tịch"), O("HĐND tỉnh"), P("Phan Quốc Bảo")}},
	{"name-like-city", "Phó Chủ tịch UBND tỉnh Trần Đức Vinh dự hội nghị.",
		allNamed, []want{T("Phó Chủ tịch"), O("UBND tỉnh"), P("Trần Đức Vinh")}},
	{"cong-an-tinh", "Giám đốc Công an tỉnh Bùi Văn Hải trao quyết định.",
		allNamed, []want{T("Giám đốc"), O("Công an tỉnh"), P("Bùi Văn Hải")}},
	{"tp", "Chủ tịch UBND TP Lê Minh Quân dự lễ.",
		allNamed, []want{T("Chủ tịch"), O("UBND TP"), P("Lê Minh Quân")}},
	{"committee-then-name", "Bí thư Thành ủy Nguyễn Văn Sáu phát biểu.",
		allNamed, []want{T("Bí thư"), O("Thành ủy"), P("Nguyễn Văn Sáu")}},
	{"committee-and-place", "Ông Đỗ Minh Tâm, Phó Bí thư Tỉnh ủy Thái Nguyên, dự hội nghị.",
		allNamed, []want{P("Đỗ Minh Tâm"), T("Phó Bí thư"), O("Tỉnh ủy Thái Nguyên")}},
	{"front-with-country", "Chủ tịch UBMTTQ Việt Nam tỉnh Võ Thanh Ca phát biểu.",
		allNamed, []want{T("Chủ tịch"), O("UBMTTQ Việt Nam tỉnh"), P("Võ Thanh Ca")}},
	{"unit-word-then-verb", "Chủ tịch UBND tỉnh chủ trì cuộc họp.",
		allNamed, []want{T("Chủ tịch"), O("UBND tỉnh")}},
	{"committee-inside-title", "Ông Trịnh Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh giữ chức Phó Bí thư Tỉnh ủy Thái Nguyên.",
		allNamed, []want{P("Trịnh Văn Hùng"), T("Ủy viên"), O("Ban Thường vụ Tỉnh ủy"), T("Phó Chủ tịch Thường trực"), O("UBND tỉnh"), T("Phó Bí thư"), O("Tỉnh ủy Thái Nguyên")}},
	{"party-board", "Đồng chí Nguyễn Hữu Lộc - Bí thư Ban cán sự đảng, Viện trưởng dự.",
		allNamed, []want{P("Nguyễn Hữu Lộc"), T("Bí thư"), O("Ban cán sự đảng"), T("Viện trưởng")}},
	{"plural-lower-case-listed", "Bộ Tài chính từng có 3 nữ phát ngôn viên là: bà Hồ Thị Lan và bà Lê Thu Hằng.",
		allNamed, []want{O("Bộ Tài chính"), T("phát ngôn viên"), P("Hồ Thị Lan"), P("Lê Thu Hằng")}},
	{"plural-lower-case-body", "Hai phó giám đốc công an tỉnh là Đại tá Phạm Văn Đức và Thượng tá Lê Quốc Hùng.",
		allNamed, []want{T("phó giám đốc"), O("công an tỉnh"), T("Đại tá"), P("Phạm Văn Đức"), T("Thượng tá"), P("Lê Quốc Hùng")}},
	{"plural-lower-case-unlisted", "Các phó giám đốc đã họp.", onlyTitle, []want{}},
	{"capital-former", "2. Ông Trần Đình Sang, Nguyên Giám đốc Nhà hát Tuồng Việt Nam - Ủy viên.",
		onlyTitle, []want{T("Nguyên Giám đốc"), T("Ủy viên")}},
	{"unit-with-a-name", "Nhà báo Thuận Văn Hữu, Phó Trưởng ban Tuyên giáo T.Ư, Tổng Biên tập Báo Nhân Dân phát biểu.",
		allNamed, []want{P("Thuận Văn Hữu"), T("Phó Trưởng"), O("ban Tuyên giáo T.Ư"), T("Tổng Biên tập"), O("Báo Nhân Dân")}},
	{"unit-without-a-name", "Ông Nguyễn Hạnh Phước, Trưởng Ban soạn thảo cho biết.",
		allNamed, []want{P("Nguyễn Hạnh Phước"), T("Trưởng Ban soạn thảo")}},
	{"lower-case-in-parentheses", "Đại tá Nguyễn Kim Thành (nguyên giám đốc) được truy tặng huân chương.",
		onlyTitle, []want{T("Đại tá"), T("nguyên giám đốc")}},
	{"lower-case-board-title", "Ông Hồ Văn An từ nhiệm chức vụ Phó Chủ tịch HĐQT cũng như thành viên HĐQT của Tập đoàn Sao Mai.",
		onlyTitle, []want{T("Phó Chủ tịch HĐQT"), T("thành viên HĐQT")}},
	{"committee-of-an-acronym", "Ông Hồ Sỹ Hưng giữ chức Bí thư Đảng ủy VCCI nhiệm kỳ mới.",
		allNamed, []want{P("Hồ Sỹ Hưng"), T("Bí thư"), O("Đảng ủy VCCI")}},
	{"delegation-head", "Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Lê Văn Dụng dự họp.",
		allNamed, []want{T("Phó Bí thư Thường trực"), O("Tỉnh ủy"), T("Trưởng"), O("Đoàn đại biểu Quốc hội tỉnh"), P("Lê Văn Dụng")}},
	{"supreme-court", "Chánh án TAND tối cao Nguyễn Hòa Bính phát biểu.",
		allNamed, []want{T("Chánh án"), O("TAND tối cao"), P("Nguyễn Hòa Bính")}},
	{"national-team", "HLV trưởng đội tuyển U23 Việt Nam Kim Sang-sik chốt danh sách.",
		allNamed, []want{T("HLV trưởng"), O("đội tuyển U23 Việt Nam"), P("Kim Sang-sik")}},
	{"team-without-country", "Vị trí HLV trưởng đội tuyển quốc gia đã có người.", onlyOrg, []want{}},
	{"secretariat", "Bà Trương Thị Mỹ, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự.",
		onlyTitle, []want{T("Ủy viên"), T("Thường trực")}},
	{"ward-named-after-a-person", "Chủ tịch UBND phường Nguyễn Du Trần Văn Hải dự lễ.",
		onlyPerson, []want{P("Trần Văn Hải")}},
	// Without a title the committee word names no one body: left alone.
	{"no-title", "Đại diện của Thành ủy, Ủy ban nhân dân thành phố đã dự.",
		onlyOrg, []want{}},
}

func TestTitleBodies(t *testing.T) { runCases(t, titleBodyCases) }
