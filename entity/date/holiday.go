package date

import "strings"

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
		if h.words[0] == kwQuoc && h.words[1] == kwKhanh && (!s.t[i].up && !s.afterHolidayHead(i) || s.inName(i) || s.foreignNation(k)) {
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
		} else {
			k = s.yearPart(k, &p) // "Giáng sinh năm ngoái"
		}
		s.emit(i, k, Date, s.value(p), "date:holiday")
		return k
	}
	return i
}

// inName reports whether the capitalized word i continues a personal name:
// "Nguyễn Quốc Khánh", "anh Quốc Khánh". A capitalized word before it is a
// family or middle name unless it is a word that heads a holiday ("Lễ
// Quốc Khánh", "Mừng Quốc Khánh"); a kinship or courtesy word before it
// addresses a person.
func (s *Scanner) inName(i int) bool {
	p := i - 1
	if p < 0 || s.t[i].nl || s.t[p].kind != tWord {
		return false
	}
	if s.indexIn(p, personWords) >= 0 {
		return true
	}
	return s.t[p].up && s.indexIn(p, holidayHeads) < 0
}

// afterHolidayHead reports whether word i follows a word that heads a
// holiday ("lễ quốc khánh", "dịp quốc khánh") on its line.
func (s *Scanner) afterHolidayHead(i int) bool {
	return i > 0 && !s.t[i].nl && s.indexIn(i-1, holidayHeads) >= 0
}

// foreignNation reports whether the word k after "Quốc khánh" names
// another nation, whose national day it is: "Quốc khánh nước bạn",
// "Quốc khánh Lào" (but "Quốc khánh Việt Nam").
func (s *Scanner) foreignNation(k int) bool {
	if !s.sameLine(k) || s.t[k].kind != tWord {
		return false
	}
	return s.isKey(k, "nuoc") || s.t[k].up && !s.isKey(k, "viet")
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

// matchLunarHoliday reads a holiday of the lunar calendar ("Tết Nguyên
// đán", "Trung thu năm nay", "Vu lan 2025") and gives its Gregorian date:
// in the year written, else the nearest (or, preferring the future, the
// next) one from the reference date.
func (s *Scanner) matchLunarHoliday(i int) int {
	if s.is(i, ongTao[3]) {
		a := i - 3
		if a < 0 || s.t[i].nl || !s.words(a, ongTao) || s.consumed(a) {
			return i
		}
		return s.lunarHoliday(a, i+1, 23, 12)
	}
	for _, h := range lunarHolidays {
		if s.words(i, h.words) && !(h.up && !s.t[i].up) {
			return s.lunarHoliday(i, i+len(h.words), h.d, h.m)
		}
	}
	return i
}

// consumed reports whether token a lies in the last span emitted.
func (s *Scanner) consumed(a int) bool {
	return len(s.spans) > 0 && s.spans[len(s.spans)-1].b > a
}

// lunarHoliday emits the lunar holiday [i, k) of day d of month m, with a
// year after it, and returns the end.
func (s *Scanner) lunarHoliday(i, k, d, m int) int {
	p := pdate{gran: 'y'}
	if y, ok := s.year4(k); ok && s.sameLine(k) {
		p.y = y
		k++
	} else {
		k = s.yearPart(k, &p)
	}
	v := ""
	switch {
	case p.yrel && s.hasRef:
		v = s.lunarValue(d, m, s.ref.Year()+p.yoff)
	case p.y != 0 || !p.yrel && s.hasRef:
		v = s.lunarValue(d, m, p.y)
	}
	s.emit(i, k, Date, v, "date:holiday")
	return k
}

// words reports whether the words ws follow each other from token i on
// one line.
func (s *Scanner) words(i int, ws []keyword) bool {
	for x := range ws {
		if x > 0 && !s.sameLine(i+x) || !s.is(i+x, ws[x]) {
			return false
		}
	}
	return true
}

// lunarValue is the Gregorian date of lunar day d of month m that falls in
// Gregorian year y ("Trung thu 2020"; "ông Công ông Táo 2025" is in January
// 2025); with y zero, as lunarDateValue gives it.
func (s *Scanner) lunarValue(d, m, y int) string {
	if y == 0 {
		return s.lunarDateValue(d, m, 0, false, pdate{})
	}
	var buf [12]byte
	for ly := y; ly >= y-1; ly-- {
		if gy, gm, gd := lunarToSolar(d, m, ly); gy == y {
			return string(appendYMD(buf[:0], gy, gm, gd))
		}
	}
	return ""
}

// matchLongHoliday reads a holiday whose name is longer than a key holds
// ("Valentine", "Halloween"): the tokenizer makes such a word a start only
// when isLongHoliday.
func (s *Scanner) matchLongHoliday(i int) int {
	t := &s.t[i]
	for _, h := range longHolidays {
		if !strings.EqualFold(s.text[t.s:t.e], h.name) {
			continue
		}
		p := pdate{m: h.m, d: h.d, gran: 'd'}
		k := i + 1
		if y, ok := s.year4(k); ok && s.sameLine(k) {
			p.y = y
			k++
		} else {
			k = s.yearPart(k, &p)
		}
		s.emit(i, k, Date, s.value(p), "date:holiday")
		return k
	}
	return i
}

// isLongHoliday reports whether the word w, too long for a key, names one
// of longHolidays.
func isLongHoliday(w string) bool {
	for _, h := range longHolidays {
		if len(w) == len(h.name) && strings.EqualFold(w, h.name) {
			return true
		}
	}
	return false
}
