package date

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dateRef is the reference date of the tables: Sunday 20 June 2021 (ISO week 24).
var dateRef = time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC)

type dm struct{ text, value string }

type dateCase struct {
	in      string
	noRef   []dm // expected without a reference date
	withRef []dm // expected with dateRef; nil = same as noRef
}

func dateMentions(t *testing.T, text string, opt Options) []dm {
	t.Helper()
	ms := Find(text, opt)
	checkMentionInvariants(t, text, ms)
	var out []dm
	for _, m := range ms {
		out = append(out, dm{m.Text, m.Value})
	}
	return out
}

func checkMentionInvariants(t testing.TB, text string, ms []Span) {
	t.Helper()
	// Rune boundaries as decoding sees them (an invalid byte is a rune of its own).
	boundary := func(off int) bool {
		if off == len(text) {
			return true
		}
		if utf8.RuneStart(text[off]) {
			return true
		}
		// A continuation byte starts a rune only when it is not part of a valid sequence.
		for back := 1; back <= utf8.UTFMax && off-back >= 0; back++ {
			if utf8.RuneStart(text[off-back]) {
				_, n := utf8.DecodeRuneInString(text[off-back:])
				return n <= back
			}
		}
		return true
	}
	for k, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %d out of range: %+v (len %d)", k, m, len(text))
		}
		if !boundary(m.Start) || !boundary(m.End) {
			t.Fatalf("mention %d not at rune boundaries: %+v", k, m)
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d text %q != slice %q", k, m.Text, text[m.Start:m.End])
		}
		if m.Kind != Date && m.Kind != Time {
			t.Fatalf("mention %d has kind %v", k, m.Kind)
		}
		if k > 0 && ms[k-1].End > m.Start {
			t.Fatalf("mentions %d and %d overlap or are unsorted: %+v %+v", k-1, k, ms[k-1], m)
		}
	}
}

func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.noRef, dateMentions(t, c.in, Options{}), "without reference date")
			want := c.withRef
			if want == nil {
				want = c.noRef
			}
			assert.Equal(t, want, dateMentions(t, c.in, Options{Ref: dateRef}), "with reference date 2021-06-20")
		})
	}
}

func TestFindDatesNumeric(t *testing.T) {
	runDateCases(t, []dateCase{
		{"Ngày 1/10, tại Hà Nội đã diễn ra phiên bế mạc.", []dm{{"Ngày 1/10", "XXXX-10-01"}}, []dm{{"Ngày 1/10", "2021-10-01"}}},
		{"Chiều 18/12, Hội nghị cấp cao", []dm{{"18/12", "XXXX-12-18"}}, []dm{{"18/12", "2021-12-18"}}},
		{"Ngày 18/6 tại Hà Nội", []dm{{"Ngày 18/6", "XXXX-06-18"}}, []dm{{"Ngày 18/6", "2021-06-18"}}},
		{"Ngày 20/01 tại Hà Nội", []dm{{"Ngày 20/01", "XXXX-01-20"}}, []dm{{"Ngày 20/01", "2021-01-20"}}},
		{"Thời tiết hôm nay (21/01): Bắc Bộ rét", []dm{{"hôm nay", ""}, {"21/01", "XXXX-01-21"}}, []dm{{"hôm nay", "2021-06-20"}, {"21/01", "2021-01-21"}}},
		{"cho biết, ngày 21//01, do ảnh hưởng", []dm{{"ngày 21//01", "XXXX-01-21"}}, []dm{{"ngày 21//01", "2021-01-21"}}},
		{"Nghị quyết 84/NQ-CP ngày 29/5/2020 của Chính phủ", []dm{{"ngày 29/5/2020", "2020-05-29"}}, nil},
		{"trưa 17/4/2025, Thứ trưởng", []dm{{"17/4/2025", "2025-04-17"}}, nil},
		{"ký ngày 15/11/21 tại Moscow", []dm{{"ngày 15/11/21", "2021-11-15"}}, nil},
		{"hạn chót 05/06/99.", []dm{{"05/06/99", "1999-06-05"}}, nil},
		{"ngày 5-10-2024", []dm{{"ngày 5-10-2024", "2024-10-05"}}, nil},
		{"ngày 5.10.2024", []dm{{"ngày 5.10.2024", "2024-10-05"}}, nil},
		{"vào 15/12 với sự tham gia", []dm{{"15/12", "XXXX-12-15"}}, []dm{{"15/12", "2021-12-15"}}},
		{"ngày 29/2", []dm{{"ngày 29/2", "XXXX-02-29"}}, []dm{{"ngày 29/2", "2020-02-29"}}},
		{"ngày 29/2/2024", []dm{{"ngày 29/2/2024", "2024-02-29"}}, nil},
		{"Ngày 22/12, Phòng Cảnh sát", []dm{{"Ngày 22/12", "XXXX-12-22"}}, []dm{{"Ngày 22/12", "2020-12-22"}}},
		{"Quốc khánh 2/9", []dm{{"2/9", "XXXX-09-02"}}, []dm{{"2/9", "2021-09-02"}}},
	})
}

func TestFindDatesSpelled(t *testing.T) {
	runDateCases(t, []dateCase{
		{"ngày 5 tháng 10 năm 2024", []dm{{"ngày 5 tháng 10 năm 2024", "2024-10-05"}}, nil},
		{"mồng 3 tháng ba", []dm{{"mồng 3 tháng ba", "XXXX-03-03"}}, []dm{{"mồng 3 tháng ba", "2021-03-03"}}},
		{"mùng một tháng giêng", []dm{{"mùng một tháng giêng", "XXXX-01-01"}}, []dm{{"mùng một tháng giêng", "2021-01-01"}}},
		{"ngày mười lăm tháng tám", []dm{{"ngày mười lăm tháng tám", "XXXX-08-15"}}, []dm{{"ngày mười lăm tháng tám", "2021-08-15"}}},
		{"ngày hai mươi mốt tháng mười hai năm 2020", []dm{{"ngày hai mươi mốt tháng mười hai năm 2020", "2020-12-21"}}, nil},
		{"ngày 30 tháng 4 năm 1975", []dm{{"ngày 30 tháng 4 năm 1975", "1975-04-30"}}, nil},
		{"vào tháng giêng", []dm{{"tháng giêng", "XXXX-01"}}, []dm{{"tháng giêng", "2021-01"}}},
		{"tháng chạp", []dm{{"tháng chạp", "XXXX-12"}}, []dm{{"tháng chạp", "2020-12"}}},
		{"vào tháng 10/2026.", []dm{{"tháng 10/2026", "2026-10"}}, nil},
		{"Vào tháng 8 năm 2020, ông", []dm{{"tháng 8 năm 2020", "2020-08"}}, nil},
		{"trong tháng 10", []dm{{"tháng 10", "XXXX-10"}}, []dm{{"tháng 10", "2021-10"}}},
		{"tháng 10 năm nay", []dm{{"tháng 10 năm nay", ""}}, []dm{{"tháng 10 năm nay", "2021-10"}}},
		{"năm 2024", []dm{{"năm 2024", "2024"}}, nil},
		{"(năm 2024), còn khiêm tốn", []dm{{"năm 2024", "2024"}}, nil},
		{"đầu năm 2025", []dm{{"đầu năm 2025", "2025"}}, nil},
		{"cuối tháng 3", []dm{{"cuối tháng 3", "XXXX-03"}}, []dm{{"cuối tháng 3", "2021-03"}}},
		{"quý 3", []dm{{"quý 3", "XXXX-Q3"}}, []dm{{"quý 3", "2021-Q3"}}},
		{"quý 4 năm 2018", []dm{{"quý 4 năm 2018", "2018-Q4"}}, nil},
		{"quý IV/2018", []dm{{"quý IV/2018", "2018-Q4"}}, nil},
		{"các năm 2023 và 2024", []dm{{"năm 2023", "2023"}, {"2024", "2024"}}, nil},
		{"Năm 2025 được xem là", []dm{{"Năm 2025", "2025"}}, nil},
	})
}

func TestFindDatesRanges(t *testing.T) {
	runDateCases(t, []dateCase{
		{"từ ngày 18-20/2/2026, theo lời mời", []dm{{"ngày 18-20/2/2026", "2026-02-18/2026-02-20"}}, nil},
		{"từ ngày 5-10/12.", []dm{{"ngày 5-10/12", "XXXX-12-05/XXXX-12-10"}}, []dm{{"ngày 5-10/12", "2021-12-05/2021-12-10"}}},
		{"từ 5-10/12", []dm{{"5-10/12", "XXXX-12-05/XXXX-12-10"}}, []dm{{"5-10/12", "2021-12-05/2021-12-10"}}},
		{"từ ngày 10 đến 31/01,", []dm{{"ngày 10 đến 31/01", "XXXX-01-10/XXXX-01-31"}}, []dm{{"ngày 10 đến 31/01", "2021-01-10/2021-01-31"}}},
		{"(22/12/1944 - 22/12/2024)", []dm{{"22/12/1944 - 22/12/2024", "1944-12-22/2024-12-22"}}, nil},
		{"(30/4/1975-30/4/2025).", []dm{{"30/4/1975-30/4/2025", "1975-04-30/2025-04-30"}}, nil},
		{"cho giai đoạn 2018-2021. Đại sứ", []dm{{"giai đoạn 2018-2021", "2018/2021"}}, nil},
		{"nhiệm kỳ 2021 - 2026 vừa diễn ra", []dm{{"nhiệm kỳ 2021 - 2026", "2021/2026"}}, nil},
		{"thời kỳ 2021 - 2030,", []dm{{"thời kỳ 2021 - 2030", "2021/2030"}}, nil},
		{"từ ngày 5/10 đến ngày 10/10/2024", []dm{{"ngày 5/10 đến ngày 10/10/2024", "2024-10-05/2024-10-10"}}, nil},
		{"từ tháng 3 đến tháng 5/2025", []dm{{"tháng 3 đến tháng 5/2025", "2025-03/2025-05"}}, nil},
		{"từ 2018 đến 2021", []dm{{"2018 đến 2021", "2018/2021"}}, nil},
		{"năm 2018-2021", []dm{{"năm 2018-2021", "2018/2021"}}, nil},
		{"từ 28/12 - 3/1", []dm{{"28/12 - 3/1", "XXXX-12-28/XXXX-01-03"}}, []dm{{"28/12 - 3/1", "2020-12-28/2021-01-03"}}},
	})
}

func TestFindDatesCoordination(t *testing.T) {
	runDateCases(t, []dateCase{
		{"trong hai ngày 30/9 và 1/10.", []dm{{"30/9", "XXXX-09-30"}, {"1/10", "XXXX-10-01"}}, []dm{{"30/9", "2021-09-30"}, {"1/10", "2021-10-01"}}},
		{"ngày 5, 6 và 7/12", []dm{{"ngày 5", "XXXX-12-05"}, {"6", "XXXX-12-06"}, {"7/12", "XXXX-12-07"}}, []dm{{"ngày 5", "2021-12-05"}, {"6", "2021-12-06"}, {"7/12", "2021-12-07"}}},
		{"ngày 5 và 6/12/2024", []dm{{"ngày 5", "2024-12-05"}, {"6/12/2024", "2024-12-06"}}, nil},
		{"ngày 20/4 và ngày 21/4", []dm{{"ngày 20/4", "XXXX-04-20"}, {"ngày 21/4", "XXXX-04-21"}}, []dm{{"ngày 20/4", "2021-04-20"}, {"ngày 21/4", "2021-04-21"}}},
	})
}

func TestFindDatesRelative(t *testing.T) {
	runDateCases(t, []dateCase{
		{"hôm nay", []dm{{"hôm nay", ""}}, []dm{{"hôm nay", "2021-06-20"}}},
		{"hôm qua", []dm{{"hôm qua", ""}}, []dm{{"hôm qua", "2021-06-19"}}},
		{"hôm kia", []dm{{"hôm kia", ""}}, []dm{{"hôm kia", "2021-06-18"}}},
		{"ngày mai", []dm{{"ngày mai", ""}}, []dm{{"ngày mai", "2021-06-21"}}},
		{"ngày kia", []dm{{"ngày kia", ""}}, []dm{{"ngày kia", "2021-06-22"}}},
		{"ngày hôm qua", []dm{{"ngày hôm qua", ""}}, []dm{{"ngày hôm qua", "2021-06-19"}}},
		{"tuần tới", []dm{{"tuần tới", ""}}, []dm{{"tuần tới", "2021-W25"}}},
		{"tuần này", []dm{{"tuần này", ""}}, []dm{{"tuần này", "2021-W24"}}},
		{"tuần trước", []dm{{"tuần trước", ""}}, []dm{{"tuần trước", "2021-W23"}}},
		{"cuối tuần này", []dm{{"cuối tuần này", ""}}, []dm{{"cuối tuần này", "2021-W24-WE"}}},
		{"tháng trước", []dm{{"tháng trước", ""}}, []dm{{"tháng trước", "2021-05"}}},
		{"tháng tới", []dm{{"tháng tới", ""}}, []dm{{"tháng tới", "2021-07"}}},
		{"năm ngoái", []dm{{"năm ngoái", ""}}, []dm{{"năm ngoái", "2020"}}},
		{"Đặc biệt trong năm nay", []dm{{"năm nay", ""}}, []dm{{"năm nay", "2021"}}},
		{"năm tới", []dm{{"năm tới", ""}}, []dm{{"năm tới", "2022"}}},
		{"từ đầu năm đến nay", []dm{{"đầu năm", ""}}, []dm{{"đầu năm", "2021"}}},
		{"trong 3 ngày tới", []dm{{"3 ngày tới", ""}}, []dm{{"3 ngày tới", "2021-06-21/2021-06-23"}}},
		{"ba ngày qua", []dm{{"ba ngày qua", ""}}, []dm{{"ba ngày qua", "2021-06-17/2021-06-19"}}},
		{"2 tuần tới", []dm{{"2 tuần tới", ""}}, []dm{{"2 tuần tới", "2021-W25/2021-W26"}}},
	})
}

func TestFindDatesWeekdays(t *testing.T) {
	runDateCases(t, []dateCase{
		{"vào thứ hai", []dm{{"thứ hai", ""}}, []dm{{"thứ hai", "2021-06-21"}}},
		{"sáng thứ 5", []dm{{"sáng thứ 5", ""}}, []dm{{"sáng thứ 5", "2021-06-17TMO"}}},
		{"Chủ nhật", []dm{{"Chủ nhật", ""}}, []dm{{"Chủ nhật", "2021-06-20"}}},
		{"thứ sáu tới", []dm{{"thứ sáu tới", ""}}, []dm{{"thứ sáu tới", "2021-06-25"}}},
		{"thứ 5 tuần trước", []dm{{"thứ 5 tuần trước", ""}}, []dm{{"thứ 5 tuần trước", "2021-06-10"}}},
		{"thứ bảy tuần sau", []dm{{"thứ bảy tuần sau", ""}}, []dm{{"thứ bảy tuần sau", "2021-06-26"}}},
		{"thứ tư vừa qua", []dm{{"thứ tư vừa qua", ""}}, []dm{{"thứ tư vừa qua", "2021-06-16"}}},
		{"Thứ Hai, 15/11/2021", []dm{{"15/11/2021", "2021-11-15"}}, nil},
		// Ordinals are not weekdays.
		{"lần thứ hai tại Nga", nil, nil},
		{"Thứ ba, chúng tôi đề xuất", nil, nil},
		{"đứng thứ 6 cả nước", nil, nil},
		{"Kỳ họp thứ 20", nil, nil},
	})
}

func TestFindDatesHolidaysAndYears(t *testing.T) {
	runDateCases(t, []dateCase{
		{"dịp Giáng sinh", []dm{{"Giáng sinh", "XXXX-12-25"}}, []dm{{"Giáng sinh", "2020-12-25"}}},
		{"mùa Noel 2024", []dm{{"Noel 2024", "2024-12-25"}}, nil},
		{"chào mừng Quốc khánh 2/9", []dm{{"2/9", "XXXX-09-02"}}, []dm{{"2/9", "2021-09-02"}}},
		{"chúc Tết Bính Ngọ 2026", []dm{{"2026", "2026"}}, nil},
		{"Nhân dịp Xuân Bính Ngọ 2026, đúng thời khắc", []dm{{"2026", "2026"}}, nil},
		{"che chở giữa mưa bom 1972\n", []dm{{"1972", "1972"}}, nil},
		{"Đối ngoại nhân dân Cần Thơ 2025: Khẳng định", []dm{{"2025", "2025"}}, nil},
		{"chào năm mới 2025", []dm{{"2025", "2025"}}, nil},
		{"(1975 - 2025)", []dm{{"1975 - 2025", "1975/2025"}}, nil},
	})
}

func TestFindDatesClock(t *testing.T) {
	runDateCases(t, []dateCase{
		{"06:00", []dm{{"06:00", "T06:00"}}, []dm{{"06:00", "2021-06-20T06:00"}}},
		{"lúc 15 giờ 30", []dm{{"15 giờ 30", "T15:30"}}, []dm{{"15 giờ 30", "2021-06-20T15:30"}}},
		{"15 giờ 30 phút", []dm{{"15 giờ 30 phút", "T15:30"}}, []dm{{"15 giờ 30 phút", "2021-06-20T15:30"}}},
		{"lúc 3 giờ chiều", []dm{{"3 giờ chiều", "T15:00"}}, []dm{{"3 giờ chiều", "2021-06-20T15:00"}}},
		{"9 giờ rưỡi sáng", []dm{{"9 giờ rưỡi sáng", "T09:30"}}, []dm{{"9 giờ rưỡi sáng", "2021-06-20T09:30"}}},
		{"lúc 10h45", []dm{{"10h45", "T10:45"}}, []dm{{"10h45", "2021-06-20T10:45"}}},
		{"06:00 | 15/11/2021 GMT+7", []dm{{"06:00", "2021-11-15T06:00"}, {"15/11/2021", "2021-11-15"}}, nil},
		{"15:27 | 20/06/2021 GMT+7", []dm{{"15:27", "2021-06-20T15:27"}, {"20/06/2021", "2021-06-20"}}, nil},
		{"khung giờ từ 23h ngày 22/12.", []dm{{"23h", "XXXX-12-22T23:00"}, {"ngày 22/12", "XXXX-12-22"}}, []dm{{"23h", "2020-12-22T23:00"}, {"ngày 22/12", "2020-12-22"}}},
		{"ngày 5/10/2024, lúc 8h30", []dm{{"ngày 5/10/2024", "2024-10-05"}, {"8h30", "2024-10-05T08:30"}}, nil},
		// Durations and scores are not clock times.
		{"ngừng bắn 30 giờ", nil, nil},
		{"trong 24 giờ qua", nil, nil},
		{"tỷ số 3:1", nil, nil},
	})
}

func TestFindDatesUndiacritized(t *testing.T) {
	runDateCases(t, []dateCase{
		{"ngay 5 thang 10 nam 2024", []dm{{"ngay 5 thang 10 nam 2024", "2024-10-05"}}, nil},
		{"hom nay troi nang", []dm{{"hom nay", ""}}, []dm{{"hom nay", "2021-06-20"}}},
		{"tu ngay 18-20/2/2026", []dm{{"ngay 18-20/2/2026", "2026-02-18/2026-02-20"}}, nil},
		{"theo nhom nganh nam 2025", []dm{{"nam 2025", "2025"}}, nil},
		{"cac cap nhiem ky 2026 2031", []dm{{"nhiem ky 2026 2031", "2026/2031"}}, nil},
		{"thuong mai tu 142025", []dm{{"142025", "2025-04-01"}}, nil},
		{"mong 3 thang ba", []dm{{"mong 3 thang ba", "XXXX-03-03"}}, []dm{{"mong 3 thang ba", "2021-03-03"}}},
		{"nam ngoai", []dm{{"nam ngoai", ""}}, []dm{{"nam ngoai", "2020"}}},
		{"thu sau toi", []dm{{"thu sau toi", ""}}, []dm{{"thu sau toi", "2021-06-25"}}},
		{"viet nam 2024", nil, nil},
		// "ngay" (immediately) and "Nam" in diacritized text are not date words.
		{"ngay trong năm 2024 Ủy ban", []dm{{"năm 2024", "2024"}}, nil},
		{"Triển lãm Quốc phòng quốc tế Việt Nam 2024", nil, nil},
	})
}

func TestFindDatesRejections(t *testing.T) {
	for _, in := range []string{
		"ngày 31/2", "ngày 32/1", "ngày 0/5", "31/2/2024", "ngày 29/2/2021", "ngày 31/4", "ngày 5/13",
		"ước đạt 10,2%, đứng thứ 6", "Nghị quyết 84/NQ-CP", "Chỉ thị 04/CT-TW", "Chỉ thị số 04-CT/TW",
		"văn bản số 9275/VPCP-NN", "với 24 tham luận", "tăng 1.2 lần", "tỷ số 3-1", "thắng 2-0",
		"gọi 0912.345.678", "gọi 0912 345 678", "nhiệt độ giảm 7-8 độ C", "phổ biến 17-20 độ.",
		"giảm khoảng 2-3 độ.", "bão số 13", "kỷ niệm 10 năm", "75 năm thành lập", "hai ngày làm việc",
		"Gần 2 năm sau", "chào năm mới", "năm cũ", "thời gian tới", "COVID-19", "chiếm 1/3 dân số",
		"Vietnam Happy Fest 2025: Lan tỏa", "Luật biển 1982, qua đó", "hơn 1.100 người", "10.000 tỷ đồng",
		"phiên bản 1.2.3", "192.168.1.1", "những năm tới", "trong giai đoạn mới", "giai đoạn 1, quy mô",
		"đá quý Việt Nam", "Hà Nội 2025 tổ chức", "lễ Phật đầu năm tại chùa", "giữa năm cũ và năm mới",
		"Năm qua đã làm gì", "20 năm qua", "7 tháng năm", "2/3 đại biểu tán thành", "lần thứ 2",
	} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateMentions(t, in, Options{}))
			assert.Empty(t, dateMentions(t, in, Options{Ref: dateRef}))
		})
	}
}

func TestFindDateline(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"--> -->\nTrang chủ Kinh tế Doanh nghiệp - Doanh nhân\n06:00 | 15/11/2021 GMT+7\nTheo dõi", "2021-11-15"},
		{"Trang chủ Hữu nghị Bốn phương kết bạn\n15:27 | 20/06/2021 GMT+7\n\nĐối ngoại", "2021-06-20"},
		{"Thứ hai, 15/11/2021 06:00 (GMT+7)", "2021-11-15"},
		{"15/11/2021 06:00", "2021-11-15"},
		{"Cập nhật: 15/11/2021 GMT+7", "2021-11-15"},
		{"Thực hiện Nghị quyết 84/NQ-CP ngày 29/5/2020 của Chính phủ", ""},
		{"Ngày 1/10, tại Hà Nội", ""},
		{strings.Repeat("x ", 600) + "06:00 | 15/11/2021", ""},
	} {
		got, ok := Dateline(c.in)
		if c.want == "" {
			assert.False(t, ok, c.in)
			continue
		}
		if assert.True(t, ok, c.in) {
			assert.Equal(t, c.want, got.Format("2006-01-02"), c.in)
		}
	}
}

// goldenMention is the part of a golden fixture mention the date tests read.
type goldenMention struct {
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

// TestDateGolden scores Find against the hand-written golden fixtures:
// DATE F1 (overlap) and value accuracy of the matched dates must reach 0.95.
func TestDateGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "golden", "*.json"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("no golden fixtures")
	}
	tp, fp, fn, good := 0, 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var g struct {
			Document string          `json:"document"`
			RefDate  *string         `json:"ref_date"`
			Mentions []goldenMention `json:"mentions"`
		}
		require.NoError(t, json.Unmarshal(b, &g), f)
		if g.Document == "" {
			continue // not a fixture (e.g. floors.json)
		}
		raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", g.Document))
		require.NoError(t, err)
		text := string(raw)
		var opt Options
		if ref, ok := Dateline(text); ok {
			opt.Ref = ref
		}
		if g.RefDate != nil {
			assert.Equal(t, *g.RefDate, opt.Ref.Format("2006-01-02"), "dateline of %s", g.Document)
		} else {
			assert.True(t, opt.Ref.IsZero(), "%s has no dateline", g.Document)
		}
		got := Find(text, opt)
		checkMentionInvariants(t, text, got)
		var gold []goldenMention
		for _, m := range g.Mentions {
			if m.Type == "DATE" {
				gold = append(gold, m)
			}
		}
		used := make([]bool, len(gold))
		for _, m := range got {
			if m.Kind != Date {
				continue
			}
			k := sort.Search(len(gold), func(k int) bool { return gold[k].End > m.Start })
			for ; k < len(gold) && gold[k].Start < m.End; k++ {
				if !used[k] {
					break
				}
			}
			if k >= len(gold) || gold[k].Start >= m.End || used[k] {
				fp++
				t.Logf("%s: spurious DATE %q (%s)", g.Document, m.Text, m.Rule)
				continue
			}
			used[k] = true
			tp++
			if gold[k].Value == m.Value {
				good++
			} else {
				t.Logf("%s: %q value %q, golden %q", g.Document, m.Text, m.Value, gold[k].Value)
			}
		}
		for k, u := range used {
			if !u {
				fn++
				t.Logf("%s: missed DATE %q", g.Document, gold[k].Text)
			}
		}
	}
	require.Positive(t, tp)
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	acc := float64(good) / float64(tp)
	t.Logf("DATE golden: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f value accuracy=%.3f", tp, fp, fn, p, r, f1, acc)
	assert.GreaterOrEqual(t, f1, 0.95, "DATE F1")
	assert.GreaterOrEqual(t, acc, 0.95, "DATE value accuracy")
}

// TestDatelineForms checks the dateline forms found near the top of news pages.
func TestDatelineForms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" when there is no dateline
	}{
		{"06:00 | 15/11/2021 GMT+7\nTin tức", "2021-11-15"},
		{"Thứ Sáu, 20/06/2021 15:27 (GMT+7)\nBài viết", "2021-06-20"},
		{"Hà Nội, ngày 12/3/2025 - Sáng nay, Thủ tướng ...", "2025-03-12"},
		{"Tiêu đề\nTP.HCM, ngày 5/9/2025\nNội dung", "2025-09-05"},
		{"Cập nhật: 20/06/2021\nNội dung", "2021-06-20"},
		{"Ông Nam sinh ngày 12/3/1960 tại Huế.", ""},
		{"Nghị quyết số 84/NQ-CP ngày 29/5/2020 của Chính phủ", ""},
	} {
		got, ok := Dateline(tc.text)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("%q: dateline %q, want %q", tc.text, s, tc.want)
		}
	}
}
