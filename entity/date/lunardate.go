package date

// Dates of the lunar calendar written out: "mùng 1 tháng 8 âm lịch", "ngày
// 15 tháng 7 âm lịch năm 2025", "15/8 (ÂL)", "rằm tháng 7", "mùng 2 Tết",
// "30 Tết", "tháng 7 âm lịch". Their value is the Gregorian date (or, for a
// month, the range of its days) by the calendar of lunar.go.

var (
	kwAm    = kw("âm")
	kwAL    = kw("âl")
	kwRam   = kw("rằm")
	kwAy    = kw("ấy")
	kwNhuan = kw("nhuận")
)

// lunarMark reads the words that put a date in the lunar calendar at k:
// "âm lịch", "(âm lịch)", "ÂL", "(ÂL)". It returns the end.
func (s *Scanner) lunarMark(k int) (int, bool) {
	if !s.sameLine(k) {
		return 0, false
	}
	paren := s.punct(k, '(')
	if paren {
		k++
		if !s.sameLine(k) {
			return 0, false
		}
	}
	switch {
	case s.is(k, kwAm) && s.sameLine(k+1) && s.is(k+1, kwLich):
		k += 2
	case s.is(k, kwAL) && s.t[k].diac:
		k++
	default:
		return 0, false
	}
	if paren {
		if !s.punct(k, ')') {
			return 0, false
		}
		k++
	}
	return k, true
}

// lunarYearPart reads the year of a lunar date at k: "năm 2025", "/2025",
// "năm nay"... p.y is then the lunar year. A mark after the year is read
// too ("ngày 15 tháng 7 năm 2025 âm lịch"); ok is false when there is no
// mark there and none was found before (mark false).
func (s *Scanner) lunarYearPart(k int, p *pdate, mark bool) (int, bool) {
	e := s.yearPart(k, p)
	if e == k && s.sameLine(k) && s.is(k, kwNam) {
		if c, e2, ok := s.canChi(k + 1); ok {
			// "tháng Chạp năm Giáp Thìn": the year of that name nearest
			// the reference's lunar year; unknown without one.
			e, p.y = e2, -1
			if s.hasRef {
				cur := lunarYearOf(s.refDay + 2440588)
				p.y = cur + ((c-(cur-4))%60+60+30)%60 - 30
			}
		}
	}
	if e > k {
		if e2, ok := s.lunarMark(e); ok {
			return e2, true
		}
	}
	return e, mark
}

// matchLunarMark reads the lunar date that the word at m ("âm lịch", "ÂL",
// "nhuận", "Tết") makes of the words before it. The solar rules have read
// them by then, or some of them ("ngày 15 tháng 7" of "ngày 15 tháng 7 âm
// lịch năm 2025"): the lunar date takes the place of the last span when it
// starts that span. Starting at the rare mark rather than at every date
// noun and number keeps the common dates' path as it was.
func (s *Scanner) matchLunarMark(m int) int {
	lo := m - 10 // "ngày mùng 10 tháng 3 năm Giáp Thìn (âm lịch)"
	if s.is(m, kwTet) {
		lo = m - 3 // "[ngày] [mùng] 2 Tết", "30 Tết"
	} else if !s.is(m, kwNhuan) && !s.is(m, kwAL) && !(s.is(m, kwAm) && s.is(m+1, kwLich)) {
		return m
	}
	floor, lastA := 0, -1
	if n := len(s.spans); n > 0 {
		floor, lastA = s.spans[n-1].b, s.spans[n-1].a
		if floor > m {
			return m
		}
	}
	for a := max(lo, 0); a < m; a++ {
		if a < floor && a != lastA {
			continue // inside an earlier span: only its start may begin one
		}
		t := &s.t[a]
		if t.kind != tNum && !s.is(a, kwNgay) && !s.is(a, kwMong) && !s.is(a, kwMung) && !s.is(a, kwThang) {
			continue
		}
		var last Span
		var lastT tokSpan
		n := len(s.out)
		if a == lastA {
			last, lastT = s.out[n-1], s.spans[n-1]
			n--
			s.out, s.spans = s.out[:n], s.spans[:n]
		}
		if e := s.matchLunarDate(a); e > m {
			return e
		} else if e > a {
			s.out, s.spans = s.out[:n], s.spans[:n]
		}
		if a == lastA {
			s.out, s.spans = append(s.out, last), append(s.spans, lastT)
		}
	}
	return m
}

// matchLunarDate reads a lunar date at i, a date noun or a number. It
// returns i when what follows is not one.
func (s *Scanner) matchLunarDate(i int) int {
	k := i
	if s.is(k, kwThang) {
		return s.lunarMonthAlone(i)
	}
	if s.is(k, kwNgay) && s.sameLine(k+1) {
		k++
	}
	if (s.is(k, kwMong) || s.is(k, kwMung)) && s.sameLine(k+1) {
		k++
	}
	ram := s.is(k, kwRam)
	start := i
	if ram && k == i && i > 0 && !s.t[i].nl && s.is(i-1, kwNgay) && !s.consumed(i-1) {
		start = i - 1 // "ngày rằm tháng 10": the rule starts at "rằm"
	}
	d, e := 15, k+1
	switch {
	case ram:
	case k == i:
		// A number that starts a line: dayAt asks for one on the line.
		t := &s.t[k]
		if t.kind != tNum || t.nd > 2 || t.val() < 1 || t.val() > 31 {
			return i
		}
		d = int(t.val())
	default:
		var ok bool
		if d, e, ok = s.dayAt(k); !ok {
			return i
		}
	}
	if !s.sameLine(e) {
		return i
	}
	var m int
	switch {
	case s.is(e, kwTet) && !ram:
		return s.lunarTet(i, d, e+1)
	case s.is(e, kwThang):
		var ok bool
		if m, e, ok = s.monthAt(e + 1); !ok {
			return i
		}
	case s.attPunct(e, '/') && s.attNum(e+1) && !ram:
		t := &s.t[e+1]
		if t.nd > 2 || t.val() < 1 || t.val() > 12 {
			return i
		}
		m, e = int(t.val()), e+2
	default:
		return i
	}
	p := pdate{d: d, m: m, gran: 'd'}
	leap := s.sameLine(e) && s.is(e, kwNhuan)
	if leap {
		e++
	}
	e2, mark := s.lunarMark(e)
	if mark {
		e = e2
	}
	// "rằm tháng 7" is lunar without the mark: the full moon names the
	// day, as "nhuận" the month.
	end, ok := s.lunarYearPart(e, &p, mark || ram || leap)
	if !ok {
		return i
	}
	s.emit(start, end, Date, s.lunarDateValue(d, m, 0, leap, p), "date:lunar")
	return end
}

// lunarTet reads "mùng 2 Tết" (day d of the first month) or "30 Tết" (of the
// last month of the year before) from e, after "Tết", and emits [i, end).
func (s *Scanner) lunarTet(i, d, e int) int {
	m, shift := 1, 0
	switch {
	case d <= 10:
	case d >= 23:
		m, shift = 12, -1
	default:
		return i
	}
	p := pdate{d: d, m: m, gran: 'd'}
	if y, ok := s.year4(e); ok && s.sameLine(e) {
		p.y = y
		e++
	} else {
		e, _ = s.lunarYearPart(e, &p, true)
	}
	s.emit(i, e, Date, s.lunarDateValue(d, m, shift, false, p), "date:lunar")
	return e
}

// lunarMonthAlone reads "tháng 7 âm lịch [năm Y]", "tháng 4 nhuận" at i:
// the range of the month's days.
func (s *Scanner) lunarMonthAlone(i int) int {
	m, e, ok := s.monthAt(i + 1)
	if !ok {
		return i
	}
	leap := s.sameLine(e) && s.is(e, kwNhuan)
	if leap {
		e++
	}
	if e2, ok := s.lunarMark(e); ok {
		e = e2
	} else if !leap {
		return i
	}
	p := pdate{m: m, gran: 'm'}
	e, _ = s.lunarYearPart(e, &p, true)
	s.emit(i, e, Date, s.lunarDateValue(0, m, 0, leap, p), "date:lunar")
	return e
}

// lunarDateValue is the Gregorian value of day d of lunar month m (the whole
// month when d is 0; with leap, of the leap month after m) in the lunar
// year of p, moved by shift years ("30 Tết
// 2026" is in the year before 2026's Tết). p's year is the lunar year
// written, or one relative to the reference's lunar year; with none, the
// occurrence nearest the reference date, or with Future the next one (the
// reference day included). Empty when the year cannot be known (no
// reference date) or the month has no day d (a day 30 of a month of 29
// days).
func (s *Scanner) lunarDateValue(d, m, shift int, leap bool, p pdate) string {
	ly := 0
	switch {
	case p.y < 0:
		return "" // a year named that cannot be placed
	case p.y != 0:
		ly = p.y + shift
	case p.yrel && s.hasRef:
		ly = lunarYearOf(s.refDay+2440588) + p.yoff + shift
	case p.yrel || !s.hasRef:
		return ""
	}
	var buf [24]byte
	if ly != 0 {
		a, b, ok := lunarSpan(d, m, ly, leap)
		if !ok {
			return ""
		}
		return string(appendJDNSpan(buf[:0], a, b))
	}
	ref := s.refDay + 2440588
	cur := lunarYearOf(ref)
	bestA, bestB, bestDist := 0, 0, 1<<62
	reach := 1
	if leap {
		reach = 20 // a month has a leap twin every few decades at most
	}
	for y := cur - reach; y <= cur+reach; y++ {
		a, b, ok := lunarSpan(d, m, y, leap)
		if !ok {
			continue
		}
		if s.future {
			if b >= ref {
				return string(appendJDNSpan(buf[:0], a, b))
			}
			continue
		}
		dist := 0
		if a > ref {
			dist = a - ref
		} else if b < ref {
			dist = ref - b
		}
		if dist < bestDist {
			bestA, bestB, bestDist = a, b, dist
		}
	}
	if bestA == 0 {
		return ""
	}
	return string(appendJDNSpan(buf[:0], bestA, bestB))
}

// lunarSpan returns the Julian days of day d of lunar month m of year ly
// (a == b), or of the first and last days of the month when d is 0; with
// leap, of the leap month after m.
func lunarSpan(d, m, ly int, leap bool) (a, b int, ok bool) {
	start, days, ok := lunarMonthOf(m, ly, leap)
	if !ok {
		return 0, 0, false
	}
	if d == 0 {
		return start, start + days - 1, true
	}
	if d > days {
		return 0, 0, false
	}
	return start + d - 1, start + d - 1, true
}

// appendJDNSpan appends the date of Julian day a, or the range a/b.
func appendJDNSpan(buf []byte, a, b int) []byte {
	y, m, d := civilFromJDN(a)
	buf = appendYMD(buf, y, m, d)
	if b != a {
		y, m, d = civilFromJDN(b)
		buf = appendYMD(append(buf, '/'), y, m, d)
	}
	return buf
}

// canChi reads a sexagenary year name at k ("Giáp Thìn", "Ất Tỵ") and
// returns its place in the sixty-year cycle (0 for Giáp Tý, as 1984 and
// 2044) and the end.
func (s *Scanner) canChi(k int) (c, e int, ok bool) {
	if !s.sameLine(k + 1) {
		return 0, 0, false
	}
	stem := s.indexIn(k, lunarStems)
	branch := s.indexIn(k+1, lunarBranches)
	if stem < 0 || branch < 0 {
		return 0, 0, false
	}
	stem = min(stem, 9) // "quý", "quí"
	branch = branchPlace[branch]
	for c = stem; c < 60; c += 10 {
		if c%12 == branch {
			return c, k + 2, true
		}
	}
	return 0, 0, false // a stem and a branch of different parity name no year
}

// branchPlace is the place of each of lunarBranches among the twelve.
var branchPlace = []int{0, 0, 1, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11}
