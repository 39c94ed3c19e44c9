package date

import (
	"time"
)

// pdate is a parsed calendar expression before resolution.
type pdate struct {
	y, m, d int  // 0 = not written
	q       int  // quarter 1..4 (gran 'q')
	yrel    bool // the year is relative to the reference ("năm nay", "năm ngoái")
	yoff    int  // offset of a relative year
	gran    byte // 'y' year, 'm' month, 'd' day, 'q' quarter
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days of month m in year y; y == 0 (unknown)
// allows 29 February.
func daysIn(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y == 0 || isLeap(y) {
			return 29
		}
		return 28
	}
	return 31
}

func appendPad(b []byte, v, width int) []byte {
	var buf [12]byte
	i := len(buf)
	if v < 0 {
		v = -v
	}
	for v > 0 || width > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	return append(b, buf[i:]...)
}

func appendYear(b []byte, y int) []byte {
	if y <= 0 {
		return append(b, "XXXX"...)
	}
	return appendPad(b, y, 4)
}

func appendYMD(b []byte, y, m, d int) []byte {
	b = appendYear(b, y)
	b = append(b, '-')
	b = appendPad(b, m, 2)
	b = append(b, '-')
	return appendPad(b, d, 2)
}

func appendDay(b []byte, t time.Time) []byte {
	return appendYMD(b, t.Year(), int(t.Month()), t.Day())
}

func appendWeek(b []byte, t time.Time) []byte {
	y, w := t.ISOWeek()
	b = appendPad(b, y, 4)
	b = append(b, "-W"...)
	return appendPad(b, w, 2)
}

func appendMonthOf(b []byte, y, m int) []byte {
	b = appendYear(b, y)
	b = append(b, '-')
	return appendPad(b, m, 2)
}

// nearestYear returns the year in which day d of month m lies nearest to the
// reference date (ties go to the past); preferring the future, the first
// year in which it is not before the reference date.
func (s *Scanner) nearestYear(m, d int) int {
	ry := s.ref.Year()
	ref := s.refDay
	if s.future {
		for y := ry; y <= ry+8; y++ {
			if d <= daysIn(y, m) && civilDay(y, m, d) >= ref {
				return y
			}
		}
	}
	best, bestDist := 0, 1<<62
	for y := ry - 4; y <= ry+4; y++ {
		if d > daysIn(y, m) {
			continue
		}
		dist := civilDay(y, m, d) - ref
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// civilDay is the number of days from 1970-01-01 to the Gregorian date
// y-m-d (m 1..12, d 1..31): what time.Date(y, m, d, ...).Unix()/86400
// gives, without its normalization of every field.
func civilDay(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + d - 1
	return era*146097 + yoe*365 + yoe/4 - yoe/100 + doy - 719468
}

// nearestMonthYear returns the year in which month m lies nearest to the
// reference month (ties go to the past); preferring the future, the year
// of its next occurrence, the reference month included.
func (s *Scanner) nearestMonthYear(m int) int {
	ry, rm := s.ref.Year(), int(s.ref.Month())
	if s.future {
		if m < rm {
			return ry + 1
		}
		return ry
	}
	best, bestDist := ry, 1<<30
	for y := ry - 1; y <= ry+1; y++ {
		dist := (y*12 + m) - (ry*12 + rm)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// resolveYear fills in p.y from the reference date where it can. It returns
// false when the expression is relative and there is no reference date.
func (s *Scanner) resolveYear(p *pdate) bool {
	if p.yrel {
		if !s.hasRef {
			return false
		}
		p.y = s.ref.Year() + p.yoff
		p.yrel = false
		return true
	}
	if p.y != 0 || !s.hasRef {
		return true
	}
	switch p.gran {
	case 'd':
		p.y = s.nearestYear(p.m, p.d)
	case 'm':
		p.y = s.nearestMonthYear(p.m)
	case 'q', 'y':
		p.y = s.ref.Year()
	}
	return true
}

func appendPdate(b []byte, p pdate) []byte {
	switch p.gran {
	case 'y':
		return appendYear(b, p.y)
	case 'm':
		return appendMonthOf(b, p.y, p.m)
	case 'q':
		b = appendYear(b, p.y)
		b = append(b, "-Q"...)
		return appendPad(b, p.q, 1)
	}
	return appendYMD(b, p.y, p.m, p.d)
}

// value returns the TIMEX3 value of a single expression ("" when it cannot be
// resolved).
func (s *Scanner) value(p pdate) string {
	if !s.resolveYear(&p) {
		return ""
	}
	var buf [24]byte
	return string(appendPdate(buf[:0], p))
}

func (p pdate) key() int { return p.y*10000 + p.m*100 + p.d }

// rangeValue returns "start/end" for a range; a start written without month or
// year takes them from the end ("ngày 10 đến 31/01").
func (s *Scanner) rangeValue(a, b pdate) string {
	if !s.resolveYear(&b) {
		return ""
	}
	if a.gran == 'd' && a.m == 0 {
		a.m = b.m
	}
	if a.yrel {
		if !s.resolveYear(&a) {
			return ""
		}
	}
	if a.y == 0 && b.y != 0 {
		a.y = b.y
		if a.gran == b.gran && a.key() > b.key() {
			a.y--
		}
	}
	var buf [48]byte
	out := appendPdate(buf[:0], a)
	out = append(out, '/')
	out = appendPdate(out, b)
	return string(out)
}

func (s *Scanner) dayValue(t time.Time) string {
	var buf [12]byte
	return string(appendDay(buf[:0], t))
}

func (s *Scanner) dayRangeValue(a, b time.Time) string {
	var buf [24]byte
	out := appendDay(buf[:0], a)
	out = append(out, '/')
	return string(appendDay(out, b))
}

func (s *Scanner) weekValue(t time.Time, suffix string) string {
	var buf [16]byte
	out := appendWeek(buf[:0], t)
	return string(append(out, suffix...))
}

func (s *Scanner) monthValue(t time.Time) string {
	var buf [8]byte
	return string(appendMonthOf(buf[:0], t.Year(), int(t.Month())))
}

// addMonths moves t by n months, on the first of the month.
func addMonths(t time.Time, n int) time.Time {
	return time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
}

func appendClock(b []byte, h, m, sec int) []byte {
	b = append(b, 'T')
	b = appendPad(b, h, 2)
	b = append(b, ':')
	b = appendPad(b, m, 2)
	if sec >= 0 {
		b = append(b, ':')
		b = appendPad(b, sec, 2)
	}
	return b
}
