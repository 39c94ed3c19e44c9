package entity_test

import (
	"testing"

	"github.com/vnextract/vnextract/entity"
)

// contextCases: people and places as general news writes them, on
// sentences of our own (issue 14).
var contextCases = []recCase{
	// A full name right after a body's short name and its unit word is
	// the holder's, not a place: "UBND tỉnh" + name.
	{"chairman-after-ubnd-tinh", "Chủ tịch UBND tỉnh Đỗ Minh Khang đã ký quyết định.",
		personLoc, []want{P("Đỗ Minh Khang")}},
	{"vice-chair-after-hdnd-tinh", "Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh chủ trì buổi làm việc.",
		personLoc, []want{P("Trần Xuân Vinh")}},
	{"chair-after-ubnd-tp", "Chủ tịch UBND TP Lê Hoàng Quân phát biểu.",
		personLoc, []want{P("Lê Hoàng Quân")}},
	// A unit named after a person stays a place.
	{"commune-named-after-person", "Người dân xã Trần Phú đã họp.",
		personLoc, []want{L("Trần Phú")}},
	// The commune's name closes its body's name.
	{"body-of-commune-named-after-person", "UBND xã Trần Phú đã họp dân.",
		allNamed, []want{O("UBND xã Trần Phú")}},
	// A street named after a person is a place (testdata/golden/README.md).
	{"street-named-after-person", "Cửa hàng nằm trên đường Lê Duẩn.",
		personLoc, []want{L("Lê Duẩn")}},

	// One sense per document: the given name of a person named in full
	// names them again, alone or with the syllable before it.
	{"bare-given-name-later", "Nguyễn Văn Hùng (35 tuổi) chở Lê Thị Mai về nhà. Hùng bị bắt sau đó, còn Mai được đưa đi cấp cứu.",
		onlyPerson, []want{P("Nguyễn Văn Hùng"), P("Lê Thị Mai"), P("Hùng"), P("Mai")}},
	{"two-syllable-short-form", "Tiền đạo Nguyễn Văn Toàn nhận thẻ vàng. Sau giờ nghỉ, Văn Toàn ghi bàn.",
		onlyPerson, []want{P("Nguyễn Văn Toàn"), P("Văn Toàn")}},
	// Not inside another name, a title-case phrase or a compound of places.
	{"given-name-inside-other-names", "Ông Trần Văn Hòa dự lễ. Kế hoạch Hòa bình được công bố, giao lưu Việt - Mỹ tăng, phố Hòa Mã đông vui.",
		onlyPerson, []want{P("Trần Văn Hòa")}},
	{"given-name-starting-a-word", "Ông Nguyễn Văn Minh phát biểu. Minh bạch là yêu cầu, và Minh cho biết sẽ làm.",
		onlyPerson, []want{P("Nguyễn Văn Minh"), P("Minh")}},
	{"given-name-unknown-person", "Hùng bị bắt sau đó.",
		onlyPerson, nil},

	// Kin words and role nouns before one or two syllables.
	{"kin-word-and-stop-word-name", "Năm nay cụ Ba đã 90 tuổi, còn em Minh Anh mới học lớp 5.",
		onlyPerson, []want{P("Ba"), P("Minh Anh")}},
	{"sports-roles", "Tiền đạo Công Phượng chuyền cho tiền vệ Hoàng Đức, thủ môn Văn Lâm bắt chính.",
		onlyPerson, []want{P("Công Phượng"), P("Hoàng Đức"), P("Văn Lâm")}},
	{"court-roles", "Bị cáo Trần Văn Bình và nạn nhân Lê Thị Hoa là hàng xóm.",
		onlyPerson, []want{P("Trần Văn Bình"), P("Lê Thị Hoa")}},
	{"role-noun-and-country", "Sinh viên Nga và nghệ sĩ Pháp giao lưu với bà Nga.",
		personLoc, []want{L("Nga"), L("Pháp"), P("Nga")}},

	// Initials for privacy keep their dot unless it ends the sentence.
	{"private-initials", "Nguyễn Văn A. bị bắt, bị can Lê Thị B. khai với chị N.Th. rằng anh Tr. và Út T. không biết gì.",
		onlyPerson, []want{P("Nguyễn Văn A."), P("Lê Thị B."), P("N.Th."), P("Tr."), P("Út T.")}},
	{"private-initial-at-sentence-end", "Công an đã triệu tập Nguyễn Văn A.",
		onlyPerson, []want{P("Nguyễn Văn A")}},
	// Signatures of a byline in capitals, on their own line.
	{"byline-signatures", "Buổi lễ kết thúc tốt đẹp.\n\nT.HƯƠNG - L.NGUYỄN - M.TRÂN",
		onlyPerson, []want{P("T.HƯƠNG"), P("L.NGUYỄN"), P("M.TRÂN")}},
	{"caps-initialed-in-prose", "Mã cổ phiếu Q.LONG tăng giá.",
		onlyPerson, nil},
	// A name fused by a hyphen to the acronym of a title.
	{"name-hyphen-title-acronym", "Bà Võ Thị Thanh Dung-UVBTV và ông Phan Văn Quang-TUV dự họp.",
		[]entity.Type{entity.Person, entity.Title}, []want{P("Võ Thị Thanh Dung"), T("UVBTV"), P("Phan Văn Quang"), T("TUV")}},

	// Natural features with their lower-case word, listed or not (the
	// goldens' README); not the compounds.
	{"natural-features", "Du khách dạo quanh hồ Gươm, leo núi Chín Khúc rồi qua đèo Hải Vân và thăm vườn quốc gia Cúc Phương.",
		onlyLoc, []want{L("hồ Gươm"), L("núi Chín Khúc"), L("đèo Hải Vân"), L("vườn quốc gia Cúc Phương")}},
	{"feature-word-ends-a-word", "Mưa lớn ở vùng núi Tây Bắc, cửa hàng đồng hồ Thụy Sĩ đóng cửa.",
		onlyLoc, []want{L("Tây Bắc"), L("Thụy Sĩ")}},
	{"feature-word-compounds", "Chống khai thác IUU, bảo vệ biển đảo Tổ quốc và nộp hồ sơ.",
		onlyLoc, nil},
	{"family-name-ho", "Hồ Xuân Mai đến sớm cùng Hồ Hùng.",
		onlyPerson, []want{P("Hồ Xuân Mai"), P("Hồ Hùng")}},
	// Numbered units, listed or not (quận 2 was merged in 2021).
	{"numbered-units", "Bệnh nhân từng đến quận 2, phường 7 và thôn 3 của xã Ea Kao.",
		onlyLoc, []want{L("quận 2"), L("phường 7"), L("thôn 3"), L("Ea Kao")}},
	// One sense per document for places, and units after "tại", "ở".
	{"place-again-without-trigger", "Đoàn đến huyện Vị Xuyên. Trên địa bàn Vị Xuyên có nhiều hộ nghèo.",
		onlyLoc, []want{L("Vị Xuyên"), L("Vị Xuyên")}},
	{"unit-after-tai", "Lãnh đạo tỉnh chúc tết tại Tiên Phước.",
		onlyLoc, []want{L("Tiên Phước")}},
	{"unit-name-alone", "Tiên Phước có nhiều đồi chè.",
		onlyLoc, nil},

	// Foreign names after a form of address, hyphens inside, and their
	// bare uses later.
	{"korean-after-honorific", "Ông Lee Jae-yong đã đến Hà Nội. Sinh viên Nga-Việt dự lễ.",
		onlyPerson, []want{P("Lee Jae-yong")}},
	{"foreign-one-word-again", "Ông Trump tuyên bố Mỹ sẽ rút. Trump cũng chỉ trích đồng minh.",
		personLoc, []want{P("Trump"), L("Mỹ"), P("Trump")}},
	// A form of address that ends a compound addresses no one.
	{"tuyen-bo", "Chính phủ tuyên bố Nhật Bản và công bố Mai là ngày nghỉ.",
		onlyPerson, nil},
	// Markets, bridges and temples named like people.
	{"market-named-like-person", "Bà bán hàng ở chợ Đồng Xuân, gần đền Trần Hưng Đạo.",
		onlyPerson, nil},
	// A given name that is also a head noun.
	{"given-name-truong", "Thủ thành Tấn Trường cứu thua, còn em vào Trường Đại học Y.",
		onlyPerson, []want{P("Tấn Trường")}},
	// The other units of a plural trigger.
	{"unit-list", "Lũ quét ở các huyện Hương Khê, Vũ Quang và Hương Sơn; xóm 5 bị ngập.",
		onlyLoc, []want{L("Hương Khê"), L("Vũ Quang"), L("Hương Sơn"), L("xóm 5")}},
	{"unit-then-person", "Chủ tịch huyện Hương Khê, Vũ Quang Hùng phát biểu.",
		personLoc, []want{L("Hương Khê"), P("Vũ Quang Hùng")}},

	// Bylines and credits whose names hold a one-word place; outlets.
	{"byline-with-place-word", "Lãi suất tiếp tục giảm.\n\nTú Anh\n\nNgân hàng Nhà nước điều hành.",
		personLoc, []want{P("Tú Anh")}},
	{"byline-that-is-a-place", "Tin tức trong ngày.\n\nNam Định\n\nMưa lớn kéo dài.",
		personLoc, []want{L("Nam Định")}},
	{"credit-ending-in-dot", "Các đại biểu cắt băng. Ảnh: An Bình.\nTiếp theo là phần văn nghệ.",
		onlyPerson, []want{P("An Bình")}},
	{"credit-of-an-outlet", "Ông đến sân bay. Ảnh: ChosunBiz.\nTheo ChosunBiz, chuyến đi kéo dài.",
		onlyPerson, nil},
	// Names listed after the first that a form of address announced.
	{"name-list", "Từ trái sang: nghệ sĩ Thiện Tùng, Mạnh Hùng, Thu Hà và các diễn viên trẻ.",
		onlyPerson, []want{P("Thiện Tùng"), P("Mạnh Hùng"), P("Thu Hà")}},
	{"name-then-district", "Bà Nguyễn Thị Lan, Hoàng Mai, Hà Nội cho biết.",
		personLoc, []want{P("Nguyễn Thị Lan"), L("Hoàng Mai"), L("Hà Nội")}},

	// One-word places that start common words, or after a plural.
	{"anh-hung-phap-luat", "Đoàn viếng các Anh hùng liệt sỹ. Mục Kinh tế Pháp luật. Ông sang Anh hôm qua.",
		onlyLoc, []want{L("Anh")}},

	// A capitalized role noun after a capitalized word is inside a name.
	{"role-noun-inside-org", "Hội Nghệ sĩ Sân khấu Việt Nam và Hội Nhà báo tổ chức lễ kỷ niệm.",
		onlyPerson, nil},
	{"medal-named-after-person", "Nhiều tập thể đón nhận huân chương Hồ Chí Minh.",
		onlyPerson, nil},

	// An urban area named longer than the ward it is in; the town
	// abbreviation.
	{"urban-area", "Chị sống ở khu đô thị Trung Hòa Nhân Chính, rồi về TX Sơn Tây và huyện Đông Anh Hà Nội.",
		onlyLoc, []want{L("Trung Hòa Nhân Chính"), L("Sơn Tây"), L("Đông Anh"), L("Hà Nội")}},

	// Codes and one syllable after a role noun are no names.
	{"role-noun-guards", "Bệnh nhân Covid-19 và nạn nhân Sars-CoV-2 được cứu. Sinh viên Bách khoa tham gia, chồng Hoa ở nhà, tay vợt Federer thắng, đồng chí Tập phát biểu.",
		onlyPerson, []want{P("Hoa"), P("Federer"), P("Tập")}},
}

func TestContextMentions(t *testing.T) { runCases(t, contextCases) }

var personLoc = []entity.Type{entity.Person, entity.Location}
