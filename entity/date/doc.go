// Package date reads Vietnamese calendar expressions and clock times and
// gives each a TIMEX3-style value (testdata/golden/README.md).
//
// [Find] reads a text; [Dateline] finds a news page's dateline; a
// [Scanner] reads the words another tokenizer made in its [Words] while
// reading the text for itself. The grammar, a file per section:
// token.go (the tokenizer), keywords.go (its words), rules.go (which
// rule starts at which word), numeric.go, spelled.go, calendar.go
// (months, years, quarters, weeks, periods), relative.go (relative days,
// weekdays, counts), holiday.go (holidays, lunar and bare years),
// clock.go, dateline.go, value.go (resolution against the reference
// date). Forms read:
//
//   - numeric dates: d/m, d/m/yyyy, dd/mm/yy, d-m-yyyy, d.m.yyyy ("21//01" is
//     read as 21/01). d-m and d.m without a year are not dates (scores,
//     decimals), nor are impossible days (31/2, 32/1, 0/5). A bare d/m is
//     taken when the context shows a date: a date word or a part of the day
//     before it ("ngày", "sáng", "từ", "và", "Quốc khánh"...), punctuation
//     around it, a zero-padded field, or the end of a line;
//   - spelled dates: "ngày 5 tháng 10 năm 2024", "mồng 3 tháng ba",
//     "tháng giêng", "tháng chạp", numbers in words up to the day and month;
//   - months, years, quarters: "tháng 10/2026" (2026-10), "năm 2024",
//     "đầu năm 2025", "cuối tháng 3", "quý 4 năm 2018" (2018-Q4), "quý IV/2018";
//   - ranges: "18-20/2/2026", "ngày 10 đến 31/01", "22/12/1944 - 22/12/2024",
//     "giai đoạn 2018-2021", "nhiệm kỳ 2021 - 2026", "tháng 3 đến tháng 5/2025":
//     one mention, value "start/end" with an inclusive end;
//   - coordination: "30/9 và 1/10", "ngày 5, 6 và 7/12": one mention per date;
//   - weekdays ("thứ hai", "thứ 5", "chủ nhật"), relative words ("hôm nay",
//     "hôm qua", "hôm kia", "ngày mai", "ngày kia", "tuần tới", "tháng trước",
//     "năm ngoái", "năm nay", "thứ sáu tới", "3 ngày tới"), fixed-date holidays
//     ("Giáng sinh", "Noel", "Quốc khánh", "Tết Dương lịch");
//   - bare years only where they clearly date something: after a lunar year
//     name ("Bính Ngọ 2026"), in parentheses, "từ 2018 đến 2021", or closing a
//     phrase after a common word ("mưa bom 1972");
//   - clock times as TIME: "06:00", "15:27", "10h45", "23h", "15 giờ 30",
//     "3 giờ chiều" (T15:00). A TIME that shares a phrase with a one-day DATE
//     ("06:00 | 15/11/2021", "23h ngày 22/12") takes the full value
//     "2021-11-15T06:00".
//
// Spans include a directly preceding date noun (ngày, tháng, năm, quý, tuần,
// giai đoạn, nhiệm kỳ, thời kỳ, mồng/mùng) but not prepositions nor parts of
// the day; a noun counted by a number ("hai ngày 30/9") is left out.
//
// Resolution against the reference date (Options.Ref):
//
//   - a day and month without a year take the year that puts the date
//     NEAREST to the reference (ties go to the past); this deviates from
//     Duckling, which prefers the future, because news mostly reports the
//     recent past. A month without a year likewise takes the nearest
//     occurrence; a quarter without a year takes the reference year;
//   - dd/mm/yy: 20yy when that is at most ten years after the reference year
//     (or yy < 50 without a reference), else 19yy;
//   - relative words follow Duckling: "hôm nay" = ref, "hôm qua" = ref-1,
//     "hôm kia" = ref-2, "ngày mai" = ref+1, "ngày kia" = ref+2; "tuần này /
//     tới / trước" = that ISO week (YYYY-Www); "tháng này / tới / trước" =
//     YYYY-MM; "năm nay / tới / ngoái" = YYYY; "đầu năm", "cuối năm" = the
//     reference year, "đầu tháng" = the reference month, "cuối tuần" =
//     YYYY-Www-WE; "thứ sáu tới" = the first Friday strictly after ref,
//     "thứ sáu tuần sau" = Friday of the next ISO week, "thứ sáu trước /
//     vừa qua" = the last Friday strictly before ref, a bare "thứ sáu" = the
//     Friday nearest to ref; "3 ngày tới" = ref+1/ref+3, "3 ngày qua" =
//     ref-3/ref-1, "2 tuần tới" = the next two ISO weeks, "2 tháng tới" the
//     next two months;
//   - without a reference a year-less date is XXXX-MM-DD (XXXX-MM, XXXX-Qn)
//     and a relative expression has no value.
//
// Not dates: durations ("10 năm", "hai ngày làm việc", "Gần 2 năm sau",
// "những năm tới"), "năm mới", "năm cũ", "thời gian tới", decimals and
// percentages ("10,2%", "1.2"), document numbers ("84/NQ-CP"), counts ("24
// tham luận"), scores ("3-1"), temperatures ("7-8 độ"), phone numbers.
//
// Matching is done on folded lowercase ASCII keys, so the same grammar reads
// text written without diacritics ("ngay 5 thang 10 nam 2024"); a token that
// has diacritics must be the right word ("ngay" in a diacritized sentence is
// not "ngày").
package date
