package entity_test

import "testing"

// Districts and communes (gen_district.tsv, gen_commune.tsv) name a place
// after a place trigger, and set where it ends; alone they name nothing.
var adminCases = []recCase{
	{"numbered-units", "Vụ cháy xảy ra tại Quận 1 và phường 12, quận Gò Vấp.",
		onlyLoc, []want{L("Quận 1"), L("phường 12"), L("Gò Vấp")}},
	{"roman-numbered-ward", "Người dân phường IV, thành phố Vị Thanh tham gia.",
		onlyLoc, []want{L("phường IV"), L("Vị Thanh")}},
	{"district-not-country", "Đoàn công tác đến thăm huyện Nga Sơn và thị xã Nghi Sơn.",
		onlyLoc, []want{L("Nga Sơn"), L("Nghi Sơn")}},
	{"apostrophe-name", "Dự án đi qua xã Ia Hrú, huyện Chư Prông và xã Đạ K' Nàng.",
		onlyLoc, []want{L("Ia Hrú"), L("Chư Prông"), L("Đạ K' Nàng")}},
	{"commune-named-after-person", "Ông Sơn sinh ra ở xã Quang Trung, huyện Kiến Xương.",
		allNamed, []want{P("Sơn"), L("Quang Trung"), L("Kiến Xương")}},
	{"bare-names-are-not-places", "Tân Lập, Quang Trung và Kiến Xương là những cái tên quen thuộc.",
		onlyLoc, nil},
	{"largest-city-lower-case", "Ông Nam chuyển vào thành phố Hồ Chí Minh sinh sống từ lâu.",
		onlyLoc, []want{L("thành phố Hồ Chí Minh")}},
	{"largest-city-capitalized", "Thành phố Hồ Chí Minh mang tên Chủ tịch Hồ Chí Minh.",
		onlyLoc, []want{L("Thành phố Hồ Chí Minh")}},
	{"lower-case-words", "Tinh thần đoàn kết và thống nhất được phát huy.",
		onlyLoc, nil},
}

func TestAdminUnits(t *testing.T) { runCases(t, adminCases) }

// Short country forms: acronyms only in capitals, and not hyphenated to a
// word; "Anh" the country only capitalized.
var countryShortCases = []recCase{
	{"acronyms", "Hàng VN chất lượng cao được bán tại TQ và HQ.",
		onlyLoc, []want{L("VN"), L("TQ"), L("HQ")}},
	{"acronym-in-index-name", "Chỉ số VN-Index tăng 10 điểm trong phiên sáng.",
		onlyLoc, nil},
	{"pronoun-and-country", "Năm ngoái anh sang Anh du học.",
		onlyLoc, []want{L("Anh")}},
	{"lower-case-acronym-letters", "Cô ấy nói vn và tq bằng giọng nhỏ.",
		onlyLoc, nil},
}

func TestCountryShortForms(t *testing.T) { runCases(t, countryShortCases) }
