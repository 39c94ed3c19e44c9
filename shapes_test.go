package vnextract_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/vnextract/vnextract"
)

// positionShapes are sentences written for this test in the style of
// Vietnamese news, several per shape of position that issue 15 lists, each
// with the positions a reader finds in it: "person|title|org|flags"
// separated by "; ", org empty when the text gives none, flags (separated
// by spaces) "former", "acting" and "date=" with the text of the position's
// date when the text gives one ("date=ngày 1/7/2025"). Names are matched as
// the development set's scorer does (a person by a suffix of a name, a
// title and an organization leniently, the organization by any form of its
// entity); a triple also needs the flags and the date. The sentences go
// through Extract, so what the recognizer misses counts too.
var positionShapes = []struct{ text, want string }{
	// chains
	{"Chiều 12/3, ông Lê Văn Thành, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Quảng Trị chủ trì hội nghị.", "Lê Văn Thành|Ủy viên|Trung ương Đảng; Lê Văn Thành|Bí thư|Tỉnh ủy; Lê Văn Thành|Chủ tịch|HĐND tỉnh Quảng Trị"},
	{"Dự buổi làm việc có ông Trần Quốc Hưng - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Bình Định.", "Trần Quốc Hưng|Phó Bí thư|Tỉnh ủy; Trần Quốc Hưng|Chủ tịch|UBND tỉnh Bình Định"},
	{"Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Minh Khoa phát biểu khai mạc kỳ họp.", "Nguyễn Minh Khoa|Bí thư|Tỉnh ủy; Nguyễn Minh Khoa|Chủ tịch|HĐND tỉnh"},
	{"Ông Phạm Đức Long, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Đoàn đại biểu Quốc hội tỉnh, đã tiếp xúc cử tri.", "Phạm Đức Long|Phó Bí thư Thường trực|Tỉnh ủy; Phạm Đức Long|Trưởng|Đoàn đại biểu Quốc hội tỉnh"},
	{"Bà Hoàng Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, cho biết kế hoạch đã được phê duyệt.", "Hoàng Thị Lan|Ủy viên|Ban Thường vụ Tỉnh ủy; Hoàng Thị Lan|Trưởng|Ban Tuyên giáo Tỉnh ủy"},
	{"Ông Đỗ Văn Bình, Chủ tịch UBND tỉnh, đồng thời là Trưởng Ban chỉ đạo phòng chống thiên tai tỉnh, yêu cầu các địa phương chủ động ứng phó.", "Đỗ Văn Bình|Chủ tịch|UBND tỉnh; Đỗ Văn Bình|Trưởng|Ban chỉ đạo phòng chống thiên tai tỉnh"},
	{"Ông Vũ Hồng Sơn - Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Cầu Giấy - trao quyết định cho cán bộ.", "Vũ Hồng Sơn|Ủy viên|Ban Thường vụ Thành ủy; Vũ Hồng Sơn|Bí thư|Quận ủy Cầu Giấy"},
	{"Thượng tướng Nguyễn Văn Quyết, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, đã đến thăm đơn vị.", "Nguyễn Văn Quyết|Thượng tướng|; Nguyễn Văn Quyết|Ủy viên|Bộ Chính trị; Nguyễn Văn Quyết|Bí thư|Trung ương Đảng"},
	{"Ông Lý Quang Hải, Tổng Giám đốc kiêm thành viên HĐQT Vietcombank, trình bày báo cáo kết quả kinh doanh.", "Lý Quang Hải|Tổng Giám đốc|Vietcombank; Lý Quang Hải|thành viên HĐQT|Vietcombank"},
	{"Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ Trần Hồng Minh đã làm việc với lãnh đạo tỉnh.", "Trần Hồng Minh|Ủy viên|Trung ương Đảng; Trần Hồng Minh|Phó Thủ tướng|Chính phủ"},
	{"Ông Hà Văn Tuấn, Phó Chủ tịch UBND tỉnh Lào Cai, Trưởng Ban chỉ đạo, phát biểu kết luận.", "Hà Văn Tuấn|Phó Chủ tịch|UBND tỉnh Lào Cai; Hà Văn Tuấn|Trưởng Ban chỉ đạo|"},
	{"Tham dự có bà Nguyễn Thị Thu Hà, Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội.", "Nguyễn Thị Thu Hà|Ủy viên|Trung ương Đảng; Nguyễn Thị Thu Hà|Phó Chủ tịch|Quốc hội"},
	{"Ông Cao Minh Đức, Giám đốc Sở Tài chính kiêm Trưởng Ban Quản lý các dự án đầu tư xây dựng tỉnh, cho biết nguồn vốn đã được bố trí.", "Cao Minh Đức|Giám đốc|Sở Tài chính; Cao Minh Đức|Trưởng|Ban Quản lý các dự án đầu tư xây dựng tỉnh"},
	{"Ông Tạ Quang Vinh - Bí thư Huyện ủy, Chủ tịch HĐND huyện Mường Tè - đã thăm hỏi các hộ dân.", "Tạ Quang Vinh|Bí thư|Huyện ủy; Tạ Quang Vinh|Chủ tịch|HĐND huyện Mường Tè"},
	{"Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Nguyễn Văn Phong chủ trì phiên họp.", "Nguyễn Văn Phong|Phó Bí thư Thường trực|Thành ủy; Nguyễn Văn Phong|Chủ tịch|HĐND thành phố"},
	// title + org together
	{"Ông Trịnh Văn Quang, Chủ tịch HĐQT Vinamilk, cho biết công ty sẽ mở rộng thị trường.", "Trịnh Văn Quang|Chủ tịch HĐQT|Vinamilk"},
	{"Tổng Giám đốc Techcombank Đinh Hoàng Nam cho rằng tín dụng sẽ phục hồi.", "Đinh Hoàng Nam|Tổng Giám đốc|Techcombank"},
	{"Phó Bí thư Tỉnh ủy Lương Văn Hùng đã tới kiểm tra công trình.", "Lương Văn Hùng|Phó Bí thư|Tỉnh ủy"},
	{"Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh ký quyết định công bố dịch.", "Lê Hồng Vinh|Chủ tịch|UBND tỉnh Nghệ An"},
	{"Giám đốc Công an tỉnh Đại tá Trần Ngọc Tuấn chỉ đạo truy bắt đối tượng.", "Trần Ngọc Tuấn|Giám đốc|Công an tỉnh; Trần Ngọc Tuấn|Đại tá|"},
	{"Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến tiếp đoàn đại biểu.", "Hoàng Xuân Chiến|Thứ trưởng|Bộ Quốc phòng"},
	{"Trưởng Ban Tổ chức Trung ương Lê Minh Hưng phát biểu tại hội nghị.", "Lê Minh Hưng|Trưởng|Ban Tổ chức Trung ương"},
	{"Chánh án TAND tối cao Nguyễn Hòa Bình dự phiên khai mạc.", "Nguyễn Hòa Bình|Chánh án|TAND tối cao"},
	{"Hiệu trưởng Trường Đại học Bách khoa Hà Nội Huỳnh Quyết Thắng trao bằng cho tân kỹ sư.", "Huỳnh Quyết Thắng|Hiệu trưởng|Trường Đại học Bách khoa Hà Nội"},
	{"Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết bệnh viện đã tăng cường nhân lực.", "Đào Xuân Cơ|Giám đốc|Bệnh viện Bạch Mai"},
	{"HLV trưởng đội tuyển Việt Nam Kim Sang-sik đã công bố danh sách cầu thủ.", "Kim Sang-sik|HLV trưởng|đội tuyển Việt Nam"},
	{"Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng thăm công trường.", "Lê Mạnh Hùng|Chủ tịch Hội đồng thành viên|Tập đoàn Dầu khí Việt Nam"},
	{"Phó Tổng Giám đốc Vietinbank Trần Minh Bình trả lời báo chí.", "Trần Minh Bình|Phó Tổng Giám đốc|Vietinbank"},
	{"Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho biết số ca mắc đã giảm.", "Trần Thị Nhị Hà|Giám đốc|Sở Y tế Hà Nội"},
	{"Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng trình bày tờ trình.", "Nguyễn Văn Thắng|Bộ trưởng|Bộ Tài chính"},
	{"Chủ tịch HĐQT Tập đoàn Hòa Phát Trần Đình Long chia sẻ tại đại hội cổ đông.", "Trần Đình Long|Chủ tịch HĐQT|Tập đoàn Hòa Phát"},
	{"Tổng Giám đốc Tổng công ty Đường sắt Việt Nam Hoàng Gia Khánh cho biết đơn vị sẽ tăng chuyến.", "Hoàng Gia Khánh|Tổng Giám đốc|Tổng công ty Đường sắt Việt Nam"},
	{"Viện trưởng VKSND tối cao Nguyễn Huy Tiến phát biểu chỉ đạo.", "Nguyễn Huy Tiến|Viện trưởng|VKSND tối cao"},
	{"Phó Giám đốc Sở Giáo dục và Đào tạo TP.HCM Nguyễn Bảo Quốc cho biết kỳ thi diễn ra an toàn.", "Nguyễn Bảo Quốc|Phó Giám đốc|Sở Giáo dục và Đào tạo TP.HCM"},
	{"Ông Nguyễn Đức Chi, Chủ tịch Hội đồng quản trị Ngân hàng TMCP Sài Gòn, phát biểu.", "Nguyễn Đức Chi|Chủ tịch Hội đồng quản trị|Ngân hàng TMCP Sài Gòn"},
	{"Ông Bùi Quang Huy, Ủy viên HĐQT Ngân hàng TMCP Á Châu, vừa đăng ký mua cổ phiếu.", "Bùi Quang Huy|Ủy viên HĐQT|Ngân hàng TMCP Á Châu"},
	{"Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh điều hành phiên thảo luận.", "Vũ Hồng Thanh|Chủ nhiệm|Ủy ban Kinh tế của Quốc hội"},
	{"Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Phú Thọ Lưu Quang Tuấn cho biết dư nợ tăng 8%.", "Lưu Quang Tuấn|Giám đốc|Ngân hàng Nhà nước chi nhánh tỉnh Phú Thọ"},
	{"Phó Chủ tịch Thường trực UBND tỉnh Đồng Nai Võ Tấn Đức kiểm tra tiến độ sân bay.", "Võ Tấn Đức|Phó Chủ tịch Thường trực|UBND tỉnh Đồng Nai"},
	{"Tổng Thư ký Liên đoàn Bóng đá Việt Nam Nguyễn Văn Phú cho biết giải đấu sẽ khởi tranh vào tháng tới.", "Nguyễn Văn Phú|Tổng Thư ký|Liên đoàn Bóng đá Việt Nam"},
	// lists
	{"Tham dự hội nghị có các đồng chí: Nguyễn Văn Hải, Phó Bí thư Tỉnh ủy; Trần Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy; Lê Quốc Toản, Phó Chủ tịch UBND tỉnh.", "Nguyễn Văn Hải|Phó Bí thư|Tỉnh ủy; Trần Thị Mai|Ủy viên|Ban Thường vụ Tỉnh ủy; Lê Quốc Toản|Phó Chủ tịch|UBND tỉnh"},
	{"Các Phó Thủ tướng Hồ Đức Phớc, Bùi Thanh Sơn và Nguyễn Chí Dũng cùng dự phiên họp.", "Hồ Đức Phớc|Phó Thủ tướng|; Bùi Thanh Sơn|Phó Thủ tướng|; Nguyễn Chí Dũng|Phó Thủ tướng|"},
	{"Cùng dự có các Phó Chủ tịch UBND tỉnh Trần Văn Lâm, Nguyễn Thị Hồng và Phạm Quốc Bảo.", "Trần Văn Lâm|Phó Chủ tịch|UBND tỉnh; Nguyễn Thị Hồng|Phó Chủ tịch|UBND tỉnh; Phạm Quốc Bảo|Phó Chủ tịch|UBND tỉnh"},
	{"Về phía tỉnh có các đồng chí: Đặng Văn Khải, Bí thư Tỉnh ủy; Lò Văn Mừng, Chủ tịch UBND tỉnh.", "Đặng Văn Khải|Bí thư|Tỉnh ủy; Lò Văn Mừng|Chủ tịch|UBND tỉnh"},
	{"Hai Phó Giám đốc Sở Xây dựng là ông Ngô Văn Tâm và bà Lê Thị Hoa được giao phụ trách dự án.", "Ngô Văn Tâm|Phó Giám đốc|Sở Xây dựng; Lê Thị Hoa|Phó Giám đốc|Sở Xây dựng"},
	{"Các Thứ trưởng Bộ Công an Lê Quốc Hùng và Phạm Thế Tùng dự lễ ra quân.", "Lê Quốc Hùng|Thứ trưởng|Bộ Công an; Phạm Thế Tùng|Thứ trưởng|Bộ Công an"},
	{"Đoàn công tác gồm ông Trương Văn Đạt, Giám đốc Sở Nông nghiệp và Môi trường, và ông Mai Xuân Thu, Chi cục trưởng Chi cục Thủy lợi.", "Trương Văn Đạt|Giám đốc|Sở Nông nghiệp và Môi trường; Mai Xuân Thu|Chi cục trưởng|Chi cục Thủy lợi"},
	// verbs
	{"Ông Đinh Văn Toàn được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Hà Tĩnh.", "Đinh Văn Toàn|Giám đốc|Sở Nội vụ tỉnh Hà Tĩnh"},
	{"Bà Phan Thị Hương được bầu làm Chủ tịch HĐND tỉnh Quảng Ngãi nhiệm kỳ 2021-2026.", "Phan Thị Hương|Chủ tịch|HĐND tỉnh Quảng Ngãi|date=nhiệm kỳ 2021-2026"},
	{"Ông Lại Xuân Môn giữ chức Phó Chủ tịch Hội Nông dân Việt Nam từ năm 2018.", "Lại Xuân Môn|Phó Chủ tịch|Hội Nông dân Việt Nam|date=năm 2018"},
	{"Ông Kiều Văn Minh thôi giữ chức Tổng Giám đốc Công ty cổ phần Cơ điện lạnh từ ngày 1/7.", "Kiều Văn Minh|Tổng Giám đốc|Công ty cổ phần Cơ điện lạnh|former date=ngày 1/7"},
	{"Từ ngày 1/7/2025, ông Nông Văn Hải được bổ nhiệm làm Phó Giám đốc Bệnh viện Đa khoa tỉnh Cao Bằng.", "Nông Văn Hải|Phó Giám đốc|Bệnh viện Đa khoa tỉnh Cao Bằng|date=ngày 1/7/2025"},
	{"Ông Hứa Văn Tùng làm Trưởng đoàn kiểm tra của Bộ Nông nghiệp và Môi trường.", "Hứa Văn Tùng|Trưởng đoàn|"},
	{"Tổng thống Lee Jae-myung nhậm chức hôm 4/6.", "Lee Jae-myung|Tổng thống|"},
	{"Ông Khổng Minh Trí, quyền Giám đốc Sở Tư pháp, cho biết hồ sơ đã được xử lý.", "Khổng Minh Trí|quyền Giám đốc|Sở Tư pháp|acting"},
	{"Quyền Chủ tịch UBND tỉnh Gia Lai Phạm Anh Tuấn đã ký công văn hỏa tốc.", "Phạm Anh Tuấn|Quyền Chủ tịch|UBND tỉnh Gia Lai|acting"},
	{"Ông Tô Văn Hòa, nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Thuận, bị khởi tố.", "Tô Văn Hòa|nguyên Giám đốc|Sở Tài nguyên và Môi trường tỉnh Bình Thuận|former"},
	{"Cựu Chủ tịch UBND tỉnh Khánh Hòa Nguyễn Chiến Thắng đã ra hầu tòa.", "Nguyễn Chiến Thắng|Cựu Chủ tịch|UBND tỉnh Khánh Hòa|former"},
	{"Ông Lâm Văn Bảy từng là Bí thư Huyện ủy Tân Phú trước khi nghỉ hưu.", "Lâm Văn Bảy|Bí thư|Huyện ủy Tân Phú|former"},
	{"Ông Quan Văn Định được điều động, bổ nhiệm giữ chức Phó Cục trưởng Cục Quản lý thị trường.", "Quan Văn Định|Phó Cục trưởng|Cục Quản lý thị trường"},
	{"Ông Đặng Quốc Khánh được Bộ Chính trị phân công giữ chức Bí thư Tỉnh ủy Tuyên Quang.", "Đặng Quốc Khánh|Bí thư|Tỉnh ủy Tuyên Quang"},
	{"Tại kỳ họp, bà Lương Thị Thủy được bầu giữ chức Phó Chủ tịch UBND huyện.", "Lương Thị Thủy|Phó Chủ tịch|UBND huyện"},
	{"Ông Châu Văn Lực sẽ đảm nhiệm chức vụ Tổng Giám đốc SHB từ ngày 1/8.", "Châu Văn Lực|Tổng Giám đốc|SHB|date=ngày 1/8"},
	// ranks + office
	{"Thượng tướng Trần Văn Mạnh, Thứ trưởng Bộ Quốc phòng, chủ trì buổi tiếp.", "Trần Văn Mạnh|Thượng tướng|; Trần Văn Mạnh|Thứ trưởng|Bộ Quốc phòng"},
	{"Trung tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an, dự lễ.", "Nguyễn Văn Long|Trung tướng|; Nguyễn Văn Long|Thứ trưởng|Bộ Công an"},
	{"Đại tá Phan Văn Hòa, Giám đốc Công an tỉnh Hòa Bình, cho biết vụ án đã được khởi tố.", "Phan Văn Hòa|Đại tá|; Phan Văn Hòa|Giám đốc|Công an tỉnh Hòa Bình"},
	{"Thiếu tướng Lê Văn Sao, Chính ủy Quân khu 4, tặng quà các gia đình chính sách.", "Lê Văn Sao|Thiếu tướng|; Lê Văn Sao|Chính ủy|Quân khu 4"},
	// academic
	{"GS.TS. Nguyễn Thanh Liêm, Viện trưởng Viện Nghiên cứu Tế bào gốc, trình bày tham luận.", "Nguyễn Thanh Liêm|Viện trưởng|Viện Nghiên cứu Tế bào gốc"},
	{"PGS.TS. Trần Văn Nam, Hiệu trưởng Trường Đại học Kinh tế Quốc dân, phát biểu chào mừng.", "Trần Văn Nam|Hiệu trưởng|Trường Đại học Kinh tế Quốc dân"},
	{"ThS. Lê Thị Hạnh, giảng viên Trường Đại học Sư phạm Huế, nhận giải thưởng.", ""},
	{"Theo TS. Võ Trí Thành, Viện trưởng Viện Nghiên cứu Chiến lược thương hiệu và cạnh tranh, lãi suất sẽ ổn định.", "Võ Trí Thành|Viện trưởng|Viện Nghiên cứu Chiến lược thương hiệu và cạnh tranh"},
	{"Giám đốc Bệnh viện Nhi Trung ương, PGS.TS. Trần Minh Điển cho biết bệnh nhi đã qua cơn nguy kịch.", "Trần Minh Điển|Giám đốc|Bệnh viện Nhi Trung ương"},
	// partial orgs
	{"Tỉnh ủy Thanh Hóa tổ chức hội nghị. Ông Đỗ Trọng Hưng, Bí thư Tỉnh ủy, phát biểu chỉ đạo.", "Đỗ Trọng Hưng|Bí thư|Tỉnh ủy Thanh Hóa"},
	{"UBND tỉnh Nam Định vừa ban hành kế hoạch. Chủ tịch UBND tỉnh Phạm Đình Nghị yêu cầu các sở thực hiện nghiêm.", "Phạm Đình Nghị|Chủ tịch|UBND tỉnh Nam Định"},
	{"Ủy ban nhân dân tỉnh Bắc Ninh (UBND tỉnh) đã phê duyệt đề án. Phó Chủ tịch UBND tỉnh Đào Quang Khải cho biết nguồn vốn đã sẵn sàng.", "Đào Quang Khải|Phó Chủ tịch|Ủy ban nhân dân tỉnh Bắc Ninh"},
	{"Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank) công bố lợi nhuận quý III. Tổng Giám đốc Techcombank Jens Lottner cho biết kết quả vượt kỳ vọng.", "Jens Lottner|Tổng Giám đốc|Ngân hàng TMCP Kỹ thương Việt Nam"},
	{"Sở Kế hoạch và Đầu tư Hà Nội đã cấp phép cho 20 dự án. Giám đốc Sở Nguyễn Mạnh Quyền cho biết vốn đầu tư tăng mạnh.", "Nguyễn Mạnh Quyền|Giám đốc|Sở Kế hoạch và Đầu tư Hà Nội"},
	// copula and other
	{"Ông Vương Đình Huệ hiện là Chủ tịch Hội Luật gia Việt Nam.", "Vương Đình Huệ|Chủ tịch|Hội Luật gia Việt Nam"},
	{"Bà Hà Thị Nga là Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.", "Hà Thị Nga|Phó Chủ tịch|Hội Liên hiệp Phụ nữ Việt Nam"},
	{"Ông Lê Khánh Hải, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, đã trao bằng khen cho các vận động viên.", "Lê Khánh Hải|Thứ trưởng|Bộ Văn hóa, Thể thao và Du lịch"},
	{"Phát biểu tại buổi lễ, Chủ tịch nước Lương Cường nhấn mạnh vai trò của thanh niên.", "Lương Cường|Chủ tịch nước|"},
	{"Thủ tướng Phạm Minh Chính và Tổng thống Pháp Emmanuel Macron đã hội đàm.", "Phạm Minh Chính|Thủ tướng|; Emmanuel Macron|Tổng thống|"},
	{"Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng trả lời câu hỏi của phóng viên.", "Phạm Thu Hằng|Người phát ngôn|Bộ Ngoại giao"},
	{"Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu dự lễ kỷ niệm.", "Phạm Quang Hiệu|Đại sứ|"},
	{"Ông Nguyễn Văn Được, Chủ tịch UBND TP.HCM, cho biết thành phố sẽ khởi công tuyến metro số 2.", "Nguyễn Văn Được|Chủ tịch|UBND TP.HCM"},
	{"Bà Trương Thị Mai, nguyên Ủy viên Bộ Chính trị, nguyên Thường trực Ban Bí thư, dự lễ.", "Trương Thị Mai|nguyên Ủy viên|Bộ Chính trị|former; Trương Thị Mai|nguyên Thường trực|Ban Bí thư|former"},
	{"Ông Nguyễn Hữu Thắng, Phó Giám đốc Sở Công Thương tỉnh Long An, cho biết giá xăng dầu ổn định.", "Nguyễn Hữu Thắng|Phó Giám đốc|Sở Công Thương tỉnh Long An"},
	{"Giám đốc điều hành Vietjet Đinh Việt Phương cho biết hãng sẽ mở đường bay mới.", "Đinh Việt Phương|Giám đốc điều hành|Vietjet"},
	{"Phó Trưởng ban Kinh tế Trung ương Nguyễn Đức Hiển trình bày đề dẫn.", "Nguyễn Đức Hiển|Phó Trưởng|ban Kinh tế Trung ương"},
	{"Theo ông Hoàng Quang Phòng, Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI), doanh nghiệp cần hỗ trợ.", "Hoàng Quang Phòng|Phó Chủ tịch|Liên đoàn Thương mại và Công nghiệp Việt Nam"},
	{"Ông Nguyễn Ngọc Cảnh, Tổng Giám đốc Ngân hàng TMCP Quân đội (MB), cho biết nợ xấu được kiểm soát.", "Nguyễn Ngọc Cảnh|Tổng Giám đốc|Ngân hàng TMCP Quân đội"},
	{"Bà Nguyễn Thị Phương Thảo, Phó Chủ tịch thường trực HĐQT Vietjet, chia sẻ tại diễn đàn.", "Nguyễn Thị Phương Thảo|Phó Chủ tịch thường trực HĐQT|Vietjet"},
	{"Chủ tịch HĐND TP Hà Nội Nguyễn Ngọc Tuấn điều hành phiên chất vấn.", "Nguyễn Ngọc Tuấn|Chủ tịch|HĐND TP Hà Nội"},
	{"Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng thăm hỏi ngư dân.", "Nguyễn Văn Quảng|Bí thư|Thành ủy Đà Nẵng"},
	{"Bộ trưởng Công Thương Nguyễn Hồng Diên cho biết nguồn cung điện được bảo đảm.", "Nguyễn Hồng Diên|Bộ trưởng|Công Thương"},
	{"Ông Trần Lưu Quang, Trưởng Ban Kinh tế Trung ương, đã làm việc với tỉnh.", "Trần Lưu Quang|Trưởng|Ban Kinh tế Trung ương"},
	{"Giám đốc Sở Kế hoạch và Đầu tư tỉnh An Giang Nguyễn Thanh Bình cho biết tỉnh đã thu hút 15 dự án.", "Nguyễn Thanh Bình|Giám đốc|Sở Kế hoạch và Đầu tư tỉnh An Giang"},
	{"Bí thư Tỉnh đoàn Nguyễn Minh Triết trao học bổng cho học sinh nghèo.", "Nguyễn Minh Triết|Bí thư|Tỉnh đoàn"},
	{"Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến dự lễ.", "Đỗ Văn Chiến|Chủ tịch|Ủy ban Trung ương MTTQ Việt Nam"},
	{"Ông Nguyễn Quang Dương được bổ nhiệm làm Chánh Văn phòng Bộ Ngoại giao từ ngày 1/9/2025.", "Nguyễn Quang Dương|Chánh|Văn phòng Bộ Ngoại giao|date=ngày 1/9/2025"},
	// appositions and parentheses
	{"Ông Lưu Văn Khánh (Phó Chủ tịch UBND tỉnh Thái Bình) đã kiểm tra đê điều.", "Lưu Văn Khánh|Phó Chủ tịch|UBND tỉnh Thái Bình"},
	{"Bà Đoàn Thị Hậu - Giám đốc Sở Y tế tỉnh Hưng Yên - cho biết ngành y tế đã chuẩn bị đủ thuốc.", "Đoàn Thị Hậu|Giám đốc|Sở Y tế tỉnh Hưng Yên"},
	{"Chủ tịch UBND tỉnh Sơn La, ông Hoàng Quốc Khánh, cho biết tỉnh đã di dời 300 hộ dân.", "Hoàng Quốc Khánh|Chủ tịch|UBND tỉnh Sơn La"},
	{"Theo ông Nguyễn Xuân Thắng, Phó Giám đốc phụ trách Sở Giao thông vận tải, tuyến đường sẽ thông xe vào cuối năm.", "Nguyễn Xuân Thắng|Phó Giám đốc|Sở Giao thông vận tải"},
	{"Ông Vũ Thế Phiệt, Chủ tịch kiêm Tổng Giám đốc Công ty cổ phần Thép Việt Ý, cho biết giá thép tăng.", "Vũ Thế Phiệt|Chủ tịch|Công ty cổ phần Thép Việt Ý; Vũ Thế Phiệt|Tổng Giám đốc|Công ty cổ phần Thép Việt Ý"},
	{"Phát biểu tại hội thảo, bà Lê Thị Thu Hằng, Tổng Giám đốc Tổng công ty Bưu điện Việt Nam, cho rằng thương mại điện tử sẽ tăng trưởng.", "Lê Thị Thu Hằng|Tổng Giám đốc|Tổng công ty Bưu điện Việt Nam"},
	{"Bí thư Đảng ủy, Giám đốc Bệnh viện Chợ Rẫy Nguyễn Tri Thức thăm hỏi bệnh nhân.", "Nguyễn Tri Thức|Bí thư|Đảng ủy; Nguyễn Tri Thức|Giám đốc|Bệnh viện Chợ Rẫy"},
	{"Ông Huỳnh Văn Sơn, Chánh Văn phòng UBND tỉnh Bến Tre, thông tin kết quả phiên họp.", "Huỳnh Văn Sơn|Chánh|Văn phòng UBND tỉnh Bến Tre"},
	{"Phó Chánh án TAND tỉnh Đắk Lắk Y Kông Niê chủ tọa phiên tòa.", "Y Kông Niê|Phó Chánh án|TAND tỉnh Đắk Lắk"},
	{"Phó Viện trưởng VKSND tỉnh Quảng Nam Hồ Văn Phú giữ quyền công tố.", "Hồ Văn Phú|Phó Viện trưởng|VKSND tỉnh Quảng Nam"},
	{"Trưởng Công an huyện Krông Pắc Thượng tá Lê Quang Vũ cho biết đã bắt giữ hai nghi phạm.", "Lê Quang Vũ|Trưởng|Công an huyện Krông Pắc; Lê Quang Vũ|Thượng tá|"},
	{"Thượng tá Đinh Văn Hùng, Trưởng phòng Cảnh sát hình sự Công an tỉnh Thái Nguyên, chỉ huy lực lượng.", "Đinh Văn Hùng|Thượng tá|; Đinh Văn Hùng|Trưởng phòng|Cảnh sát hình sự Công an tỉnh Thái Nguyên"},
	{"Bà Phùng Thị Ngọc, Phó Trưởng phòng Tổ chức cán bộ Sở Y tế, cho biết hồ sơ tuyển dụng đã được công bố.", "Phùng Thị Ngọc|Phó Trưởng phòng|Tổ chức cán bộ Sở Y tế"},
	{"Ông Kha Văn Minh, Tổng Giám đốc đương nhiệm của ngân hàng BIDV, sẽ nghỉ hưu vào cuối năm.", "Kha Văn Minh|Tổng Giám đốc|BIDV"},
	// international
	{"Ngoại trưởng Mỹ Marco Rubio đã điện đàm với người đồng cấp Nhật Bản.", "Marco Rubio|Ngoại trưởng|"},
	{"Tổng Thư ký Liên hợp quốc António Guterres kêu gọi ngừng bắn.", "António Guterres|Tổng Thư ký|Liên hợp quốc"},
	{"Thủ tướng Nhật Bản Ishiba Shigeru tuyên bố từ chức.", "Ishiba Shigeru|Thủ tướng|"},
	{"Chủ tịch Ủy ban châu Âu Ursula von der Leyen tới thăm Kiev.", "Ursula von der Leyen|Chủ tịch|Ủy ban châu Âu"},
	{"Bộ trưởng Ngoại giao Trung Quốc Vương Nghị hội kiến đoàn Việt Nam.", "Vương Nghị|Bộ trưởng Ngoại giao|"},
	{"Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) Kristalina Georgieva cảnh báo rủi ro suy thoái.", "Kristalina Georgieva|Tổng Giám đốc|Quỹ Tiền tệ Quốc tế"},
	{"Cựu Tổng thống Mỹ Barack Obama đã lên tiếng ủng hộ ứng viên.", "Barack Obama|Cựu Tổng thống||former"},
	{"Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm tại Moskva.", "Vladimir Putin|Tổng thống|; Tập Cận Bình|Chủ tịch|"},
	// sports and culture
	{"HLV Park Hang-seo cho biết đội tuyển đã sẵn sàng.", "Park Hang-seo|HLV|"},
	{"Chủ tịch CLB Hà Nội FC Đỗ Vinh Quang chúc mừng các cầu thủ.", "Đỗ Vinh Quang|Chủ tịch|CLB Hà Nội FC"},
	{"Giám đốc Nhà hát Tuổi trẻ NSND Chu Lượng cho biết vở diễn mới sẽ ra mắt.", "Chu Lượng|Giám đốc|Nhà hát Tuổi trẻ"},
	{"Ông Trần Anh Tú, Phó Chủ tịch Liên đoàn Bóng đá Việt Nam, trao cúp cho đội vô địch.", "Trần Anh Tú|Phó Chủ tịch|Liên đoàn Bóng đá Việt Nam"},
	{"NSƯT Nguyễn Thu Trang, Giám đốc Nhà hát Kịch Việt Nam, chia sẻ về mùa diễn.", "Nguyễn Thu Trang|Giám đốc|Nhà hát Kịch Việt Nam"},
	// verbs, continued
	{"UBND tỉnh Quảng Ninh vừa có quyết định bổ nhiệm ông Phạm Văn Thành giữ chức Phó Giám đốc Sở Y tế.", "Phạm Văn Thành|Phó Giám đốc|Sở Y tế"},
	{"Ông Đoàn Văn Việt rời ghế Tổng Giám đốc Công ty cổ phần Vàng bạc Đá quý Phú Nhuận sau 10 năm.", "Đoàn Văn Việt|Tổng Giám đốc|Công ty cổ phần Vàng bạc Đá quý Phú Nhuận|former"},
	{"Ông Trương Gia Bình đã từ nhiệm chức Chủ tịch HĐQT Tập đoàn FPT.", "Trương Gia Bình|Chủ tịch HĐQT|Tập đoàn FPT|former"},
	{"Bà Mai Kiều Liên giữ chức Tổng Giám đốc Vinamilk từ năm 1992.", "Mai Kiều Liên|Tổng Giám đốc|Vinamilk|date=năm 1992"},
	{"Ông Ngô Chí Dũng được HĐQT bầu làm Chủ tịch HĐQT ngân hàng VPBank nhiệm kỳ 2025-2030.", "Ngô Chí Dũng|Chủ tịch HĐQT|VPBank|date=nhiệm kỳ 2025-2030"},
	{"Ông Lê Đức Thọ chính thức nhậm chức Chủ tịch HĐQT Vietinbank từ ngày 15/5.", "Lê Đức Thọ|Chủ tịch HĐQT|Vietinbank|date=ngày 15/5"},
	{"Ông Phan Văn Mãi thôi giữ chức Chủ tịch UBND TP.HCM để nhận nhiệm vụ mới.", "Phan Văn Mãi|Chủ tịch|UBND TP.HCM|former"},
	{"Bà Võ Thị Ánh Xuân tiếp tục được bầu giữ chức Phó Chủ tịch nước.", "Võ Thị Ánh Xuân|Phó Chủ tịch nước|"},
	{"Ông Hồ Sỹ Hùng được giao quyền Chủ tịch UBND tỉnh Quảng Nam.", "Hồ Sỹ Hùng|quyền Chủ tịch|UBND tỉnh Quảng Nam|acting"},
	{"Sau khi nghỉ hưu, ông Nguyễn Văn Bình, nguyên Thống đốc Ngân hàng Nhà nước, tham gia công tác xã hội.", "Nguyễn Văn Bình|nguyên Thống đốc|Ngân hàng Nhà nước|former"},
	{"Thủ tướng Chính phủ đã ký quyết định bổ nhiệm ông Đỗ Thành Trung, Phó Chủ tịch UBND tỉnh Ninh Bình, giữ chức Thứ trưởng Bộ Xây dựng.", "Đỗ Thành Trung|Phó Chủ tịch|UBND tỉnh Ninh Bình; Đỗ Thành Trung|Thứ trưởng|Bộ Xây dựng"},
	{"Ông Đào Ngọc Dung làm Trưởng Ban Chỉ đạo Trung ương về giảm nghèo bền vững.", "Đào Ngọc Dung|Trưởng|Ban Chỉ đạo Trung ương về giảm nghèo bền vững"},
	{"Tiền nhiệm của ông là ông Trần Bá Dương, người từng là Chủ tịch HĐQT Thaco.", "Trần Bá Dương|Chủ tịch HĐQT|Thaco|former"},
	// lists and plural titles, continued
	{"Hai Phó Chủ tịch UBND tỉnh là ông Nguyễn Văn Sơn và bà Trần Thị Thanh Lam cùng dự.", "Nguyễn Văn Sơn|Phó Chủ tịch|UBND tỉnh; Trần Thị Thanh Lam|Phó Chủ tịch|UBND tỉnh"},
	{"Ông Lê Văn Hiền và ông Trần Đức Minh đều là Phó Giám đốc Sở Tài chính.", "Lê Văn Hiền|Phó Giám đốc|Sở Tài chính; Trần Đức Minh|Phó Giám đốc|Sở Tài chính"},
	{"Cùng tham dự có các ông Nguyễn Thanh Tùng, Trần Văn Khoa, Phó Chủ tịch HĐND tỉnh.", "Nguyễn Thanh Tùng|Phó Chủ tịch|HĐND tỉnh; Trần Văn Khoa|Phó Chủ tịch|HĐND tỉnh"},
	{"Lãnh đạo tỉnh gồm các đồng chí: Bùi Văn Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Đặng Xuân Phong, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.", "Bùi Văn Hải|Ủy viên|Trung ương Đảng; Bùi Văn Hải|Bí thư|Tỉnh ủy; Đặng Xuân Phong|Phó Bí thư|Tỉnh ủy; Đặng Xuân Phong|Chủ tịch|UBND tỉnh"},
	{"Ông Nguyễn Văn Thạnh, Giám đốc Công an tỉnh, cùng ông Lê Hữu Phúc, Phó Giám đốc Công an tỉnh, đã thị sát hiện trường.", "Nguyễn Văn Thạnh|Giám đốc|Công an tỉnh; Lê Hữu Phúc|Phó Giám đốc|Công an tỉnh"},
	{"Các Ủy viên Bộ Chính trị Trần Cẩm Tú và Nguyễn Trọng Nghĩa dự đại hội.", "Trần Cẩm Tú|Ủy viên|Bộ Chính trị; Nguyễn Trọng Nghĩa|Ủy viên|Bộ Chính trị"},
	// boards and standing committees
	{"Ông Phạm Quang Dũng, thành viên Ban Giám đốc Công ty cổ phần Sữa Quốc tế, phụ trách khâu sản xuất.", "Phạm Quang Dũng|thành viên Ban Giám đốc|Công ty cổ phần Sữa Quốc tế"},
	{"Ông Đỗ Văn Chiến, Ủy viên Ủy ban Thường vụ Quốc hội, chủ trì thảo luận.", "Đỗ Văn Chiến|Ủy viên|Ủy ban Thường vụ Quốc hội"},
	{"Bà Trần Thị Quý, Phó Chủ tịch HĐTV Tổng công ty Điện lực miền Bắc, kiểm tra lưới điện.", "Trần Thị Quý|Phó Chủ tịch HĐTV|Tổng công ty Điện lực miền Bắc"},
	{"Ông Nguyễn Duy Hưng, Chủ tịch Hội đồng quản trị Công ty Chứng khoán SSI, nói về thị trường.", "Nguyễn Duy Hưng|Chủ tịch Hội đồng quản trị|Công ty Chứng khoán SSI"},
	{"Ông Lê Quang Huy, Ủy viên Ban Thường vụ Đảng ủy Khối doanh nghiệp Trung ương, dự lễ.", "Lê Quang Huy|Ủy viên|Ban Thường vụ Đảng ủy Khối doanh nghiệp Trung ương"},
	// dates
	{"Từ ngày 1/7/2025, ông Nguyễn Hoàng Long giữ chức Giám đốc Sở Nội vụ tỉnh Cà Mau.", "Nguyễn Hoàng Long|Giám đốc|Sở Nội vụ tỉnh Cà Mau|date=ngày 1/7/2025"},
	{"Ông Tôn Thất Minh giữ chức Chủ tịch Hội Doanh nhân trẻ tỉnh từ tháng 4/2023.", "Tôn Thất Minh|Chủ tịch|Hội Doanh nhân trẻ tỉnh|date=tháng 4/2023"},
	{"Bà Hà Thị Ngọc được bầu giữ chức Chủ tịch Liên đoàn Lao động tỉnh nhiệm kỳ 2023-2028.", "Hà Thị Ngọc|Chủ tịch|Liên đoàn Lao động tỉnh|date=nhiệm kỳ 2023-2028"},
	// partial organizations, continued
	{"Sở Y tế Hà Nội vừa ban hành hướng dẫn mới. Phó Giám đốc Sở Vũ Cao Cương cho biết các bệnh viện đã được tập huấn.", "Vũ Cao Cương|Phó Giám đốc|Sở Y tế Hà Nội"},
	{"Tập đoàn Điện lực Việt Nam (EVN) đã tăng giá điện. Ông Đặng Hoàng An, Tổng Giám đốc EVN, giải thích nguyên nhân.", "Đặng Hoàng An|Tổng Giám đốc|Tập đoàn Điện lực Việt Nam"},
	{"Công an tỉnh Bắc Giang đã triệt phá đường dây ma túy. Đại tá Nguyễn Quốc Toản, Giám đốc Công an tỉnh, khen thưởng ban chuyên án.", "Nguyễn Quốc Toản|Đại tá|; Nguyễn Quốc Toản|Giám đốc|Công an tỉnh Bắc Giang"},
	{"Thành ủy Hải Phòng tổ chức hội nghị. Bí thư Thành ủy Lê Tiến Châu kết luận hội nghị.", "Lê Tiến Châu|Bí thư|Thành ủy Hải Phòng"},
	{"Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) vừa công bố kết quả. Chủ tịch HĐQT Vietcombank Phạm Quang Dũng cho biết lợi nhuận tăng 10%.", "Phạm Quang Dũng|Chủ tịch HĐQT|Ngân hàng TMCP Ngoại thương Việt Nam"},
	// no relation
	{"Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ.", ""},
	{"Chức danh Chủ tịch UBND tỉnh hiện vẫn để trống.", ""},
	{"Các Phó Chủ tịch UBND tỉnh đã được phân công nhiệm vụ cụ thể.", ""},
	{"Ông Nguyễn Văn Tài gửi lời cảm ơn tới Chủ tịch nước.", ""},
	{"Bác sĩ Nguyễn Thị Lan và kỹ sư Trần Văn Hòa được khen thưởng.", ""},
	// quoted speech, ages, parentheses between person and title
	{"“Chúng tôi sẽ hoàn thành trước Tết”, ông Nguyễn Hữu Phước, Giám đốc Ban Quản lý dự án giao thông tỉnh, khẳng định.", "Nguyễn Hữu Phước|Giám đốc|Ban Quản lý dự án giao thông tỉnh"},
	{"Ông Lê Minh Tâm, 52 tuổi, Giám đốc Công ty TNHH Thương mại Minh Tâm, bị bắt tạm giam.", "Lê Minh Tâm|Giám đốc|Công ty TNHH Thương mại Minh Tâm"},
	{"Ông Trần Văn Hậu (SN 1968), nguyên Chủ tịch UBND huyện Đức Phổ, bị khởi tố.", "Trần Văn Hậu|nguyên Chủ tịch|UBND huyện Đức Phổ|former"},
	{"Bị cáo Phạm Văn Quý (nguyên Giám đốc Công ty cổ phần Xây dựng số 5) bị tuyên phạt 8 năm tù.", "Phạm Văn Quý|nguyên Giám đốc|Công ty cổ phần Xây dựng số 5|former"},
	{"Nguyên Phó Chủ tịch UBND tỉnh Bình Thuận Nguyễn Ngọc Hai và nguyên Giám đốc Sở Tài chính Trần Quốc Bảo đã ra tòa.", "Nguyễn Ngọc Hai|Nguyên Phó Chủ tịch|UBND tỉnh Bình Thuận|former; Trần Quốc Bảo|nguyên Giám đốc|Sở Tài chính|former"},
	{"Cựu Bộ trưởng Bộ Y tế Nguyễn Thanh Long bị đề nghị truy tố.", "Nguyễn Thanh Long|Cựu Bộ trưởng|Bộ Y tế|former"},
	{"Ông Nguyễn Đức Chung, cựu Chủ tịch UBND TP Hà Nội, xin giảm án.", "Nguyễn Đức Chung|cựu Chủ tịch|UBND TP Hà Nội|former"},
	// local offices
	{"Ông Lò Văn Pằn, Bí thư Đảng ủy xã Chiềng Sơn, cho biết người dân đã thu hoạch xong lúa.", "Lò Văn Pằn|Bí thư|Đảng ủy xã Chiềng Sơn"},
	{"Phó Chủ tịch UBND xã Tân Hòa Lê Văn Bảy trực tiếp chỉ đạo cứu hộ.", "Lê Văn Bảy|Phó Chủ tịch|UBND xã Tân Hòa"},
	{"Chủ tịch UBND huyện Bảo Lâm Trần Văn Chương cho biết nhiều tuyến đường bị sạt lở.", "Trần Văn Chương|Chủ tịch|UBND huyện Bảo Lâm"},
	{"Bà Hoàng Thị Diệp, Phó Chủ tịch Thường trực HĐND tỉnh Cao Bằng, tiếp công dân.", "Hoàng Thị Diệp|Phó Chủ tịch Thường trực|HĐND tỉnh Cao Bằng"},
	{"Ông Vi Văn Sơn, Bí thư Chi bộ kiêm Trưởng thôn Nà Lầu, vận động bà con hiến đất.", "Vi Văn Sơn|Bí thư|Chi bộ; Vi Văn Sơn|Trưởng thôn|"},
	{"Trưởng Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh Trần Hồng Sơn tiếp nhà đầu tư.", "Trần Hồng Sơn|Trưởng|Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"},
	// health, press, education
	{"Bác sĩ CKII Nguyễn Văn Tuấn, Trưởng khoa Cấp cứu Bệnh viện Việt Đức, cho biết bệnh nhân đã qua cơn nguy kịch.", "Nguyễn Văn Tuấn|Trưởng khoa|Bệnh viện Việt Đức"},
	{"TS.BS Lê Quốc Hùng, Trưởng khoa Bệnh nhiệt đới Bệnh viện Chợ Rẫy, khuyến cáo người dân tiêm vắc xin.", "Lê Quốc Hùng|Trưởng khoa|Bệnh viện Chợ Rẫy"},
	{"ThS.BS Đỗ Thị Thu, Phó Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh Phú Thọ, tư vấn cho phụ huynh.", "Đỗ Thị Thu|Phó Trưởng khoa|Bệnh viện Đa khoa tỉnh Phú Thọ"},
	{"Ông Lê Quốc Minh, Tổng Biên tập Báo Nhân Dân, phát biểu tại lễ trao giải.", "Lê Quốc Minh|Tổng Biên tập|Báo Nhân Dân"},
	{"Ông Đinh Xuân Hưng, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Nghệ An, cảnh báo dịch sốt xuất huyết.", "Đinh Xuân Hưng|Giám đốc|Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An"},
	{"Chủ tịch Hội đồng trường Đại học Cần Thơ Trần Ngọc Hải trao bằng cho tân cử nhân.", "Trần Ngọc Hải|Chủ tịch Hội đồng trường|Đại học Cần Thơ"},
	{"Phó Giáo sư, Tiến sĩ Nguyễn Hữu Đức, Hiệu trưởng Trường Đại học Công nghệ, chia sẻ về chương trình đào tạo.", "Nguyễn Hữu Đức|Hiệu trưởng|Trường Đại học Công nghệ"},
	{"Giám đốc Đài Phát thanh và Truyền hình tỉnh Lê Văn Khoa nhận cờ thi đua.", "Lê Văn Khoa|Giám đốc|Đài Phát thanh và Truyền hình tỉnh"},
	// central offices
	{"Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội Lê Tấn Tới trình bày báo cáo.", "Lê Tấn Tới|Chủ nhiệm|Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội"},
	{"Cục trưởng Cục Hàng không Việt Nam Uông Việt Dũng cho biết sân bay Long Thành sẽ khai thác vào năm tới.", "Uông Việt Dũng|Cục trưởng|Cục Hàng không Việt Nam"},
	{"Vụ trưởng Vụ Pháp chế Bộ Y tế Trần Thị Trang giải đáp các thắc mắc.", "Trần Thị Trang|Vụ trưởng|Vụ Pháp chế Bộ Y tế"},
	{"Tổng cục trưởng Tổng cục Thống kê Nguyễn Thị Hương công bố số liệu tăng trưởng.", "Nguyễn Thị Hương|Tổng cục trưởng|Tổng cục Thống kê"},
	{"Phó Thủ tướng Thường trực Nguyễn Hòa Bình chủ trì cuộc họp.", "Nguyễn Hòa Bình|Phó Thủ tướng Thường trực|"},
	{"Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ tiếp Đại sứ Australia.", "Nguyễn Minh Vũ|Thứ trưởng Thường trực|Bộ Ngoại giao"},
	{"Tổng Lãnh sự Việt Nam tại Houston Đặng Hoàng Giang thăm cộng đồng người Việt.", "Đặng Hoàng Giang|Tổng Lãnh sự|"},
	{"Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết lãi suất sẽ tiếp tục giảm.", "Nguyễn Thị Hồng|Thống đốc|Ngân hàng Nhà nước"},
	// business
	{"Tổng Giám đốc Vietnam Airlines Lê Hồng Hà cho biết hãng sẽ nhận thêm máy bay.", "Lê Hồng Hà|Tổng Giám đốc|Vietnam Airlines"},
	{"Tỷ phú Elon Musk, CEO của Tesla, vừa công bố kế hoạch mới.", "Elon Musk|CEO|Tesla"},
	{"Ông Nguyễn Đăng Quang, nhà sáng lập kiêm Chủ tịch Tập đoàn Masan, chia sẻ chiến lược.", "Nguyễn Đăng Quang|Chủ tịch|Tập đoàn Masan"},
	{"Bà Nguyễn Thị Nga, Chủ tịch HĐQT SeABank kiêm Chủ tịch Tập đoàn BRG, dự lễ ký kết.", "Nguyễn Thị Nga|Chủ tịch HĐQT|SeABank; Nguyễn Thị Nga|Chủ tịch|Tập đoàn BRG"},
	{"Ông Phạm Nhật Vượng, Chủ tịch Tập đoàn Vingroup, cho biết VinFast sẽ mở nhà máy mới.", "Phạm Nhật Vượng|Chủ tịch|Tập đoàn Vingroup"},
	{"Ông Lê Viết Hải, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty cổ phần Tập đoàn Xây dựng Hòa Bình, trả lời cổ đông.", "Lê Viết Hải|Chủ tịch HĐQT|Công ty cổ phần Tập đoàn Xây dựng Hòa Bình; Lê Viết Hải|Tổng Giám đốc|Công ty cổ phần Tập đoàn Xây dựng Hòa Bình"},
	{"Phó Tổng Giám đốc Ngân hàng TMCP Công thương Việt Nam Nguyễn Đình Vinh cho biết tín dụng xanh tăng mạnh.", "Nguyễn Đình Vinh|Phó Tổng Giám đốc|Ngân hàng TMCP Công thương Việt Nam"},
	// references back to a person named earlier
	{"Ông Nguyễn Văn Hùng được bổ nhiệm làm Giám đốc Sở Tư pháp. Trước đó, ông Hùng là Phó Giám đốc Sở Nội vụ.", "Nguyễn Văn Hùng|Giám đốc|Sở Tư pháp; Nguyễn Văn Hùng|Phó Giám đốc|Sở Nội vụ|former"},
	{"Bà Lê Thị Hòa sinh năm 1975. Năm 2020, bà được bầu làm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.", "Lê Thị Hòa|Chủ tịch|Hội Liên hiệp Phụ nữ tỉnh"},
	{"Ông Trần Đức Thắng đã có nhiều năm công tác tại địa phương. Ông từng giữ chức Bí thư Tỉnh ủy Hải Dương.", "Trần Đức Thắng|Bí thư|Tỉnh ủy Hải Dương|former"},
	// more verbs
	{"HĐND tỉnh đã bầu ông Võ Văn Hưng giữ chức Chủ tịch UBND tỉnh Thừa Thiên Huế.", "Võ Văn Hưng|Chủ tịch|UBND tỉnh Thừa Thiên Huế"},
	{"Ông Nguyễn Văn Tùng được điều động đến nhận công tác và giữ chức Chánh Thanh tra tỉnh.", "Nguyễn Văn Tùng|Chánh Thanh tra|"},
	{"Bà Đặng Thị Kim Oanh được công nhận giữ chức Phó Hiệu trưởng Trường Đại học Sư phạm Kỹ thuật TP.HCM.", "Đặng Thị Kim Oanh|Phó Hiệu trưởng|Trường Đại học Sư phạm Kỹ thuật TP.HCM"},
	{"Ông Nguyễn Thanh Phong xin thôi làm Giám đốc Bệnh viện Đa khoa tỉnh Quảng Bình vì lý do sức khỏe.", "Nguyễn Thanh Phong|Giám đốc|Bệnh viện Đa khoa tỉnh Quảng Bình|former"},
	{"Ông Bùi Văn Cường tái đắc cử Tổng Thư ký Quốc hội.", "Bùi Văn Cường|Tổng Thư ký|Quốc hội"},
	{"Ông Hoàng Văn Nghiệm được giao điều hành UBND tỉnh với cương vị Phó Chủ tịch.", "Hoàng Văn Nghiệm|Phó Chủ tịch|"},
	// more lists
	{"Dự lễ có Phó Chủ tịch UBND tỉnh Nguyễn Thị Hà, Giám đốc Sở Văn hóa Lê Văn Trung và Giám đốc Công an tỉnh Đinh Văn Nơi.", "Nguyễn Thị Hà|Phó Chủ tịch|UBND tỉnh; Lê Văn Trung|Giám đốc|Sở Văn hóa; Đinh Văn Nơi|Giám đốc|Công an tỉnh"},
	{"Ban Giám hiệu nhà trường gồm: Hiệu trưởng Trần Văn Lợi; các Phó Hiệu trưởng Nguyễn Thị Lụa và Phan Văn Đức.", "Trần Văn Lợi|Hiệu trưởng|; Nguyễn Thị Lụa|Phó Hiệu trưởng|; Phan Văn Đức|Phó Hiệu trưởng|"},
	{"Đoàn công tác do ông Lê Văn Hưng, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn.", "Lê Văn Hưng|Phó Chủ tịch|UBND tỉnh"},
	{"Tiếp đoàn có các ông: Phạm Văn Thủy, Phó Giám đốc Sở Ngoại vụ; Hà Văn Tín, Trưởng phòng Lãnh sự Sở Ngoại vụ.", "Phạm Văn Thủy|Phó Giám đốc|Sở Ngoại vụ; Hà Văn Tín|Trưởng phòng|Sở Ngoại vụ"},
	// courts and police
	{"Hội đồng xét xử do Thẩm phán Nguyễn Văn Hải, Phó Chánh án TAND TP Hà Nội, làm chủ tọa.", "Nguyễn Văn Hải|Thẩm phán|; Nguyễn Văn Hải|Phó Chánh án|TAND TP Hà Nội"},
	{"Đại tá Nguyễn Thanh Hải, Phó Giám đốc Công an TP Hà Nội, cho biết đã khởi tố 12 bị can.", "Nguyễn Thanh Hải|Đại tá|; Nguyễn Thanh Hải|Phó Giám đốc|Công an TP Hà Nội"},
	{"Trung tướng Tô Ân Xô, Chánh Văn phòng Bộ Công an, chủ trì họp báo.", "Tô Ân Xô|Trung tướng|; Tô Ân Xô|Chánh|Văn phòng Bộ Công an"},
	{"Thiếu tướng Nguyễn Hồng Nguyên, Phó Giám đốc Công an TP.HCM, chỉ đạo lực lượng.", "Nguyễn Hồng Nguyên|Thiếu tướng|; Nguyễn Hồng Nguyên|Phó Giám đốc|Công an TP.HCM"},
	{"Trung tá Lê Văn Tuyến, Trưởng Công an xã Hòa Phú, cùng người dân dập lửa.", "Lê Văn Tuyến|Trung tá|; Lê Văn Tuyến|Trưởng|Công an xã Hòa Phú"},
	{"Viện trưởng VKSND tỉnh Lâm Đồng Nguyễn Văn Thắng ký quyết định phê chuẩn.", "Nguyễn Văn Thắng|Viện trưởng|VKSND tỉnh Lâm Đồng"},
	// military and diplomacy
	{"Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, hội đàm với người đồng cấp Lào.", "Phan Văn Giang|Đại tướng|; Phan Văn Giang|Bộ trưởng|Bộ Quốc phòng"},
	{"Trung tướng Nguyễn Hồng Phong, Tư lệnh Quân khu 7, kiểm tra công tác sẵn sàng chiến đấu.", "Nguyễn Hồng Phong|Trung tướng|; Nguyễn Hồng Phong|Tư lệnh|Quân khu 7"},
	{"Chuẩn Đô đốc Phạm Ngọc Tuấn, Tư lệnh Vùng 4 Hải quân, tặng quà cán bộ chiến sĩ.", "Phạm Ngọc Tuấn|Chuẩn Đô đốc|; Phạm Ngọc Tuấn|Tư lệnh|Vùng 4 Hải quân"},
	{"Đại sứ Phạm Quang Hiệu trình Quốc thư lên Nhà vua Nhật Bản.", "Phạm Quang Hiệu|Đại sứ|"},
	{"Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Đại sứ Hàn Quốc Choi Young-sam.", "Đỗ Hùng Việt|Thứ trưởng Ngoại giao|; Choi Young-sam|Đại sứ|"},
	{"Bà Nguyễn Phương Nga, Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc, phát biểu tại phiên thảo luận.", "Nguyễn Phương Nga|Đại sứ|; Nguyễn Phương Nga|Trưởng|Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc"},
	{"Tổng thống Hàn Quốc Lee Jae-myung và phu nhân sẽ thăm chính thức Việt Nam.", "Lee Jae-myung|Tổng thống|"},
	{"Ông António Costa, Chủ tịch Hội đồng châu Âu, hoan nghênh thỏa thuận.", "António Costa|Chủ tịch|Hội đồng châu Âu"},
	// sports
	{"Huấn luyện viên trưởng Kim Sang-sik gọi 28 cầu thủ lên tuyển.", "Kim Sang-sik|Huấn luyện viên trưởng|"},
	{"Ông Trần Quốc Tuấn, Chủ tịch VFF, chúc mừng đội tuyển nữ.", "Trần Quốc Tuấn|Chủ tịch|VFF"},
	{"Bà Lê Thị Hoàng Yến, Phó Cục trưởng Cục Thể dục thể thao, trao huy chương.", "Lê Thị Hoàng Yến|Phó Cục trưởng|Cục Thể dục thể thao"},
	// multi-sentence documents
	{"Sáng 10/5, Tỉnh ủy Quảng Bình tổ chức hội nghị Ban Chấp hành. Bí thư Tỉnh ủy Lê Ngọc Quang chủ trì. Phó Bí thư Thường trực Tỉnh ủy Trần Hải Châu điều hành thảo luận.", "Lê Ngọc Quang|Bí thư|Tỉnh ủy Quảng Bình; Trần Hải Châu|Phó Bí thư Thường trực|Tỉnh ủy Quảng Bình"},
	{"Ngân hàng TMCP Á Châu (ACB) tổ chức đại hội cổ đông. Ông Trần Hùng Huy, Chủ tịch HĐQT ACB, cho biết ngân hàng sẽ chia cổ tức 25%.", "Trần Hùng Huy|Chủ tịch HĐQT|Ngân hàng TMCP Á Châu"},
	{"Bệnh viện Đa khoa tỉnh Thanh Hóa vừa cứu sống một bệnh nhân. Theo bác sĩ Lê Văn Sỹ, Giám đốc bệnh viện, ca mổ kéo dài 5 giờ.", "Lê Văn Sỹ|Giám đốc|Bệnh viện Đa khoa tỉnh Thanh Hóa"},
	{"Công ty cổ phần FPT công bố kết quả kinh doanh. Tổng Giám đốc Nguyễn Văn Khoa cho biết doanh thu tăng 20%.", "Nguyễn Văn Khoa|Tổng Giám đốc|"},
	{"Trường Đại học Quốc gia Hà Nội tổ chức lễ khai giảng. Giám đốc Đại học Quốc gia Hà Nội Lê Quân phát biểu.", "Lê Quân|Giám đốc|Đại học Quốc gia Hà Nội"},
	{"Ông Nguyễn Thanh Nghị được bầu làm Bí thư Tỉnh ủy Kiên Giang năm 2020. Ông từng là Thứ trưởng Bộ Xây dựng.", "Nguyễn Thanh Nghị|Bí thư|Tỉnh ủy Kiên Giang; Nguyễn Thanh Nghị|Thứ trưởng|Bộ Xây dựng|former"},
	// acting and deputies
	{"Quyền Giám đốc Sở Giáo dục và Đào tạo tỉnh Đắk Nông Nguyễn Văn Ba ký công văn.", "Nguyễn Văn Ba|Quyền Giám đốc|Sở Giáo dục và Đào tạo tỉnh Đắk Nông|acting"},
	{"Ông Lê Hồng Sơn, quyền Chủ tịch UBND TP Hải Phòng, chỉ đạo khắc phục hậu quả bão.", "Lê Hồng Sơn|quyền Chủ tịch|UBND TP Hải Phòng|acting"},
	{"Ông Trịnh Minh Hoàng được giao nhiệm vụ quyền Tổng Giám đốc Tổng công ty Lương thực miền Nam.", "Trịnh Minh Hoàng|quyền Tổng Giám đốc|Tổng công ty Lương thực miền Nam|acting"},
	{"Phó Giám đốc Thường trực Sở Xây dựng Hà Nội Lê Văn Dục cho biết đã xử lý 50 công trình vi phạm.", "Lê Văn Dục|Phó Giám đốc Thường trực|Sở Xây dựng Hà Nội"},
	{"Ông Đào Quang Hiếu, Phó Chánh Thanh tra Bộ Tài chính, công bố kết luận thanh tra.", "Đào Quang Hiếu|Phó Chánh Thanh tra|Bộ Tài chính"},
	// paragraphs
	{"Chiều 20/11, tại TP Vinh, Tỉnh ủy Nghệ An tổ chức hội nghị công bố quyết định về công tác cán bộ. Dự hội nghị có ông Nguyễn Đức Trung, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; ông Lê Hồng Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. Tại hội nghị, ông Hoàng Nghĩa Hiếu được bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh. Trước đó, ông Hiếu là Giám đốc Sở Ngoại vụ.", "Nguyễn Đức Trung|Ủy viên|Trung ương Đảng; Nguyễn Đức Trung|Bí thư|Tỉnh ủy Nghệ An; Lê Hồng Vinh|Phó Bí thư|Tỉnh ủy Nghệ An; Lê Hồng Vinh|Chủ tịch|UBND tỉnh; Hoàng Nghĩa Hiếu|Phó Chủ tịch|UBND tỉnh; Hoàng Nghĩa Hiếu|Giám đốc|Sở Ngoại vụ|former"},
	{"Ngân hàng TMCP Quân đội (MB) vừa tổ chức đại hội đồng cổ đông thường niên. Đại hội đã bầu ông Lưu Trung Thái làm Chủ tịch HĐQT. Ông Phạm Như Ánh tiếp tục giữ chức Tổng Giám đốc ngân hàng này. Phát biểu tại đại hội, Chủ tịch HĐQT Lưu Trung Thái cho biết MB đặt mục tiêu lợi nhuận 30.000 tỷ đồng.", "Lưu Trung Thái|Chủ tịch HĐQT|; Phạm Như Ánh|Tổng Giám đốc|Ngân hàng TMCP Quân đội"},
	{"Sáng 5/9, Bệnh viện Trung ương Huế tổ chức lễ kỷ niệm 130 năm thành lập. PGS.TS. Phạm Như Hiệp, Giám đốc bệnh viện, đọc diễn văn. Tham dự buổi lễ có GS.TS. Trần Văn Thuấn, Thứ trưởng Bộ Y tế, và bà Nguyễn Thị Sửu, Phó Bí thư Thường trực Tỉnh ủy Thừa Thiên Huế.", "Phạm Như Hiệp|Giám đốc|Bệnh viện Trung ương Huế; Trần Văn Thuấn|Thứ trưởng|Bộ Y tế; Nguyễn Thị Sửu|Phó Bí thư Thường trực|Tỉnh ủy Thừa Thiên Huế"},
	{"Theo quyết định của Bộ trưởng Bộ Công an, Đại tá Trần Minh Hùng, Phó Giám đốc Công an tỉnh Kiên Giang, được điều động giữ chức Giám đốc Công an tỉnh Sóc Trăng. Ông Hùng thay Đại tá Nguyễn Văn Thắng, người vừa nghỉ hưu.", "Trần Minh Hùng|Đại tá|; Trần Minh Hùng|Phó Giám đốc|Công an tỉnh Kiên Giang; Trần Minh Hùng|Giám đốc|Công an tỉnh Sóc Trăng; Nguyễn Văn Thắng|Đại tá|"},
	{"Đội tuyển U23 Việt Nam đã lên đường sang Trung Quốc. Trưởng đoàn là ông Nguyễn Quốc Hội, Phó Chủ tịch VFF. HLV trưởng Kim Sang-sik cho biết toàn đội đã sẵn sàng.", "Nguyễn Quốc Hội|Trưởng đoàn|; Nguyễn Quốc Hội|Phó Chủ tịch|VFF; Kim Sang-sik|HLV trưởng|"},
	// acronyms and short forms
	{"Ông Nguyễn Hồng Phúc, Tổng Giám đốc Tổng công ty Điện lực TP.HCM (EVNHCMC), cho biết nguồn điện được bảo đảm.", "Nguyễn Hồng Phúc|Tổng Giám đốc|Tổng công ty Điện lực TP.HCM"},
	{"Phó Chủ tịch VCCI Hoàng Quang Phòng cho rằng thủ tục cần được rút gọn.", "Hoàng Quang Phòng|Phó Chủ tịch|VCCI"},
	{"Ông Lê Mạnh Hà, Phó Giám đốc Sở TN&MT tỉnh Quảng Ninh, kiểm tra bãi rác.", "Lê Mạnh Hà|Phó Giám đốc|Sở TN&MT tỉnh Quảng Ninh"},
	{"Chủ tịch UBMTTQ Việt Nam tỉnh Hà Nam Nguyễn Thị Hiền trao quà cho hộ nghèo.", "Nguyễn Thị Hiền|Chủ tịch|UBMTTQ Việt Nam tỉnh Hà Nam"},
	{"Ông Trần Hồng Quân, Phó Tổng Giám đốc PVN, dự lễ ký kết.", "Trần Hồng Quân|Phó Tổng Giám đốc|PVN"},
	{"Bà Nguyễn Thị Thanh Hương, Phó Chủ tịch UBND TP. Đà Nẵng, tiếp đoàn doanh nghiệp Nhật Bản.", "Nguyễn Thị Thanh Hương|Phó Chủ tịch|UBND TP. Đà Nẵng"},
	{"Ông Nguyễn Văn Lợi, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa TP Hà Nội (Hanoisme), kiến nghị giảm thuế.", "Nguyễn Văn Lợi|Chủ tịch|Hiệp hội Doanh nghiệp nhỏ và vừa TP Hà Nội"},
	{"Giám đốc CDC Hà Nội Khổng Minh Tuấn khuyến cáo người dân đề phòng sốt xuất huyết.", "Khổng Minh Tuấn|Giám đốc|CDC Hà Nội"},
	{"Ông Kim Young-ho, Tổng Giám đốc Samsung Việt Nam, cho biết công ty sẽ đầu tư thêm.", "Kim Young-ho|Tổng Giám đốc|Samsung Việt Nam"},
	{"Ông Phan Đức Hiếu, Ủy viên thường trực Ủy ban Kinh tế của Quốc hội, phát biểu tại hội thảo.", "Phan Đức Hiếu|Ủy viên thường trực|Ủy ban Kinh tế của Quốc hội"},
	{"Bà Rana Flowers, Trưởng đại diện UNICEF tại Việt Nam, đánh giá cao nỗ lực của Chính phủ.", "Rana Flowers|Trưởng đại diện|UNICEF"},
	{"Bà Ramla Khalidi, Trưởng đại diện thường trú UNDP tại Việt Nam, dự hội thảo.", "Ramla Khalidi|Trưởng đại diện thường trú|UNDP"},
	// the title first, then là and the person
	{"Người phát ngôn của Bộ Công an hiện nay là Trung tướng Tô Ân Xô.", "Tô Ân Xô|Người phát ngôn|Bộ Công an; Tô Ân Xô|Trung tướng|"},
	{"Chủ tịch UBND tỉnh Lạng Sơn hiện là ông Hồ Tiến Thiệu.", "Hồ Tiến Thiệu|Chủ tịch|UBND tỉnh Lạng Sơn"},
	{"Giám đốc mới của Sở Giáo dục và Đào tạo là bà Nguyễn Thị Kim Chi.", "Nguyễn Thị Kim Chi|Giám đốc|Sở Giáo dục và Đào tạo"},
	{"Con trai của Chủ tịch UBND huyện là anh Nguyễn Văn Tý.", ""},
	// a title the clause speaks of, then another person
	{"Theo Giám đốc Sở Y tế, ông Nguyễn Văn Dũng đã được điều trị khỏi bệnh.", ""},
	{"Sau khi làm việc với Chủ tịch UBND tỉnh, ông Phạm Văn Em cho biết sẽ đầu tư thêm.", ""},
	{"Tại buổi tiếp Bộ trưởng Bộ Y tế, bà Lý Thị Hạnh kiến nghị tăng lương cho y tá.", ""},
	{"Theo Giám đốc Sở Y tế, ông Nguyễn Văn Dũng, số ca mắc đã giảm.", "Nguyễn Văn Dũng|Giám đốc|Sở Y tế"},
	{"Với cương vị là Trưởng đại diện UNICEF tại Việt Nam, bà Rana Flowers đã thúc đẩy nhiều chương trình.", "Rana Flowers|Trưởng đại diện|UNICEF"},
	// who is who around verbs and objects
	{"Ông Trần Văn An, con trai của Giám đốc Sở Y tế, bị bắt.", ""},
	{"Ông Lê Văn Bình đề nghị bổ nhiệm ông Hà Văn Cường làm Giám đốc Sở Tài chính.", "Hà Văn Cường|Giám đốc|Sở Tài chính"},
	{"Ông Phạm Văn Dư được Thủ tướng bổ nhiệm làm Thứ trưởng Bộ Tài chính.", "Phạm Văn Dư|Thứ trưởng|Bộ Tài chính"},
	{"Ông Ngô Văn Em từng làm việc với Bộ trưởng Bộ Y tế Đào Hồng Lan.", "Đào Hồng Lan|Bộ trưởng|Bộ Y tế"},
	{"Bà Vũ Thị Giang thay ông Lý Văn Hòa làm Chủ tịch Hội Nông dân tỉnh.", "Vũ Thị Giang|Chủ tịch|Hội Nông dân tỉnh"},
	{"Ông Tạ Văn Khoa đã trao quyết định cho ông Mai Văn Lâm, Phó Giám đốc Sở Nội vụ.", "Mai Văn Lâm|Phó Giám đốc|Sở Nội vụ"},
	{"Ông Đỗ Văn Minh cùng ông Lương Văn Nam, Chủ tịch UBND huyện, kiểm tra đê.", "Lương Văn Nam|Chủ tịch|UBND huyện"},
}

// shapePosition is one expected position of a shape sentence.
type shapePosition struct {
	person, title, org, date string
	former, acting           bool
}

func parseShapePositions(s string) ([]shapePosition, error) {
	var out []shapePosition
	for _, item := range strings.Split(s, ";") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		f := strings.Split(item, "|")
		if len(f) < 3 || len(f) > 4 {
			return nil, fmt.Errorf("position %q: want person|title|org[|flag]", item)
		}
		p := shapePosition{person: f[0], title: f[1], org: f[2]}
		if len(f) == 4 {
			for _, flag := range strings.Split(f[3], " ") {
				switch {
				case flag == "former":
					p.former = true
				case flag == "acting":
					p.acting = true
				case strings.HasPrefix(flag, "date="):
					p.date = flag[len("date="):]
				case p.date != "": // the date's other words: "date=nhiệm kỳ 2021-2026"
					p.date += " " + flag
				default:
					return nil, fmt.Errorf("position %q: unknown flag %q", item, flag)
				}
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// TestPositionShapes scores the positions found in positionShapes against
// the expected ones: triples (person, title, organization, flags) and
// (person, title) pairs, with floors in testdata/shapes_floors.json.
// VNEXTRACT_SHAPES_VERBOSE=1 lists what is missed and what is extra.
func TestPositionShapes(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("VNEXTRACT_SHAPES_VERBOSE") != ""
	var triples, pairs prf
	var log strings.Builder
	for i, c := range positionShapes {
		want, err := parseShapePositions(c.want)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		doc, err := ex.Extract(context.Background(), []byte(c.text))
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		got, _ := predictedRelations(doc)
		extras := positionExtras(doc)
		tri, wantHit, gotHit := matchGreedy(len(want), len(got), func(w, g int) bool {
			p, q := want[w], got[g]
			orgOK := len(q.orgs) == 0
			if p.org != "" {
				orgOK = anySimilar(q.orgs, p.org)
			}
			return anyName(q.persons, p.person) && similar(q.title, p.title) && orgOK &&
				q.former == p.former && extras[relKey(q.persons[0])+"|"+relKey(q.title)] == shapeExtra{p.acting, p.date}
		})
		add(&triples, tri)
		pair, _, _ := matchGreedy(len(want), len(got), func(w, g int) bool {
			return anyName(got[g].persons, want[w].person) && similar(got[g].title, want[w].title)
		})
		add(&pairs, pair)
		if verbose && (tri.fn > 0 || tri.fp > 0) {
			fmt.Fprintf(&log, "%d %s\n  ", i, c.text)
			for _, m := range doc.Mentions {
				fmt.Fprintf(&log, " [%s %s]", m.Type, m.Text)
			}
			log.WriteString("\n")
			for w, hit := range wantHit {
				if !hit {
					fmt.Fprintf(&log, "   missed %+v\n", want[w])
				}
			}
			for g, hit := range gotHit {
				if !hit {
					fmt.Fprintf(&log, "   extra  %s former=%v\n", got[g], got[g].former)
				}
			}
		}
	}
	sc := map[string]float64{}
	_, _, sc["shapes.position.f1"] = triples.scores()
	_, _, sc["shapes.position_person_title.f1"] = pairs.scores()
	t.Logf("%d sentences: triples F1 %.3f (tp %.0f fp %.0f fn %.0f), pairs F1 %.3f\n%s",
		len(positionShapes), sc["shapes.position.f1"], triples.tp, triples.fp, triples.fn, sc["shapes.position_person_title.f1"], log.String())
	checkFloors(t, sc, "testdata/shapes_floors.json")
}

// shapeExtra is what a position says besides its arguments and Former.
type shapeExtra struct {
	acting bool
	date   string // the text of its DATE mention, "" for none
}

// positionExtras returns the acting flag and the date of the positions of
// doc by the key of their person's text and title.
func positionExtras(doc *vnextract.Document) map[string]shapeExtra {
	out := map[string]shapeExtra{}
	for _, r := range doc.Relations {
		if r.Type != "position" {
			continue
		}
		p, ti := doc.Mention(r.Args.Person), doc.Mention(r.Args.Title)
		if p == nil || ti == nil {
			continue
		}
		e := shapeExtra{acting: r.Acting}
		if d := doc.Mention(r.Args.Date); d != nil {
			e.date = d.Text
		}
		out[relKey(p.Text)+"|"+relKey(ti.Text)] = e
	}
	return out
}
