package date

import "time"

func (s *Scanner) partOfDay(k int) (int, bool) {
	if !s.sameLine(k) {
		return 0, false
	}
	for _, p := range partsOfDay {
		if s.is(k, p.k) {
			return p.shift, true
		}
	}
	return 0, false
}

// matchClock reads a clock time whose hour is a number: "06:00",
// "15:27:10", "10h45", "8g30", "23h", "15 giờ 30 (phút)", "3 giờ chiều",
// "9 giờ rưỡi", "9 giờ kém 15", "7 giờ sáng mai", "lúc 3 giờ".
func (s *Scanner) matchClock(i int) int {
	t := &s.t[i]
	if t.nd > 2 {
		return i
	}
	if i > 0 && !t.sp {
		if p := &s.t[i-1]; p.kind != tPunct || p.r() == ':' || p.r() == '.' || p.r() == ',' || p.r() == '/' {
			return i
		}
	}
	return s.clock(i, int(t.val()), i+1, false)
}

// minuteAt reads a number of minutes, 0 to 59, in digits or words, at k.
func (s *Scanner) minuteAt(k int) (int, int, bool) {
	if !s.sameLine(k) {
		return 0, 0, false
	}
	if s.num(k) {
		if t := &s.t[k]; t.nd <= 2 && t.val() <= 59 {
			return int(t.val()), k + 1, true
		}
		return 0, 0, false
	}
	if v, e, ok := s.spelledNum99(k); ok && v <= 59 {
		return v, e, true
	}
	return 0, 0, false
}

// clock reads the rest of a clock time whose hour h was read at [i, j):
// the minutes and seconds, the part of the day and the day it is on.
func (s *Scanner) clock(i, h, j int, spelled bool) int {
	t := &s.t[i]
	m, sec := 0, -1
	form := 0
	hasMin := false
	switch {
	case spelled && !s.is(j, kwGio):
		return i
	case s.attPunct(j, ':') && s.attNum(j+1):
		mt := &s.t[j+1]
		if mt.nd != 2 || mt.val() > 59 {
			return i
		}
		m, hasMin = int(mt.val()), true
		j += 2
		if s.attPunct(j, ':') && s.attNum(j+1) {
			st := &s.t[j+1]
			if st.nd != 2 || st.val() > 59 {
				return i
			}
			sec = int(st.val())
			j += 2
		}
		if n := s.at(j); n != nil && !n.sp && (n.kind != tPunct || (n.r() == ':' || n.r() == '/' || n.r() == '.' || n.r() == ',') && s.attNum(j+1)) {
			return i
		}
		form = 1
	case (s.isKey(j, "h") || s.isKey(j, "g")) && !s.t[j].sp:
		j++
		if s.attNum(j) {
			mt := &s.t[j]
			if mt.nd != 2 || mt.val() > 59 {
				return i
			}
			m, hasMin = int(mt.val()), true
			j++
			if s.isKey(j, "p") || s.isKey(j, "ph") {
				if !s.t[j].sp {
					j++
				}
			}
		}
		if n := s.at(j); n != nil && !n.sp && n.kind != tPunct {
			return i
		}
		form = 2
	case !spelled && s.is(j, kwRuoi) && s.sameLine(j) && (s.podAt(j+1) >= 0 || s.clockCue || i > 0 && !t.nl && s.is(i-1, kwLuc)):
		m, hasMin = 30, true // "3 rưỡi chiều", "lúc 4 rưỡi"
		j++
		form = 3
	case s.is(j, kwGio) && s.sameLine(j):
		j++
		if s.num(j) && s.sameLine(j) && s.t[j].nd <= 2 && s.t[j].val() <= 59 && !s.is(j+1, kwNgay) && !s.isDash(j+1) {
			m, hasMin = int(s.t[j].val()), true
			j++
			if s.is(j, kwPhut) {
				j++
			}
		} else if s.is(j, kwRuoi) {
			m, hasMin = 30, true
			j++
		} else if s.is(j, kwKem) {
			// "9 giờ kém 15 (phút)": a quarter to nine.
			n, e, ok := s.minuteAt(j + 1)
			if !ok || n == 0 || h == 0 {
				return i
			}
			h, m, hasMin = h-1, 60-n, true
			j = e
			if s.is(j, kwPhut) {
				j++
			}
		} else if v, e, ok := s.spelledNum99(j); ok && v <= 59 && s.sameLine(j) && !s.is(e, kwNgay) {
			m, hasMin = v, true // "tám giờ mười lăm (phút)"
			j = e
			if s.is(j, kwPhut) {
				j++
			}
		}
		form = 3
	default:
		return i
	}
	if h > 24 || h == 24 && m > 0 {
		return i
	}
	shift, pod := s.partOfDay(j)
	midnight := false // "12 giờ đêm": the midnight that ends the day
	if pod {
		if shift == 12 && h >= 1 && h <= 11 {
			if !s.is(j, kwTrua) || h <= 2 {
				if !s.is(j, kwDem) || h >= 6 {
					h += 12
				}
			}
		}
		if h == 12 && m == 0 && (s.is(j, kwDem) || s.is(j, kwKhuya)) {
			h, midnight = 0, true
		}
		j++
	}
	// The day: "7 giờ sáng mai", "tối qua", "20 giờ thứ sáu".
	day, dayEnd, onDay := s.dayAfter(j, pod)
	if onDay && !pod && s.is(j, kwQua) {
		onDay = false
	}
	if midnight {
		if !onDay {
			day, dayEnd, onDay = s.ref, j, true
		}
		day = day.AddDate(0, 0, 1)
	}
	if form != 1 && !onDay {
		if i > 0 && s.isAny(i-1, durationWords) {
			return i
		}
		trig := s.clockCue || i > 0 && !t.nl && (s.isAny(i-1, clockTriggers) || s.isDash(i-1) && s.clockBefore(i-1)) ||
			s.rangeLink(j) && s.clockAt(j+1)
		dateAfter := false
		if k := j; s.sameLine(k) {
			if s.punct(k, ',') || s.punct(k, '-') {
				k++
			}
			if s.is(k, kwNgay) || s.is(k, kwHom) || s.isAny(k, dayParts3) {
				dateAfter = true
			} else if _, _, ok := s.numDate(k, true); ok && s.sameLine(k) {
				dateAfter = true
			}
		}
		if !hasMin && !pod && !trig && !dateAfter && !s.lineAlone(i, j) {
			return i
		}
		if s.sameLine(j) && (s.is(j, kwQua) || s.is(j, kwToi) || s.is(j, kwLien)) {
			return i // "24 giờ qua"
		}
	}
	var buf [32]byte
	v := appendClock(buf[:0], h, m, sec)
	if onDay {
		j = dayEnd
		v = v[:0]
		if s.hasRef {
			v = appendClock(appendDay(v, day), h, m, sec)
		}
	}
	s.emit(i, j, Time, string(v), "time:clock")
	return j
}

// dayAfter reads the day that a part of the day or a clock time at k is
// on: "nay", "mai", "mốt", "qua" (after a part of the day: "tối qua"),
// "hôm nay / qua / kia", "bữa nay / qua", "ngày mai / kia", a weekday and
// its modifiers ("thứ bảy", "chủ nhật tuần sau"). It returns the date
// (zero without a reference date) and the end.
func (s *Scanner) dayAfter(k int, pod bool) (time.Time, int, bool) {
	if !s.sameLine(k) {
		return time.Time{}, 0, false
	}
	off, e := 0, 0
	switch {
	case s.is(k, kwNay):
		off, e = 0, k+1
	case s.is(k, kwMai):
		off, e = 1, k+1
	case s.is(k, kwMot2) && s.t[k].diac:
		off, e = 2, k+1
	case pod && s.is(k, kwQua):
		off, e = -1, k+1
	case (s.is(k, kwHom) || s.is(k, kwBua)) && s.sameLine(k+1) && (s.is(k+1, kwNay) || s.is(k+1, kwQua) || s.is(k+1, kwKia)):
		off, e = []int{0, -1, -2}[s.indexOf(k+1, kwNay, kwQua, kwKia)], k+2
	case s.is(k, kwNgay) && s.sameLine(k+1) && (s.is(k+1, kwMai) || s.is(k+1, kwKia) || s.is(k+1, kwMot2) && s.t[k+1].diac):
		off, e = []int{1, 2, 2}[s.indexOf(k+1, kwMai, kwKia, kwMot2)], k+2
	default:
		wd, we, _, ok := s.weekdayAt(k)
		if !ok || s.headsDate(we) {
			return time.Time{}, 0, false
		}
		mode, end := s.weekdayMode(we)
		if !s.hasRef {
			return time.Time{}, end, true
		}
		return s.weekdayDate(wd, mode), end, true
	}
	if !s.hasRef {
		return time.Time{}, e, true
	}
	return s.ref.AddDate(0, 0, off), e, true
}

// indexOf returns the index of the first of ks that token k is, or -1.
func (s *Scanner) indexOf(k int, ks ...keyword) int { return s.indexIn(k, ks) }

// indexIn returns the index of the first of ks that token k is, or -1.
func (s *Scanner) indexIn(k int, ks []keyword) int {
	if k < 0 || k >= len(s.t) || s.t[k].kind != tWord {
		return -1
	}
	for x := range ks {
		if s.t[k].key() == ks[x].key && s.spelled(k, &ks[x]) {
			return x
		}
	}
	return -1
}

// podAt returns the index in partsOfDay of the part-of-day word at k, or -1.
func (s *Scanner) podAt(k int) int {
	if k < 0 || k >= len(s.t) {
		return -1
	}
	for x, p := range partsOfDay {
		if s.is(k, p.k) {
			return x
		}
	}
	return -1
}

// matchPartOfDay reads a part of the day on a day: "sáng nay", "chiều
// mai", "tối qua", "sáng hôm qua", "sáng thứ bảy", "tối chủ nhật tuần
// sau". It is a TIME whose value is the day and the TIMEX3 code of the
// part ("2017-02-03TAF"). A part of the day before a date ("sáng ngày
// 5/10") is left to the date.
//
// A part of the day with no day is today's, as Duckling reads it, when it
// is said as one: "buổi sáng", "sáng sớm", "chiều tối", "đêm khuya" (a
// single "sáng" is also "bright"), not before a date ("sáng sớm ngày 5/10"
// is left to the date) nor after a plural ("các buổi sáng").
func (s *Scanner) matchPartOfDay(i int) int {
	start := i
	if s.is(i, kwBuoi) {
		if !s.sameLine(i+1) || i > 0 && s.isAny(i-1, pluralWords) {
			return i
		}
		i++
	}
	x := s.podAt(i)
	if x < 0 {
		return start
	}
	j, bare := i+1, start < i
	for _, p := range podPairs {
		if s.is(i, p.first) && s.sameLine(i+1) && s.is(i+1, p.second) {
			x, j, bare = p.pod, i+2, true
		}
	}
	day, e, ok := s.dayAfter(j, true)
	if !ok {
		if !bare || !s.podAlone(j) {
			return start
		}
		day, e = s.ref, j
	}
	if e2, ok := s.podClock(start, x, e, day); ok {
		return e2
	}
	v := ""
	if s.hasRef {
		var buf [16]byte
		b := append(appendDay(buf[:0], day), 'T')
		v = string(append(b, podCodes[x]...))
	}
	s.emit(start, e, Time, v, "time:part-of-day")
	return e
}

// podAlone reports whether a part of the day that ends before token k
// stands alone: no number, date noun or weekday follows it on its line.
func (s *Scanner) podAlone(k int) bool {
	n := s.at(k)
	if n == nil || n.nl {
		return true
	}
	switch n.kind {
	case tNum:
		return false
	case tPunct:
		return n.r() != '/'
	}
	if _, _, _, ok := s.weekdayAt(k); ok {
		return false
	}
	return s.indexIn(k, dayNouns) < 0
}

// podClock reads a clock time after a part of the day x on a day, [i, e):
// "tối nay lúc 8 giờ" is 20:00 that evening; x is -1 for a day alone
// ("thứ bảy lúc 9 giờ sáng"). It emits the whole as one TIME and returns
// its end.
func (s *Scanner) podClock(i, x, e int, day time.Time) (int, bool) {
	k := e
	if s.punct(k, ',') {
		k++
	}
	if s.is(k, kwVao) && s.is(k+1, kwLuc) {
		k++
	}
	if s.is(k, kwLuc) {
		k++
	} else if x < 0 || k > e {
		return 0, false
	}
	// After a part of the day and its day the clock time needs no "lúc":
	// "tối mai 8h", "sáng nay bảy giờ".
	if !s.sameLine(k) {
		return 0, false
	}
	n := len(s.out)
	var e2 int
	s.clockCue = true
	if s.t[k].kind == tWord {
		if h, j, ok := s.spelledNum(k); ok && s.sameLine(j) && s.is(j, kwGio) {
			e2 = s.clock(k, h, j, true)
		}
	} else if s.t[k].kind == tNum {
		e2 = s.matchClock(k)
	}
	s.clockCue = false
	if e2 <= k || len(s.out) != n+1 {
		return 0, false
	}
	v := s.out[n].Value
	s.out, s.spans = s.out[:n], s.spans[:n]
	if len(v) < 6 || v[0] != 'T' {
		return 0, false // the clock time had a day of its own
	}
	h := int(v[1]-'0')*10 + int(v[2]-'0')
	if x >= 0 && partsOfDay[x].shift == 12 && h >= 1 && h <= 11 && (x != 1 || h <= 2) && (x != 4 || h >= 6) {
		h += 12
	}
	var buf [32]byte
	b := buf[:0]
	if s.hasRef {
		b = appendDay(b, day)
		b = append(b, 'T')
		b = appendPad(b, h, 2)
		b = append(b, v[3:]...)
	}
	s.emit(i, e2, Time, string(b), "time:clock")
	return e2, true
}

// joinTimes gives a TIME the date of a one-day DATE in the same phrase
// ("06:00 | 15/11/2021", "23h ngày 22/12", "ngày 5/10, lúc 15h"), and
// else the reference date (see anchorTime).
func (s *Scanner) joinTimes() {
	for k := range s.out {
		if s.out[k].Kind != Time {
			continue
		}
		if k+1 < len(s.out) && s.joinable(s.spans[k].b, s.spans[k+1].a) {
			if s.setTimeDate(k, k+1) {
				continue
			}
		}
		if k > 0 && s.joinable(s.spans[k-1].b, s.spans[k].a) {
			if s.setTimeDate(k, k-1) {
				continue
			}
		}
		s.anchorTime(&s.out[k])
	}
}

// anchorTime gives a clock time without a date ("T16:00") the reference
// date; preferring the future, the next day when the reference has a
// time of day later than it.
func (s *Scanner) anchorTime(tm *Span) {
	v := tm.Value
	if !s.hasRef || len(v) < 6 || v[0] != 'T' {
		return
	}
	day := s.ref
	if s.future && s.refClock >= 0 {
		sec := int(v[1]-'0')*36000 + int(v[2]-'0')*3600 + int(v[4]-'0')*600 + int(v[5]-'0')*60
		if len(v) == 9 {
			sec += int(v[7]-'0')*10 + int(v[8]-'0')
		}
		if sec < s.refClock {
			day = day.AddDate(0, 0, 1)
		}
	}
	var buf [10]byte
	tm.Value = onDay(string(appendDay(buf[:0], day)), v)
}

func (s *Scanner) setTimeDate(ti, di int) bool {
	d := &s.out[di]
	if d.Kind != Date || len(d.Value) != 10 || d.Value[4] != '-' || d.Value[7] != '-' {
		return false
	}
	tm := &s.out[ti]
	if len(tm.Value) == 0 || tm.Value[0] != 'T' {
		return false
	}
	tm.Value = onDay(d.Value, tm.Value)
	return true
}

// joinable: the tokens in [a, b) only link a time and a date.
func (s *Scanner) joinable(a, b int) bool {
	if b-a > 3 || b < a {
		return false
	}
	for k := a; k < b; k++ {
		if s.t[k].nl {
			return false
		}
		switch s.t[k].kind {
		case tPunct:
			switch s.t[k].r() {
			case '|', ',', '-', '–', '(', ')', '/':
			default:
				return false
			}
		case tWord:
			if _, ok := s.partOfDay(k); ok {
				continue
			}
			if !s.isAny(k, atWords) {
				return false
			}
		default:
			return false
		}
	}
	if b < len(s.t) && s.t[b].nl {
		return false
	}
	return true
}

// matchMidnight reads "nửa đêm" (and "nửa đêm nay"): the midnight that
// ends the reference day, a TIME; and "giữa trưa" (nay), its noon.
func (s *Scanner) matchMidnight(i int) int {
	noon := s.is(i, kwGiua)
	if !noon && !s.is(i, kwNua) || !s.sameLine(i+1) || !noon && !s.is(i+1, kwDem) || noon && !s.is(i+1, kwTrua) {
		return i
	}
	e := i + 2
	if s.sameLine(e) && s.is(e, kwNay) {
		e++
	}
	v := ""
	if s.hasRef {
		var buf [24]byte
		if noon {
			v = string(appendClock(appendDay(buf[:0], s.ref), 12, 0, -1))
		} else {
			v = string(appendClock(appendDay(buf[:0], s.ref.AddDate(0, 0, 1)), 0, 0, -1))
		}
	}
	s.emit(i, e, Time, v, "time:clock")
	return e
}
