package vnextract_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/vnextract/vnextract"
)

// generalNews are sentences written for this test in the style of general
// Vietnamese news, outside the domains the seeds cover: courts,
// inspectorates, police, the army, schools, hospitals, companies, sports,
// diplomacy, youth unions and party cells, and streets, roads, bridges,
// rivers, mountains and islands. Each carries its mentions as inline marks
// ⟦TYPE|surface⟧ (PER, TITLE, ORG, LOC) following the development set's
// guidelines; a sentence lists every named mention it has, so extra
// mentions count against precision.
var generalNews = []string{
	"Ông ⟦PER|Trần Văn Hải⟧, ⟦TITLE|Chánh văn phòng⟧ ⟦ORG|UBND tỉnh Quảng Ngãi⟧, cho biết tỉnh đã hoàn thành việc sắp xếp bộ máy.",
	"⟦TITLE|Chánh án⟧ ⟦ORG|TAND tỉnh Đồng Nai⟧ ⟦PER|Lê Minh Phúc⟧ chủ tọa phiên tòa sơ thẩm.",
	"Theo ⟦TITLE|Chánh⟧ ⟦ORG|Thanh tra Bộ Y tế⟧ ⟦PER|Nguyễn Quốc Khánh⟧, đoàn đã kiểm tra 12 cơ sở kinh doanh thuốc.",
	"⟦TITLE|Phó Chánh⟧ ⟦ORG|Thanh tra Bộ Xây dựng⟧ ⟦PER|Đỗ Thị Hồng⟧ công bố kết luận thanh tra.",
	"⟦TITLE|Thượng tá⟧ ⟦PER|Phạm Văn Tùng⟧, ⟦TITLE|Trưởng⟧ ⟦ORG|Công an huyện Quế Võ⟧, cho biết vụ việc đang được điều tra.",
	"Bà ⟦PER|Ngô Thị Thanh Hằng⟧ được bầu giữ chức ⟦TITLE|Chủ tịch Hội đồng thành viên⟧ ⟦ORG|Tập đoàn Điện lực Việt Nam⟧.",
	"⟦TITLE|PGS.TS.⟧ ⟦PER|Hoàng Văn Nam⟧, ⟦TITLE|Chủ tịch Hội đồng trường⟧ ⟦ORG|Trường Đại học Vinh⟧, phát biểu khai mạc.",
	"⟦TITLE|Chánh Thanh tra⟧ tỉnh ⟦PER|Nguyễn Văn Ba⟧ ký quyết định thu hồi hơn 2 tỷ đồng.",
	"Ông ⟦PER|Lê Minh Hưng⟧, ⟦TITLE|Chánh⟧ ⟦ORG|Văn phòng Trung ương Đảng⟧, trao quyết định.",
	"⟦TITLE|Trưởng đoàn⟧ ⟦PER|Vũ Đức Thắng⟧ cảm ơn sự đón tiếp chu đáo của phía bạn.",
	"Ông ⟦PER|Lê Quang Huy⟧, ⟦TITLE|Phó trưởng⟧ ⟦ORG|đoàn ĐBQH tỉnh Thái Bình⟧, đã tiếp xúc cử tri.",
	"⟦TITLE|Thiếu tướng⟧ ⟦PER|Nguyễn Văn Hiền⟧, ⟦TITLE|Tư lệnh⟧ ⟦ORG|Vùng 4 Hải quân⟧, kiểm tra công tác huấn luyện.",
	"⟦TITLE|Đại tá⟧ ⟦PER|Lê Đình Trọng⟧, ⟦TITLE|Chính ủy⟧ ⟦ORG|Bộ Tư lệnh Vùng 2⟧, dự lễ xuất quân.",
	"⟦TITLE|Trung tá⟧ ⟦PER|Vũ Mạnh Cường⟧, ⟦TITLE|Chỉ huy trưởng⟧ ⟦ORG|Ban CHQS huyện Gia Lâm⟧, báo cáo kết quả tuyển quân.",
	"⟦TITLE|Thiếu tá⟧ ⟦PER|Hà Văn Long⟧, ⟦TITLE|Đội trưởng⟧ ⟦ORG|Đội CSGT số 2⟧, cho biết đã xử lý 40 trường hợp vi phạm.",
	"Sau khi ⟦ORG|VKSND⟧ phê chuẩn, cơ quan điều tra đã bắt tạm giam bị can.",
	"⟦ORG|TAND⟧ đã tuyên phạt bị cáo 5 năm tù về tội lừa đảo.",
	"Lực lượng ⟦ORG|CSGT⟧ đã lập chốt kiểm tra nồng độ cồn trên tuyến đường.",
	"⟦TITLE|Viện trưởng⟧ ⟦ORG|VKSND tỉnh Lâm Đồng⟧ ⟦PER|Trương Văn Tâm⟧ ký quyết định.",
	"Thầy ⟦PER|Đặng Văn Bình⟧, ⟦TITLE|Hiệu trưởng⟧ ⟦ORG|Trường THPT Chu Văn An⟧, cho biết năm nay trường tuyển 600 học sinh.",
	"Cô ⟦PER|Lê Thị Mai⟧, ⟦TITLE|Hiệu phó⟧ nhà trường, cho biết học sinh đã trở lại lớp.",
	"⟦TITLE|Giám đốc⟧ ⟦ORG|Bệnh viện Đa khoa tỉnh Phú Thọ⟧, bác sĩ ⟦PER|Phạm Thanh Bình⟧, cho biết bệnh nhân đã qua cơn nguy kịch.",
	"Ông ⟦PER|Trần Văn Định⟧, ⟦TITLE|Chủ tịch HĐQT⟧ ⟦ORG|Công ty Cổ phần Thép Hòa Phát⟧, cho biết doanh thu tăng 20%.",
	"⟦TITLE|Tổng Giám đốc⟧ ⟦ORG|Công ty Cổ phần Sữa Việt Nam⟧ (⟦ORG|Vinamilk⟧) bà ⟦PER|Mai Kiều Liên⟧ phát biểu tại đại hội cổ đông.",
	"⟦TITLE|CEO⟧ ⟦PER|Nguyễn Hà Linh⟧ cho biết công ty sẽ mở rộng sang thị trường ⟦LOC|Indonesia⟧.",
	"⟦TITLE|HLV⟧ ⟦PER|Kim Sang-sik⟧ đã công bố danh sách 25 cầu thủ.",
	"⟦TITLE|Đội trưởng⟧ ⟦PER|Đỗ Hùng Dũng⟧ ghi bàn mở tỷ số ở phút 35.",
	"⟦TITLE|Đại sứ⟧ ⟦LOC|Việt Nam⟧ tại ⟦LOC|Hàn Quốc⟧ ⟦PER|Vũ Hồ⟧ dự lễ khai trương.",
	"⟦TITLE|Tổng Lãnh sự⟧ ⟦LOC|Việt Nam⟧ tại ⟦LOC|Osaka⟧ ⟦PER|Ngô Trịnh Hà⟧ gặp gỡ cộng đồng người Việt.",
	"⟦ORG|Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh⟧ vừa cấp phép cho ba dự án mới.",
	"⟦ORG|Tỉnh đoàn Sóc Trăng⟧ tổ chức lễ ra quân chiến dịch tình nguyện hè.",
	"Sáng 5/6, ⟦ORG|Thành đoàn Hà Nội⟧ phát động phong trào hiến máu.",
	"⟦ORG|Chi bộ Khu phố 3⟧ tổ chức đại hội nhiệm kỳ mới.",
	"⟦ORG|Ban Chỉ đạo Tây Nguyên⟧ đã làm việc với lãnh đạo tỉnh ⟦LOC|Đắk Lắk⟧.",
	"⟦ORG|Trung tâm Phát triển hạ tầng số⟧ (⟦ORG|IDDC⟧) đã ký kết thỏa thuận hợp tác.",
	"Sinh viên ⟦ORG|ĐHBK Hà Nội⟧ giành giải nhất cuộc thi lập trình.",
	"⟦ORG|Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam⟧ kiến nghị giảm thuế cho doanh nghiệp.",
	"⟦ORG|Hội Liên hiệp Phụ nữ huyện Mê Linh⟧ trao 30 suất quà cho hội viên nghèo.",
	"⟦ORG|Bộ Kế hoạch và Đầu tư⟧ đề xuất sửa đổi luật đầu tư công.",
	"Vụ cháy xảy ra tại một cửa hàng trên phố ⟦LOC|Hàng Bạc⟧, quận ⟦LOC|Hoàn Kiếm⟧.",
	"Công trình mở rộng đường ⟦LOC|Nguyễn Trãi⟧ dự kiến hoàn thành vào cuối năm.",
	"Xe khách lưu thông trên đại lộ ⟦LOC|Thăng Long⟧ thì bị nổ lốp.",
	"Vụ tai nạn xảy ra trên ⟦LOC|quốc lộ 1A⟧ đoạn qua huyện ⟦LOC|Phù Cát⟧.",
	"Lưu lượng xe trên cao tốc ⟦LOC|Hà Nội⟧ - ⟦LOC|Hải Phòng⟧ tăng mạnh dịp nghỉ lễ.",
	"Cầu ⟦LOC|Rồng⟧ phun lửa vào tối thứ bảy hằng tuần.",
	"Nước ⟦LOC|sông Hồng⟧ dâng cao sau mưa lớn.",
	"Du khách chinh phục ⟦LOC|đỉnh Fansipan⟧ ngày càng đông.",
	"Tàu cá của ngư dân bị nạn gần đảo ⟦LOC|Cồn Cỏ⟧.",
	"Bà ⟦PER|Nguyễn Thị Thu⟧, ⟦TITLE|Giám đốc⟧ ⟦ORG|Sở Giáo dục và Đào tạo tỉnh Nam Định⟧, chủ trì cuộc họp.",
	"⟦TITLE|Phó Giám đốc⟧ ⟦ORG|Bệnh viện Nhi Trung ương⟧ ⟦PER|Cao Việt Tùng⟧ cho biết ca ghép gan thành công.",
	"⟦TITLE|Đại úy⟧ ⟦PER|Lò Văn Sơn⟧, ⟦TITLE|Phó Trưởng⟧ ⟦ORG|Công an xã Mường Lói⟧, đã vận động người dân giao nộp vũ khí.",
	"⟦TITLE|Chủ tịch⟧ ⟦ORG|HĐND xã Tân Lập⟧ ⟦PER|Bùi Văn Sáu⟧ cho biết xã đã đạt chuẩn nông thôn mới.",
	// written before the second round of fixes, to measure them
	"⟦TITLE|Phó Chánh án⟧ ⟦ORG|TAND tối cao⟧ ⟦PER|Nguyễn Văn Tiến⟧ dự hội nghị tập huấn.",
	"⟦TITLE|Chánh án⟧ ⟦ORG|TAND huyện Gia Lâm⟧ cho biết vụ án sẽ được đưa ra xét xử vào tháng tới.",
	"Ông ⟦PER|Trần Quốc Tuấn⟧, ⟦TITLE|Phó Chánh văn phòng⟧ ⟦ORG|Bộ Công Thương⟧, chủ trì buổi họp báo.",
	"⟦TITLE|Thượng tướng⟧ ⟦PER|Lê Quốc Hùng⟧, ⟦TITLE|Thứ trưởng⟧ ⟦ORG|Bộ Công an⟧, đã kiểm tra công tác bảo đảm an ninh.",
	"⟦TITLE|Đại tá⟧ ⟦PER|Nguyễn Hữu Thắng⟧, ⟦TITLE|Phó Giám đốc⟧ ⟦ORG|Công an tỉnh Thanh Hóa⟧, chỉ đạo lực lượng truy bắt đối tượng.",
	"⟦TITLE|Trung tướng⟧ ⟦PER|Phạm Văn Hưng⟧, ⟦TITLE|Tư lệnh⟧ ⟦ORG|Quân khu 4⟧, trao quà cho các gia đình chính sách.",
	"⟦TITLE|Thiếu tướng⟧ ⟦PER|Đỗ Minh Quang⟧, ⟦TITLE|Chính ủy⟧ ⟦ORG|Bộ đội Biên phòng tỉnh Quảng Ninh⟧, thăm đồn biên phòng.",
	"⟦TITLE|Viện trưởng⟧ ⟦ORG|VKSND huyện Thanh Trì⟧ ⟦PER|Lê Thị Hoa⟧ đã ký quyết định phê chuẩn.",
	"⟦TITLE|Hiệu trưởng⟧ ⟦ORG|Trường Đại học Kinh tế Quốc dân⟧, ⟦TITLE|GS.TS.⟧ ⟦PER|Phạm Hồng Chương⟧ trao bằng cho tân cử nhân.",
	"Cô ⟦PER|Nguyễn Thị Lan⟧, ⟦TITLE|Hiệu trưởng⟧ ⟦ORG|Trường THCS Nguyễn Du⟧, cho biết trường có 1.200 học sinh.",
	"⟦TITLE|Giám đốc⟧ ⟦ORG|Bệnh viện Bạch Mai⟧ ⟦PER|Đào Xuân Cơ⟧ cho biết bệnh viện đã giảm tải.",
	"⟦TITLE|Phó Tổng Giám đốc⟧ ⟦ORG|Ngân hàng TMCP Công thương Việt Nam⟧ ⟦PER|Trần Minh Bình⟧ phát biểu tại sự kiện.",
	"Bà ⟦PER|Nguyễn Thị Phương Thảo⟧, ⟦TITLE|Tổng Giám đốc⟧ ⟦ORG|Vietjet⟧, cho biết hãng sẽ mở thêm đường bay mới.",
	"Ông ⟦PER|Lê Văn Hùng⟧, ⟦TITLE|Phó Chủ tịch HĐQT⟧ ⟦ORG|Công ty Cổ phần Xây dựng Coteccons⟧, đã từ nhiệm.",
	"⟦TITLE|HLV trưởng⟧ ⟦PER|Park Hang-seo⟧ dẫn dắt ⟦ORG|đội tuyển Việt Nam⟧ từ năm 2017.",
	"⟦TITLE|Đại sứ⟧ ⟦LOC|Hoa Kỳ⟧ tại ⟦LOC|Việt Nam⟧ ⟦PER|Marc Knapper⟧ thăm ⟦LOC|Cần Thơ⟧.",
	"⟦TITLE|Tổng Lãnh sự⟧ ⟦LOC|Nhật Bản⟧ tại ⟦LOC|TP.HCM⟧ ⟦PER|Ono Masuo⟧ dự lễ khai mạc lễ hội.",
	"⟦ORG|Sở Tài nguyên và Môi trường tỉnh Lâm Đồng⟧ đã thu hồi giấy phép khai thác.",
	"⟦ORG|Huyện đoàn Đông Anh⟧ ra quân tình nguyện mùa hè xanh.",
	"⟦ORG|Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực⟧ đã họp phiên thứ 25.",
	"⟦ORG|Chi cục Thuế khu vực Thanh Xuân⟧ đã cưỡng chế nợ thuế.",
	"⟦ORG|Hội Nông dân tỉnh Bến Tre⟧ phối hợp với ⟦ORG|Ngân hàng Chính sách xã hội⟧ cho vay vốn.",
	"⟦ORG|Liên đoàn Bóng đá Việt Nam⟧ (⟦ORG|VFF⟧) vừa công bố lịch thi đấu.",
	"⟦ORG|Tổng công ty Đường sắt Việt Nam⟧ tăng thêm chuyến tàu dịp Tết.",
	"⟦ORG|Công ty TNHH Một thành viên Cấp nước Hà Nội⟧ thông báo tạm ngừng cấp nước.",
	"Người dân xã ⟦LOC|Tân Lập⟧, huyện ⟦LOC|Đan Phượng⟧ đã bàn giao mặt bằng.",
	"Cháy lớn tại một xưởng gỗ trên đường ⟦LOC|Lê Văn Lương⟧, quận ⟦LOC|Thanh Xuân⟧.",
	"Đoạn ⟦LOC|quốc lộ 51⟧ qua ⟦LOC|Biên Hòa⟧ thường xuyên ùn tắc.",
	"Sạt lở nghiêm trọng bờ ⟦LOC|sông Tiền⟧ tại huyện ⟦LOC|Chợ Mới⟧.",
	"Khu vực ⟦LOC|vịnh Hạ Long⟧ đón hơn 1 triệu lượt khách.",
	"Tàu cá của ngư dân ⟦LOC|Quảng Ngãi⟧ gặp nạn gần quần đảo ⟦LOC|Hoàng Sa⟧.",
	"Ông ⟦PER|Vũ Hồng Nam⟧, ⟦TITLE|Trưởng⟧ ⟦ORG|Ban Quản lý Vườn quốc gia Cúc Phương⟧, cho biết.",
	"⟦TITLE|Trưởng⟧ ⟦ORG|phòng Cảnh sát hình sự Công an tỉnh Bình Dương⟧ ⟦PER|Trần Văn Chính⟧ cho biết ban chuyên án đã làm rõ vụ việc.",
	// words that hold a street or bridge word and name no street or bridge
	"⟦TITLE|Thủ tướng⟧ yêu cầu ⟦ORG|Bộ Công an⟧ khẩn trương điều tra, làm rõ vụ việc.",
	"Tại điểm cầu ⟦LOC|Hà Nội⟧ có hơn 200 đại biểu tham dự.",
	"Đoàn lên đường sang ⟦LOC|Lào⟧ sáng nay; nhu cầu Tết tăng cao trên toàn cầu.",
	"Xe tải bị lật trên cầu ⟦LOC|Long Biên⟧ khiến giao thông ùn tắc.",
	"Người dân ⟦LOC|thành phố Hồ Chí Minh⟧ đổ ra đường ⟦LOC|Nguyễn Huệ⟧ đón giao thừa.",
	// a body's acronym alone for the one the article is about; a level or a
	// plural names the kind of body, not one
	"⟦ORG|UBND⟧ đã giao các sở liên quan rà soát lại toàn bộ dự án.",
	"Tại kỳ họp, ⟦ORG|HĐND⟧ khóa XVI đã thông qua 15 nghị quyết.",
	"Sau khi nhận hồ sơ, ⟦ORG|VKSND⟧ đã ban hành cáo trạng truy tố bị can.",
	"Hồ sơ vụ án đã được chuyển sang ⟦ORG|TAND⟧ để đưa ra xét xử.",
	"Hội nghị trực tuyến kết nối TAND cấp tỉnh và TAND cấp huyện trong cả nước.",
	"Lãnh đạo UBND các huyện đã ký cam kết giải ngân vốn đầu tư công.",
	// a lower-case natural feature's word belongs to its name; not where it
	// ends another word
	"Người dân tập thể dục quanh ⟦LOC|hồ Hoàn Kiếm⟧ mỗi sáng.",
	"Đoàn khách lên ⟦LOC|núi Bà Đen⟧ bằng cáp treo.",
	"Giao thông qua ⟦LOC|đèo Khánh Lê⟧ bị chia cắt do sạt lở.",
	"Tàu cá neo đậu tránh bão trong ⟦LOC|vịnh Bắc Bộ⟧.",
	"Mưa lớn kéo dài ở vùng núi ⟦LOC|Tây Bắc⟧ gây lũ quét.",
	"Cửa hàng bán đồng hồ ⟦LOC|Thụy Sĩ⟧ bị kiểm tra đột xuất.",
	// a department named within its body: the head is the title
	"⟦TITLE|Trưởng⟧ ⟦ORG|phòng Cảnh sát giao thông Công an tỉnh Nghệ An⟧ cho biết đã xử lý 300 trường hợp vi phạm.",
	"Ông ⟦PER|Nguyễn Văn Nam⟧, ⟦TITLE|Phó trưởng⟧ ⟦ORG|phòng Tài chính - Kế hoạch UBND huyện Gia Lâm⟧, cho biết.",
	"Bà ⟦PER|Vũ Thị Lan⟧, ⟦TITLE|Trưởng⟧ ⟦ORG|phòng Giáo dục và Đào tạo huyện Mê Linh⟧, cho biết năm học mới có thêm 3 trường.",
	"⟦TITLE|Trưởng⟧ ⟦ORG|Phòng Cảnh sát kinh tế Công an tỉnh Long An⟧ ⟦PER|Đinh Công Thành⟧ cho biết đã thu giữ 2 tấn hàng lậu.",
	// a street named after a person at the start of a sentence
	"Đường ⟦LOC|Lê Duẩn⟧ bị ngập sâu sau trận mưa chiều qua.",
	"Phố ⟦LOC|Trần Hưng Đạo⟧ được trang trí cờ hoa đón Tết.",
	"Ông ⟦PER|Đường Văn Minh⟧ cho biết sẽ khiếu nại.",
	// a numbered unit names the Party cell
	"⟦ORG|Chi bộ khu phố 6⟧ đã kết nạp hai đảng viên mới.",
}

// TestGeneralNews scores the recognizer on generalNews by type (exact and
// overlap F1), with floors in testdata/general_news_floors.json.
// VNEXTRACT_GENERAL_VERBOSE=1 lists the misses and the extras.
func TestGeneralNews(t *testing.T) {
	scoreMarkedSentences(t, generalNews, []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION"},
		"general.", "testdata/general_news_floors.json")
}

// scoreMarkedSentences extracts every sentence of sentences (inline marks
// ⟦TYPE|surface⟧), scores the mentions of each of types (exact and overlap
// F1) under keys that begin with prefix, and checks them against the floors
// in floorsPath. VNEXTRACT_GENERAL_VERBOSE=1 lists the misses and the extras.
func scoreMarkedSentences(t *testing.T, sentences []string, types []string, prefix, floorsPath string) {
	t.Helper()
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("VNEXTRACT_GENERAL_VERBOSE") != ""
	exact, overlap := map[string]*prf{}, map[string]*prf{}
	for _, ty := range types {
		exact[ty], overlap[ty] = &prf{}, &prf{}
	}
	var allExact, allOverlap prf
	var log strings.Builder
	for i, ann := range sentences {
		text, gold, err := parseAnn(ann)
		if err != nil {
			t.Fatalf("sentence %d: %v", i, err)
		}
		doc, err := ex.Extract(context.Background(), []byte(text))
		if err != nil {
			t.Fatalf("sentence %d: %v", i, err)
		}
		for _, ty := range types {
			var gs, ps []span
			for _, m := range gold {
				if m.typ == ty {
					gs = append(gs, span{typ: ty, start: m.start, end: m.end})
				}
			}
			for _, m := range doc.Mentions {
				if m.Type.String() == ty {
					ps = append(ps, span{typ: ty, start: m.Start, end: m.End})
				}
			}
			e, o, _, _ := matchSpans(gs, ps)
			add(exact[ty], e)
			add(overlap[ty], o)
			add(&allExact, e)
			add(&allOverlap, o)
			if verbose {
				logSpanDiff(&log, devDoc{name: fmt.Sprint(i), text: []byte(text)}, ty, gs, ps)
			}
		}
	}
	sc := map[string]float64{}
	var b strings.Builder
	fmt.Fprintf(&b, "%d sentences\n%-14s %7s %7s\n", len(sentences), "type", "F1", "F1(ovl)")
	row := func(name string, e, o prf) {
		_, _, f := e.scores()
		_, _, fo := o.scores()
		fmt.Fprintf(&b, "%-14s %7.3f %7.3f\n", name, f, fo)
		sc[prefix+name+".f1_exact"] = f
		sc[prefix+name+".f1_overlap"] = fo
	}
	for _, ty := range types {
		row(ty, *exact[ty], *overlap[ty])
	}
	row("ALL", allExact, allOverlap)
	t.Logf("%s%s", b.String(), log.String())
	checkFloors(t, sc, floorsPath)
}
