package date

import (
	"testing"
	"time"
)

// Tết Nguyên đán, the first day of the lunar year in Vietnam, 2000-2030 as
// the Vietnamese calendar fixes it. 2007 and 2030 fall a day before China's
// New Year: the new moon comes before midnight in UTC+7 but after it in
// UTC+8 (2030-02-02 16:07 UT).
var tetDates = map[int]string{
	2000: "2000-02-05", 2001: "2001-01-24", 2002: "2002-02-12", 2003: "2003-02-01",
	2004: "2004-01-22", 2005: "2005-02-09", 2006: "2006-01-29", 2007: "2007-02-17",
	2008: "2008-02-07", 2009: "2009-01-26", 2010: "2010-02-14", 2011: "2011-02-03",
	2012: "2012-01-23", 2013: "2013-02-10", 2014: "2014-01-31", 2015: "2015-02-19",
	2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16", 2019: "2019-02-05",
	2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22",
	2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
	2028: "2028-01-26", 2029: "2029-02-13", 2030: "2030-02-02",
	1985: "1985-01-21", // Vietnam's Tết, a month before China's that year
}

func TestLunarNewYear(t *testing.T) {
	for y, want := range tetDates {
		yy, m, d := lunarToSolar(1, 1, y)
		if got := string(appendYMD(nil, yy, m, d)); got != want {
			t.Errorf("Tết %d = %s, want %s", y, got, want)
		}
	}
}

// TestLunarDays checks other lunar dates, whose months count across a
// leap month (2020 has a leap fourth month, 2023 a leap second).
func TestLunarDays(t *testing.T) {
	tests := []struct {
		d, m, ly int
		want     string
	}{
		{15, 8, 2020, "2020-10-01"},  // Trung thu, after the leap month
		{15, 8, 2023, "2023-09-29"},  // Trung thu
		{5, 5, 2024, "2024-06-10"},   // Đoan ngọ
		{15, 7, 2024, "2024-08-18"},  // Vu lan
		{15, 1, 2025, "2025-02-12"},  // Rằm tháng Giêng
		{23, 12, 2025, "2026-02-10"}, // ông Công ông Táo before Tết 2026
	}
	for _, tt := range tests {
		y, m, d := lunarToSolar(tt.d, tt.m, tt.ly)
		if got := string(appendYMD(nil, y, m, d)); got != tt.want {
			t.Errorf("lunar %d/%d/%d = %s, want %s", tt.d, tt.m, tt.ly, got, tt.want)
		}
	}
}

// TestCivilFromJDN checks the inverse of jdn against the time package.
func TestCivilFromJDN(t *testing.T) {
	for day := time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2101; day = day.AddDate(0, 0, 17) {
		y, m, d := civilFromJDN(jdn(day.Year(), int(day.Month()), day.Day()))
		if y != day.Year() || m != int(day.Month()) || d != day.Day() {
			t.Fatalf("civilFromJDN(jdn(%s)) = %d-%d-%d", day.Format("2006-01-02"), y, m, d)
		}
	}
}

// TestLunarLeapMonths checks the leap months of 2017-2025 and that the
// months around them are not leap.
func TestLunarLeapMonths(t *testing.T) {
	leap := map[int]struct {
		m     int
		start string
	}{
		2017: {6, "2017-07-23"}, 2020: {4, "2020-05-23"}, 2023: {2, "2023-03-22"}, 2025: {6, "2025-07-25"},
	}
	for ly := 2016; ly <= 2026; ly++ {
		for m := 1; m <= 12; m++ {
			start, _, ok := lunarMonthOf(m, ly, true)
			want, isLeap := leap[ly]
			isLeap = isLeap && want.m == m
			if ok != isLeap {
				t.Errorf("lunar year %d month %d: leap %v, want %v", ly, m, ok, isLeap)
				continue
			}
			if ok {
				y, mo, d := civilFromJDN(start)
				if got := string(appendYMD(nil, y, mo, d)); got != want.start {
					t.Errorf("leap month %d of %d starts %s, want %s", m, ly, got, want.start)
				}
			}
		}
	}
}
