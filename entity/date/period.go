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
// year before (or after). "ngày này" alone is no date.
func (s *Scanner) matchThisDay(i, j int) int {
	if !s.is(j, kwNay2) || !s.sameLine(j) {
		return i
	}
	day, e := s.shiftedRef(j+1, j+1, true)
	if e == j+1 {
		return i
	}
	v := ""
	if s.hasRef {
		v = s.dayValue(day)
	}
	s.emit(i, e, Date, v, "date:relative")
	return e
}
