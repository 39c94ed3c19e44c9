package entity_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/entity"
)

// The sentences in this file are written for the tests (typical Vietnamese
// news phrasing, not taken from testdata/seeds) and the expected mentions
// come from reading them against testdata/golden/README.md.

var (
	sharedRecOnce sync.Once
	sharedRec     *entity.Recognizer
	sharedRecErr  error
)

// recognizer returns the recognizer shared by the whole test binary.
func recognizer(t testing.TB) *entity.Recognizer {
	t.Helper()
	sharedRecOnce.Do(func() { sharedRec, sharedRecErr = entity.NewRecognizer(nil) })
	require.NoError(t, sharedRecErr)
	return sharedRec
}

func analyse(t testing.TB, text string) *entity.Analysis {
	t.Helper()
	a, err := recognizer(t).Recognize(context.Background(), text, entity.Options{})
	require.NoError(t, err)
	require.NotNil(t, a)
	checkInvariants(t, text, a.Mentions)
	return a
}

// checkInvariants: every mention is the exact slice it claims, mentions are
// sorted by Start and do not overlap.
func checkInvariants(t testing.TB, text string, ms []entity.Mention) {
	t.Helper()
	for i, m := range ms {
		if !assert.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(text), "mention %d %v: bad offsets [%d,%d)", i, m.Type, m.Start, m.End) {
			continue
		}
		assert.Equal(t, text[m.Start:m.End], m.Text, "mention %d %v: Text is not text[Start:End]", i, m.Type)
		if i > 0 {
			p := ms[i-1]
			assert.LessOrEqual(t, p.Start, m.Start, "mentions %d and %d not sorted", i-1, i)
			assert.LessOrEqual(t, p.End, m.Start, "mentions %d %q and %d %q overlap", i-1, p.Text, i, m.Text)
		}
	}
}

// want is one expected mention, written "TYPE:text".
type want = string

func P(s string) want { return "PERSON:" + s }
func T(s string) want { return "TITLE:" + s }
func O(s string) want { return "ORGANIZATION:" + s }
func L(s string) want { return "LOCATION:" + s }
func D(s string) want { return "DATE:" + s }

var (
	onlyPerson = []entity.Type{entity.Person}
	onlyTitle  = []entity.Type{entity.Title}
	onlyOrg    = []entity.Type{entity.Organization}
	onlyLoc    = []entity.Type{entity.Location}
	onlyDate   = []entity.Type{entity.Date}
	allNamed   = []entity.Type{entity.Person, entity.Title, entity.Organization, entity.Location}
	allTypes   = []entity.Type{entity.Person, entity.Title, entity.Organization, entity.Location, entity.Date}
)

type recCase struct {
	name  string
	text  string
	types []entity.Type // the types under test; others are ignored
	want  []want        // in text order
}

// found returns the mentions of the given types as "TYPE:text", in order.
func found(ms []entity.Mention, types []entity.Type) []want {
	out := []want{}
	for _, m := range ms {
		for _, ty := range types {
			if m.Type == ty {
				out = append(out, m.Type.String()+":"+m.Text)
				break
			}
		}
	}
	return out
}

func runCases(t *testing.T, cases []recCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(t, c.text)
			w := c.want
			if w == nil {
				w = []want{}
			}
			assert.Equal(t, w, found(a.Mentions, c.types), "text: %s", c.text)
		})
	}
}

func TestWantHelpersMatchTypeNames(t *testing.T) {
	// The "TYPE:" prefixes above must be what Type.String returns.
	assert.Equal(t, "PERSON", entity.Person.String())
	assert.Equal(t, "TITLE", entity.Title.String())
	assert.Equal(t, "ORGANIZATION", entity.Organization.String())
	assert.Equal(t, "LOCATION", entity.Location.String())
	assert.Equal(t, "DATE", entity.Date.String())
}

var personCases = []recCase{
	// Positives.
	{"thu-tuong", "Thủ tướng Phạm Minh Chính đã chủ trì phiên họp Chính phủ thường kỳ tháng 5.",
		onlyPerson, []want{P("Phạm Minh Chính")}},
	{"ong", "Trao đổi với phóng viên, ông Nguyễn Văn An cho biết công trình sẽ hoàn thành trước mùa mưa bão.",
		onlyPerson, []want{P("Nguyễn Văn An")}},
	{"ba-four-syllables", "Bà Trần Thị Mai Hương, Giám đốc Sở Y tế, đã đi kiểm tra công tác phòng dịch tại các bệnh viện tuyến huyện.",
		onlyPerson, []want{P("Trần Thị Mai Hương")}},
	{"invented-name", "Anh Đinh Quốc Tuấn, một tiểu thương ở chợ Đông Ba, cho biết sức mua đã tăng trở lại sau Tết.",
		onlyPerson, []want{P("Đinh Quốc Tuấn")}},
	{"place-syllables-in-name", "Phó Thủ tướng Trần Hồng Hà yêu cầu các địa phương rà soát toàn bộ hệ thống đê điều.",
		onlyPerson, []want{P("Trần Hồng Hà")}},
	{"dong-chi", "Đồng chí Hoàng Văn Thắng, Bí thư Huyện ủy, đã trao quà cho các gia đình chính sách.",
		onlyPerson, []want{P("Hoàng Văn Thắng")}},
	{"foreign-president", "Tổng thống Pháp Emmanuel Macron sẽ thăm chính thức Việt Nam theo lời mời của Chủ tịch nước.",
		onlyPerson, []want{P("Emmanuel Macron")}},
	{"foreign-minister", "Ngoại trưởng Mỹ Antony Blinken đã hội đàm với Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Hà Nội.",
		onlyPerson, []want{P("Antony Blinken"), P("Bùi Thanh Sơn")}},
	{"initialed-and-foreign", "Tổng thống Nga V.Putin đã điện đàm với Thủ tướng Ấn Độ Narendra Modi về tình hình khu vực.",
		onlyPerson, []want{P("V.Putin"), P("Narendra Modi")}},
	{"short-reference", "Ông Lê Quang Huy, Chủ tịch UBND xã, cho biết người dân rất phấn khởi. Theo ông Huy, toàn xã đã hoàn thành 19 tiêu chí nông thôn mới.",
		onlyPerson, []want{P("Lê Quang Huy"), P("Huy")}},
	{"short-reference-foreign", "Bà Maria Petrova, giảng viên tiếng Việt, đã sống ở Hà Nội hơn mười năm. Bà Maria nói rằng bà yêu phở và áo dài.",
		onlyPerson, []want{P("Maria Petrova"), P("Maria")}},
	{"title-surname", "Tổng thống Mỹ Donald Trump tuyên bố áp thuế mới. Ông Trump cho rằng biện pháp này bảo vệ việc làm trong nước.",
		onlyPerson, []want{P("Donald Trump"), P("Trump")}},
	{"coordinated", "Chủ tịch nước Lương Cường và Thủ tướng Phạm Minh Chính đã gửi điện mừng.",
		onlyPerson, []want{P("Lương Cường"), P("Phạm Minh Chính")}},
	{"photo-credit", "Các đại biểu cắt băng khánh thành công trình. (Ảnh: Nguyễn Hoàng)",
		onlyPerson, []want{P("Nguyễn Hoàng")}},
	{"bac-ho", "Thiếu nhi cả nước thi đua làm theo năm điều Bác Hồ dạy.",
		onlyPerson, []want{P("Bác Hồ")}},
	{"ho-family-name", "Ông Hồ Đức Phớc cho biết ngân sách nhà nước đã vượt thu.",
		onlyPerson, []want{P("Hồ Đức Phớc")}},
	{"list-of-people", "Các ông Nguyễn Văn Nên, Trần Lưu Quang và bà Nguyễn Thị Thanh đã được bầu vào Ban Chấp hành.",
		onlyPerson, []want{P("Nguyễn Văn Nên"), P("Trần Lưu Quang"), P("Nguyễn Thị Thanh")}},
	{"uk", "Thủ tướng Anh Keir Starmer cam kết tăng chi tiêu quốc phòng.",
		[]entity.Type{entity.Person, entity.Location}, []want{L("Anh"), P("Keir Starmer")}},
	{"minority-family-name", "Chị Lò Thị Mai, người dân tộc Thái ở bản Hua Tát, đã mở dịch vụ du lịch cộng đồng.",
		onlyPerson, []want{P("Lò Thị Mai")}},
	{"ngai", "Ngài Antonio Guterres, Tổng Thư ký Liên hợp quốc, kêu gọi các bên kiềm chế.",
		onlyPerson, []want{P("Antonio Guterres")}},
	{"degree-prefix", "Theo GS.TS Nguyễn Văn Tuấn, cần đầu tư mạnh hơn cho nghiên cứu cơ bản.",
		onlyPerson, []want{P("Nguyễn Văn Tuấn")}},
	{"bare-name-sentence-initial", "Nguyễn Thị Lan, 35 tuổi, trú tại xã Yên Sở, đã bị bắt quả tang khi đang vận chuyển hàng lậu.",
		onlyPerson, []want{P("Nguyễn Thị Lan")}},
	{"city-and-president", "Tại Thành phố Hồ Chí Minh, triển lãm về cuộc đời Chủ tịch Hồ Chí Minh thu hút nhiều khách tham quan.",
		onlyPerson, []want{P("Hồ Chí Minh")}},

	// Negatives.
	{"sentence-initial-theo", "Theo kế hoạch, Sở Xây dựng sẽ khởi công dự án vào quý IV năm nay.",
		onlyPerson, nil},
	{"sentence-initial-sang", "Sáng nay, Hà Nội có mưa rào và dông rải rác, nhiệt độ giảm mạnh.",
		onlyPerson, nil},
	{"headline-case", "Khai Mạc Tuần Lễ Văn Hóa Du Lịch Biển Đảo Năm Nay",
		onlyPerson, nil},
	{"city-named-after-person", "Người dân Thành phố Hồ Chí Minh nô nức đi xem bắn pháo hoa.",
		onlyPerson, nil},
	{"streets", "Tuyến xe buýt mới chạy qua đường Lê Duẩn và phố Trần Hưng Đạo.",
		onlyPerson, nil},
	{"hoi-alone", "Hội đã trao 50 suất quà cho hội viên có hoàn cảnh khó khăn.",
		onlyPerson, nil},
	{"school-named-after-person", "Học sinh Trường THPT Chu Văn An đạt giải nhất cuộc thi khoa học kỹ thuật.",
		onlyPerson, nil},
	{"bridge", "Cầu Long Biên được xây dựng từ đầu thế kỷ trước.",
		onlyPerson, nil},
	{"ho-guom", "Du khách dạo quanh Hồ Gươm vào các buổi tối cuối tuần.",
		onlyPerson, nil},
	{"short-name-starts-sentence", "Anh Đức Huy vào sân từ phút 60. Huy cho biết anh đã sẵn sàng. Toàn bộ đội đã tập luyện.",
		onlyPerson, []want{P("Đức Huy"), P("Huy")}},
	{"place-word-starts-a-stage-name", "Ca sĩ Mỹ Linh và nghệ sĩ Pháp cùng biểu diễn.",
		onlyPerson, []want{P("Mỹ Linh")}},
	{"hyphenated-given-name-after-title", "HLV Park Hang-seo chia tay đội tuyển sau 5 năm.",
		onlyPerson, []want{P("Park Hang-seo")}},
	{"league-is-no-person", "Tiền đạo này ghi 20 bàn ở Serie A mùa trước.",
		onlyPerson, nil},
	{"initials-alone-after-kin-word", "Nạn nhân là cháu L.T.M. (7 tuổi), trú tại thôn 3.",
		onlyPerson, []want{P("L.T.M.")}},
	{"initial-before-age", "Bị can Phạm Văn K. (29 tuổi) bị tạm giam.",
		onlyPerson, []want{P("Phạm Văn K.")}},
	{"initial-ends-sentence", "Cảnh sát đã mời Phạm Văn K. Ông này có mặt ngay.",
		onlyPerson, []want{P("Phạm Văn K")}},
	{"form-of-address-ends-body", "Công an khởi tố đối tượng Tr.V.N. về tội trộm cắp.",
		[]entity.Type{entity.Person, entity.Organization}, []want{P("Tr.V.N.")}},
	{"minister-then-a-name-not-a-field", "Bộ trưởng Phạm Lý Hùng làm việc với nông dân.",
		[]entity.Type{entity.Person, entity.Title}, []want{T("Bộ trưởng"), P("Phạm Lý Hùng")}},
	{"league-in-one-token-is-no-person", "Đội bóng trụ hạng thành công ở V.League.",
		onlyPerson, nil},
	{"regnal-number", "Vua Charles III và Giáo hoàng Leo XIV đã gặp nhau tại Vatican.",
		onlyPerson, []want{P("Charles III"), P("Leo XIV")}},
	{"term-numeral-is-no-name", "Quốc hội khóa XV bế mạc kỳ họp thứ mười.",
		onlyPerson, nil},
	{"country-of-a-title-before-a-name", "Thủ tướng Campuchia Hun Sen phát biểu khai mạc.",
		[]entity.Type{entity.Person, entity.Location}, []want{L("Campuchia"), P("Hun Sen")}},
}

func TestPersonMentions(t *testing.T) { runCases(t, personCases) }

func TestPersonNameParts(t *testing.T) {
	cases := []struct {
		text, name string
		parts      *entity.NameParts // nil: foreign name, no parts
	}{
		{"Ông Nguyễn Văn An phát biểu tại buổi lễ.", "Nguyễn Văn An", &entity.NameParts{Family: "Nguyễn", Middle: "Văn", Given: "An"}},
		{"Bà Trần Thị Mai Hương cho biết như vậy.", "Trần Thị Mai Hương", &entity.NameParts{Family: "Trần", Middle: "Thị Mai", Given: "Hương"}},
		{"Thủ tướng Phạm Minh Chính đã tiếp đoàn.", "Phạm Minh Chính", &entity.NameParts{Family: "Phạm", Middle: "Minh", Given: "Chính"}},
		{"Theo ông Đỗ Hùng, giá vật liệu đã tăng.", "Đỗ Hùng", &entity.NameParts{Family: "Đỗ", Given: "Hùng"}},
		{"Tổng thống Pháp Emmanuel Macron đến Hà Nội.", "Emmanuel Macron", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(t, c.text)
			var got *entity.Mention
			for i := range a.Mentions {
				if a.Mentions[i].Type == entity.Person && a.Mentions[i].Text == c.name {
					got = &a.Mentions[i]
				}
			}
			require.NotNil(t, got, "no PERSON %q in %q: %v", c.name, c.text, found(a.Mentions, allNamed))
			assert.Equal(t, c.parts, got.Person)
		})
	}
}

var titleCases = []recCase{
	// Positives.
	{"pho-chu-tich", "Phó Chủ tịch Quốc hội Nguyễn Khắc Định dự lễ khánh thành cây cầu.",
		onlyTitle, []want{T("Phó Chủ tịch")}},
	{"chu-tich-nuoc-and-dai-su", "Chủ tịch nước Lương Cường tiếp Đại sứ đặc mệnh toàn quyền Australia đến trình Quốc thư.",
		onlyTitle, []want{T("Chủ tịch nước"), T("Đại sứ đặc mệnh toàn quyền")}},
	{"tong-bi-thu", "Tổng Bí thư Tô Lâm phát biểu chỉ đạo tại hội nghị cán bộ toàn quốc.",
		onlyTitle, []want{T("Tổng Bí thư")}},
	{"nguyen-bo-truong", "Ông Đinh Tiến Dũng, nguyên Bộ trưởng Bộ Tài chính, tham dự buổi gặp mặt.",
		onlyTitle, []want{T("nguyên Bộ trưởng")}},
	{"uy-vien-thuong-truc", "Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội Phan Đức Hiếu nêu ý kiến về dự luật.",
		onlyTitle, []want{T("Ủy viên Thường trực")}},
	{"rank-and-office", "Thiếu tướng Nguyễn Văn Hùng, Phó Tư lệnh Quân khu 4, trực tiếp chỉ huy lực lượng cứu hộ.",
		onlyTitle, []want{T("Thiếu tướng"), T("Phó Tư lệnh")}},
	{"giao-su", "Giáo sư Ngô Bảo Châu giao lưu với học sinh chuyên toán.",
		onlyTitle, []want{T("Giáo sư")}},
	{"giam-doc", "Giám đốc Sở Tài chính cho biết ngân sách đã được phân bổ đầy đủ.",
		onlyTitle, []want{T("Giám đốc")}},
	{"thu-tuong-chinh-phu", "Thủ tướng Chính phủ vừa ký quyết định phê duyệt quy hoạch vùng.",
		onlyTitle, []want{T("Thủ tướng")}},
	{"giu-chuc", "Ông Trịnh Văn Quyết được bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.",
		onlyTitle, []want{T("Thứ trưởng")}},
	{"several-titles", "Bà Lê Thu Hà, Phó Giám đốc Sở Du lịch, kiêm Chánh Văn phòng Sở, đã dự buổi làm việc.",
		onlyTitle, []want{T("Phó Giám đốc"), T("Chánh Văn phòng")}},
	{"hieu-truong", "Hiệu trưởng nhà trường đã khen thưởng các em học sinh đạt giải.",
		onlyTitle, []want{T("Hiệu trưởng")}},
	{"general-and-minister", "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã hội đàm với người đồng cấp Campuchia.",
		[]entity.Type{entity.Person, entity.Title, entity.Organization},
		[]want{T("Đại tướng"), P("Phan Văn Giang"), T("Bộ trưởng"), O("Bộ Quốc phòng")}},
	{"thuong-truc-after", "Phó Thủ tướng Thường trực Nguyễn Hòa Bình dự lễ khởi công.",
		[]entity.Type{entity.Person, entity.Title}, []want{T("Phó Thủ tướng Thường trực"), P("Nguyễn Hòa Bình")}},
	{"thong-doc", "Ông Nguyễn Văn Bình từng giữ chức Thống đốc Ngân hàng Nhà nước.",
		allNamed, []want{P("Nguyễn Văn Bình"), T("Thống đốc"), O("Ngân hàng Nhà nước")}},
	{"director-org-person", "Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho biết số ca mắc sốt xuất huyết đã giảm.",
		allNamed, []want{T("Giám đốc"), O("Sở Y tế Hà Nội"), P("Trần Thị Nhị Hà")}},
	{"degree-and-dean", "Tiến sĩ Lê Văn Bình, Trưởng khoa Kinh tế, trình bày báo cáo đề dẫn.",
		onlyTitle, []want{T("Tiến sĩ"), T("Trưởng khoa")}},
	{"bi-thu-tinh-uy", "Bí thư Tỉnh ủy Quảng Ninh đã đối thoại với thanh niên.",
		[]entity.Type{entity.Title, entity.Organization}, []want{T("Bí thư"), O("Tỉnh ủy Quảng Ninh")}},
	{"tong-giam-doc", "Tổng Giám đốc Vietcombank Nguyễn Thanh Tùng cho biết lợi nhuận tăng 10%.",
		[]entity.Type{entity.Person, entity.Title, entity.Organization}, []want{T("Tổng Giám đốc"), O("Vietcombank"), P("Nguyễn Thanh Tùng")}},
	{"quyen", "Ông Lê Đức Mạnh, quyền Chủ tịch UBND tỉnh, đã ký công điện khẩn.",
		onlyTitle, []want{T("quyền Chủ tịch")}},
	{"uy-vien-bo-chinh-tri", "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn chủ trì phiên họp.",
		[]entity.Type{entity.Person, entity.Title, entity.Organization},
		[]want{T("Ủy viên"), O("Bộ Chính trị"), T("Chủ tịch"), O("Quốc hội"), P("Trần Thanh Mẫn")}},

	// Negatives.
	{"lanh-dao-dai-bieu", "Lãnh đạo các bộ, ngành và nhiều đại biểu đã dự lễ mít tinh.",
		onlyTitle, nil},
	{"can-bo-chien-si", "Cán bộ, chiến sĩ đồn biên phòng đã giúp người dân chằng chống nhà cửa.",
		onlyTitle, nil},
	{"chuyen-gia-giao-vien", "Nhiều chuyên gia, giáo viên và học sinh cho rằng đề thi năm nay vừa sức.",
		onlyTitle, nil},
	// The head of a delegation is a position in the development set's
	// guidelines, with no holder here; the members are no title.
	{"truong-doan-thanh-vien", "Trưởng đoàn công tác và các thành viên đã đến thăm hỏi người dân.",
		onlyTitle, []want{T("Trưởng đoàn")}},
	{"office-in-org-name", "Văn phòng Chủ tịch nước đã công bố lệnh của Chủ tịch nước về đặc xá.",
		onlyTitle, []want{T("Chủ tịch nước")}},
}

func TestTitleMentions(t *testing.T) { runCases(t, titleCases) }

var orgCases = []recCase{
	// Positives.
	{"bo-ngoai-giao", "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng đã trả lời câu hỏi của phóng viên.",
		onlyOrg, []want{O("Bộ Ngoại giao")}},
	{"ubnd-tinh", "Ủy ban nhân dân tỉnh Nghệ An vừa ban hành kế hoạch ứng phó với thiên tai.",
		onlyOrg, []want{O("Ủy ban nhân dân tỉnh Nghệ An")}},
	{"ngan-hang", "Ngân hàng Nhà nước Việt Nam quyết định giữ nguyên các mức lãi suất điều hành.",
		onlyOrg, []want{O("Ngân hàng Nhà nước Việt Nam")}},
	{"name-and-acronym", "Tập đoàn Điện lực Việt Nam (EVN) cho biết sản lượng điện tiêu thụ đã tăng mạnh.",
		onlyOrg, []want{O("Tập đoàn Điện lực Việt Nam"), O("EVN")}},
	{"dai-hoc", "Sinh viên Đại học Quốc gia Hà Nội tham gia chiến dịch tình nguyện hè.",
		onlyOrg, []want{O("Đại học Quốc gia Hà Nội")}},
	{"truong-thpt", "Học sinh Trường THPT Chu Văn An đạt giải nhất cuộc thi khoa học kỹ thuật.",
		onlyOrg, []want{O("Trường THPT Chu Văn An")}},
	{"quoc-hoi", "Quốc hội đã biểu quyết thông qua Luật Đất đai sửa đổi với đa số đại biểu tán thành.",
		onlyOrg, []want{O("Quốc hội")}},
	{"ttxvn", "Theo phóng viên TTXVN tại Paris, cuộc biểu tình đã diễn ra ôn hòa.",
		onlyOrg, []want{O("TTXVN")}},
	{"lower-case-inside", "Liên hiệp các tổ chức hữu nghị Việt Nam đã tổ chức buổi gặp mặt bạn bè quốc tế.",
		onlyOrg, []want{O("Liên hiệp các tổ chức hữu nghị Việt Nam")}},
	{"company-and-brand", "Công ty Cổ phần Sữa Việt Nam (Vinamilk) vừa công bố kết quả kinh doanh quý I.",
		onlyOrg, []want{O("Công ty Cổ phần Sữa Việt Nam"), O("Vinamilk")}},
	{"party-bodies", "Bộ Chính trị, Ban Bí thư đã cho ý kiến về đề án sắp xếp bộ máy.",
		onlyOrg, []want{O("Bộ Chính trị"), O("Ban Bí thư")}},
	{"dang", "Đảng Cộng sản Việt Nam luôn coi trọng quan hệ với các chính đảng trong khu vực.",
		onlyOrg, []want{O("Đảng Cộng sản Việt Nam")}},
	{"title-org-person", "Bộ trưởng Bộ Y tế Đào Hồng Lan kiểm tra công tác khám chữa bệnh tại Bệnh viện Bạch Mai.",
		[]entity.Type{entity.Person, entity.Title, entity.Organization},
		[]want{T("Bộ trưởng"), O("Bộ Y tế"), P("Đào Hồng Lan"), O("Bệnh viện Bạch Mai")}},
	{"thu-tuong-chinh-phu", "Thủ tướng Chính phủ vừa ký quyết định phê duyệt quy hoạch vùng.",
		[]entity.Type{entity.Title, entity.Organization}, []want{T("Thủ tướng"), O("Chính phủ")}},
	{"asean-inside-event", "Hội nghị Thượng đỉnh ASEAN lần thứ 46 đã bế mạc tốt đẹp.",
		onlyOrg, []want{O("ASEAN")}},
	{"ubnd-tp", "UBND TP Hà Nội vừa tổ chức họp báo về kết quả kinh tế - xã hội.",
		onlyOrg, []want{O("UBND TP Hà Nội")}},
	{"hoi-nong-dan", "Hội Nông dân tỉnh Bình Định đã hỗ trợ hội viên tiêu thụ nông sản.",
		onlyOrg, []want{O("Hội Nông dân tỉnh Bình Định")}},
	{"tong-lien-doan", "Tổng Liên đoàn Lao động Việt Nam đề xuất tăng lương tối thiểu vùng.",
		onlyOrg, []want{O("Tổng Liên đoàn Lao động Việt Nam")}},
	{"bo-cong-thuong", "Bộ Công Thương đề nghị các doanh nghiệp chủ động nguồn xăng dầu.",
		onlyOrg, []want{O("Bộ Công Thương")}},
	{"airline", "Vietnam Airlines sẽ tăng thêm nhiều chuyến bay dịp Tết.",
		onlyOrg, []want{O("Vietnam Airlines")}},
	{"toa-an", "Tòa án nhân dân tối cao đã ban hành hướng dẫn mới về xét xử trực tuyến.",
		onlyOrg, []want{O("Tòa án nhân dân tối cao")}},
	{"mat-tran", "Mặt trận Tổ quốc Việt Nam phát động cuộc vận động ủng hộ đồng bào bị thiệt hại do bão.",
		onlyOrg, []want{O("Mặt trận Tổ quốc Việt Nam")}},
	{"media-and-acronym", "Đài Truyền hình Việt Nam (VTV) sẽ tường thuật trực tiếp sự kiện.",
		onlyOrg, []want{O("Đài Truyền hình Việt Nam"), O("VTV")}},
	{"hospital", "Bệnh nhân được chuyển lên Bệnh viện Chợ Rẫy để điều trị.",
		onlyOrg, []want{O("Bệnh viện Chợ Rẫy")}},
	{"red-cross", "Hội Chữ thập đỏ Việt Nam đã vận động được hơn 100 tỷ đồng ủng hộ đồng bào vùng lũ.",
		onlyOrg, []want{O("Hội Chữ thập đỏ Việt Nam")}},
	{"world-bank", "Ngân hàng Thế giới (WB) dự báo kinh tế Việt Nam tăng trưởng 6,5% trong năm nay.",
		onlyOrg, []want{O("Ngân hàng Thế giới"), O("WB")}},
	{"un", "Liên hợp quốc đánh giá cao đóng góp của Việt Nam cho hoạt động gìn giữ hòa bình.",
		onlyOrg, []want{O("Liên hợp quốc")}},
	{"police", "Công an tỉnh Quảng Ninh đã triệt phá đường dây buôn lậu xuyên biên giới.",
		onlyOrg, []want{O("Công an tỉnh Quảng Ninh")}},
	// Bare "Đảng" is a generic back-reference, as the news guidelines have it.
	{"party-congress", "Đại hội XIV của Đảng sẽ quyết định nhiều vấn đề hệ trọng.",
		onlyOrg, nil},

	// Negatives.
	{"dien-dan", "Diễn đàn Kinh tế Việt Nam năm nay tập trung vào chuyển đổi số.",
		onlyOrg, nil},
	{"hoi-thao", "Hội thảo khoa học quốc tế về an ninh hàng hải thu hút nhiều học giả.",
		onlyOrg, nil},
	{"cac-bo-nganh", "Đại diện các bộ, ngành và địa phương đã tham dự phiên họp.",
		onlyOrg, nil},
	{"hoi-alone", "Hội đã trao 50 suất quà cho hội viên có hoàn cảnh khó khăn.",
		onlyOrg, nil},
	{"viet-nga-adjective", "Quan hệ hữu nghị Việt-Nga ngày càng phát triển tốt đẹp.",
		onlyOrg, nil},
	{"le-ky-niem", "Lễ kỷ niệm được tổ chức trang trọng với sự tham dự của đông đảo người dân.",
		onlyOrg, nil},
	{"nha-nuoc", "Nhà nước có chính sách hỗ trợ người dân vùng bị thiên tai.",
		onlyOrg, nil},
	{"concept-acronym", "Các tàu cá phải lắp thiết bị VMS để chống khai thác IUU.",
		onlyOrg, nil},
	{"project", "Dự án Đường sắt tốc độ cao Bắc - Nam cần nguồn vốn rất lớn.",
		onlyOrg, nil},
	{"agreement", "Hiệp định Thương mại tự do Việt Nam - EU đã phát huy hiệu quả.",
		onlyOrg, []want{O("EU")}},
	{"ban-to-chuc", "Ban tổ chức cho biết giải chạy năm nay có hơn 5.000 vận động viên.",
		onlyOrg, nil},
}

func TestOrganizationMentions(t *testing.T) { runCases(t, orgCases) }

var locationCases = []recCase{
	// Positives.
	{"countries-long", "Việt Nam và Liên bang Nga đã ký kết nhiều văn kiện hợp tác quan trọng.",
		onlyLoc, []want{L("Việt Nam"), L("Liên bang Nga")}},
	{"short-countries", "Nga và Trung Quốc nhất trí tăng cường phối hợp trong khuôn khổ các diễn đàn đa phương.",
		onlyLoc, []want{L("Nga"), L("Trung Quốc")}},
	{"hoa-ky-nhat-ban", "Kim ngạch xuất khẩu sang Hoa Kỳ và Nhật Bản tiếp tục tăng trưởng khá.",
		onlyLoc, []want{L("Hoa Kỳ"), L("Nhật Bản")}},
	{"provinces-after-tinh", "Mưa lớn gây ngập nhiều nơi ở tỉnh Quảng Ngãi và tỉnh Gia Lai.",
		onlyLoc, []want{L("Quảng Ngãi"), L("Gia Lai")}},
	{"thanh-pho-da-nang", "Lễ hội pháo hoa quốc tế tại thành phố Đà Nẵng thu hút hàng vạn du khách.",
		onlyLoc, []want{L("Đà Nẵng")}},
	{"tp-hcm", "Giá căn hộ ở TP.HCM tiếp tục tăng trong quý vừa qua.",
		onlyLoc, []want{L("TP.HCM")}},
	{"thanh-pho-ho-chi-minh", "Người dân Thành phố Hồ Chí Minh nô nức đi xem bắn pháo hoa.",
		onlyLoc, []want{L("Thành phố Hồ Chí Minh")}},
	{"world-cities", "Đoàn công tác đã làm việc tại Mát-xcơ-va, sau đó bay sang Tokyo.",
		onlyLoc, []want{L("Mát-xcơ-va"), L("Tokyo")}},
	{"region", "Tình trạng xâm nhập mặn ở Đồng bằng sông Cửu Long đã giảm so với năm ngoái.",
		onlyLoc, []want{L("Đồng bằng sông Cửu Long")}},
	{"mien-trung", "Các tỉnh miền Trung đang khẩn trương khắc phục hậu quả của bão.",
		onlyLoc, []want{L("miền Trung")}},
	{"district-and-province", "Sạt lở đất đã chia cắt nhiều bản ở huyện Mường Lát, tỉnh Thanh Hóa.",
		onlyLoc, []want{L("Mường Lát"), L("Thanh Hóa")}},
	{"country-as-modifier", "Phía Nga khẳng định sẵn sàng hỗ trợ đào tạo nhân lực cho Việt Nam.",
		onlyLoc, []want{L("Nga"), L("Việt Nam")}},
	{"pair-of-full-names", "Quan hệ Việt Nam - Hoa Kỳ đã được nâng cấp lên Đối tác chiến lược toàn diện.",
		onlyLoc, []want{L("Việt Nam"), L("Hoa Kỳ")}},
	{"thu-do", "Thủ đô Hà Nội rực rỡ cờ hoa chào mừng ngày lễ lớn.",
		onlyLoc, []want{L("Hà Nội")}},
	{"my", "Mỹ là thị trường xuất khẩu lớn nhất của ngành dệt may.",
		onlyLoc, []want{L("Mỹ")}},
	{"lb-nga-business", "Các doanh nghiệp LB Nga quan tâm đến thị trường Việt Nam.",
		onlyLoc, []want{L("LB Nga"), L("Việt Nam")}},
	{"provinces-bare", "Hàng nghìn người dân Hà Tĩnh, Quảng Bình đã phải sơ tán khỏi vùng nguy hiểm.",
		onlyLoc, []want{L("Hà Tĩnh"), L("Quảng Bình")}},
	{"chinese-cities", "Các chuyến bay từ Thượng Hải và Bắc Kinh đã được nối lại.",
		onlyLoc, []want{L("Thượng Hải"), L("Bắc Kinh")}},
	{"ha-noi-initial", "Hà Nội sẽ hạn chế xe máy trong vành đai 1 từ năm tới.",
		onlyLoc, []want{L("Hà Nội")}},
	{"quang-nam", "Mưa lớn kéo dài ở phía nam tỉnh Quảng Nam.",
		onlyLoc, []want{L("Quảng Nam")}},
	{"cao-bang", "Nhiều tuyến đường ở Cao Bằng bị sạt lở nghiêm trọng.",
		onlyLoc, []want{L("Cao Bằng")}},
	{"washington", "Phái đoàn đã tới Washington D.C. vào cuối tuần trước.",
		onlyLoc, []want{L("Washington D.C.")}},
	{"gaza", "Lệnh ngừng bắn ở Dải Gaza vẫn mong manh.",
		onlyLoc, []want{L("Dải Gaza")}},
	{"hoa-binh-province", "Mưa lớn gây sạt lở ở tỉnh Hòa Bình và tỉnh Sơn La.",
		onlyLoc, []want{L("Hòa Bình"), L("Sơn La")}},
	{"continent-region", "Các doanh nghiệp châu Âu muốn mở rộng đầu tư vào Đông Nam Á.",
		onlyLoc, []want{L("châu Âu"), L("Đông Nam Á")}},
	{"bien-dong", "Tình hình Biển Đông tiếp tục diễn biến phức tạp.",
		onlyLoc, []want{L("Biển Đông")}},
	{"israel-palestine", "Xung đột Israel-Palestine đã kéo dài nhiều thập kỷ.",
		onlyLoc, []want{L("Israel"), L("Palestine")}},
	{"bac-bo", "Không khí lạnh tăng cường khiến Bắc Bộ rét đậm.",
		onlyLoc, []want{L("Bắc Bộ")}},
	{"phuong", "Lực lượng chức năng phường Hoàn Kiếm đã xử lý các điểm lấn chiếm vỉa hè.",
		onlyLoc, []want{L("Hoàn Kiếm")}},

	// Negatives.
	{"viet-nga", "Quan hệ hữu nghị Việt-Nga ngày càng phát triển tốt đẹp.",
		onlyLoc, nil},
	{"viet-trung-spaced", "Hội hữu nghị Việt - Trung tổ chức gặp mặt nhân dịp năm mới.",
		onlyLoc, nil},
	{"phap-luat", "Học sinh cần được giáo dục ý thức chấp hành pháp luật từ sớm.",
		onlyLoc, nil},
	{"my-thuat", "Triển lãm mỹ thuật đương đại thu hút đông đảo khách tham quan.",
		onlyLoc, nil},
	{"hoa-binh-lower", "Nhân dân hai nước đều mong muốn hòa bình và ổn định lâu dài.",
		onlyLoc, nil},
	{"nguoi-viet", "Cộng đồng người Việt ở nước ngoài luôn hướng về quê hương.",
		onlyLoc, nil},
	{"a-au", "Tuyến đường sắt Á-Âu giúp rút ngắn thời gian vận chuyển hàng hóa.",
		onlyLoc, nil},
	{"mien-nui", "Học sinh miền núi được hỗ trợ tiền ăn trưa.",
		onlyLoc, nil},
	{"cao-bang-lower", "Mực nước sông dâng cao bằng mức đỉnh lũ năm 2008.",
		onlyLoc, nil},
}

func TestLocationMentions(t *testing.T) { runCases(t, locationCases) }

var dateCases = []recCase{
	{"full-date", "Lễ diễu binh diễn ra vào ngày 2/9/2025 tại Quảng trường Ba Đình.",
		onlyDate, []want{D("ngày 2/9/2025")}},
	{"month-year", "Dự án dự kiến hoàn thành vào tháng 10/2026.",
		onlyDate, []want{D("tháng 10/2026")}},
	{"part-of-day", "Chiều 18/12, Ban Chỉ đạo đã họp phiên thứ hai.",
		onlyDate, []want{D("18/12")}},
	{"duration-not-date", "Sau 10 năm triển khai, chương trình đã đạt nhiều kết quả.",
		onlyDate, nil},
	{"percent-not-date", "Tăng trưởng tín dụng đạt 10,2% so với cùng kỳ.",
		onlyDate, nil},
}

func TestDateMentions(t *testing.T) { runCases(t, dateCases) }

// Sentences with every type at once.
var mixedCases = []recCase{
	{"reception", "Chiều 15/3, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Đại sứ Hoa Kỳ Marc Knapper.",
		allTypes, []want{D("15/3"), L("Hà Nội"), T("Phó Thủ tướng"), P("Bùi Thanh Sơn"), T("Đại sứ"), L("Hoa Kỳ"), P("Marc Knapper")}},
	{"person-comma-title-org", "Ông Nguyễn Đức Thành, Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh, đã tiếp đoàn doanh nghiệp Hàn Quốc.",
		allNamed, []want{P("Nguyễn Đức Thành"), T("Chủ tịch"), O("Ủy ban nhân dân tỉnh Bắc Ninh"), L("Hàn Quốc")}},
	{"person-dash-title-org", "Theo ông Phạm Quang Vinh - Giám đốc Công ty Cổ phần Cảng Hải Phòng, sản lượng hàng hóa qua cảng tăng 12%.",
		allNamed, []want{P("Phạm Quang Vinh"), T("Giám đốc"), O("Công ty Cổ phần Cảng Hải Phòng")}},
}

func TestMixedMentions(t *testing.T) { runCases(t, mixedCases) }

// knownGaps are cases whose expectation follows the guideline but that the
// recognizer does not meet yet. TestKnownGaps logs what each gives and
// fails when one passes: it then moves to fixedGaps, which guards it.
var knownGaps = []recCase{
	// All-caps headline: the name is read as an acronym ORGANIZATION "PHẠM".
	{"uppercase-headline", "THỦ TƯỚNG PHẠM MINH CHÍNH TIẾP ĐẠI SỨ NHẬT BẢN",
		onlyPerson, []want{P("PHẠM MINH CHÍNH")}},
	// Sentence-initial "Đoàn" (delegation) is read as an organization head and swallows "LB Nga".
	{"lb-nga", "Đoàn doanh nghiệp LB Nga đã đến Hà Nội để tìm hiểu thị trường.",
		onlyLoc, []want{L("LB Nga"), L("Hà Nội")}},
}

// fixedGaps were known gaps (the comments say what used to go wrong); they
// pass now and guard against the same mistakes coming back.
var fixedGaps = []recCase{
	// Kin word + given name at sentence start gives no PERSON; "Hội An" is read as an ORGANIZATION (head noun "Hội").
	{"anh-nam", "Anh Nam, chủ một quán cà phê ở Hội An, cho biết lượng khách đã tăng gấp đôi.",
		[]entity.Type{entity.Person, entity.Location}, []want{P("Nam"), L("Hội An")}},
	// Lower-case particles of a foreign name end the span: got "Ursula".
	{"von-der-leyen", "Bà Ursula von der Leyen, Chủ tịch Ủy ban châu Âu, đã gặp các nhà lãnh đạo ASEAN.",
		onlyPerson, []want{P("Ursula von der Leyen")}},
	// "UBND tỉnh Lâm Đồng" followed by a name: the ORGANIZATION stops at
	// "UBND" and the PERSON "Đồng Trần Hồng Thái" takes the end of the province.
	{"chu-tich-ubnd", "Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái đã kiểm tra hiện trường vụ sạt lở.",
		allNamed, []want{T("Chủ tịch"), O("UBND tỉnh Lâm Đồng"), P("Trần Hồng Thái")}}, // A name inside a monument's name is not a PERSON; got PERSON "Lý Thái Tổ".
	{"monument", "Đoàn đã dâng hoa tại tượng đài Lý Thái Tổ bên hồ Hoàn Kiếm.",
		onlyPerson, nil},
	// A name inside a prize's name is not a PERSON; got PERSON "Võ Trường Toản".
	{"prize", "Giải thưởng Võ Trường Toản năm nay được trao cho 20 nhà giáo tiêu biểu.",
		onlyPerson, nil},
	// "Đoàn" (Youth Union) is read as a family name: PERSON "Đoàn Thanh".
	{"doan-thanh-nien", "Đoàn Thanh niên phường đã ra quân dọn vệ sinh môi trường.",
		onlyPerson, nil},
	// The organization is cut inside "Đào tạo": got "Sở Giáo dục và Đào".
	{"so-gddt", "Sở Giáo dục và Đào tạo Hà Nội công bố điểm chuẩn vào lớp 10 công lập.",
		onlyOrg, []want{O("Sở Giáo dục và Đào tạo Hà Nội")}},
	// Lower-case tail after "Bộ Chính trị" is taken into the name.
	{"resolution-of-politburo", "Nghị quyết 57-NQ/TW của Bộ Chính trị đặt khoa học công nghệ vào vị trí trung tâm.",
		onlyOrg, []want{O("Bộ Chính trị")}},
	// "Đại sứ quán" is read as the TITLE "Đại sứ"; no ORGANIZATION.
	{"embassy-abroad", "Đại sứ quán Việt Nam tại Nhật Bản khuyến cáo công dân theo dõi tin bão.",
		onlyOrg, []want{O("Đại sứ quán Việt Nam tại Nhật Bản")}},
	// A Japanese name after "Nhật Bản" is read as a LOCATION (rule location:trigger).
	{"title-country-person", "Thủ tướng Nhật Bản Ishiba Shigeru đã gặp Thủ tướng Phạm Minh Chính bên lề hội nghị.",
		allNamed, []want{T("Thủ tướng"), L("Nhật Bản"), P("Ishiba Shigeru"), T("Thủ tướng"), P("Phạm Minh Chính")}},
	// Hyphenated Korean given name is cut at the hyphen: got "Lee Jae".
	{"korean", "Tổng thống Hàn Quốc Lee Jae-myung đã có cuộc điện đàm đầu tiên với lãnh đạo Việt Nam.",
		onlyPerson, []want{P("Lee Jae-myung")}},
	// A lower-case verb after the final place name is taken into the
	// organization: got "... Hồ Chí Minh khai".
	{"hoc-vien", "Học viện Chính trị quốc gia Hồ Chí Minh khai giảng lớp cao cấp lý luận chính trị.",
		[]entity.Type{entity.Person, entity.Organization}, []want{O("Học viện Chính trị quốc gia Hồ Chí Minh")}},
	// The city of Hội An is read as an ORGANIZATION (head noun "Hội").
	{"hoi-an", "Khách du lịch đến Hội An ngày càng đông.",
		[]entity.Type{entity.Organization, entity.Location}, []want{L("Hội An")}},
}

func TestFixedGaps(t *testing.T) { runCases(t, fixedGaps) }

func TestKnownGaps(t *testing.T) {
	for _, c := range knownGaps {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(t, c.text)
			w := c.want
			if w == nil {
				w = []want{}
			}
			got := found(a.Mentions, c.types)
			if fmt.Sprint(got) == fmt.Sprint(w) {
				t.Errorf("known gap now passes, move it to fixedGaps: %s", c.name)
				return
			}
			t.Logf("known gap: %s\n  text: %s\n  want: %s\n  got:  %s", c.name, c.text, strings.Join(w, " | "), strings.Join(got, " | "))
		})
	}
}

func TestRecognizeEmptyAndCancelled(t *testing.T) {
	a := analyse(t, "")
	assert.Empty(t, a.Mentions)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a2, err := recognizer(t).Recognize(ctx, "Thủ tướng Phạm Minh Chính đã tiếp đoàn.", entity.Options{})
	// Recognize looks at the context before the rules, however short the
	// text: a cancelled one gives its error and no analysis.
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, a2)
}
