package date

import (
	"strings"
	"time"
)

// Ranges of clock times: "từ 8h đến 10h", "8h-10h", "từ 9:30 tới 11:00",
// "từ 2 đến 4 giờ chiều" are one TIME whose value is "start/end". The two
// clock times are read first, each on its own; joinClockRanges then makes
// one span of them, before joinTimes gives the span its day.

// rangeLink reports whether token k links the two ends of a range: a dash,
// "đến" or "tới".
func (s *Scanner) rangeLink(k int) bool {
	return s.sameLine(k) && (s.isDash(k) || s.is(k, kwDen) || s.is(k, kwToi))
}

// clockAt reports whether a clock time written with digits starts at k:
// "10h", "10g30", "10:00", "10 giờ".
func (s *Scanner) clockAt(k int) bool {
	if !s.sameLine(k) || !s.num(k) || s.t[k].nd > 2 || s.t[k].val() > 24 {
		return false
	}
	n := k + 1
	if !s.sameLine(n) {
		return false
	}
	if s.t[n].sp {
		return s.is(n, kwGio)
	}
	return s.isKey(n, "h") || s.isKey(n, "g") || s.punct(n, ':') && s.attNum(n+1)
}

// clockBefore reports whether the last span read is a clock time that ends
// at token k.
func (s *Scanner) clockBefore(k int) bool {
	n := len(s.out) - 1
	return n >= 0 && s.spans[n].b == k && s.out[n].Kind == Time && clockOf(s.out[n].Value) >= 0
}

// clockOf returns the time of day, in seconds, of a clock value ("T08:30",
// "2017-02-02T08:30:15"), or -1 for any other value.
func clockOf(v string) int {
	x := len(v) - 6
	if len(v) >= 9 && v[len(v)-3] == ':' && v[len(v)-6] == ':' {
		x = len(v) - 9
	}
	if x < 0 || v[x] != 'T' || v[x+3] != ':' {
		return -1
	}
	sec := 0
	for _, p := range [...]int{x + 1, x + 4, x + 7} {
		if p >= len(v) {
			sec *= 60
			continue
		}
		a, b := v[p]-'0', v[p+1]-'0'
		if a > 9 || b > 9 {
			return -1
		}
		sec = sec*60 + int(a)*10 + int(b)
	}
	return sec
}

// joinClockRanges makes one span of two clock times joined by a range
// link, and of a bare hour, a link and a clock time ("từ 2 đến 4 giờ
// chiều"). The start takes the end's part of the day when it is earlier
// than the end by it ("từ 2 giờ đến 4 giờ chiều" is 14:00/16:00).
func (s *Scanner) joinClockRanges() {
	w := 0
	for k := 0; k < len(s.out); k++ {
		cur := s.out[k]
		sp := s.spans[k]
		end := clockOf(cur.Value)
		if cur.Kind == Time && end >= 0 {
			if w > 0 && s.out[w-1].Kind == Time && s.spans[w-1].b+1 == sp.a && s.rangeLink(sp.a-1) {
				if start := clockOf(s.out[w-1].Value); start >= 0 && isRawClock(s.out[w-1].Value) {
					if s.setRange(&s.out[w-1], s.spans[w-1].a, sp.b, start, cur.Value) {
						s.spans[w-1].b = sp.b
						continue
					}
				}
			}
			if a := sp.a; a >= 3 && s.rangeLink(a-1) && s.num(a-2) && s.t[a-2].nd <= 2 && s.t[a-2].val() <= 24 &&
				(s.is(a-3, kwTu) || s.isDash(a-1)) && s.sameLine(a-2) && (w == 0 || s.spans[w-1].b <= a-2) {
				s.out[w], s.spans[w] = cur, sp
				if s.setRange(&s.out[w], a-2, sp.b, int(s.t[a-2].val())*3600, cur.Value) {
					s.spans[w].a = a - 2
					w++
					continue
				}
			}
		}
		s.out[w], s.spans[w] = cur, sp
		w++
	}
	clear(s.out[w:])
	s.out, s.spans = s.out[:w], s.spans[:w]
}

// isRawClock: v is a clock time without its day ("T08:30").
func isRawClock(v string) bool { return len(v) > 0 && v[0] == 'T' }

// setRange makes tm the range from the clock time start (seconds) to the
// clock value end, over tokens [a, b). A start without a part of the day
// takes the end's afternoon or evening. It reports whether it made the
// range.
func (s *Scanner) setRange(tm *Span, a, b, start int, end string) bool {
	e := clockOf(end)
	if start < 12*3600 && e >= 12*3600 && start+12*3600 <= e {
		start += 12 * 3600
	}
	day := end[:len(end)-len(clockSuffix(end))]
	var buf [64]byte
	v := buf[:0]
	if day != "" && e < start {
		// "từ 22h đến 2h sáng mai": the end's day is given; the start is
		// the evening before.
		d, err := time.Parse("2006-01-02", day)
		if err != nil {
			return false
		}
		v = appendDay(v, d.AddDate(0, 0, -1))
	} else {
		v = append(v, day...)
	}
	v = appendSecClock(v, start, len(clockSuffix(end)) > 6)
	v = append(v, '/')
	v = append(v, end...)
	start0, end0 := int(s.t[a].s), int(s.t[b-1].e)
	tm.Start, tm.End, tm.Text, tm.Value = start0, end0, s.text[start0:end0], string(v)
	return true
}

// onDay is the clock value v ("T08:30", or a range "T22:00/T02:00") on
// day ("2017-02-02"): a range whose end is earlier than its start ends on
// the next day.
func onDay(day string, v string) string {
	a, b, isRange := strings.Cut(v, "/")
	if !isRange {
		return day + v
	}
	endDay := day
	if clockOf(b) < clockOf(a) {
		if d, err := time.Parse("2006-01-02", day); err == nil {
			endDay = d.AddDate(0, 0, 1).Format("2006-01-02")
		}
	}
	return day + a + "/" + endDay + b
}

// clockSuffix is the clock part of a clock value: "T08:30" of
// "2017-02-02T08:30".
func clockSuffix(v string) string {
	for x := len(v) - 1; x >= 0; x-- {
		if v[x] == 'T' {
			return v[x:]
		}
	}
	return ""
}

// appendSecClock appends "Thh:mm" (and ":ss" when withSec) for the time of
// day sec.
func appendSecClock(b []byte, sec int, withSec bool) []byte {
	ss := -1
	if withSec {
		ss = sec % 60
	}
	return appendClock(b, sec/3600, sec/60%60, ss)
}
