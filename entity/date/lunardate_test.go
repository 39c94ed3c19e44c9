package date

import (
	"testing"
	"time"
)

// TestLunarDates reads dates of the lunar calendar with the reference
// Thursday 2 February 2017 (lunar 6/1 of 2017) preferring the past and the
// future, and without a reference. text is the span expected (empty: the
// whole input); want* empty means an empty value.
func TestLunarDates(t *testing.T) {
	for _, c := range []struct {
		in, text            string
		past, future, noRef string
	}{
		{in: "mùng 1 tháng 8 âm lịch", past: "2016-09-01", future: "2017-09-20"},
		{in: "mồng 5 tháng 5 âm lịch", past: "2017-05-30", future: "2017-05-30"},
		{in: "ngày 15 tháng 7 âm lịch năm 2025", past: "2025-09-06", future: "2025-09-06", noRef: "2025-09-06"},
		{in: "ngày 10 tháng 3 năm 2025 âm lịch", past: "2025-04-07", future: "2025-04-07", noRef: "2025-04-07"},
		{in: "ngày 10/3 âm lịch", past: "2017-04-06", future: "2017-04-06"},
		{in: "10/3 (ÂL)", past: "2017-04-06", future: "2017-04-06"},
		{in: "mùng mười tháng ba âm lịch", past: "2017-04-06", future: "2017-04-06"},
		{in: "ngày 23 tháng Chạp âm lịch", past: "2017-01-20", future: "2018-02-08"},
		{in: "ngày 15 tháng 8 (âm lịch) năm nay", past: "2017-10-04", future: "2017-10-04"},
		{in: "ngày 15 tháng 8 âm lịch năm ngoái", past: "2016-09-15", future: "2016-09-15"},
		// The full moon makes the day lunar without "âm lịch".
		{in: "rằm tháng 7", past: "2016-08-17", future: "2017-09-05"},
		{in: "rằm tháng Tám âm lịch năm 2023", past: "2023-09-29", future: "2023-09-29", noRef: "2023-09-29"},
		{in: "ngày rằm tháng 10", past: "2016-11-14", future: "2017-12-02"},
		// Days of Tết: the first month, or the last of the year before.
		{in: "mùng 2 Tết", past: "2017-01-29", future: "2018-02-17"},
		{in: "mồng 3 Tết năm 2024", past: "2024-02-12", future: "2024-02-12", noRef: "2024-02-12"},
		{in: "ngày 30 Tết năm 2024", past: "2024-02-09", future: "2024-02-09", noRef: "2024-02-09"},
		{in: "28 Tết", past: "2017-01-25", future: "2018-02-13"},
		// A lunar month is the range of its days.
		{in: "tháng 7 âm lịch", past: "2016-08-03/2016-08-31", future: "2017-08-22/2017-09-19"},
		{in: "tháng Giêng âm lịch năm 2025", past: "2025-01-29/2025-02-27", future: "2025-01-29/2025-02-27", noRef: "2025-01-29/2025-02-27"},
		// A year by its name: the one nearest the reference's.
		{in: "mồng 3 tháng 3 năm Ất Tỵ âm lịch", past: "2025-03-31", future: "2025-03-31"},
		{in: "ngày mùng 10 tháng 3 năm Giáp Thìn (âm lịch)", past: "2024-04-18", future: "2024-04-18"},
		{in: "ngày 15 tháng 8 năm Giáp Ngọ âm lịch", past: "2014-09-08", future: "2014-09-08"},
		{in: "mùng 1 Tết năm Bính Ngọ", past: "2026-02-17", future: "2026-02-17"},
		{in: "ngày 23 tháng Chạp năm Giáp Thìn âm lịch", past: "2025-01-22", future: "2025-01-22"},
		// A leap month: 2020 repeats the fourth, 2023 the second, 2025 the sixth.
		{in: "tháng 4 nhuận", past: "2020-05-23/2020-06-20", future: "2020-05-23/2020-06-20"},
		{in: "ngày 5 tháng 4 nhuận năm 2020", past: "2020-05-27", future: "2020-05-27", noRef: "2020-05-27"},
		{in: "ngày 10 tháng 2 nhuận năm 2023 âm lịch", past: "2023-03-31", future: "2023-03-31", noRef: "2023-03-31"},
		{in: "tháng 6 nhuận năm 2025", past: "2025-07-25/2025-08-22", future: "2025-07-25/2025-08-22", noRef: "2025-07-25/2025-08-22"},
		{in: "tháng 3 nhuận năm 2025"}, // 2025 has no leap third month
		// No such day: the twelfth month of 2025 (lunar) has 29 days.
		{in: "ngày 30 Tết năm 2026"},
		{in: "ngày 30 tháng 12 âm lịch năm 2025"},
		// The solar rules read the date first; the mark replaces their span.
		{in: "vào ngày 10/3 âm lịch năm 2025", text: "ngày 10/3 âm lịch năm 2025", past: "2025-04-07", future: "2025-04-07", noRef: "2025-04-07"},
		{in: "Giỗ tổ ngày mùng 10 tháng 3 (ÂL).", text: "ngày mùng 10 tháng 3 (ÂL)", past: "2017-04-06", future: "2017-04-06"},
		// Within a sentence, the span stops at the lunar words.
		{in: "Lễ hội diễn ra vào ngày 6 tháng Giêng âm lịch hằng năm.", text: "ngày 6 tháng Giêng âm lịch", past: "2017-02-02", future: "2017-02-02"},
	} {
		for _, run := range []struct {
			opt  Options
			want string
		}{
			{Options{Ref: formsRef, Prefer: Past}, c.past},
			{Options{Ref: formsRef, Prefer: Future}, c.future},
			{Options{}, c.noRef},
		} {
			got := Find(c.in, run.opt)
			text := c.text
			if text == "" {
				text = c.in
			}
			if len(got) != 1 || got[0].Text != text || got[0].Kind != Date || got[0].Value != run.want || got[0].Rule != "date:lunar" {
				t.Errorf("%q (ref %v, %v): got %+v, want %q = %q", c.in, !run.opt.Ref.IsZero(), run.opt.Prefer, got, text, run.want)
			}
		}
	}
}

// TestLunarNotDates checks phrases that look like lunar dates and are not,
// or are solar dates.
func TestLunarNotDates(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"trăng rằm sáng tỏ", ""},
		{"ngày 15 tháng 7", "2017-07-15"}, // no "âm lịch": the solar calendar
		{"ngày 15/8 dương lịch", "2016-08-15"},
		{"mùng 15 Tết", ""}, // past the days of Tết
		{"ngày 15 tháng 7 âm", "2017-07-15"},
		{"Ngày 1/10, cả nhà chúc Tết ông bà.", "2016-10-01"},
		{"từ ngày 10 đến 15/8 âm lịch", "2016-08-10/2016-08-15"}, // a range stays solar
	} {
		got := Find(c.in, Options{Ref: formsRef})
		v := ""
		for _, g := range got {
			if g.Rule == "date:lunar" {
				t.Errorf("%q: read as a lunar date: %+v", c.in, g)
			}
			v = g.Value
		}
		if v != c.want {
			t.Errorf("%q: value %q, want %q (%+v)", c.in, v, c.want, got)
		}
	}
}

// TestThatDay checks "hôm đó", "hôm ấy", "ngày hôm đó", "ngày này": the
// last day the text named before, else no date.
func TestThatDay(t *testing.T) {
	ref := time.Date(2017, 2, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in, text, want string
		noRef          string
	}{
		{"Ngày 5/10/2024, đoàn đến Huế. Hôm đó trời mưa.", "Hôm đó", "2024-10-05", "2024-10-05"},
		{"Ngày 5/10, đoàn đến Huế. Hôm ấy trời mưa.", "Hôm ấy", "2016-10-05", "XXXX-10-05"},
		{"Ngày 5/10/2024, đoàn đến Huế. Ngày hôm đó trời mưa.", "Ngày hôm đó", "2024-10-05", "2024-10-05"},
		{"Ngày 2/9/1945, Bác đọc Tuyên ngôn. Ngày này, cả nước mừng.", "Ngày này", "1945-09-02", "1945-09-02"},
		{"Sáng thứ bảy, đoàn đến Huế. Hôm đó trời mưa.", "Hôm đó", "2017-02-04", ""},
		{"Lúc 8 giờ sáng 5/10/2024, đoàn đến. Hôm đó trời mưa.", "Hôm đó", "2024-10-05", "2024-10-05"},
		// The last one-day date counts: a month, a range are not days.
		{"Ngày 1/3/2024 đoàn đi, về tháng 4/2024. Hôm đó trời mưa.", "Hôm đó", "2024-03-01", "2024-03-01"},
		// No day before it, or a vague plural: no date.
		{"Hôm đó trời mưa.", "", "", ""},
		{"Tháng 4/2024, đoàn về. Hôm đó trời mưa.", "", "", ""},
		{"Ngày 5/10/2024, đoàn đến. Những hôm đó trời mưa.", "", "", ""},
		{"Ngày 5/10/2024, đoàn đến. Những ngày này trời mưa.", "", "", ""},
		{"Ngày 5/10/2024, đoàn đến. Ngày này cách đây 50 năm, bà ra đời.", "", "", ""},
		{"Ngày 5/10/2024, đoàn đến. Ngày này năm xưa, bà ra đời.", "", "", ""},
	} {
		for _, run := range []struct {
			opt  Options
			want string
		}{{Options{Ref: ref}, c.want}, {Options{}, c.noRef}} {
			var found *Span
			got := Find(c.in, run.opt)
			for x := range got {
				if got[x].Rule == "date:anaphora" {
					found = &got[x]
				}
			}
			switch {
			case c.text == "" && found != nil:
				t.Errorf("%q: anaphora %+v, want none", c.in, *found)
			case c.text != "" && run.want == "" && found != nil:
				t.Errorf("%q (ref %v): anaphora %+v, want none", c.in, !run.opt.Ref.IsZero(), *found)
			case run.want != "" && (found == nil || found.Text != c.text || found.Value != run.want || found.Kind != Date):
				t.Errorf("%q (ref %v): got %+v, want %q = %q", c.in, !run.opt.Ref.IsZero(), got, c.text, run.want)
			}
		}
	}
}
