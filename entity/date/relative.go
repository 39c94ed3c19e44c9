package date

import (
	"time"
)

func (s *Scanner) emitRel(a, b, days int) int {
	v := ""
	if s.hasRef {
		v = s.dayValue(s.ref.AddDate(0, 0, days))
	}
	s.emit(a, b, Date, v, "date:relative")
	return b
}

// matchHom handles "hôm nay", "hôm qua", "hôm kia".
func (s *Scanner) matchHom(i int) int {
	if !s.is(i, kwHom) || !s.sameLine(i+1) {
		return i
	}
	switch {
	case s.is(i+1, kwNay):
		return s.emitRel(i, i+2, 0)
	case s.is(i+1, kwQua):
		return s.emitRel(i, i+2, -1)
	case s.is(i+1, kwKia):
		return s.emitRel(i, i+2, -2)
	}
	return i
}

// weekdayAt reads "thứ hai".."thứ bảy", "thứ 2".."thứ 7", "chủ nhật" at i.
func (s *Scanner) weekdayAt(i int) (wd time.Weekday, end int, digit, ok bool) {
	if s.is(i, kwChu) && s.is(i+1, kwNhat) && s.sameLine(i+1) {
		return time.Sunday, i + 2, false, true
	}
	if !s.is(i, kwThu) || !s.sameLine(i+1) {
		return 0, 0, false, false
	}
	t := &s.t[i+1]
	if t.kind == tNum {
		if t.nd == 1 && t.val() >= 2 && t.val() <= 7 {
			if n := s.at(i + 2); n != nil && !n.sp && (n.kind != tPunct || n.r() == '/' || n.r() == '.' || n.r() == ',') && !(n.kind == tPunct && n.r() == ',' && !s.attNum(i+3)) {
				return 0, 0, false, false
			}
			return time.Weekday(t.val() - 1), i + 2, true, true
		}
		return 0, 0, false, false
	}
	u, ok := s.unitAt(i + 1)
	if !ok || u < 2 || u > 7 || s.isKey(i+1, "mot") || s.isKey(i+1, "lam") || s.isKey(i+1, "bon") {
		return 0, 0, false, false
	}
	return time.Weekday(u - 1), i + 2, false, true
}

// matchWeekday handles weekdays with their modifiers.
func (s *Scanner) matchWeekday(i int) int {
	wd, e, _, ok := s.weekdayAt(i)
	if !ok {
		return i
	}
	// Weekday heading a date ("Thứ Hai, 15/11/2021"): the date is the mention.
	k := e
	if s.punct(k, ',') || s.punct(k, '(') {
		k++
	}
	if s.sameLine(k) {
		if _, _, ok := s.dateAt(k); ok {
			return e
		}
	}
	mode := 0 // 0 nearest, 1 after, -1 before, 2 this week, 3 next week, -3 last week
	end := e
	switch {
	case s.is(e, kwTuan) && s.sameLine(e):
		if off, e2, ok := s.relUnit(e + 1); ok {
			mode, end = []int{-3, 2, 3}[off+1], e2
		}
	default:
		if off, e2, ok := s.relUnit(e); ok && s.sameLine(e) {
			mode, end = []int{-1, 2, 1}[off+1], e2
		}
	}
	if mode == 0 {
		// A bare weekday needs a context: "vào thứ Hai", "sáng thứ 5", "Thứ Hai".
		isChu := s.is(i, kwChu)
		t := &s.t[i]
		capital := t.up && s.t[i+1].kind == tWord && s.t[i+1].up
		trig := i > 0 && !t.nl && (s.isAny(i-1, triggers) || s.isAny(i-1, vaoHom))
		if !isChu && !capital && !trig {
			return i
		}
	}
	v := ""
	if s.hasRef {
		v = s.dayValue(s.weekdayDate(wd, mode))
	}
	s.emit(i, end, Date, v, "date:weekday")
	return end
}

func (s *Scanner) weekdayDate(wd time.Weekday, mode int) time.Time {
	ref := s.ref
	// ISO weekday index, Monday = 0.
	iso := func(w time.Weekday) int { return (int(w) + 6) % 7 }
	monday := ref.AddDate(0, 0, -iso(ref.Weekday()))
	inWeek := func(weekOff int) time.Time { return monday.AddDate(0, 0, 7*weekOff+iso(wd)) }
	diff := int(wd) - int(ref.Weekday())
	switch mode {
	case 1:
		d := (diff + 7) % 7
		if d == 0 {
			d = 7
		}
		return ref.AddDate(0, 0, d)
	case -1:
		d := (7 - diff) % 7
		if d == 0 {
			d = 7
		}
		return ref.AddDate(0, 0, -d)
	case 2:
		return inWeek(0)
	case 3:
		return inWeek(1)
	case -3:
		return inWeek(-1)
	}
	d := (diff + 7) % 7 // 0..6 days ahead
	if d > 3 {
		d -= 7
	}
	return ref.AddDate(0, 0, d)
}

// matchCount handles "3 ngày tới", "ba ngày qua", "2 tuần tới", "2 tháng tới".
func (s *Scanner) matchCount(i int) int {
	var n, j int
	if s.num(i) {
		t := &s.t[i]
		if t.nd > 2 || t.val() < 1 {
			return i
		}
		if i > 0 && !t.sp && s.t[i-1].kind != tPunct {
			return i
		}
		n, j = int(t.val()), i+1
	} else {
		v, e, ok := s.spelledNum(i)
		if !ok {
			return i
		}
		n, j = v, e
	}
	if !s.sameLine(j) || i > 0 && s.isAny(i-1, pluralWords) {
		return i
	}
	unit := 0
	switch {
	case s.is(j, kwNgay):
		unit = 1
	case s.is(j, kwTuan):
		unit = 2
	case s.is(j, kwThang):
		unit = 3
	default:
		return i
	}
	off, e, ok := s.relUnit(j + 1)
	if !ok || off == 0 || (unit == 3 && off < 0) {
		return i
	}
	v := ""
	if s.hasRef {
		switch unit {
		case 1:
			if off > 0 {
				v = s.dayRangeValue(s.ref.AddDate(0, 0, 1), s.ref.AddDate(0, 0, n))
			} else {
				v = s.dayRangeValue(s.ref.AddDate(0, 0, -n), s.ref.AddDate(0, 0, -1))
			}
		case 2:
			a, b := s.ref.AddDate(0, 0, 7), s.ref.AddDate(0, 0, 7*n)
			if off < 0 {
				a, b = s.ref.AddDate(0, 0, -7*n), s.ref.AddDate(0, 0, -7)
			}
			v = s.weekValue(a, "/") + s.weekValue(b, "")
		case 3:
			v = s.monthValue(addMonths(s.ref, 1)) + "/" + s.monthValue(addMonths(s.ref, n))
		}
	}
	s.emit(i, e, Date, v, "date:relative")
	return e
}
