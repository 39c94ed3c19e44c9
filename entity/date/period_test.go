package date

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// span is what TestSentences expects of a span: its text, kind and value.
type span struct {
	text string
	kind Kind
	want string
}

// sentenceRef is Thursday 2 February 2017.
var sentenceRef = time.Date(2017, 2, 2, 0, 0, 0, 0, time.UTC)

// TestSentences reads whole sentences (written for these tests) with each
// preference and checks every span found: weekday ranges, "this X last
// year", holidays, lunar holidays and parts of the day.
func TestSentences(t *testing.T) {
	tests := []struct {
		in     string
		prefer Direction
		want   []span
	}{
		// Weekday ranges: one span, the end on or after the start.
		{"Cửa hàng mở cửa từ thứ hai đến thứ sáu.", Future, []span{{"thứ hai đến thứ sáu", Time, "2017-02-06/2017-02-10"}}},
		{"Cửa hàng mở cửa từ thứ hai đến thứ sáu.", Past, []span{{"thứ hai đến thứ sáu", Time, "2017-01-30/2017-02-03"}}},
		{"Phòng khám làm việc thứ 2 - thứ 7.", Future, []span{{"thứ 2 - thứ 7", Time, "2017-02-06/2017-02-11"}}},
		{"Đội tập từ thứ hai tới thứ tư.", Future, []span{{"thứ hai tới thứ tư", Time, "2017-02-06/2017-02-08"}}},
		{"Trời mưa từ thứ sáu đến chủ nhật tuần này.", Past, []span{{"thứ sáu đến chủ nhật tuần này", Date, "2017-02-03/2017-02-05"}}},
		{"Lớp học nghỉ từ thứ năm đến thứ ba tuần sau.", Future, []span{{"thứ năm đến thứ ba tuần sau", Date, "2017-02-02/2017-02-07"}}},
		{"Anh ấy trực từ thứ bảy tuần trước đến thứ hai.", Future, []span{{"thứ bảy tuần trước đến thứ hai", Date, "2017-01-28/2017-01-30"}}},
		// Date ranges.
		{"Hội chợ mở từ ngày 3 đến ngày 5/6.", Future, []span{{"ngày 3 đến ngày 5/6", Date, "2017-06-03/2017-06-05"}}},
		{"Đợt khám sức khỏe từ 1/7 đến 15/7/2025.", Past, []span{{"1/7 đến 15/7/2025", Date, "2025-07-01/2025-07-15"}}},
		// The same unit a year before or after.
		{"Giá điện tăng so với tháng này năm ngoái.", Past, []span{{"tháng này năm ngoái", Date, "2016-02"}}},
		{"Lượng khách bằng ngày này năm ngoái.", Future, []span{{"ngày này năm ngoái", Date, "2016-02-02"}}},
		{"Doanh số tuần này năm trước thấp hơn.", Past, []span{{"tuần này năm trước", Date, "2016-W05"}}},
		{"Hẹn gặp lại tháng này năm sau.", Future, []span{{"tháng này năm sau", Date, "2018-02"}}},
		{"Sản lượng tăng 8% so với cùng kỳ năm ngoái.", Past, []span{{"cùng kỳ năm ngoái", Date, "2016"}}},
		{"Thu ngân sách vượt cùng kỳ năm trước.", Past, []span{{"cùng kỳ năm trước", Date, "2016"}}},
		{"Ngày này, anh về quê.", Past, nil},
		{"Giá sẽ còn tăng trong quý tới nữa.", Past, []span{{"quý tới", Date, "2017-Q2"}}},
		{"Tuần rồi, giá xăng tăng.", Past, []span{{"Tuần rồi", Date, "2017-W04"}}},
		{"Anh ấy đi làm xa đã 5 năm rồi.", Past, nil},
		{"Hết tháng rồi mà lương chưa về.", Past, nil},
		{"Mùa hè rồi, trời nóng.", Past, nil},
		{"Ba tháng cuối cùng của năm, hàng bán chạy.", Past, nil},
		// A clock time right after a part of the day and its day.
		{"Tối mai 8h, đoàn xuất phát.", Future, []span{{"Tối mai 8h", Time, "2017-02-03T20:00"}}},
		{"Sáng nay 3 người bị thương.", Past, []span{{"Sáng nay", Time, "2017-02-02TMO"}}},
		{"Chiều nay 2 đội thi đấu 90 phút.", Past, []span{{"Chiều nay", Time, "2017-02-02TAF"}}},
		{"Tối nay, 8 giờ, đoàn về.", Past, []span{{"Tối nay", Time, "2017-02-02TEV"}}},
		{"Lễ cúng diễn ra vào rằm tháng 7 âm lịch năm nay.", Past, []span{{"rằm tháng 7 âm lịch năm nay", Date, "2017-09-05"}}},
		{"Mọi người cùng kỳ vọng vào năm tới.", Past, []span{{"năm tới", Date, "2018"}}},
		// "Quốc Khánh" in a name is no holiday.
		{"Ông Nguyễn Quốc Khánh phát biểu.", Past, nil},
		{"Anh Quốc Khánh lên sân khấu.", Past, nil},
		{"Chị Lê Quốc Khánh về nước.", Future, nil},
		{"Lễ Quốc Khánh được tổ chức trang trọng.", Future, []span{{"Quốc Khánh", Date, "2017-09-02"}}},
		{"Phố phường rực rỡ dịp Quốc khánh năm ngoái.", Future, []span{{"Quốc khánh năm ngoái", Date, "2016-09-02"}}},
		{"Cả nước nghỉ lễ quốc khánh 4 ngày.", Future, []span{{"quốc khánh", Date, "2017-09-02"}}},
		{"Dịp quốc khánh 2/9, phố treo cờ.", Future, []span{{"2/9", Date, "2017-09-02"}}},
		{"Hạn nộp hồ sơ là ngày 30/6 năm ngoái.", Future, []span{{"ngày 30/6 năm ngoái", Date, "2016-06-30"}}},
		{"Dịp quốc khánh 2/9 năm nay, phố treo cờ.", Past, []span{{"2/9 năm nay", Date, "2017-09-02"}}},
		{"Đại sứ quán tổ chức Quốc khánh Lào.", Future, nil},
		{"Kỷ niệm Quốc khánh Việt Nam tại Paris.", Future, []span{{"Quốc khánh", Date, "2017-09-02"}}},
		{"Thành phố chúc mừng quốc khánh nước bạn.", Past, nil},
		// Holidays with long names, and lunar holidays on their Gregorian date.
		{"Giới trẻ rủ nhau đi chơi dịp Valentine.", Future, []span{{"Valentine", Date, "2017-02-14"}}},
		{"Cửa hàng bán mặt nạ Halloween 2025.", Past, []span{{"Halloween 2025", Date, "2025-10-31"}}},
		{"Các trường dành hai tuần nghỉ Tết Nguyên đán.", Future, []span{{"Tết Nguyên đán", Date, "2018-02-16"}}},
		{"Các trường dành hai tuần nghỉ Tết Nguyên đán.", Past, []span{{"Tết Nguyên đán", Date, "2017-01-28"}}},
		{"Giá vé tăng trước Tết Nguyên Đán 2026.", Past, []span{{"Tết Nguyên Đán 2026", Date, "2026-02-17"}}},
		{"Chùa đông khách vào Rằm tháng Giêng.", Future, []span{{"Rằm tháng Giêng", Date, "2017-02-11"}}},
		{"Bánh tro bán chạy dịp Tết Đoan ngọ năm nay.", Past, []span{{"Tết Đoan ngọ năm nay", Date, "2017-05-30"}}},
		{"Mùa Vu lan, các chùa tổ chức lễ cài hoa hồng.", Future, []span{{"Vu lan", Date, "2017-09-05"}}},
		{"Thiếu nhi phá cỗ Trung thu.", Past, []span{{"Trung thu", Date, "2016-09-15"}}},
		{"Đêm hội Trung thu năm 2020 rất vui.", Past, []span{{"Trung thu năm 2020", Date, "2020-10-01"}}},
		{"Nhà nhà cúng ông Công ông Táo.", Future, []span{{"ông Công ông Táo", Date, "2018-02-08"}}},
		{"Tỉnh cần tập trung thu hút đầu tư.", Future, nil},
		// The seventh month of 2026 starts with the new moon of the solar
		// eclipse of 12 August 2026 (17:46 UT, 13 August in UTC+7).
		{"Lễ Vu Lan 2026 diễn ra ở nhiều chùa.", Past, []span{{"Vu Lan 2026", Date, "2026-08-27"}}},
		// Parts of the day with no day: today's.
		{"Ông tập thể dục vào buổi sáng.", Future, []span{{"buổi sáng", Time, "2017-02-02TMO"}}},
		{"Chợ họp từ sáng sớm.", Past, []span{{"sáng sớm", Time, "2017-02-02TMO"}}},
		{"Anh ấy làm việc đến đêm khuya.", Future, []span{{"đêm khuya", Time, "2017-02-02TNI"}}},
		{"Trời đổ mưa lúc chiều tối, gió mạnh.", Past, []span{{"chiều tối", Time, "2017-02-02TEV"}}},
		{"Buổi chiều mai lớp nghỉ.", Future, []span{{"Buổi chiều mai", Time, "2017-02-03TAF"}}},
		{"Đoàn xuất phát sáng sớm ngày 5/10.", Past, []span{{"ngày 5/10", Date, "2016-10-05"}}},
		{"Các buổi sáng anh đều chạy bộ.", Past, nil},
		{"Buổi lễ diễn ra trang trọng.", Past, nil},
		{"Căn phòng sáng sủa.", Past, nil},
	}
	for _, tt := range tests {
		var got []span
		for _, s := range Find(tt.in, Options{Ref: sentenceRef, Prefer: tt.prefer}) {
			got = append(got, span{s.Text, s.Kind, s.Value})
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s (%v):\n got  %s\n want %s", tt.in, tt.prefer, show(got), show(tt.want))
		}
	}
}

func show(ss []span) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "[%s %d %s] ", s.text, s.kind, s.want)
	}
	return b.String()
}
