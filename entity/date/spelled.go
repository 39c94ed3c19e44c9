package date

import "time"

func (s *Scanner) dayAt(i int) (int, int, bool) {
	if !s.sameLine(i) {
		return 0, 0, false
	}
	if t := &s.t[i]; t.kind == tNum {
		if t.nd <= 2 && t.val() >= 1 && t.val() <= 31 {
			return int(t.val()), i + 1, true
		}
		return 0, 0, false
	}
	v, e, ok := s.spelledNum(i)
	if ok && v >= 1 && v <= 31 {
		return v, e, true
	}
	return 0, 0, false
}

// monthAt reads the month after "tháng": 1..12, giêng, chạp, or a number word.
func (s *Scanner) monthAt(i int) (int, int, bool) {
	if !s.sameLine(i) {
		return 0, 0, false
	}
	t := &s.t[i]
	if t.kind == tNum {
		if t.nd <= 2 && t.val() >= 1 && t.val() <= 12 {
			if n := s.at(i + 1); n != nil && !n.sp && (n.kind == tWord || n.kind == tNum ||
				(n.kind == tPunct && (n.r() == '.' || n.r() == ',') && s.attNum(i+2))) {
				return 0, 0, false
			}
			return int(t.val()), i + 1, true
		}
		return 0, 0, false
	}
	if s.is(i, kwGieng) {
		return 1, i + 1, true
	}
	if s.is(i, kwChap) {
		return 12, i + 1, true
	}
	v, e, ok := s.spelledNum(i)
	if !ok || v < 1 || v > 12 {
		return 0, 0, false
	}
	if v == 5 && s.is(i, kwNam) && (s.num(i+1) || s.isAny(i+1, relYearWords)) {
		return 0, 0, false // "tháng năm 2024" reads as month, year
	}
	return v, e, true
}

// yearPart reads the year after a month or day: "/2026", "-2026", "năm 2024",
// ", năm 2024", "năm nay", "năm ngoái"...
func (s *Scanner) yearPart(i int, p *pdate) int {
	if (s.attPunct(i, '/') || s.attPunct(i, '-') || s.attPunct(i, '.')) && s.attNum(i+1) {
		if y, ok := s.year4(i + 1); ok {
			p.y = y
			return i + 2
		}
		return i
	}
	k := i
	if (s.punct(k, ',') || s.is(k, kwCua)) && s.is(k+1, kwNam) {
		k++ // "quý 3 của năm 2018"
	}
	if !s.sameLine(k) || !s.is(k, kwNam) {
		return i
	}
	if y, ok := s.year4(k + 1); ok {
		p.y = y
		return k + 2
	}
	if off, e, ok := s.relYear(k + 1); ok {
		p.yrel, p.yoff = true, off
		return e
	}
	if y, e, ok := s.spelledYear(k + 1); ok {
		p.y = y
		return e
	}
	return i
}

// spelledYear reads a year in words: "hai nghìn mười tám" (2018), "hai
// ngàn không trăm hai mươi lăm" (2025), "một nghìn chín trăm bảy mươi
// lăm" (1975), "hai nghìn lẻ năm" (2005).
func (s *Scanner) spelledYear(k int) (int, int, bool) {
	th, ok := s.unitAt(k)
	if !ok || th < 1 || th > 2 || !s.sameLine(k+1) || !(s.is(k+1, kwNghin) || s.is(k+1, kwNgan)) {
		return 0, 0, false
	}
	y, k := th*1000, k+2
	if h, ok := s.unitAt(k); s.sameLine(k) && s.is(k+1, kwTram) && (ok || s.is(k, kwKhong)) {
		y += h * 100
		k += 2
	}
	switch {
	case s.sameLine(k) && (s.is(k, kwLinh) || s.is(k, kwLe)):
		u, ok := s.unitAt(k + 1)
		if !ok || u > 9 || !s.sameLine(k+1) {
			return 0, 0, false
		}
		y, k = y+u, k+2
	case s.sameLine(k):
		if v, e, ok := s.spelledNum(k); ok {
			y, k = y+v, e
		}
	}
	if y < 1000 || y > 2200 {
		return 0, 0, false
	}
	return y, k, true
}

// relYear reads what follows "năm" in "năm nay / này / ngoái / trước /
// tới / sau / tiếp theo / kế tiếp": the offset and the end.
func (s *Scanner) relYear(k int) (int, int, bool) {
	if !s.sameLine(k) {
		return 0, 0, false
	}
	switch {
	case s.is(k, kwNay), s.is(k, kwNay2):
		return 0, k + 1, true
	case s.is(k, kwNgoai), s.is(k, kwTruoc):
		off, e := s.further(-1, k+1)
		return off, e, true
	case s.lastRoi(k):
		return -1, k + 1, true
	case s.is(k, kwToi), s.is(k, kwSau):
		off, e := s.further(1, k+1)
		return off, e, true
	case s.is(k, kwTiep) && s.is(k+1, kwTheo), s.is(k, kwKe) && s.is(k+1, kwTiep):
		return 1, k + 2, true
	}
	return 0, 0, false
}

// further doubles the offset off of a unit ending at e in "sau" or
// "trước" when "nữa" follows: "năm sau nữa" is the year after next, "tuần
// trước nữa" the week before last ("quý tới nữa" is "next quarter too").
func (s *Scanner) further(off, e int) (int, int) {
	if s.sameLine(e) && s.is(e, kwNua2) && (s.is(e-1, kwSau) || s.is(e-1, kwTruoc)) {
		return 2 * off, e + 1
	}
	return off, e
}

// spelledDate reads "D tháng M [năm Y]" at k (D a number or number words).
func (s *Scanner) spelledDate(k int) (pdate, int, bool) {
	d, e, ok := s.dayAt(k)
	if !ok || !s.sameLine(e) || !s.is(e, kwThang) {
		return pdate{}, 0, false
	}
	m, e2, ok := s.monthAt(e + 1)
	if !ok {
		// "ngày 3 tháng sau": the month relative to the reference's.
		off, e2, ok := s.relUnit(e + 1)
		if !ok {
			return pdate{}, 0, false
		}
		p := pdate{d: d, m: 1, gran: 'd', yrel: true}
		if s.hasRef {
			mt := addMonths(s.ref, off)
			p.m, p.yoff = int(mt.Month()), mt.Year()-s.ref.Year()
		}
		return p, e2, d <= daysIn(0, p.m)
	}
	p := pdate{d: d, m: m, gran: 'd'}
	e2 = s.yearPart(e2, &p)
	if d > daysIn(p.y, m) {
		return pdate{}, 0, false
	}
	return p, e2, true
}

// matchDayNoun handles "ngày", "mồng", "mùng": numeric and spelled dates,
// day lists, day ranges, and "ngày mai", "ngày kia", "ngày hôm qua".
func (s *Scanner) matchDayNoun(i int) int {
	isNgay := s.is(i, kwNgay)
	if !isNgay && !s.is(i, kwMong) && !s.is(i, kwMung) {
		return i
	}
	start := i
	if s.quantityAt(i-1, i) {
		start = i + 1 // "hai ngày 30/9"
	}
	j := i + 1
	if !s.sameLine(j) {
		return i
	}
	if isNgay && (s.is(j, kwMong) || s.is(j, kwMung)) {
		j++
	}
	if isNgay && start == i {
		switch {
		case s.is(j, kwMai):
			return s.emitRel(i, j+1, 1)
		case s.is(j, kwKia):
			return s.emitRel(i, j+1, 2)
		case s.is(j, kwMot2) && s.t[j].diac:
			return s.emitRel(i, j+1, 2) // "ngày mốt", the day after tomorrow
		case s.is(j, kwNay2):
			return s.matchThisDay(i, j) // "ngày này năm ngoái"
		case s.is(j, kwDau) || s.is(j, kwCuoi):
			// "ngày đầu tiên của tháng 3", "ngày cuối cùng của tháng này"
			if e := s.matchYearEdge(i); e > i {
				return e // "ngày cuối cùng của năm"
			}
			if day, _, e, ok := s.monthEdge(j); ok {
				v := ""
				if !day.IsZero() {
					v = s.dayValue(day)
				}
				s.emit(i, e, Date, v, "date:relative")
				return e
			}
		case s.is(j, kwHom) && s.sameLine(j+1):
			if e := s.matchHom(j); e > j {
				// widen the mention to include "ngày"
				m := &s.out[len(s.out)-1]
				m.Start = int(s.t[i].s)
				m.Text = s.text[m.Start:m.End]
				s.spans[len(s.spans)-1].a = i
				return e
			}
		}
	}
	if !s.sameLine(j) {
		return i
	}
	if s.num(j) {
		if _, _, ok := s.numDate(j, true); ok {
			return s.matchNumeric(j, start)
		}
		if e := s.matchNumeric(j, start); e > j {
			return e
		}
	}
	if p, e, ok := s.spelledDate(j); ok {
		if s.connector(e) {
			if b, e2, ok2 := s.dateAt(e + 1); ok2 {
				s.emit(start, e2, Date, s.rangeValue(p, b), "date:range")
				return e2
			}
		}
		s.emit(start, e, Date, s.value(p), "date:spelled")
		return e
	}
	d1, e1, ok := s.dayAt(j)
	if !ok {
		return i
	}
	if e := s.dayRangeOrList(i, start, d1, e1); e > i {
		return e
	}
	return s.dayOfMonth(i, start, d1, e1)
}

// dayRangeOrList reads a range or list that starts with the day d1 at
// [start, e1): "ngày 10 đến 31/01", "ngày 5, 6 và 7/12".
func (s *Scanner) dayRangeOrList(i, start, d1, e1 int) int {
	// Day range: "ngày 10 đến 31/01", "ngày 10 đến ngày 31 tháng 1".
	if s.connector(e1) {
		if b, e2, ok2 := s.dateAt(e1 + 1); ok2 && d1 < b.d {
			a := pdate{d: d1, gran: 'd'}
			if b.y != 0 || b.yrel {
				a.y, a.yrel, a.yoff = b.y, b.yrel, b.yoff
			}
			s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
			return e2
		}
	}
	// Day list: "ngày 5, 6 và 7/12".
	var days [8]struct{ d, a, b int }
	n := 0
	days[n] = struct{ d, a, b int }{d1, start, e1}
	n++
	k := e1
	for n < len(days) {
		if !s.sameLine(k) {
			return i
		}
		if s.punct(k, ',') || s.is(k, kwVa) || s.is(k, kwHoac) {
			k++
			if s.is(k, kwVa) || s.is(k, kwHoac) {
				k++
			}
		} else {
			return i
		}
		k = s.skipDayNoun(k)
		if b, e2, ok := s.dateAt(k); ok {
			for x := 0; x < n; x++ {
				p := b
				p.d = days[x].d
				if p.d > daysIn(p.y, p.m) {
					return i
				}
				s.emit(days[x].a, days[x].b, Date, s.value(p), "date:numeric")
			}
			rule := "date:numeric"
			if !s.num(k) {
				rule = "date:spelled"
			}
			s.emit(k, e2, Date, s.value(b), rule)
			return e2
		}
		d, e, ok := s.dayAt(k)
		if !ok {
			return i
		}
		days[n] = struct{ d, a, b int }{d, k, e}
		n++
		k = e
	}
	return i
}

// dayOfMonth reads a day of the month alone, "ngày 15", "mùng 10": the
// next (or, preferring the past, the nearest) month that has that day;
// XXXX-XX-15 without a reference date.
// It stands at the end of a phrase: "ngày 15 của dự án" is no date.
func (s *Scanner) dayOfMonth(i, start, d, e int) int {
	if start != i {
		return i
	}
	if n := s.at(e); n != nil && !n.nl {
		if n.kind != tPunct || !n.sp && s.attNum(e+1) {
			return i
		}
		switch n.r() {
		case ',', '.', ';', ')', '!', '?':
		default:
			return i
		}
	}
	var v string
	if s.hasRef {
		v = s.dayValue(s.nearestDayOfMonth(d))
	} else {
		var buf [10]byte
		v = string(appendPad(append(buf[:0], "XXXX-XX-"...), d, 2))
	}
	s.emit(i, e, Date, v, "date:day")
	return e
}

// nearestDayOfMonth is the day d of the reference's month or of one next
// to it: the next one preferring the future (the reference day included),
// else the nearest.
func (s *Scanner) nearestDayOfMonth(d int) time.Time {
	at := func(off int) (time.Time, bool) {
		m := addMonths(s.ref, off)
		return m.AddDate(0, 0, d-1), d <= daysIn(m.Year(), int(m.Month()))
	}
	var best time.Time
	bestDist := 0
	for off := -2; off <= 2; off++ {
		t, ok := at(off)
		if !ok || s.future && t.Before(s.ref) {
			continue
		}
		dist := int(t.Sub(s.ref).Hours() / 24)
		if dist < 0 {
			dist = -dist
		}
		if best.IsZero() || dist < bestDist {
			best, bestDist = t, dist
		}
	}
	return best
}

// monthEdge reads "đầu tiên của tháng M [năm Y]", "đầu tiên của tháng
// này / sau / trước...", and the same with "cuối cùng", at k. It returns
// the month's first or last day (zero without the year or a reference
// date), whether it is the last, and the end.
func (s *Scanner) monthEdge(k int) (day time.Time, last bool, e int, ok bool) {
	last, ok = s.edgeWords(k)
	if !ok || !s.is(k+2, kwCua) {
		return time.Time{}, false, 0, false
	}
	return s.monthEdgeOf(k+3, last)
}

// weekEdge is monthEdge after "tuần", where "đầu" and "cuối" alone say the
// first and the last, and "của" may be left out: "tuần đầu tháng 6",
// "tuần cuối của tháng này".
func (s *Scanner) weekEdge(k int) (day time.Time, e int, ok bool) {
	last, ok := s.edgeWords(k)
	j := k + 2
	if !ok {
		if !s.sameLine(k) || !s.is(k, kwDau) && !s.is(k, kwCuoi) {
			return time.Time{}, 0, false
		}
		last, j = s.is(k, kwCuoi), k+1
	}
	if s.is(j, kwCua) && s.sameLine(j) {
		j++
	}
	day, _, e, ok = s.monthEdgeOf(j, last)
	return day, e, ok
}

// monthEdgeOf reads the month at k, after "tháng", of monthEdge.
func (s *Scanner) monthEdgeOf(k int, last bool) (day time.Time, _ bool, e int, ok bool) {
	if !s.is(k, kwThang) || !s.sameLine(k) {
		return time.Time{}, false, 0, false
	}
	var first time.Time
	if m, e, ok := s.monthAt(k + 1); ok {
		p := pdate{m: m, gran: 'm'}
		e = s.yearPart(e, &p)
		if !s.resolveYear(&p) || p.y == 0 {
			return time.Time{}, last, e, true
		}
		first = time.Date(p.y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC)
		return edgeDay(first, last), last, e, true
	}
	off, e, ok := s.relUnit(k + 1)
	if !ok {
		return time.Time{}, false, 0, false
	}
	if !s.hasRef {
		return time.Time{}, last, e, true
	}
	return edgeDay(addMonths(s.ref, off), last), last, e, true
}

// edgeWords reads "đầu tiên" (the first) or "cuối cùng" (the last) at k.
func (s *Scanner) edgeWords(k int) (last, ok bool) {
	switch {
	case s.is(k, kwDau) && s.is(k+1, kwTien):
		return false, s.sameLine(k + 1)
	case s.is(k, kwCuoi) && s.is(k+1, kwCung):
		return true, s.sameLine(k + 1)
	}
	return false, false
}

// edgeDay is the first day of the month that starts at first, or its last.
func edgeDay(first time.Time, last bool) time.Time {
	if last {
		return first.AddDate(0, 1, -1)
	}
	return first
}

// matchDayMonth reads "D tháng M [năm Y]" without "ngày" before it: "15
// tháng 3 năm 2018", "mười lăm tháng ba năm hai nghìn mười tám". Without
// a year it needs a phrase start or a date trigger before it, and no unit
// after it ("sau 3 tháng 5 ngày" is a duration).
func (s *Scanner) matchDayMonth(i int) int {
	t := &s.t[i]
	var d, e int
	if t.kind == tNum {
		if t.nd > 2 || t.val() < 1 || t.val() > 31 || i > 0 && !t.sp && s.t[i-1].kind != tPunct {
			return i
		}
		d, e = int(t.val()), i+1
	} else {
		v, e2, ok := s.spelledNum(i)
		if !ok || v > 31 {
			return i
		}
		d, e = v, e2
	}
	if !s.sameLine(e) || !s.is(e, kwThang) {
		return i
	}
	m, e2, ok := s.monthAt(e + 1)
	if !ok {
		return i
	}
	p := pdate{d: d, m: m, gran: 'd'}
	e2 = s.yearPart(e2, &p)
	if d > daysIn(p.y, m) {
		return i
	}
	begins := i == 0 || t.nl
	if !begins && s.isAny(i-1, quantityWords) {
		return i
	}
	if p.y == 0 && !p.yrel {
		if s.is(e+1, kwNam) {
			return i // "7 tháng năm": months and years
		}
		if s.sameLine(e2) && s.indexOf(e2, kwNgay, kwTuan, kwThang, kwNam, kwGio, kwPhut) >= 0 {
			return i
		}
		if !begins && !s.isAny(i-1, triggers) {
			return i
		}
	}
	s.emit(i, e2, Date, s.value(p), "date:spelled")
	return e2
}
