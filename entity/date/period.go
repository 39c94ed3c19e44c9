package date

import "time"

// yearShift reads "năm ngoái", "năm trước", "năm qua" (-1) or "năm tới",
// "năm sau" (+1) at k, on the same line: the year of a "tháng này", "tuần
// này", "ngày này" or "cùng kỳ" before it.
func (s *Scanner) yearShift(k int) (off, end int, ok bool) {
	if !s.sameLine(k) || !s.is(k, kwNam) || !s.sameLine(k+1) {
		return 0, 0, false
	}
	switch {
	case s.is(k+1, kwNgoai), s.is(k+1, kwTruoc), s.is(k+1, kwQua):
		return -1, k + 2, true
	case s.is(k+1, kwToi), s.is(k+1, kwSau):
		return 1, k + 2, true
	}
	return 0, 0, false
}

// shiftedRef is the reference date moved by the year shift at k, if there
// is one ("tháng này năm ngoái"), with the end of the phrase; else the
// reference date and e.
func (s *Scanner) shiftedRef(k, e int, this bool) (time.Time, int) {
	if this {
		if off, e2, ok := s.yearShift(k); ok {
			return s.ref.AddDate(off, 0, 0), e2
		}
	}
	return s.ref, e
}

// matchSamePeriod handles "cùng kỳ năm ngoái", "cùng kỳ năm trước": the
// same period of the year before the reference's (of the year after with
// "năm tới", "năm sau"). The period itself is the one the text is about,
// which the phrase does not say: its value is the year.
func (s *Scanner) matchSamePeriod(i int) int {
	if !s.is(i, kwCung) || !s.sameLine(i+1) || !(s.is(i+1, kwKy) || s.is(i+1, kwKi)) {
		return i
	}
	off, e, ok := s.yearShift(i + 2)
	if !ok {
		return i
	}
	v := ""
	if s.hasRef {
		v = s.value(pdate{y: s.ref.Year() + off, gran: 'y'})
	}
	s.emit(i, e, Date, v, "date:relative")
	return e
}

// matchThisDay handles "ngày này năm ngoái": the reference's day in the
// year before (or after). "ngày này" alone refers back (matchThatDay).
func (s *Scanner) matchThisDay(i, j int) int {
	if !s.is(j, kwNay2) || !s.sameLine(j) {
		return i
	}
	day, e := s.shiftedRef(j+1, j+1, true)
	if e == j+1 {
		if s.sameLine(e) && (s.is(e, kwCach) || s.is(e, kwNam)) {
			return i // "ngày này cách đây 50 năm", "ngày này năm xưa"
		}
		return s.matchThatDay(i, e)
	}
	v := ""
	if s.hasRef {
		v = s.dayValue(day)
	}
	s.emit(i, e, Date, v, "date:relative")
	return e
}

// matchThatDay emits "hôm đó", "hôm ấy", "ngày hôm đó", "ngày này" at
// [i, e): a day the text named before. Its value is that of the last span
// before it whose value is one day (a date, or the date of a date-time or
// of a part of a day); with none, or after a plural word ("những hôm
// đó", "các ngày này" are vague), it is no date. "ngày đó", "ngày ấy" are
// left alone: they mostly mean "back then".
func (s *Scanner) matchThatDay(i, e int) int {
	if i > 0 && !s.t[i].nl && s.isAny(i-1, pluralWords) {
		return i
	}
	for x := len(s.out) - 1; x >= 0; x-- {
		if v := s.out[x].Value; isDayValue(v) {
			s.emit(i, e, Date, v[:10], "date:anaphora")
			return e
		}
	}
	return i
}

// isDayValue reports whether v is one day: "2017-02-02", "XXXX-10-05",
// or such a day with a time or part of the day ("2017-02-02T15:00").
func isDayValue(v string) bool {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' || len(v) > 10 && v[10] != 'T' {
		return false
	}
	for x := 10; x < len(v); x++ {
		if v[x] == '/' {
			return false
		}
	}
	return isDigits(v[5:7]) && isDigits(v[8:10]) && (v[:4] == "XXXX" || isDigits(v[:4]))
}

func isDigits(v string) bool {
	for x := 0; x < len(v); x++ {
		if v[x] < '0' || v[x] > '9' {
			return false
		}
	}
	return true
}
