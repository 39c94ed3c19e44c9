package date

func (s *Scanner) matchHoliday(i int) int {
	key := s.t[i].key()
	for _, h := range holidays {
		if h.words[0].key != key {
			continue
		}
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
		if h.words[0] == kwQuoc && h.words[1] == kwKhanh && !s.t[i].up {
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

// matchSeason reads a season: "mùa hè", "mùa đông năm 2024", "mùa xuân
// năm nay", "mùa thu tới". Its value is the year and TIMEX3 season code
// ("2017-SU"; the winter of 2016 runs from December 2016). Without a year
// it needs a modifier, a date trigger before it or a phrase of its own:
// "Gặp gỡ mùa xuân" names an event.
func (s *Scanner) matchSeason(i int) int {
	if !s.is(i, kwMua) || !s.sameLine(i+1) {
		return i
	}
	x := -1
	for n, se := range seasons {
		if s.is(i+1, se.k) {
			x = n
		}
	}
	if x < 0 {
		return i
	}
	p := pdate{gran: 'y'}
	e := s.yearPart(i+2, &p)
	if y, ok := s.year4(i + 2); ok && e == i+2 {
		p.y, e = y, i+3 // "mùa hè 2024"
	}
	off, rel := 0, false
	if e == i+2 {
		if o, e2, ok := s.relUnit(i + 2); ok {
			off, e, rel = o, e2, true
		}
	}
	if e == i+2 && !s.lineAlone(i, e) && !(i > 0 && !s.t[i].nl && s.isAny(i-1, triggers)) {
		return i
	}
	var buf [12]byte
	v := ""
	switch {
	case p.y != 0 || p.yrel:
		if s.resolveYear(&p) {
			v = string(appendYear(buf[:0], p.y))
		}
	case s.hasRef:
		v = string(appendYear(buf[:0], s.seasonYear(seasons[x].first, off, rel)))
	default:
		v = "XXXX"
	}
	if v != "" {
		v += "-" + seasons[x].code
	}
	s.emit(i, e, Date, v, "date:season")
	return e
}

// seasonYear returns the year of the season that starts in month first:
// the one the reference date is in, else the next (preferring the future,
// or with "này") or the last; with "tới" / "trước" (rel, off ±1) the one
// after or before the reference's season.
func (s *Scanner) seasonYear(first, off int, rel bool) int {
	ry, rm := s.ref.Year(), int(s.ref.Month())
	// in reports whether the season of year y holds the reference month.
	start := func(y int) int { return y*12 + first - 1 }
	now := ry*12 + rm - 1
	cur := ry
	for y := ry - 1; y <= ry; y++ {
		if now >= start(y) && now < start(y)+3 {
			cur = y
		}
	}
	inside := now >= start(cur) && now < start(cur)+3
	switch {
	case inside && !rel:
		return cur
	case inside:
		return cur + off
	case off > 0 || s.future || rel && off == 0:
		for y := ry - 1; ; y++ {
			if start(y) > now {
				return y
			}
		}
	default:
		for y := ry; ; y-- {
			if start(y)+3 <= now {
				return y
			}
		}
	}
}
