package date

import "time"

func (s *Scanner) isEdge(i int) bool {
	return s.is(i, kwDau) || s.is(i, kwCuoi) || s.is(i, kwGiua)
}

// matchMonth handles "tháng M[/Y | năm Y]", "đầu/cuối tháng M", month ranges
// and "tháng này / trước / tới / sau / qua".
func (s *Scanner) matchMonth(i int) int {
	start, j := i, i
	if s.isEdge(i) {
		if !s.is(i+1, kwThang) || !s.sameLine(i+1) {
			return i
		}
		j = i + 1
	} else if !s.is(i, kwThang) {
		return i
	}
	if s.quantityAt(start-1, start) {
		return i // "3 tháng", "7 tháng năm 2025"
	}
	m, e, ok := s.monthAt(j + 1)
	if !ok && start == j {
		if e := s.matchYearEdge(j); e > j {
			return e // "tháng cuối cùng của năm 2016"
		}
	}
	if !ok {
		off, e2, ok := s.relUnit(j + 1)
		if ok && off != 0 {
			off, e2 = s.further(off, e2) // "tháng sau nữa"
		}
		if !ok {
			if start < j && s.edgeAlone(start, j+1) {
				off, e2, ok = 0, j+1, true // "đầu tháng"
			} else {
				return i
			}
		}
		ref, e2 := s.shiftedRef(e2, e2, off == 0 && e2 > j+1) // "tháng này năm ngoái"
		v := ""
		if s.hasRef {
			v = s.monthValue(addMonths(ref, off))
		}
		s.emit(start, e2, Date, v, "date:relative")
		return e2
	}
	p := pdate{m: m, gran: 'm'}
	// Month range: "tháng 3-5/2025", "tháng 3 đến tháng 5 năm 2025".
	if s.connector(e) {
		k := e + 1
		if s.is(k, kwThang) {
			k++
		}
		if m2, e2, ok := s.monthAt(k); ok && m2 > m {
			b := pdate{m: m2, gran: 'm'}
			e2 = s.yearPart(e2, &b)
			a := p
			a.y, a.yrel, a.yoff = b.y, b.yrel, b.yoff
			s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
			return e2
		}
	}
	e = s.yearPart(e, &p)
	rule := "date:spelled"
	if p.yrel {
		rule = "date:relative"
	}
	s.emit(start, e, Date, s.value(p), rule)
	return e
}

// relUnit reads the modifier after tháng/tuần/quý: này (0), trước / qua /
// vừa qua / vừa rồi / rồi (-1), tới / sau / sắp tới / tiếp theo / kế tiếp (+1).
func (s *Scanner) relUnit(k int) (int, int, bool) {
	if !s.sameLine(k) {
		return 0, 0, false
	}
	switch {
	case s.is(k, kwNay2), s.is(k, kwNay):
		return 0, k + 1, true
	case s.is(k, kwTruoc), s.is(k, kwQua):
		return -1, k + 1, true
	case s.is(k, kwVua) && (s.is(k+1, kwQua) || s.is(k+1, kwRoi)):
		return -1, k + 2, true
	case s.lastRoi(k):
		return -1, k + 1, true
	case s.is(k, kwToi), s.is(k, kwSau):
		return 1, k + 1, true
	case s.is(k, kwSap) && s.is(k+1, kwToi):
		return 1, k + 2, true
	case s.is(k, kwTiep) && s.is(k+1, kwTheo), s.is(k, kwKe) && s.is(k+1, kwTiep):
		return 1, k + 2, true
	}
	return 0, 0, false
}

// namBlocked: an undiacritized "Nam" that is part of a name ("Việt Nam 2024").
func (s *Scanner) namBlocked(j int) bool {
	t := &s.t[j]
	if t.diac || j == 0 {
		return false
	}
	p := j - 1
	if s.t[p].kind != tWord || t.nl {
		return false
	}
	switch s.keyOf(p) {
	case "viet", "mien", "ha", "quang", "dong", "tay", "hai", "van", "han", "nhat":
		return true
	}
	return t.up && s.t[p].up
}

// matchYear handles "năm YYYY", year ranges and lists, "đầu/cuối năm [YYYY]",
// and "năm nay / ngoái / trước / tới / sau".
func (s *Scanner) matchYear(i int) int {
	start, j := i, i
	if s.isEdge(i) {
		if !s.is(i+1, kwNam) || !s.sameLine(i+1) {
			return i
		}
		j = i + 1
	} else if !s.is(i, kwNam) {
		return i
	}
	if s.namBlocked(j) {
		return i
	}
	if y, ok := s.year4(j + 1); ok {
		e := j + 2
		// "năm 2018-2021", "năm 2018 đến năm 2021"
		if s.connector(e) {
			k := e + 1
			if s.is(k, kwNam) {
				k++
			}
			if y2, ok := s.year4(k); ok && y2 > y && y2-y <= 100 {
				s.emit(start, k+1, Date, s.yearRange(y, y2), "date:range")
				return k + 1
			}
		}
		s.emit(start, e, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
		// "năm 2024 và 2025", "năm 2023, 2024"
		for s.punct(e, ',') || s.is(e, kwVa) || s.is(e, kwHoac) {
			k := e + 1
			if s.is(k, kwVa) || s.is(k, kwHoac) {
				k++
			}
			if s.is(k, kwNam) {
				k++
			}
			y2, ok := s.year4(k)
			if !ok {
				break
			}
			s.emit(k, k+1, Date, s.value(pdate{y: y2, gran: 'y'}), "date:year")
			e = k + 1
		}
		return e
	}
	if s.quantityAt(start-1, start) {
		return i // "10 năm", "Gần 2 năm sau", "những năm tới"
	}
	if off, e, ok := s.relYear(j + 1); ok {
		if (s.is(j+1, kwTruoc) || s.is(j+1, kwSau)) && start == j && s.sameLine(j+2) && s.is(j+2, kwDo) {
			return i // "năm trước đó"
		}
		v := ""
		if s.hasRef {
			v = s.value(pdate{y: s.ref.Year() + off, gran: 'y'})
		}
		s.emit(start, e, Date, v, "date:relative")
		return e
	}
	if start < j && s.edgeAlone(start, j+1) {
		v := ""
		if s.hasRef {
			v = s.value(pdate{y: s.ref.Year(), gran: 'y'})
		}
		s.emit(start, j+1, Date, v, "date:relative") // "đầu năm"
		return j + 1
	}
	return i
}

var kwMoi = kw("mới")

// edgeAlone decides whether "đầu/cuối/giữa năm|tháng|tuần" at [a, e) with
// no number after it is a date: it must be introduced by a preposition or
// start a clause, or be followed by "nay"/"này"/"đến"/punctuation
// ("từ đầu năm đến nay", "vào cuối tháng", "Cuối năm, ..."), and not be
// "giữa năm cũ và năm mới".
func (s *Scanner) edgeAlone(a, e int) bool {
	if s.sameLine(e) && (s.is(e, kwMoi) || s.is(e, kwCu)) {
		return false
	}
	if a == 0 || s.t[a].nl {
		return true
	}
	if s.t[a-1].kind == tPunct || s.isAny(a-1, edgeIntro) {
		return true
	}
	n := s.at(e)
	if n == nil || n.nl || n.kind == tPunct {
		return true
	}
	return s.is(e, kwNay) || s.is(e, kwNay2) || s.is(e, kwDen)
}

func (s *Scanner) yearRange(a, b int) string {
	var buf [12]byte
	out := appendPad(buf[:0], a, 4)
	out = append(out, '/')
	return string(appendPad(out, b, 4))
}

var roman = []string{"i", "ii", "iii", "iv"}

// matchQuarter handles "quý 3", "quý IV/2018", "quý 4 năm 2018", "quý này".
func (s *Scanner) matchQuarter(i int) int {
	if !s.is(i, kwQuy) && !s.is(i, kwQui) {
		return i
	}
	j := i + 1
	if !s.sameLine(j) {
		return i
	}
	q := 0
	t := &s.t[j]
	switch {
	case t.kind == tNum && t.nd == 1 && t.val() >= 1 && t.val() <= 4:
		q = int(t.val())
	case t.kind == tWord && t.up && !t.diac:
		for x, r := range roman {
			if s.isKey(j, r) && allUpperASCII(s.text[t.s:t.e]) {
				q = x + 1
			}
		}
	default:
		if u, ok := s.unitAt(j); ok && u >= 1 && u <= 4 && !s.isKey(j, "mot") {
			q = u
		} else if s.isKey(j, "mot") && s.is(j, kwMot) {
			q = 1
		}
	}
	if last, ok := s.edgeWords(j); ok && q == 0 {
		// "quý đầu tiên của năm 2018", "quý cuối cùng của năm nay"
		p := pdate{q: 1, gran: 'q'}
		if last {
			p.q = 4
		}
		if e := s.yearPart(j+2, &p); e > j+2 {
			s.emit(i, e, Date, s.value(p), "date:quarter")
			return e
		}
	}
	if q == 0 {
		// "quý này", "quý tới", "quý vừa rồi"
		off, e, ok := s.relUnit(j)
		if !ok || s.quantityAt(i-1, i) {
			return i
		}
		if off != 0 {
			off, e = s.further(off, e) // "quý trước nữa"
		}
		v := ""
		if s.hasRef {
			n := s.ref.Year()*4 + (int(s.ref.Month())-1)/3 + off
			v = s.value(pdate{y: n / 4, q: n%4 + 1, gran: 'q'})
		}
		s.emit(i, e, Date, v, "date:relative")
		return e
	}
	if n := s.at(j + 1); n != nil && !n.sp && (n.kind == tWord || n.kind == tNum) {
		return i
	}
	p := pdate{q: q, gran: 'q'}
	e := s.yearPart(j+1, &p)
	rule := "date:quarter"
	s.emit(i, e, Date, s.value(p), rule)
	return e
}

func allUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// matchWeek handles "tuần này / tới / sau / trước / qua", "cuối tuần",
// "đầu tuần".
func (s *Scanner) matchWeek(i int) int {
	start, j := i, i
	edge := ""
	if s.is(i, kwDau) || s.is(i, kwCuoi) {
		if !s.is(i+1, kwTuan) || !s.sameLine(i+1) {
			return i
		}
		if s.is(i, kwCuoi) {
			edge = "-WE"
		}
		j = i + 1
	} else if !s.is(i, kwTuan) {
		return i
	} else if e := s.matchYearEdge(i); e > i {
		return e // "tuần đầu tiên của năm 2018"
	} else if day, e, ok := s.weekEdge(i + 1); ok && !s.quantityAt(i-1, i) {
		// "tuần đầu tiên của tháng 10": the week of the first;
		// "tuần cuối cùng": that of the last day.
		v := ""
		if !day.IsZero() {
			v = s.weekValue(day, "")
		}
		s.emit(i, e, Date, v, "date:relative")
		return e
	}
	if s.quantityAt(start-1, start) {
		return i
	}
	off, e, ok := s.relUnit(j + 1)
	if ok && off != 0 {
		off, e = s.further(off, e) // "tuần sau nữa"
	}
	if !ok {
		if start == j || !s.edgeAlone(start, j+1) {
			return i
		}
		off, e = 0, j+1
	}
	ref, e := s.shiftedRef(e, e, off == 0 && e > j+1) // "tuần này năm ngoái"
	v := ""
	if s.hasRef {
		v = s.weekValue(ref.AddDate(0, 0, 7*off), edge)
	}
	s.emit(start, e, Date, v, "date:relative")
	return e
}

// matchPeriod handles "giai đoạn 2018-2021", "nhiệm kỳ 2021 - 2026",
// "thời kỳ 2021 - 2030".
func (s *Scanner) matchPeriod(i int) int {
	if !((s.is(i, kwGiai) && s.is(i+1, kwDoan)) || ((s.is(i, kwNhiem) || s.is(i, kwThoi)) && (s.is(i+1, kwKy) || s.is(i+1, kwKi)))) {
		return i
	}
	k := i + 2
	if s.is(k, kwTu) {
		k++
	}
	if s.is(k, kwNam) {
		k++
	}
	y1, ok := s.year4(k)
	if !ok {
		return i
	}
	k++
	if s.connector(k) {
		k++
		if s.is(k, kwNam) {
			k++
		}
	} else if s.t[i].diac || !s.num(k) || !s.t[k].sp {
		return i // a space alone separates the years only in undiacritized slugs
	}
	y2, ok := s.year4(k)
	if !ok || y2 <= y1 || y2-y1 > 100 {
		return i
	}
	s.emit(i, k+1, Date, s.yearRange(y1, y2), "date:range")
	return k + 1
}

// yearEdge reads "đầu tiên của năm [Y | nay | tới...]" or "cuối cùng của
// năm ..." at k, after "ngày", "tuần" or "tháng": the first or the last of
// that year ("của năm" alone is the reference's). y is 0 when the year
// cannot be known (no reference date).
func (s *Scanner) yearEdge(k int) (y int, last bool, e int, ok bool) {
	last, ok = s.edgeWords(k)
	if !ok || !s.is(k+2, kwCua) || !s.sameLine(k+3) || !s.is(k+3, kwNam) {
		return 0, false, 0, false
	}
	p := pdate{gran: 'y'}
	e = s.yearPart(k+2, &p)
	if e == k+2 {
		// "của năm" alone: no number or word of the phrase after it.
		if n := s.at(k + 4); n != nil && !n.nl && n.kind != tPunct {
			return 0, false, 0, false
		}
		p.yrel, e = true, k+4
	}
	if !s.resolveYear(&p) {
		return 0, last, e, true
	}
	return p.y, last, e, true
}

// matchYearEdge emits "ngày / tuần / tháng đầu tiên của năm ..." at i, the
// unit noun, with the unit's value: the year's first or last day, its
// first or last ISO week, its first or last month.
func (s *Scanner) matchYearEdge(i int) int {
	y, last, e, ok := s.yearEdge(i + 1)
	if !ok || s.quantityAt(i-1, i) {
		return i
	}
	v := ""
	if y != 0 {
		day := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		if last {
			day = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		}
		switch {
		case s.is(i, kwTuan):
			// ISO week 1 holds 4 January; the last week holds 28 December.
			v = s.weekValue(time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC), "")
			if last {
				v = s.weekValue(time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC), "")
			}
		case s.is(i, kwThang):
			v = s.monthValue(day)
		default:
			v = s.dayValue(day)
		}
	}
	s.emit(i, e, Date, v, "date:relative")
	return e
}

// lastRoi reports whether "rồi" at k, after a unit noun, means the last
// one, as in the south: "tuần rồi", "năm rồi". After "hết", "đã"... it
// says "already" ("hết tháng rồi").
func (s *Scanner) lastRoi(k int) bool {
	if !s.is(k, kwRoi) || k < 1 || !(s.is(k-1, kwTuan) || s.is(k-1, kwThang) || s.is(k-1, kwNam) || s.is(k-1, kwQuy)) {
		return false // "mùa hè rồi" is "summer already"
	}
	return !(k >= 2 && !s.t[k-1].nl && s.isAny(k-2, alreadyWords))
}
