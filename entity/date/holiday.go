package date

func (s *Scanner) matchHoliday(i int) int {
	for _, h := range holidays {
		k := i
		ok := true
		for _, w := range h.words {
			if !s.sameLine(k) && k > i || !s.is(k, w) {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if h.words[0] == kwQuoc && !s.t[i].up {
			return i
		}
		// "Quốc khánh 2/9": the explicit date is the mention.
		if s.sameLine(k) {
			if _, _, ok := s.dateAt(k); ok {
				return k
			}
		}
		p := pdate{m: h.m, d: h.d, gran: 'd'}
		if y, ok := s.year4(k); ok {
			p.y = y
			k++
		}
		s.emit(i, k, Date, s.value(p), "date:holiday")
		return k
	}
	return i
}

// matchLunar handles "Bính Ngọ 2026", "Xuân 2026", "Tết 2026": the year is
// the mention.
func (s *Scanner) matchLunar(i int) int {
	k := i
	switch {
	case s.isAny(i, lunarStems) && s.t[i].up && s.isAny(i+1, lunarBranches) && s.sameLine(i+1):
		k = i + 2
	case (s.is(i, kwXuan) || s.is(i, kwTet)) && s.t[i].up:
		k = i + 1
	default:
		return i
	}
	if !s.num(k) || s.t[k].nl {
		return i
	}
	y, ok := s.year4(k)
	if !ok {
		return i
	}
	s.emit(k, k+1, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
	return k + 1
}

// matchBareYear accepts a year written alone where it clearly dates
// something: "(1975 - 2025)", "(2024)", "từ 2018 đến 2021", "mưa bom 1972",
// a headline "Cần Thơ 2025: ...".
func (s *Scanner) matchBareYear(i int) int {
	y, ok := s.year4(i)
	if !ok || y < 1900 || y > 2100 {
		return i
	}
	t := &s.t[i]
	if i > 0 && !t.sp && s.t[i-1].kind != tPunct {
		return i
	}
	prevParen := i > 0 && s.punct(i-1, '(')
	prevTu := i > 0 && s.is(i-1, kwTu) && !t.nl
	if (prevParen || prevTu) && s.connector(i+1) {
		k := i + 2
		if s.is(k, kwNam) {
			k++
		}
		if y2, ok := s.year4(k); ok && y2 > y && y2-y <= 100 {
			s.emit(i, k+1, Date, s.yearRange(y, y2), "date:range")
			return k + 1
		}
	}
	if prevParen && s.punct(i+1, ')') {
		s.emit(i, i+1, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
		return i + 1
	}
	if i == 0 || t.nl || s.t[i-1].kind != tWord {
		return i
	}
	// What follows: end of line or closing punctuation.
	n := s.at(i + 1)
	colon := false
	if n != nil && !n.nl {
		if n.kind != tPunct {
			return i
		}
		switch n.r() {
		case '.', ',', ';', '!', '?', ')':
		case ':':
			colon = true
		default:
			return i
		}
	}
	if s.isAny(i-1, quantityWords) || s.isAny(i-1, triggers) || s.isKey(i-1, "nam") {
		return i // "hơn 2000", "viet nam 2024"
	}
	// No name or document head among the words before.
	words := 0
	for k := i - 1; k >= 0 && words < 4; k-- {
		if s.t[k].kind != tWord {
			break
		}
		if s.isAny(k, nameHeads) {
			return i
		}
		words++
		if s.t[k].nl {
			break
		}
	}
	if s.t[i-1].up && !colon {
		return i
	}
	if !s.t[i-1].up && words < 2 {
		return i
	}
	s.emit(i, i+1, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
	return i + 1
}
