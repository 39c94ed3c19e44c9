package date

import (
	"testing"
	"time"
)

// TestVariants reads variants of the forms of TestForms, as users type
// them, with the future preferred from Thursday 2 February 2017 (the
// reference at midnight unless the case gives a time of day). text is the
// span expected, empty for the whole input.
func TestVariants(t *testing.T) {
	for _, c := range []struct {
		in, text string
		kind     Kind
		want     string
	}{
		// Ranges of clock times are one TIME.
		{"từ 8h đến 10h", "8h đến 10h", Time, "2017-02-02T08:00/2017-02-02T10:00"},
		{"7h-11h", "", Time, "2017-02-02T07:00/2017-02-02T11:00"},
		{"7h30 - 11h30", "", Time, "2017-02-02T07:30/2017-02-02T11:30"},
		{"từ 9:30 tới 11:00", "9:30 tới 11:00", Time, "2017-02-02T09:30/2017-02-02T11:00"},
		{"từ 2 giờ đến 4 giờ chiều", "2 giờ đến 4 giờ chiều", Time, "2017-02-02T14:00/2017-02-02T16:00"},
		{"từ 3 đến 5 giờ chiều", "3 đến 5 giờ chiều", Time, "2017-02-02T15:00/2017-02-02T17:00"},
		{"từ 8 giờ sáng đến 5 giờ chiều", "8 giờ sáng đến 5 giờ chiều", Time, "2017-02-02T08:00/2017-02-02T17:00"},
		{"từ 22h đến 2h", "22h đến 2h", Time, "2017-02-02T22:00/2017-02-03T02:00"},
		{"từ 7h đến 9h sáng mai", "7h đến 9h sáng mai", Time, "2017-02-03T07:00/2017-02-03T09:00"},
		{"từ 21h đến 1h sáng mai", "21h đến 1h sáng mai", Time, "2017-02-02T21:00/2017-02-03T01:00"},
		{"từ 8h đến 11h ngày mai", "8h đến 11h ngày mai", Time, "2017-02-03T08:00/2017-02-03T11:00"},
		// Before the reference, after it.
		{"cách đây 3 ngày", "", Date, "2017-01-30"},
		{"cách đây hai tuần", "", Date, "2017-W03"},
		{"cách đây 4 tháng", "", Date, "2016-10"},
		{"cách đây 50 năm", "", Date, "1967"},
		{"cách đây 5 phút", "", Time, "2017-02-01T23:55"},
		{"cách đây một tiếng", "", Time, "2017-02-01T23:00"},
		{"3 ngày nữa", "", Date, "2017-02-05"},
		{"hai tuần nữa", "", Date, "2017-W07"},
		{"một tháng nữa", "", Date, "2017-03"},
		{"5 năm nữa", "", Date, "2022"},
		{"5 phút nữa", "", Time, "2017-02-02T00:05"},
		{"2 tiếng nữa", "", Time, "2017-02-02T02:00"},
		{"một giờ nữa", "", Time, "2017-02-02T01:00"},
		{"3 tiếng tới", "", Time, "2017-02-02T01:00/2017-02-02T03:00"},
		{"một tuần qua", "", Date, "2017-W04"},
		{"một năm tới", "", Date, "2018"},
		{"2 quý tới", "", Date, "2017-Q2/2017-Q3"},
		{"hai quý vừa rồi", "", Date, "2016-Q3/2016-Q4"},
		// A day and a clock time after "lúc" are one TIME.
		{"thứ bảy lúc 9 giờ sáng", "", Time, "2017-02-04T09:00"},
		{"thứ 7 lúc 9h sáng", "", Time, "2017-02-04T09:00"},
		{"chủ nhật tuần sau lúc 15h", "", Time, "2017-02-12T15:00"},
		{"ngày mai lúc 5 giờ chiều", "", Time, "2017-02-03T17:00"},
		{"hôm nay lúc 20:30", "", Time, "2017-02-02T20:30"},
		{"vào thứ Hai, lúc 15 giờ 30", "thứ Hai, lúc 15 giờ 30", Time, "2017-02-06T15:30"},
		{"8 giờ sáng ngày mốt", "", Time, "2017-02-04T08:00"},
		{"giữa trưa", "", Time, "2017-02-02T12:00"},
		{"giữa trưa nay", "", Time, "2017-02-02T12:00"},
		// First and last of a month, a year.
		{"ngày cuối cùng của tháng 10", "", Date, "2017-10-31"},
		{"ngày cuối cùng của tháng này", "", Date, "2017-02-28"},
		{"tuần cuối cùng của tháng 10", "", Date, "2017-W44"},
		{"quý đầu tiên của năm 2018", "", Date, "2018-Q1"},
		{"quý cuối cùng của năm nay", "", Date, "2017-Q4"},
		{"thứ hai đầu tiên của tháng 3", "", Date, "2017-03-06"},
		{"thứ 2 cuối cùng của tháng 3", "", Date, "2017-03-27"},
		{"chủ nhật cuối cùng của tháng sau", "", Date, "2017-03-26"},
		// Days alone, relative months.
		{"ngày mốt", "", Date, "2017-02-04"},
		{"ngày 10", "", Date, "2017-02-10"},
		{"ngày 1", "", Date, "2017-03-01"},
		{"mùng 2", "", Date, "2017-02-02"},
		{"ngày mười lăm", "", Date, "2017-02-15"},
		{"ngày 30", "", Date, "2017-03-30"},
		{"ngày 3 tháng sau", "", Date, "2017-03-03"},
		{"ngày 31 tháng trước", "", Date, "2017-01-31"},
		// Holidays.
		{"lễ tình nhân", "", Date, "2017-02-14"},
	} {
		got := Find(c.in, Options{Ref: formsRef, Prefer: Future})
		text := c.text
		if text == "" {
			text = c.in
		}
		if len(got) != 1 || got[0].Kind != c.kind || got[0].Value != c.want || got[0].Text != text {
			t.Errorf("%q: got %v, want one %v %q %q", c.in, got, c.kind, text, c.want)
		}
	}
}

// TestVariantsAt reads forms whose value depends on the reference's time
// of day: Thursday 2 February 2017, 03:55.
func TestVariantsAt(t *testing.T) {
	ref := time.Date(2017, 2, 2, 3, 55, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want string
	}{
		{"cách đây 5 phút", "2017-02-02T03:50"},
		{"3 tiếng nữa", "2017-02-02T06:55"},
		{"từ 8h đến 10h", "2017-02-02T08:00/2017-02-02T10:00"},
		{"từ 1h đến 3h", "2017-02-03T01:00/2017-02-03T03:00"},
		{"một tiếng nữa", "2017-02-02T04:55"},
	} {
		got := Find(c.in, Options{Ref: ref, Prefer: Future})
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q: got %v, want %q", c.in, got, c.want)
		}
	}
}

// TestDayAloneNeedsPhraseEnd checks that a day number after "ngày" is a
// date only at the end of its phrase, that a counted "ngày" is none, and
// that durations and distances are no dates.
func TestDayAloneNeedsPhraseEnd(t *testing.T) {
	for _, in := range []string{
		"ngày 15 của dự án",
		"sau ngày 3 lần",
		"hai ngày 15",
		"ngày 40",
		"thêm 3 ngày nữa",
		"kéo dài hơn 2 tuần nữa",
		"cách đây 3 km",
	} {
		if got := Find(in, Options{Ref: formsRef, Prefer: Future}); len(got) != 0 {
			t.Errorf("%q: got %v, want nothing", in, got)
		}
	}
	got := Find("Sáng ngày 15, đoàn đến Huế.", Options{Ref: formsRef})
	if len(got) != 1 || got[0].Text != "ngày 15" || got[0].Value != "2017-02-15" {
		t.Errorf("got %v, want ngày 15 = 2017-02-15", got)
	}
	got = Find("ngày 15", Options{})
	if len(got) != 1 || got[0].Value != "XXXX-XX-15" {
		t.Errorf("without a reference: got %v, want XXXX-XX-15", got)
	}
}
