package date

import (
	"time"
)

// dateline is FindDateline on the tokens of s.
func (s *Scanner) dateline() (time.Time, bool) {
	for i := range s.t {
		if s.t[i].kind != tNum {
			continue
		}
		p, e, ok := s.numDate(i, true)
		if !ok || p.y == 0 {
			continue
		}
		if s.datelineContext(i, e) {
			return time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// datelineContext reports whether the full date at tokens [i, e) is set like
// a dateline: next to a clock time, followed by GMT, or after a weekday.
func (s *Scanner) datelineContext(i, e int) bool {
	// Clock before: "06:00 | 15/11/2021", "06:00, 15/11/2021".
	k := i - 1
	for n := 0; n < 2 && k >= 0 && s.t[k].kind == tPunct && !s.t[k+1].nl; n++ {
		k--
	}
	if k >= 2 && !s.t[k+1].nl && s.t[k].kind == tNum && s.t[k].nd == 2 &&
		s.attPunct(k-1, ':') && s.t[k-1].kind == tPunct && s.t[k-2].kind == tNum && s.t[k-2].nd <= 2 {
		return true
	}
	// Clock or GMT after.
	k = e
	for n := 0; n < 2 && k < len(s.t) && s.t[k].kind == tPunct && !s.t[k].nl; n++ {
		k++
	}
	if k < len(s.t) && !s.t[k].nl {
		if s.is(k, kwGMT) || s.isKey(k, "utc") {
			return true
		}
		if s.t[k].kind == tNum && s.t[k].nd <= 2 && s.attPunct(k+1, ':') && s.attNum(k+2) {
			return true
		}
	}
	// Weekday before: "Thứ hai, 15/11/2021".
	k = i - 1
	if s.punct(k, ',') {
		k--
	}
	if k >= 1 && !s.t[i].nl && (s.is(k, kwNhat) || s.is(k-1, kwThu)) {
		return true
	}
	// A place at the start of a line: "Hà Nội, ngày 12/3/2025", "TP.HCM (ngày 5/9/2025)".
	k = i - 1
	if k >= 0 && s.isKey(k, "ngay") && !s.t[i].nl {
		k--
		for n := 0; n < 2 && k >= 0 && s.t[k].kind == tPunct && !s.t[k+1].nl; n++ {
			k--
		}
		// Up to four capitalized words (and the dots of "TP.HCM") back to
		// the start of the line.
		for n := 0; n < 6 && k >= 0 && (s.t[k].kind == tWord && s.t[k].up || s.punct(k, '.')); n++ {
			if s.t[k].nl {
				return s.t[k].kind == tWord
			}
			k--
		}
	}
	// "Cập nhật: 20/06/2021", "Ngày đăng: 20/06/2021".
	k = i - 1
	if s.punct(k, ':') && k >= 2 && !s.t[i].nl && (s.isKey(k-1, "nhat") && s.isKey(k-2, "cap") || s.isKey(k-1, "dang") && s.isKey(k-2, "ngay")) {
		return true
	}
	return false
}
