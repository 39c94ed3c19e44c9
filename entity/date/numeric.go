package date

func (s *Scanner) twoDigitYear(yy int) int {
	if s.hasRef {
		if 2000+yy <= s.ref.Year()+10 {
			return 2000 + yy
		}
		return 1900 + yy
	}
	if yy < 50 {
		return 2000 + yy
	}
	return 1900 + yy
}

// numDate parses d/m[/y] (or d-m-yyyy, d.m.yyyy) at number token i. headOK
// skips the check of what is glued before it.
func (s *Scanner) numDate(i int, headOK bool) (p pdate, end int, ok bool) {
	t := s.at(i)
	if t == nil || t.kind != tNum || t.nd > 2 || t.val() < 1 || t.val() > 31 {
		return p, 0, false
	}
	j := i + 1
	st := s.at(j)
	if st == nil || st.sp || st.kind != tPunct {
		return p, 0, false
	}
	sep := st.r()
	if sep != '/' && sep != '-' && sep != '.' {
		return p, 0, false
	}
	j++
	if sep == '/' && s.attPunct(j, '/') {
		j++ // "21//01"
	}
	mt := s.at(j)
	if mt == nil || mt.sp || mt.kind != tNum || mt.nd > 2 || mt.val() < 1 || mt.val() > 12 {
		return p, 0, false
	}
	p = pdate{d: int(t.val()), m: int(mt.val()), gran: 'd'}
	j++
	if s.attPunct(j, sep) && s.attNum(j+1) {
		yt := &s.t[j+1]
		switch {
		case yt.nd == 4 && yt.val() >= 1000 && yt.val() <= 2200:
			p.y = int(yt.val())
		case yt.nd == 2 && sep == '/':
			p.y = s.twoDigitYear(int(yt.val()))
		default:
			return p, 0, false
		}
		j += 2
	}
	if p.y == 0 && sep != '/' {
		return p, 0, false // "3-1", "1.2"
	}
	if p.d > daysIn(p.y, p.m) {
		return p, 0, false
	}
	if n := s.at(j); n != nil && !n.sp {
		switch n.kind {
		case tWord, tNum:
			return p, 0, false
		case tPunct:
			switch n.r() {
			case '%', '/', '\\':
				return p, 0, false
			case sep, ',', '.', ':':
				if nn := s.at(j + 1); nn != nil && !nn.sp && (nn.kind == tNum || nn.kind == tWord) {
					return p, 0, false
				}
			}
		}
	}
	if !headOK && !t.sp && i > 0 {
		pt := &s.t[i-1]
		switch pt.kind {
		case tNum, tWord:
			return p, 0, false
		case tPunct:
			switch pt.r() {
			case '/', '.', ',', ':', '\\', '%':
				return p, 0, false
			case '-', '–':
				if i >= 2 && !pt.sp && (s.t[i-2].kind == tNum || s.t[i-2].kind == tWord) {
					return p, 0, false
				}
			}
		}
	}
	return p, j, true
}

// bareOK decides whether a year-less d/m at [i, end) with nothing but its
// context is a date.
func (s *Scanner) bareOK(i, end int) bool {
	t := &s.t[i]
	padded := (t.nd == 2 && t.val() < 10)
	for k := i + 1; k < end; k++ {
		if s.t[k].kind == tNum && s.t[k].nd == 2 && s.t[k].val() < 10 {
			padded = true
		}
	}
	if i == 0 || t.nl {
		return padded || s.closes(end)
	}
	p := &s.t[i-1]
	switch p.kind {
	case tWord:
		if s.isAny(i-1, quantityWords) {
			return padded
		}
		if s.isAny(i-1, triggers) {
			return true
		}
	case tPunct:
		switch p.r() {
		case '(', ',', ';', '|', ':', '-', '–', '—', '[', '"', '“':
			return true
		}
	}
	return padded || s.closes(end)
}

// closes reports whether token k ends a phrase: end of text or line, or
// closing punctuation.
func (s *Scanner) closes(k int) bool {
	n := s.at(k)
	if n == nil || n.nl {
		return true
	}
	if n.kind == tPunct {
		switch n.r() {
		case ')', ',', '.', ';', ':', '|', ']', '!', '?':
			return true
		}
	}
	return false
}

// connector reports whether token k joins the two ends of a range.
func (s *Scanner) connector(k int) bool {
	return s.isDash(k) || (s.sameLine(k) && (s.is(k, kwDen) || s.is(k, kwToi)))
}

// skipDayNoun skips "ngày"/"mồng"/"mùng" at k.
func (s *Scanner) skipDayNoun(k int) int {
	if s.sameLine(k) && (s.is(k, kwNgay) || s.is(k, kwMong) || s.is(k, kwMung)) {
		k++
		if s.is(k, kwMong) || s.is(k, kwMung) {
			k++
		}
	}
	return k
}

// dateAt parses a full date (numeric or spelled) at k, after an optional day noun.
func (s *Scanner) dateAt(k int) (pdate, int, bool) {
	k = s.skipDayNoun(k)
	if !s.sameLine(k) {
		return pdate{}, 0, false
	}
	if p, e, ok := s.numDate(k, true); ok {
		return p, e, true
	}
	return s.spelledDate(k)
}

// matchNumeric reads numeric dates and ranges at number token i; the mention
// starts at token start (a date noun before i, or i itself).
func (s *Scanner) matchNumeric(i, start int) int {
	a, e, ok := s.numDate(i, start < i)
	if ok {
		// Range "22/12/1944 - 22/12/2024", "5/10 đến 10/10".
		if s.connector(e) {
			if b, e2, ok2 := s.dateAt(e + 1); ok2 && (b.y != 0 || a.y == 0) {
				aa := a
				if aa.y == 0 && b.y != 0 {
					aa.y = b.y
				}
				if aa.key() <= b.key() || a.y == 0 {
					s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
					return e2
				}
			}
		}
		if a.y == 0 && start == i && !s.bareOK(i, e) {
			return i
		}
		if a.y == 0 && s.sameLine(e) && s.is(e, kwNam) {
			if off, e2, ok := s.relYear(e + 1); ok {
				a.yrel, a.yoff, e = true, off, e2 // "2/9 năm nay"
			}
		}
		s.emit(start, e, Date, s.value(a), "date:numeric")
		return e
	}
	// "18-20/2/2026", "5 - 10/12"
	t := &s.t[i]
	if t.nd <= 2 && t.val() >= 1 && t.val() <= 31 && s.isDash(i+1) && s.num(i+2) && !s.t[i+2].nl {
		if !t.sp && i > 0 && (s.t[i-1].kind != tPunct || s.t[i-1].r() == '/' || s.t[i-1].r() == '.' || s.t[i-1].r() == ',') {
			return i
		}
		b, e2, ok := s.numDate(i+2, true)
		if ok {
			if int(t.val()) < b.d {
				a := pdate{d: int(t.val()), gran: 'd'}
				s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
				return e2
			}
		}
	}
	return i
}

// matchCompact reads a slug-style date without separators ("tu 142025" =
// 1/4/2025) in text written without diacritics, after từ/ngày/đến.
func (s *Scanner) matchCompact(i int) int {
	t := &s.t[i]
	if t.nd < 6 || t.nd > 8 || i == 0 || t.nl || !t.sp {
		return i
	}
	if !(s.isKey(i-1, "tu") || s.isKey(i-1, "ngay") || s.isKey(i-1, "den")) || s.t[i-1].diac || !s.plain(i-1) {
		return i
	}
	if n := s.at(i + 1); n != nil && !n.sp && !n.nl {
		return i
	}
	v := int(t.val())
	y := v % 10000
	pre := v / 10000
	if y < 1900 || y > 2100 {
		return i
	}
	var d, m int
	switch t.nd - 4 {
	case 2:
		d, m = pre/10, pre%10
	case 3:
		d1, m1 := pre/100, pre%100
		d2, m2 := pre/10, pre%10
		ok1 := d1 >= 1 && m1 >= 1 && m1 <= 12 && d1 <= daysIn(y, m1) && s.text[t.s+1] != '0'
		ok2 := d2 >= 1 && m2 >= 1 && m2 <= 12 && d2 <= daysIn(y, m2) && s.text[t.s] != '0'
		switch {
		case ok1 && !ok2:
			d, m = d1, m1
		case ok2 && !ok1:
			d, m = d2, m2
		default:
			return i
		}
	case 4:
		d, m = pre/100, pre%100
	}
	if d < 1 || m < 1 || m > 12 || d > daysIn(y, m) {
		return i
	}
	s.emit(i, i+1, Date, s.value(pdate{y: y, m: m, d: d, gran: 'd'}), "date:numeric")
	return i + 1
}
