package date

import (
	"time"
)

func (s *Scanner) emitRel(a, b, days int) int {
	var day time.Time
	if s.hasRef {
		day = s.ref.AddDate(0, 0, days)
	}
	if e, ok := s.podClock(a, -1, b, day); ok {
		return e // "ngày mai lúc 5 giờ chiều"
	}
	v := ""
	if s.hasRef {
		v = s.dayValue(day)
	}
	s.emit(a, b, Date, v, "date:relative")
	return b
}

// matchHom handles "hôm nay", "hôm qua", "hôm kia", the colloquial
// "bữa nay", "bữa qua", and "hôm đó", "hôm ấy" (matchThatDay).
func (s *Scanner) matchHom(i int) int {
	if !s.is(i, kwHom) && !s.is(i, kwBua) || !s.sameLine(i+1) {
		return i
	}
	switch {
	case s.is(i+1, kwNay):
		return s.emitRel(i, i+2, 0)
	case s.is(i+1, kwQua):
		return s.emitRel(i, i+2, -1)
	case s.is(i+1, kwKia):
		return s.emitRel(i, i+2, -2)
	case s.is(i, kwHom) && (s.is(i+1, kwDo) || s.is(i+1, kwAy)):
		return s.matchThatDay(i, i+2)
	}
	return i
}

// weekdayAt reads "thứ hai".."thứ bảy", "thứ 2".."thứ 7", "chủ nhật" (and
// the southern "chủ nhựt", "chúa nhật") at i.
func (s *Scanner) weekdayAt(i int) (wd time.Weekday, end int, digit, ok bool) {
	if (s.is(i, kwChu) || s.is(i, kwChua)) && (s.is(i+1, kwNhat) || s.is(i+1, kwNhut)) && s.sameLine(i+1) {
		return time.Sunday, i + 2, false, true
	}
	if !s.is(i, kwThu) || !s.sameLine(i+1) {
		return 0, 0, false, false
	}
	t := &s.t[i+1]
	if t.kind == tNum {
		if t.nd == 1 && t.val() >= 2 && t.val() <= 7 {
			if n := s.at(i + 2); n != nil && !n.sp && (n.kind != tPunct || n.r() == '/' || n.r() == '.' || n.r() == ',') && !(n.kind == tPunct && (n.r() == ',' || n.r() == '.') && !s.attNum(i+3)) {
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

// headsDate reports whether a date follows the weekday that ends at e
// ("Thứ Hai, 15/11/2021"): the date is then the mention.
func (s *Scanner) headsDate(e int) bool {
	k := e
	if s.punct(k, ',') || s.punct(k, '(') {
		k++
	}
	if s.sameLine(k) {
		if _, _, ok := s.dateAt(k); ok {
			return true
		}
	}
	return false
}

// weekdayMode reads the modifiers after a weekday that ends at e: "tới"
// (mode 1, the next one), "trước" / "vừa rồi" (-1, the last one), "này"
// (2, this week's), "tuần sau" / "của tuần tới" (3, next week's), "tuần
// trước" (-3); mode 0 is none. It returns the mode and the end.
func (s *Scanner) weekdayMode(e int) (mode, end int) {
	k := e
	if s.is(k, kwCua) && s.is(k+1, kwTuan) && s.sameLine(k+1) {
		k++ // "thứ tư của tuần này"
	}
	if s.is(k, kwTuan) && s.sameLine(k) {
		if off, e2, ok := s.relUnit(k + 1); ok {
			return []int{-3, 2, 3}[off+1], e2
		}
		return 0, e
	}
	if off, e2, ok := s.relUnit(e); ok && s.sameLine(e) {
		return []int{-1, 2, 1}[off+1], e2
	}
	return 0, e
}

// matchWeekday handles weekdays with their modifiers. A weekday with one
// is a DATE; a bare weekday is a TIME (news annotation takes a weekday
// alone for no date), and needs a context: "vào thứ Hai", "Thứ Hai", a
// phrase of its own.
func (s *Scanner) matchWeekday(i int) int {
	wd, e, _, ok := s.weekdayAt(i)
	if !ok {
		return i
	}
	if s.headsDate(e) {
		return e
	}
	if day, last, end, ok := s.monthEdge(e); ok {
		// "thứ hai đầu tiên của tháng 3", "chủ nhật cuối cùng của tháng này"
		v := ""
		if !day.IsZero() {
			d := (int(wd) - int(day.Weekday()) + 7) % 7
			if last && d > 0 {
				d -= 7
			}
			v = s.dayValue(day.AddDate(0, 0, d))
		}
		s.emit(i, end, Date, v, "date:weekday")
		return end
	}
	mode, end := s.weekdayMode(e)
	if e2, ok := s.weekdayRange(i, wd, 0, e); ok {
		return e2 // "thứ hai tới thứ tư": "tới" joins two weekdays
	}
	if e2, ok := s.weekdayRange(i, wd, mode, end); end > e && ok {
		return e2
	}
	var day time.Time
	if s.hasRef {
		day = s.weekdayDate(wd, mode)
	}
	if e2, ok := s.podClock(i, -1, end, day); ok {
		return e2 // "thứ bảy lúc 9 giờ sáng"
	}
	kind, rule := Date, "date:weekday"
	if mode == 0 {
		isChu := s.is(i, kwChu) || s.is(i, kwChua)
		t := &s.t[i]
		capital := t.up && s.t[i+1].kind == tWord && s.t[i+1].up
		trig := i > 0 && !t.nl && (s.isAny(i-1, triggers) || s.isAny(i-1, vaoHom))
		alone := s.lineAlone(i, e)
		if !isChu && !capital && !trig && !alone {
			return i
		}
		kind, rule = Time, "time:weekday"
	}
	v := ""
	if s.hasRef {
		v = s.dayValue(day)
	}
	s.emit(i, end, kind, v, rule)
	return end
}

// weekdayRange reads "thứ hai đến thứ sáu", "thứ 2 - thứ 6 tuần sau" after
// the weekday wd at i (with its mode, ending at e): one span from the first
// day to the next second weekday on or after it. Weekdays with no modifier
// give a TIME, as a weekday alone does; the modifier of the second weekday
// places the first in the same week.
func (s *Scanner) weekdayRange(i int, wd time.Weekday, mode, e int) (int, bool) {
	if !s.connector(e) {
		return 0, false
	}
	wd2, e2, _, ok := s.weekdayAt(e + 1)
	if !ok || !s.sameLine(e+1) {
		return 0, false
	}
	mode2, end := s.weekdayMode(e2)
	gap := (int(wd2) - int(wd) + 7) % 7
	v := ""
	if s.hasRef {
		var a time.Time
		if mode == 0 && mode2 != 0 {
			a = s.weekdayDate(wd2, mode2).AddDate(0, 0, -gap)
		} else {
			a = s.weekdayDate(wd, mode)
		}
		v = s.dayRangeValue(a, a.AddDate(0, 0, gap))
	}
	kind, rule := Date, "date:range"
	if mode == 0 && mode2 == 0 {
		kind, rule = Time, "time:weekday"
	}
	s.emit(i, end, kind, v, rule)
	return end, true
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
	if d > 3 && !s.future {
		d -= 7
	}
	return ref.AddDate(0, 0, d)
}

// matchCount handles "3 ngày tới", "ba ngày qua", "2 tuần tới", "2 tháng
// tới", "2 năm tới", "3 giờ tới", "30 phút qua", "10 giây vừa rồi": the
// span of the N units after (or before) the reference's, a DATE, or a TIME
// for hours, minutes and seconds. Years, and months before, are taken only
// up to ten, and not after a duration word: "20 năm qua", "trong 6 tháng
// qua" are vague durations in news.
func (s *Scanner) matchCount(i int) int {
	t := &s.t[i]
	if t.nd > 2 || t.val() < 1 {
		return i
	}
	if i > 0 && !t.sp && s.t[i-1].kind != tPunct {
		return i
	}
	return s.count(i, int(t.val()), i+1)
}

// matchNumberWord reads what starts with a number in words: a count ("ba
// ngày qua"), a clock time ("năm giờ chiều"), a date ("mười lăm tháng
// ba năm 2018"). The number is read once for the three.
func (s *Scanner) matchNumberWord(i int) int {
	v, e, ok := s.spelledNum99(i)
	if !ok || !s.sameLine(e) {
		return i
	}
	if c := s.count(i, v, e); c > i {
		return c
	}
	switch {
	case s.is(e, kwGio):
		return s.clock(i, v, e, true)
	case s.is(e, kwThang):
		return s.matchDayMonth(i)
	}
	return i
}

// count reads the count n at [i, j) and the rest of matchCount.
func (s *Scanner) count(i, n, j int) int {
	if !s.sameLine(j) || i > 0 && s.isAny(i-1, pluralWords) {
		return i
	}
	unit := s.countUnit(j)
	if unit == 0 {
		return i
	}
	if s.sameLine(j+1) && s.is(j+1, kwNua2) {
		if unit == 4 && n > 10 || i > 0 && (s.isAny(i-1, durationWords) || s.isAny(i-1, quantityWords)) {
			return i // "20 năm nữa" is vague, "thêm 3 ngày nữa" a duration
		}
		return s.emitPoint(i, j+2, unit, n)
	}
	off, e, ok := s.relUnit(j + 1)
	if !ok || off == 0 || s.is(j+1, kwRoi) {
		return i // "5 năm rồi" is "it has been five years"
	}
	if unit >= 4 || unit == 3 && off < 0 {
		if unit <= 4 && n > 10 || i > 0 && (s.isAny(i-1, durationWords) || s.isAny(i-1, quantityWords)) {
			return i
		}
	}
	v := ""
	if s.hasRef {
		v = s.countValue(unit, n, off)
	}
	s.emit(i, e, unitKind(unit), v, "date:relative")
	return e
}

// countValue is the value of n units (1 day, 2 week, 3 month, 4 year,
// 5 hour, 6 minute, 7 second) after the reference's (off 1) or before it
// (off -1).
func (s *Scanner) countValue(unit, n, off int) string {
	first, last := 1, n
	if off < 0 {
		first, last = -n, -1
	}
	if n == 1 {
		return s.pointValue(unit, first) // "một tuần qua" is last week
	}
	var buf [48]byte
	b := buf[:0]
	switch unit {
	case 1:
		return s.dayRangeValue(s.ref.AddDate(0, 0, first), s.ref.AddDate(0, 0, last))
	case 2:
		return s.weekValue(s.ref.AddDate(0, 0, 7*first), "/") + s.weekValue(s.ref.AddDate(0, 0, 7*last), "")
	case 3:
		return s.monthValue(addMonths(s.ref, first)) + "/" + s.monthValue(addMonths(s.ref, last))
	case 4:
		b = appendYear(b, s.ref.Year()+first)
		b = append(b, '/')
		return string(appendYear(b, s.ref.Year()+last))
	case uQuarter:
		return s.pointValue(unit, first) + "/" + s.pointValue(unit, last)
	}
	step := [...]time.Duration{5: time.Hour, 6: time.Minute, 7: time.Second}[unit]
	now := s.ref.Add(time.Duration(max(s.refClock, 0)) * time.Second).Truncate(step)
	for x, k := range [2]int{first, last} {
		if x > 0 {
			b = append(b, '/')
		}
		t := now.Add(time.Duration(k) * step)
		sec := -1
		if unit == 7 {
			sec = t.Second()
		}
		b = appendClock(appendDay(b, t), t.Hour(), t.Minute(), sec)
	}
	return string(b)
}

// matchNow reads "bây giờ": a TIME, the reference's date and time of day
// when it has one, else PRESENT_REF (TIMEX3's now).
func (s *Scanner) matchNow(i int) int {
	if !s.is(i, kwBay) || !s.sameLine(i+1) || !s.is(i+1, kwGio) {
		return i
	}
	v := "PRESENT_REF"
	if s.hasRef && s.refClock >= 0 {
		var buf [24]byte
		c := s.refClock
		v = string(appendClock(appendDay(buf[:0], s.ref), c/3600, c/60%60, c%60))
	}
	s.emit(i, i+2, Time, v, "time:now")
	return i + 2
}

// matchAgo reads "cách đây 3 ngày", "cách đây hai tuần", "cách đây 5
// phút": the day, week, month, year or time of day that many units before
// the reference.
func (s *Scanner) matchAgo(i int) int {
	if !s.is(i, kwCach) || !s.sameLine(i+1) || !s.is(i+1, kwDay) || !s.sameLine(i+2) {
		return i
	}
	k := i + 2
	n, j := 0, 0
	if s.num(k) {
		if s.t[k].nd > 4 || s.t[k].val() < 1 {
			return i
		}
		n, j = int(s.t[k].val()), k+1
	} else if v, e, ok := s.spelledNum99(k); ok {
		n, j = v, e
	} else {
		return i
	}
	unit := s.countUnit(j)
	if unit == 0 || !s.sameLine(j) {
		return i
	}
	return s.emitPoint(i, j+1, unit, -n)
}

// The units of a count, numbered as countUnits.
const (
	uDay = iota + 1
	uWeek
	uMonth
	uYear
	uHour
	uMinute
	uSecond
	uQuarter
)

// countUnit returns the unit of a count at k, or 0.
func (s *Scanner) countUnit(k int) int {
	switch unit := s.indexIn(k, countUnits) + 1; unit {
	case 9:
		return uQuarter
	case 10:
		return uHour
	default:
		return unit
	}
}

// emitPoint emits [i, e) as the unit (as in countValue) off units from
// the reference's: "3 ngày nữa", "cách đây 2 tuần". A day or longer is a
// DATE, a time of day a TIME.
func (s *Scanner) emitPoint(i, e, unit, off int) int {
	v := ""
	if s.hasRef {
		v = s.pointValue(unit, off)
	}
	s.emit(i, e, unitKind(unit), v, "date:relative")
	return e
}

// unitKind is the kind of a span of units: TIME for hours, minutes and
// seconds.
func unitKind(unit int) Kind {
	if unit >= uHour && unit <= uSecond {
		return Time
	}
	return Date
}

// pointValue is the value of the unit off units from the reference's.
func (s *Scanner) pointValue(unit, off int) string {
	switch unit {
	case uDay:
		return s.dayValue(s.ref.AddDate(0, 0, off))
	case uWeek:
		return s.weekValue(s.ref.AddDate(0, 0, 7*off), "")
	case uMonth:
		return s.monthValue(addMonths(s.ref, off))
	case uYear:
		var buf [8]byte
		return string(appendYear(buf[:0], s.ref.Year()+off))
	case uQuarter:
		n := s.ref.Year()*4 + (int(s.ref.Month())-1)/3 + off
		return s.value(pdate{y: n / 4, q: n%4 + 1, gran: 'q'})
	}
	step := [...]time.Duration{uHour: time.Hour, uMinute: time.Minute, uSecond: time.Second}[unit]
	t := s.ref.Add(time.Duration(max(s.refClock, 0))*time.Second + time.Duration(off)*step)
	sec := -1
	if unit == uSecond || s.refClock > 0 && s.refClock%60 != 0 {
		sec = t.Second()
	}
	var buf [24]byte
	return string(appendClock(appendDay(buf[:0], t), t.Hour(), t.Minute(), sec))
}
