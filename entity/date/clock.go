package date

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

// matchClock reads "06:00", "15:27:10", "10h45", "23h", "15 giờ 30 (phút)",
// "3 giờ chiều", "9 giờ rưỡi".
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
	h, m, sec := int(t.val()), 0, -1
	j := i + 1
	form := 0
	hasMin := false
	switch {
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
		}
		form = 3
	default:
		return i
	}
	if h > 24 || h == 24 && m > 0 {
		return i
	}
	shift, pod := s.partOfDay(j)
	if pod {
		if shift == 12 && h >= 1 && h <= 11 {
			if !s.is(j, kwTrua) || h <= 2 {
				if !s.is(j, kwDem) || h >= 6 {
					h += 12
				}
			}
		}
		j++
	}
	if form != 1 {
		if i > 0 && s.isAny(i-1, durationWords) {
			return i
		}
		trig := i > 0 && !t.nl && s.isAny(i-1, clockTriggers)
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
		if !hasMin && !pod && !trig && !dateAfter {
			return i
		}
		if s.sameLine(j) && (s.is(j, kwQua) || s.is(j, kwToi) || s.is(j, kwLien)) {
			return i // "24 giờ qua"
		}
	}
	var buf [12]byte
	s.emit(i, j, Time, string(appendClock(buf[:0], h, m, sec)), "time:clock")
	return j
}

// joinTimes gives a TIME the date of a one-day DATE in the same phrase
// ("06:00 | 15/11/2021", "23h ngày 22/12", "ngày 5/10, lúc 15h").
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
			s.setTimeDate(k, k-1)
		}
	}
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
	tm.Value = d.Value + tm.Value
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
