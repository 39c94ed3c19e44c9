package vnextract_test

import "testing"

// covidNews are sentences written for this test in the style of Vietnamese
// COVID-19 news: patient reports with their addresses, hospitals and health
// bodies, flights, companies and factories, and dates as those reports write
// them. Marks follow the development set's guidelines and
// testdata/golden/README.md ("Addresses, facilities and patients"): patient
// numbers, flights, markets, shops, restaurants, buildings, border gates,
// airports and industrial zones are not marked (the place around them is); a place's trigger word
// stays outside its span unless the place has no name but a number ("tổ dân
// phố 5", "ngõ 98").
var covidNews = []string{
	"Bệnh nhân 1234 (BN1234), nam, 45 tuổi, trú tại thôn ⟦LOC|Đông⟧, xã ⟦LOC|Tân Lập⟧, huyện ⟦LOC|Đan Phượng⟧, ⟦LOC|Hà Nội⟧.",
	"BN2051, nữ, 32 tuổi, địa chỉ tại phường ⟦LOC|Phúc Xá⟧, quận ⟦LOC|Ba Đình⟧, ⟦LOC|Hà Nội⟧.",
	"Bệnh nhân là nam giới, 28 tuổi, ở ấp ⟦LOC|Mỹ Hòa⟧, xã ⟦LOC|Tân Phú⟧, huyện ⟦LOC|Cai Lậy⟧, tỉnh ⟦LOC|Tiền Giang⟧.",
	"⟦DATE|Ngày 15/3⟧, bệnh nhân có biểu hiện sốt, ho và được đưa đến ⟦ORG|Bệnh viện Đa khoa tỉnh Hải Dương⟧.",
	"Bệnh nhân đang được điều trị tại ⟦ORG|Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở 2⟧.",
	"Từ ⟦DATE|10-14/3⟧, bệnh nhân đi làm tại ⟦ORG|Công ty TNHH Pouyuen Việt Nam⟧ ở quận ⟦LOC|Bình Tân⟧.",
	"Hôm ⟦DATE|2/4⟧, bệnh nhân đi chợ gần nhà rồi về nhà ở tổ dân phố ⟦LOC|Văn Trì⟧.",
	"Bệnh nhân về nước trên chuyến bay VN0054 từ ⟦LOC|London⟧ đến sân bay Nội Bài ⟦DATE|ngày 2/3⟧.",
	"⟦ORG|Bộ Y tế⟧ vừa công bố thêm 12 ca mắc mới COVID-19 ở ⟦LOC|Bắc Giang⟧ và ⟦LOC|Bắc Ninh⟧.",
	"⟦ORG|Ban Chỉ đạo Quốc gia phòng chống dịch COVID-19⟧ yêu cầu các địa phương tăng cường giám sát.",
	"Theo ⟦ORG|BCĐ Quốc gia phòng chống dịch COVID-19⟧, cả nước đã có 30 ngày không ghi nhận ca lây nhiễm trong cộng đồng.",
	"⟦ORG|Trung tâm Kiểm soát bệnh tật⟧ (⟦ORG|CDC⟧) tỉnh ⟦LOC|Quảng Nam⟧ đã lấy 250 mẫu xét nghiệm.",
	"⟦ORG|CDC Hà Nội⟧ cho biết đã truy vết được 86 trường hợp tiếp xúc gần.",
	"Nhân viên ⟦ORG|trạm y tế xã Hòa Tiến⟧ đã đến tận nhà lấy mẫu cho người dân.",
	"⟦ORG|Sở Y tế TP.HCM⟧ đề nghị người dân khai báo y tế trung thực.",
	"⟦ORG|UBND thành phố Đà Nẵng⟧ quyết định phong tỏa tạm thời khu dân cư từ ⟦DATE|ngày 28/7⟧.",
	"Bệnh nhân làm công nhân tại khu công nghiệp Quang Châu, huyện ⟦LOC|Việt Yên⟧.",
	"Ca bệnh từng đến siêu thị, nhà hàng và quán karaoke trên đường ⟦LOC|Lê Lợi⟧, thành phố ⟦LOC|Vinh⟧.",
	"Tòa chung cư nơi bệnh nhân sinh sống ở quận ⟦LOC|Hoàng Mai⟧ đã được phun khử khuẩn.",
	"Người phụ nữ sống tại ⟦LOC|ngõ 98⟧ phố ⟦LOC|Thái Hà⟧, quận ⟦LOC|Đống Đa⟧.",
	"Ông ⟦PER|Nguyễn Thanh Long⟧, Bộ trưởng ⟦ORG|Bộ Y tế⟧, cho biết vaccine sẽ về trong thời gian tới.",
	"Phó Thủ tướng ⟦PER|Vũ Đức Đam⟧ chủ trì cuộc họp trực tuyến với các tỉnh.",
	"PGS.TS ⟦PER|Trần Đắc Phu⟧, cố vấn cao cấp ⟦ORG|Trung tâm Đáp ứng khẩn cấp sự kiện y tế công cộng Việt Nam⟧, nhận định dịch đã được kiểm soát.",
	"Bác sĩ ⟦PER|Nguyễn Trung Cấp⟧, Phó Giám đốc ⟦ORG|Bệnh viện Bệnh Nhiệt đới Trung ương⟧, cho biết bệnh nhân đã âm tính hai lần.",
	"Giám đốc ⟦ORG|Sở Y tế Hà Nội⟧ ⟦PER|Trần Thị Nhị Hà⟧ cho biết thành phố đã tiêm 1 triệu liều vaccine.",
	"⟦ORG|Bệnh viện Chợ Rẫy⟧ đã điều 20 bác sĩ hỗ trợ ⟦LOC|Bình Dương⟧.",
	"⟦ORG|Bệnh viện Bạch Mai⟧ tạm dừng tiếp nhận bệnh nhân mới từ ⟦DATE|ngày 28/3⟧.",
	"Bệnh nhân được chuyển đến ⟦ORG|Bệnh viện Phổi Đà Nẵng⟧ để cách ly và điều trị.",
	"⟦ORG|Viện Vệ sinh dịch tễ Trung ương⟧ đã khẳng định mẫu dương tính với virus SARS-CoV-2.",
	"⟦ORG|Viện Pasteur TP.HCM⟧ cho biết ca bệnh nhiễm biến chủng Delta.",
	"⟦ORG|Tổ chức Y tế Thế giới⟧ (⟦ORG|WHO⟧) khuyến cáo các nước tiếp tục xét nghiệm.",
	"Ca bệnh là chuyên gia người ⟦LOC|Trung Quốc⟧ làm việc cho ⟦ORG|Công ty Cổ phần Thép Hòa Phát Dung Quất⟧.",
	"Bệnh nhân là công nhân ⟦ORG|Công ty TNHH Hosiden Việt Nam⟧ tại khu công nghiệp Quang Châu.",
	"⟦ORG|Tập đoàn Vingroup⟧ hỗ trợ 2.000 máy thở cho ⟦ORG|Bộ Y tế⟧.",
	"⟦ORG|Công ty Samsung Display Việt Nam⟧ đã cho 3.000 lao động nghỉ việc từ ⟦DATE|12/5⟧.",
	"Sáng ⟦DATE|25/7⟧, ⟦ORG|Sở Y tế Đà Nẵng⟧ thông báo ca nghi nhiễm là nam, 57 tuổi.",
	"Trong ⟦DATE|ngày 18/8⟧, ⟦LOC|Việt Nam⟧ ghi nhận 9.605 ca mắc mới tại 43 tỉnh, thành phố.",
	"Tính đến 18h ⟦DATE|ngày 5/6⟧, tỉnh ⟦LOC|Bắc Giang⟧ đã có 2.500 ca mắc.",
	"Bệnh nhân nhập cảnh qua cửa khẩu Mộc Bài ⟦DATE|ngày 12/6⟧ và được cách ly tập trung tại ⟦LOC|Tây Ninh⟧.",
	"Từ ⟦DATE|ngày 20/7 đến 3/8⟧, người này không rời khỏi nơi cư trú.",
	"Bệnh nhân sống cùng vợ và hai con tại ⟦LOC|tổ dân phố 5⟧, phường ⟦LOC|Trần Phú⟧, thành phố ⟦LOC|Hà Tĩnh⟧.",
	"Ca bệnh ở ⟦LOC|hẻm 12⟧ đường ⟦LOC|Nguyễn Trãi⟧, phường ⟦LOC|Bến Thành⟧, ⟦LOC|Quận 1⟧.",
	"Hai người từng đến quán bar ở phường ⟦LOC|Bùi Thị Xuân⟧, quận ⟦LOC|Hai Bà Trưng⟧.",
	"Người đàn ông đi xe khách từ ⟦LOC|Lạng Sơn⟧ về ⟦LOC|Hưng Yên⟧ ⟦DATE|ngày 30/1⟧.",
	"⟦ORG|Sở Y tế tỉnh Quảng Ninh⟧ đã lập chốt kiểm soát tại thị xã ⟦LOC|Đông Triều⟧.",
	"⟦ORG|Công an tỉnh Bình Dương⟧ đã khởi tố vụ án làm lây lan dịch bệnh truyền nhiễm nguy hiểm.",
	"⟦ORG|UBND huyện Củ Chi⟧ đề xuất cách ly xã hội toàn huyện.",
	"⟦ORG|Bộ Giáo dục và Đào tạo⟧ cho phép học sinh học trực tuyến đến hết ⟦DATE|tháng 9⟧.",
	"⟦ORG|Cục Quản lý Khám chữa bệnh⟧ hướng dẫn các bệnh viện phân luồng người bệnh.",
	"⟦ORG|Cục Y tế dự phòng⟧ cho biết sẽ phân bổ thêm vaccine cho các tỉnh phía Nam.",
	"⟦ORG|Bệnh viện Dã chiến số 2⟧ tiếp nhận thêm 150 bệnh nhân.",
	"Chị ⟦PER|Lan⟧, một tiểu thương ở chợ Bình Điền, cho biết chợ đã đóng cửa ba ngày.",
	"Chị ⟦PER|Phạm Thị Hương⟧ cho biết gia đình chị đã được hỗ trợ lương thực.",
	"Bé gái 8 tuổi ở xã ⟦LOC|Quỳnh Lưu⟧ có kết quả dương tính ⟦DATE|ngày 7/5⟧.",
	"Bệnh nhân từng tham dự đám cưới tại nhà văn hóa thôn ⟦LOC|Yên Nội⟧ hôm ⟦DATE|28/4⟧.",
	"Ba ca mắc mới đều là người nhập cảnh từ ⟦LOC|Nhật Bản⟧, ⟦LOC|Hàn Quốc⟧ và ⟦LOC|Mỹ⟧.",
	"⟦ORG|Đại sứ quán Việt Nam tại Hàn Quốc⟧ khuyến cáo công dân hạn chế đi lại.",
	"⟦ORG|Tổng công ty Cảng hàng không Việt Nam⟧ yêu cầu hành khách đeo khẩu trang.",
	"⟦ORG|Vietnam Airlines⟧ tạm dừng các chuyến bay đến ⟦LOC|Đà Nẵng⟧ trong 15 ngày.",
	"⟦ORG|Ngân hàng Nhà nước⟧ yêu cầu các ngân hàng giảm lãi suất cho doanh nghiệp bị ảnh hưởng bởi dịch.",
	"⟦ORG|HCDC⟧ cho biết đã phong tỏa khu vực ở ⟦LOC|ấp 3⟧, xã ⟦LOC|Vĩnh Lộc A⟧, huyện ⟦LOC|Bình Chánh⟧.",
	"Người nhà bệnh nhân ở thị trấn ⟦LOC|Phùng⟧, huyện ⟦LOC|Đan Phượng⟧ đã được cách ly tại nhà.",
	// written after the first round of fixes, to measure the next
	"Bệnh nhân 3050 là anh ⟦PER|Nguyễn Văn H.⟧, 36 tuổi, trú tại số 5 ⟦LOC|ngõ 32⟧ phố ⟦LOC|Trần Khát Chân⟧.",
	"Bà ⟦PER|N.T.H.⟧ (62 tuổi) là mẹ của bệnh nhân 3051, cùng sống ở xóm ⟦LOC|Bãi⟧, xã ⟦LOC|Vân Canh⟧.",
	"⟦ORG|Trung tâm Y tế huyện Thuận Thành⟧ đã lấy mẫu xét nghiệm cho 1.200 người.",
	"⟦ORG|TTYT huyện Yên Phong⟧ thông báo khẩn tìm người từng đến các địa điểm trên.",
	"Ca bệnh là công nhân ⟦ORG|Công ty TNHH Hanwha Aero Engines⟧ tại khu công nghiệp Tiên Sơn.",
	"⟦ORG|Công ty Luxshare-ICT⟧ đã cho 5.000 công nhân tạm nghỉ từ ⟦DATE|ngày 17/5⟧.",
	"Các ca bệnh có liên quan đến ổ dịch tại ⟦ORG|Bệnh viện K⟧ cơ sở Tân Triều.",
	"Chiều ⟦DATE|27/4⟧, bệnh nhân dự đám tang tại thôn ⟦LOC|Văn Lâm⟧ rồi về nhà.",
	"⟦DATE|Ngày 7/5/2021⟧, ⟦ORG|UBND tỉnh Bắc Giang⟧ quyết định giãn cách xã hội huyện ⟦LOC|Việt Yên⟧.",
	"Từ 0h ⟦DATE|ngày 6/5⟧, ⟦LOC|Hà Nội⟧ tạm dừng các hoạt động tập trung đông người.",
	"Trong ⟦DATE|tháng 4/2021⟧, cả nước ghi nhận 300 ca nhập cảnh.",
	"Bệnh nhân được cách ly tại ⟦ORG|Trường Quân sự tỉnh Đắk Lắk⟧ từ ⟦DATE|ngày 27-28/4⟧.",
	"⟦ORG|Sở Y tế Bắc Ninh⟧ đề nghị người dân ở phường ⟦LOC|Đại Phúc⟧, thành phố ⟦LOC|Bắc Ninh⟧ không ra khỏi nhà.",
	"Ông ⟦PER|Trần Văn Thuấn⟧, Thứ trưởng ⟦ORG|Bộ Y tế⟧, đã kiểm tra công tác điều trị tại ⟦LOC|Bắc Giang⟧.",
	"Người này sang ⟦LOC|Campuchia⟧ làm việc rồi nhập cảnh trái phép qua đường mòn ở ⟦LOC|An Giang⟧.",
	"Ca bệnh từng đến ⟦ORG|Ngân hàng Vietcombank⟧ chi nhánh ⟦LOC|Hoàn Kiếm⟧ và một quán phở gần nhà.",
	"⟦ORG|Tổng cục Hải quan⟧ ưu tiên thông quan hàng hóa phục vụ chống dịch.",
	"⟦ORG|Cục Hàng không Việt Nam⟧ yêu cầu các hãng hạn chế chuyến bay đến ⟦LOC|Cần Thơ⟧.",
	"Bệnh nhân ở khu phố ⟦LOC|Đông Tác⟧, phường ⟦LOC|Tân Đông Hiệp⟧, thành phố ⟦LOC|Dĩ An⟧, tỉnh ⟦LOC|Bình Dương⟧.",
	"Ca nghi nhiễm ở ⟦LOC|hẻm 185⟧ đường ⟦LOC|Phạm Văn Chiêu⟧, ⟦LOC|phường 9⟧, quận ⟦LOC|Gò Vấp⟧.",
}

// TestCovidNews scores the recognizer on covidNews by type (exact and
// overlap F1), with floors in testdata/covid_news_floors.json.
// VNEXTRACT_GENERAL_VERBOSE=1 lists the misses and the extras.
func TestCovidNews(t *testing.T) {
	scoreMarkedSentences(t, covidNews, []string{"PERSON", "ORGANIZATION", "LOCATION", "DATE"},
		"covid.", "testdata/covid_news_floors.json")
}
