// Package date reads Vietnamese calendar expressions and clock times and
// gives each a TIMEX3-style value (testdata/golden/README.md).
//
// # Use
//
// [Find] reads a text; [Dateline] finds a news page's dateline, which the
// caller may take as the reference date; a [Scanner] reads the words that
// another tokenizer made in its [Words] while reading the text for itself
// (the entity recognizer does so, and reads a text once). [Options] set
// the reference date and the [Direction] of references without a year or
// week: [Past] (the default) or [Future].
//
// Each [Span] is a [Date] (a day or longer: "2017-02-02", "2017-02",
// "2017-W05", "2017-Q1", "2017", "2017-SU", or "start/end") or a [Time]
// (a clock time or a part of a day: "2017-02-02T16:00", "2017-02-02TAF",
// also a weekday alone, which the news annotation does not count as a
// date). A value that needs the reference date is empty without one; a
// year that cannot be known is XXXX.
//
// # Forms
//
// Examples with the reference Thursday 2 February 2017, the future
// preferred where it matters (Past gives the nearest occurrence instead,
// ties going to the past: "ngày 20/11" is 2016-11-20).
//
// Calendar dates:
//
//	ngày 5/10/2024, 5-10-2024, 05.10.2024   2024-10-05 (d/m/yy reads 20yy up to ten years after the reference)
//	ngày 20/11                              2017-11-20 (a bare d/m needs a date word or punctuation around it)
//	ngày 30/6 năm ngoái, 2/9 năm nay        2016-06-30, 2017-09-02
//	ngày 15, mùng 10 (at a phrase end)      2017-02-15, 2017-02-10 (XXXX-XX-15 without a reference)
//	ngày 3 tháng sau                        2017-03-03
//	ngày 5 tháng 10 năm 2024                2024-10-05
//	15 tháng 3 năm 2018                     2018-03-15
//	mười lăm tháng ba năm hai nghìn mười tám 2018-03-15
//	mồng 3 tháng giêng                      2018-01-03 (tháng giêng, tháng chạp: the first and last months)
//	tháng 10/2026, tháng 3                  2026-10, 2017-03
//	năm 2024, đầu năm 2025, cuối tháng 3    2024, 2025, 2017-03
//	quý 4 năm 2018, quý IV/2018             2018-Q4
//	quý 3 của năm 2018                      2018-Q3
//	quý đầu tiên của năm 2018, quý cuối cùng 2018-Q1, 2018-Q4
//	mùa hè, mùa đông năm ngoái              2017-SU, 2016-WI (winter runs from December)
//	Giáng sinh, Quốc khánh, Tết Dương lịch  2017-12-25, 2017-09-02, 2018-01-01
//	lễ tình nhân, Valentine, Halloween      2017-02-14, 2017-02-14, 2017-10-31
//	Quốc khánh năm ngoái                    2016-09-02 ("Nguyễn Quốc Khánh", "anh Quốc Khánh" are names)
//	Tết Nguyên đán, Rằm tháng Giêng         2017-01-28 (Past; Future: 2018-02-16), 2017-02-11
//	Tết Đoan ngọ, Vu lan, Trung thu 2020    2017-05-30, 2017-09-05, 2020-10-01 (lunar days, lunar.go)
//	ông Công ông Táo                        2018-02-08 (23 of the twelfth lunar month)
//	Bính Ngọ 2026, (2024), mưa bom 1972     2026, 2024, 1972 (a bare year only where it clearly dates something)
//
// Dates of the lunar calendar (lunardate.go), valued by their Gregorian
// day; a year written with one is the lunar year:
//
//	mùng 1 tháng 8 âm lịch, 1/8 (ÂL)        2017-09-20 (Past: the nearest, 2016-09-01)
//	ngày 15 tháng 7 âm lịch năm 2025        2025-09-06 (also "... năm 2025 âm lịch")
//	rằm tháng 7, rằm tháng 10 âm lịch       2017-09-05, 2017-12-02 (the full moon says lunar)
//	mùng 2 Tết, 30 Tết năm 2024             2018-02-17, 2024-02-09 (23-30: the month before Tết)
//	mồng 3 tháng 3 năm Ất Tỵ âm lịch        2025-03-31 (a year by name: the nearest of that name)
//	tháng 7 âm lịch                         2017-08-22/2017-09-19 (the month's days)
//	tháng 4 nhuận, ngày 5 tháng 4 nhuận     2020-05-23/2020-06-20, 2020-05-27 (the leap month; the nearest within 20 years)
//
// Without a reference date, a lunar date without its year (or with a
// year named "Ất Tỵ") has no value:
// its Gregorian day moves from year to year. A day its month lacks ("30
// Tết năm 2026": that twelfth month has 29 days), or a leap month its year
// lacks, has none either.
//
// Ranges and lists, one span for a range and one per date of a list:
//
//	18-20/2/2026                            2026-02-18/2026-02-20
//	ngày 10 đến 31/01                       2018-01-10/2018-01-31
//	giai đoạn 2018-2021, nhiệm kỳ 2021 - 2026 2018/2021, 2021/2026
//	tháng 3 đến tháng 5/2025                2025-03/2025-05
//	ngày 5, 6 và 7/12                       2017-12-05, 2017-12-06, 2017-12-07
//	từ thứ hai đến thứ sáu (TIME)           2017-02-06/2017-02-10 (Past: 2017-01-30/2017-02-03)
//	thứ năm đến thứ ba tuần sau             2017-02-02/2017-02-07 (the end places the start)
//
// Relative to the reference:
//
//	hôm nay, bữa nay, hôm qua, hôm kia      2017-02-02, 2017-02-02, 2017-02-01, 2017-01-31
//	ngày mai, ngày kia, ngày mốt            2017-02-03, 2017-02-04, 2017-02-04
//	tuần này, tuần tới, cuối tuần           2017-W05, 2017-W06, 2017-W05-WE
//	tháng trước, năm ngoái, năm tiếp theo   2017-01, 2016, 2018
//	quý này, quý tới, quý vừa rồi           2017-Q1, 2017-Q2, 2016-Q4
//	3 ngày vừa rồi, 5 ngày tới              2017-01-30/2017-02-01, 2017-02-03/2017-02-07
//	một tuần qua, 2 quý tới                 2017-W04, 2017-Q2/2017-Q3 (one unit is that unit)
//	2 tuần qua, 3 tháng tiếp theo, 2 năm tới 2017-W03/2017-W04, 2017-03/2017-05, 2018/2019
//	4 giờ tới, 30 phút qua (TIME)           2017-02-02T01:00/2017-02-02T04:00, 2017-02-01T23:30/2017-02-01T23:59
//	cách đây 3 ngày, cách đây 2 tuần        2017-01-30, 2017-W03 (the unit that many before)
//	tháng này năm ngoái, tuần này năm sau   2016-02, 2018-W05
//	ngày này năm ngoái                      2016-02-02
//	năm sau nữa, tuần trước nữa             2019, 2017-W03 (two units on)
//	tuần rồi, tháng rồi, năm rồi            2017-W04, 2017-01, 2016 (southern; not "hết tháng rồi", "5 năm rồi")
//	cùng kỳ năm ngoái, cùng kỳ năm trước    2016 (the period is the text's, the value its year)
//	3 ngày nữa, 2 tháng nữa                 2017-02-05, 2017-04 (the unit that many after)
//	5 phút nữa, cách đây một tiếng (TIME)   2017-02-02T00:05, 2017-02-01T23:00
//	ngày đầu tiên của tháng 3               2017-03-01
//	tuần đầu tiên của tháng 10              2017-W39 (the week of the first)
//	ngày cuối cùng của tháng này            2017-02-28
//	tuần cuối cùng của tháng 10             2017-W44 (the week of the last day)
//	tuần đầu tháng 6, tuần cuối của tháng 6 2017-W22, 2017-W26 (after "tuần", "đầu"/"cuối" alone)
//	ngày đầu tiên của năm, ngày cuối cùng của năm 2016 2017-01-01, 2016-12-31
//	tuần đầu tiên của năm 2017, tháng cuối cùng của năm tới 2017-W01, 2018-12 (ISO weeks)
//
// "hôm đó", "hôm ấy", "ngày hôm đó" and "ngày này" alone refer back: each
// takes the day of the last span before it whose value is one day (a
// date, or the date of a clock time or part of a day), rule
// "date:anaphora". With no such span before it, or after a plural word
// ("những hôm đó"), it is no date; "ngày đó", "ngày ấy" (mostly "back
// then") are never read.
//
// "N năm qua" and "N tháng qua" are taken up to ten and not after a
// duration word: "20 năm qua", "trong 6 tháng qua" are vague in news.
//
// Weekdays, "thứ hai".."thứ bảy", "thứ 2".."thứ 7", "chủ nhật" (also
// "chủ nhựt", "chúa nhật"):
//
//	thứ hai (TIME; after "vào", capitalized, or alone on its line) 2017-02-06 (Past: the nearest, 2017-01-30)
//	thứ sáu tới, thứ ba vừa rồi             2017-02-03, 2017-01-31 (strictly after / before)
//	thứ tư của tuần này, thứ 7 tuần sau     2017-02-01, 2017-02-11 (in that ISO week)
//	thứ hai đầu tiên của tháng 3            2017-03-06 (also "cuối cùng": the last)
//
// Clock times and parts of the day (TIME). A clock time takes the date
// of a one-day date in its phrase, else the day that follows it, else the
// reference date (preferring the future, the next day when the reference
// has a later time of day):
//
//	06:00 | 15/11/2021                      2021-11-15T06:00 (and the DATE 2021-11-15)
//	lúc 4 giờ chiều, 16h, 16:00             2017-02-02T16:00
//	8g30, 10h45, 15 giờ 30 phút, 15:30:20   T08:30, T10:45, T15:30, T15:30:20 on the reference date
//	9 giờ kém 15, 9 giờ rưỡi, 3 rưỡi chiều  T08:45, T09:30, T15:30
//	năm giờ chiều, tám giờ mười lăm         T17:00, T08:15
//	7 giờ sáng mai, tám giờ tối nay         2017-02-03T07:00, 2017-02-02T20:00
//	tối nay lúc 8 giờ, tối mai 8h           2017-02-02T20:00, 2017-02-03T20:00 (no "lúc" needed after a part of the day and its day)
//	lúc 4 rưỡi                              T04:30 ("rưỡi" after an hour wants "lúc" or a part of the day)
//	thứ bảy lúc 9 giờ sáng, ngày mai lúc 5h 2017-02-04T09:00, 2017-02-03T05:00 (one TIME)
//	từ 8h đến 10h, 8h-10h                   2017-02-02T08:00/2017-02-02T10:00 (one TIME)
//	từ 2 đến 4 giờ chiều                    2017-02-02T14:00/2017-02-02T16:00
//	từ 22h đến 2h                           2017-02-02T22:00/2017-02-03T02:00
//	12 giờ đêm, nửa đêm                     2017-02-03T00:00
//	giữa trưa                               2017-02-02T12:00
//	sáng nay, chiều mai, tối qua            2017-02-02TMO, 2017-02-03TAF, 2017-02-01TEV
//	sáng thứ bảy, trưa hôm qua              2017-02-04TMO, 2017-02-01TMI (MO MI AF EV NI: TIMEX3's parts of the day)
//	buổi sáng, sáng sớm, chiều tối, đêm khuya 2017-02-02TMO, 2017-02-02TMO, 2017-02-02TEV, 2017-02-02TNI (today's)
//	bây giờ                                 PRESENT_REF, or the reference's date and time when it has one
//
// A clock time needs minutes, a part of the day, a word such as "lúc" or
// "từ" before it, a date after it, or a line of its own: "ngừng bắn 30
// giờ", "trong 24 giờ qua" are durations.
//
// # Spans and rejections
//
// Spans include a directly preceding date noun (ngày, tháng, năm, quý,
// tuần, giai đoạn, nhiệm kỳ, thời kỳ, mồng/mùng) but not prepositions,
// nor a part of the day before a date ("sáng ngày 5/10" gives "ngày
// 5/10"); a noun counted by a number ("hai ngày 30/9") is left out.
//
// Not dates: durations ("10 năm", "hai ngày làm việc", "những năm tới"),
// "năm mới", "thời gian tới", decimals and percentages ("10,2%", "1.2"),
// document numbers ("84/NQ-CP"), scores ("3-1"), ordinals ("lần thứ hai",
// "Thứ ba, ..."), temperatures ("7-8 độ"), phone numbers, impossible days
// (31/2).
//
// Matching is done on folded lowercase ASCII keys, so the grammar reads
// text written without diacritics ("ngay 5 thang 10 nam 2024"); a token
// that has diacritics must be the right word ("ngay" in a diacritized
// sentence is not "ngày").
//
// # Files
//
// One file per part of the grammar: token.go (the tokenizer and Words),
// keywords.go (its words), rules.go (which rule may start at which word;
// rule sets are checked, so a rule past the last bit is an error at
// start-up), numeric.go, spelled.go, calendar.go (months, years, quarters,
// weeks, periods), relative.go (relative days, weekdays, counts),
// holiday.go (holidays, lunar and bare years, seasons), lunar.go (the
// Vietnamese lunar calendar), lunardate.go (lunar dates written out),
// period.go ("tháng này năm ngoái", "cùng
// kỳ", "hôm đó"), clock.go (clock
// times and parts of the day), clockrange.go (ranges of clock times),
// dateline.go, value.go (resolution against
// the reference date). A new form is a match function in its section's
// file and an entry in rules.go.
package date
