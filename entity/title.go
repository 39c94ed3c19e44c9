package entity

// title: a position head from the lexicon with its modifiers.
func (c *rctx) title(i int) {
	end, e := c.w.longest(i, bitTitle)
	if end < 0 || c.insidePlace(i) {
		return // "Trung Quốc Vương Nghị": no title starts inside a place's name
	}
	entryEnd := end
	st := i
	// Modifiers before: Phó, nguyên, cựu, quyền (possibly stacked).
	for st-1 >= c.s.First && c.joined(st) {
		if c.is(st-1, wPho) || c.is(st-1, wCuu) || c.is(st-1, wQuyen) || lowerEqual(c.word(st-1), "nguyên") {
			st--
			continue
		}
		break
	}
	if st < i && c.has(st, bitTitle) && st != i {
		// "Phó Thủ tướng" is itself an entry; the longer match at st handles it.
		if e, _ := c.w.longest(st, bitTitle); e >= end {
			return
		}
	}
	// Modifiers after: thường trực, tập sự, đặc mệnh toàn quyền ...
	for {
		n := c.postMod(end)
		if n == 0 {
			break
		}
		end += n
	}
	// "Trưởng Ban Đối ngoại", "Phó Trưởng ban Tuyên giáo T.Ư": "ban"
	// followed by a name starts the organization, the unit having a name of
	// its own; the title is its head.
	unit := -1
	if end-1 > i && lowerEqual(c.word(end-1), "ban") && c.isCapWord(end) && c.joined(end) && !c.stopsName(end) {
		end--
		if c.word(end) == "ban" {
			unit = end // lower case: no organization rule starts there
		}
	} else if end-1 > i && lowerEqual(c.word(end-1), "phòng") && lowerEqual(c.word(end-2), "trưởng") {
		// "Trưởng phòng Cảnh sát hình sự Công an tỉnh X": likewise a
		// department named within its body, which closes the name.
		if be := c.departmentEnd(end - 1); be > 0 {
			c.add(ruleOrgTitleBody, end-1, be)
			end--
		}
	}
	end = c.titleField(i, end)
	// "Ủy viên Ban Thường vụ Tỉnh ủy": the committee is the body, the
	// title "Ủy viên".
	for k := i + 1; k < end; k++ {
		if c.localBodyEnd(k) >= end {
			end = k
			break
		}
		if c.unitNamedPast(k, end) {
			// "Chánh Văn phòng Trung ương Đảng", "Chánh Thanh tra Bộ Y
			// tế": the unit has a name of its own, so it is the
			// organization and the title is its head.
			end = k
			break
		}
	}
	// A lower-case title needs a context that makes it a position.
	if !c.w.toks[st].Is(Cap) {
		next := c.isCapWord(end) || (c.in(end) && c.w.toks[end].Kind == Word && c.w.toks[end].Is(AllCaps))
		prev := c.is(st-1, wChuc) || c.is(st-1, wLa) || c.is(st-1, wLam)
		// "Đại tá Nguyễn Văn A (nguyên giám đốc)": the office of the name before.
		paren := c.key(st-1) == c.r.w.lparen && c.key(end) == c.r.w.rparen
		// "thành viên HĐQT", "phó chủ tịch Hội đồng quản trị": the board
		// named in the title makes it one office.
		named := false
		for k := i + 1; k < end; k++ {
			named = named || c.w.toks[k].Is(Cap) || c.w.toks[k].Is(AllCaps)
		}
		if !next && !prev && !paren && !named && !c.pluralListed(st, end) {
			return
		}
	}
	cd := c.add(ruleTitle, st, end)
	if st == i && end == entryEnd {
		cd.m.Canonical = c.r.entries[e].canonical // the entry alone
	}
	if unit >= 0 {
		if ue := c.orgBody(unit, unit+1); ue > unit+1 {
			c.add(ruleOrgTitleBody, unit, ue)
		}
		return
	}
	c.titleBody(end)
}

// localBodies are the bodies of a province, city or district that news
// names by their kind alone right after a title, the place being the one
// the article is about: "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Giám đốc
// Công an tỉnh". Folded words, longest first where one starts another.
// Alone ("của Thành ủy, Ủy ban nhân dân") such a word names no one body,
// so only a title makes it one.
var localBodies = [][]string{
	{"ban", "thuong", "vu", "tinh", "uy"}, {"ban", "thuong", "vu", "thanh", "uy"},
	{"ban", "thuong", "vu", "huyen", "uy"}, {"btv", "tinh", "uy"}, {"btv", "thanh", "uy"},
	{"tinh", "uy"}, {"thanh", "uy"}, {"huyen", "uy"}, {"quan", "uy"}, {"thi", "uy"}, {"dang", "uy"},
	{"uy", "ban", "nhan", "dan"}, {"hoi", "dong", "nhan", "dan"}, {"ubnd"}, {"hdnd"},
	{"uy", "ban", "mttq"}, {"ubmttq"}, {"mttq"},
	{"vksnd", "toi", "cao"}, {"tand", "toi", "cao"}, {"vien", "kiem", "sat", "nhan", "dan", "toi", "cao"},
	{"toa", "an", "nhan", "dan", "toi", "cao"},
	{"cong", "an"}, {"vksnd"}, {"tand"}, {"vien", "kiem", "sat", "nhan", "dan"}, {"toa", "an", "nhan", "dan"},
	{"ldld"}, {"lien", "doan", "lao", "dong"}, {"doan", "dbqh"}, {"ban", "can", "su", "dang"}, {"ban", "chap", "hanh"},
	{"doan", "dai", "bieu", "quoc", "hoi"}, {"ban", "bi", "thu"}, {"doi", "tuyen"},
}

// localBodyEnd returns the end of the local body named at token i, or -1.
func (c *rctx) localBodyEnd(i int) int {
	if !c.in(i) || c.w.toks[i].Kind != Word {
		return -1
	}
next:
	for bi, b := range localBodies {
		ks := c.r.w.localBodies[bi]
		for j, w := range b {
			if !c.joined(i+j) || c.w.toks[i+j].Kind != Word || c.w.toks[i+j].Key != ks[j] || !foldEqual(c.word(i+j), w) {
				continue next
			}
		}
		return i + len(b)
	}
	return -1
}

// titleBody proposes the local body right after a title that ends at token
// k, with the place that follows it or the unit word alone ("UBND tỉnh"
// as written), and the name after that unit word: "Chủ tịch HĐND tỉnh
// Nguyễn Văn A" holds the office, "tỉnh Nguyễn" is no province.
func (c *rctx) titleBody(k int) {
	if !c.joined(k) {
		return
	}
	e := c.localBodyEnd(k)
	// Lower case only after a lower-case title ("hai phó giám đốc công an
	// tỉnh là ...") or for a national team ("HLV trưởng đội tuyển Việt
	// Nam"), which news writes in lower case.
	if e < 0 || !c.isCapWord(k) && c.w.toks[k-1].Is(Cap) && !foldEqual(c.word(k), "doi") {
		return
	}
	if c.in(e) && c.joined(e) && e-k <= 2 && c.w.toks[e].Kind != Punct && !c.has(e, bitLocTrigger) &&
		(c.w.toks[e].Is(AllCaps) || c.w.toks[e].Is(Cap) && hasDigit(c.word(e))) {
		e++ // the body it belongs to, by its acronym, or the team's age: "Đảng ủy VCCI", "đội tuyển U23"
	}
	if pe, _ := c.w.longest(e, bitPlace); pe > e && c.joined(e) && pe <= c.s.Last {
		e = pe // "Tỉnh ủy Thái Nguyên", "UBMTTQ Việt Nam"
	}
	if c.has(e, bitLocTrigger) && c.joined(e) && (!c.w.toks[e].Is(Cap) || c.w.toks[e].Is(AllCaps)) {
		te, _ := c.w.longest(e, bitLocTrigger)
		if c.key(te) == c.r.w.dot && c.w.toks[te].Start == c.w.toks[te-1].End && foldEqual(c.word(te-1), "tp") && c.isCapWord(te+1) {
			te++ // "TP." written as two tokens
		}
		switch pe, _ := c.w.longest(te, bitPlace); {
		case pe > te && c.joined(te) && pe <= c.s.Last:
			e = pe // "UBND tỉnh Khánh Hòa"
			if ae := c.adminEnd(te); ae > pe && ae <= c.s.Last {
				e = ae // "UBND huyện Đức Phổ", not the country "Đức"
			}
		case c.joined(te) && c.adminEnd(te) > te+1 && c.adminEnd(te) <= c.s.Last && c.personStart(c.adminEnd(te)):
			e = c.adminEnd(te) // "UBND quận Lê Chân Nguyễn Văn A": the unit's name, then its holder's
		case c.joined(te) && c.personStart(te) && !foldEqual(c.word(e), "xa") && !foldEqual(c.word(e), "phuong") && !foldEqual(c.word(e), "thi"):
			// Not after a commune or ward ("xã", "phường", "thị trấn"),
			// often named after a person: "UBND phường Nguyễn Du".
			e = te
			n := te + 1
			for n < c.s.Last && n < te+4 && c.isCapWord(n) && c.joined(n) && c.w.toks[n].Is(Syllable) &&
				!c.w.toks[n].Is(AllCaps) && !c.blocksName(n) {
				n++
			}
			if ae := c.adminEnd(te); ae >= n && ae <= c.s.Last {
				e = ae // "Công an huyện Quế Võ": the district, not its chief
				break
			}
			c.add(rulePersonTitleBody, te, n)
		case !c.isCapWord(te):
			e = te // "Chủ tịch UBND tỉnh chủ trì"
		default:
			return // an unknown name after the unit word: the organization rules read it
		}
	} else if c.isCapWord(e) && c.joined(e) && !c.personStart(e) {
		return // "Bí thư Đảng ủy Khối ...": a longer name, the organization rules' to read
	}
	if foldEqual(c.word(k), "doi") && e == k+2 {
		return // "đội tuyển quốc gia": a team named by no country or age
	}
	c.add(ruleOrgTitleBody, k, e)
}

// pluralListed reports whether the lower-case title [st, end) stands for
// several people and a list of them follows: "4 nữ phát ngôn viên là:",
// "hai phó giám đốc công an tỉnh là".
func (c *rctx) pluralListed(st, end int) bool {
	p := st - 1
	if c.in(p) && c.w.toks[p].Kind == Word && lowerEqual(c.word(p), "nữ") {
		p--
	}
	if !c.in(p) {
		return false
	}
	switch w := c.word(p); {
	case c.w.toks[p].Kind == Number && len(w) <= 2,
		lowerEqual(w, "các"), lowerEqual(w, "hai"), lowerEqual(w, "ba"), lowerEqual(w, "bốn"), lowerEqual(w, "năm"):
	default:
		return false
	}
	if be := c.localBodyEnd(end); be > 0 {
		end = be
		if c.has(end, bitLocTrigger) {
			end, _ = c.w.longest(end, bitLocTrigger)
		}
	}
	return c.in(end) && (c.word(end) == ":" || lowerEqual(c.word(end), "là"))
}

// titleField extends a title by the field or department written in lower
// case after it: "Phó Trưởng ban châu Âu", "Phó Trưởng ban đối ngoại Trung
// ương", and by a ministry's field before a name: "Thứ trưởng Tài chính Trần
// Quốc Phương", "Bộ trưởng Ngoại giao Bùi Thanh Sơn".
func (c *rctx) titleField(i, end int) int {
	last := c.word(end - 1)
	if (lowerEqual(last, "ban") || last == "vụ") && c.joined(end) && c.in(end) && c.w.toks[end].Kind == Word &&
		!c.w.toks[end].Is(Cap) && !c.endsName(end) && c.postMod(end) == 0 {
		k := end
		for k < c.s.Last && k < end+5 && c.joined(k) && c.w.toks[k].Kind == Word && !c.endsName(k) && c.postMod(k) == 0 {
			if pe, _ := c.w.longest(k, bitPlace); pe > k && pe <= c.s.Last {
				k = pe // "châu Âu"
				continue
			}
			if c.is(k, wTrung) && c.is(k+1, wUong) {
				k += 2
				continue
			}
			if c.has(k, bitOrgHead|bitOrg|bitTitle|bitHonorific) || c.personStart(k) {
				break
			}
			k++
		}
		return k
	}
	if span := c.text[c.w.toks[i].Start:c.w.toks[end-1].End]; foldEqual(span, "bo truong") || foldEqual(span, "thu truong") {
		// field: one capitalized word and up to two lower-case ones, then a name
		k := end
		if c.isCapWord(k) && c.joined(k) && !c.has(k, bitOrgHead|bitOrg|bitPlace) && !c.personStart(k) {
			k++
			for k < end+3 && c.joined(k) && c.in(k) && c.w.toks[k].Kind == Word && !c.w.toks[k].Is(Cap) {
				k++
			}
			if c.personStart(k) || c.has(k, bitPlace|bitHonorific) && c.joined(k) {
				return k // "Bộ trưởng Ngoại giao Bùi Thanh Sơn", "... Ngoại giao Singapore Vivian Balakrishnan"
			}
		}
	}
	return end
}

// postMod returns the length of a title post-modifier starting at token i, or 0.
func (c *rctx) postMod(i int) int {
	for _, seq := range c.r.w.postMods {
		ok := true
		for j, id := range seq {
			if !c.joined(i+j) || c.key(i+j) != id || c.w.toks[i+j].Kind != Word {
				ok = false
				break
			}
		}
		if ok {
			return len(seq)
		}
	}
	return 0
}

// titleCovers reports whether a title entry at i is at least as long as the
// organization head there ("Đại sứ" does not cover "Đại sứ quán").
func (c *rctx) titleCovers(i int) bool {
	te, _ := c.w.longest(i, bitTitle)
	he, _ := c.w.longest(i, bitOrgHead)
	return te >= he
}

// unitNamedPast reports whether the capitalized organization head at token
// k, inside a title that ends at end, starts a name that goes on past the
// title: the unit is then named, not a part of the title. A section and an inner body
// ("Hội đồng quản trị", "Hội đồng thành viên") stay in the title.
func (c *rctx) unitNamedPast(k, end int) bool {
	if !c.isCapWord(k) || !c.has(k, bitOrgHead) || c.innerBody(k) {
		return false
	}
	headEnd, _ := c.w.longest(k, bitOrgHead)
	// The sections of a school, hospital or office ("Phó Trưởng Bộ môn
	// Ung thư", "Trưởng khoa Điều trị A") are read as the title's field.
	if head := c.text[c.w.toks[k].Start:c.w.toks[headEnd-1].End]; foldEqual(head, "bo mon") || foldEqual(head, "khoa") || foldEqual(head, "phong") {
		return false
	}
	if headEnd < end || !c.joined(end) || !c.isCapWord(end) || c.personStart(end) {
		return false
	}
	// A bare head after the title is the body the unit belongs to, not
	// the unit's name: "Chánh Văn phòng Sở".
	oe := c.orgBody(k, headEnd)
	if he, _ := c.w.longest(end, bitOrgHead); he >= oe {
		return false
	}
	return oe > end
}

// departmentEnd returns the end of the department whose lower-case
// "phòng" is token p when a capitalized name follows it and then the body
// it belongs to or its place ("phòng Cảnh sát hình sự Công an tỉnh Bình
// Dương", "phòng Tài chính - Kế hoạch UBND huyện Gia Lâm", "phòng Tư pháp
// quận Ba Đình"), or -1. A department
// named alone ("Trưởng phòng Kinh doanh") stays in the title: it has no
// name outside its company.
func (c *rctx) departmentEnd(p int) int {
	if !c.joined(p+1) || !c.isCapWord(p+1) || c.stopsName(p+1) || c.personStart(p+1) {
		return -1
	}
	for k := p + 2; k < p+8 && c.in(k) && c.joined(k); k++ {
		if c.w.toks[k].Kind == Punct && c.key(k) != c.r.w.dash {
			return -1
		}
		if c.has(k, bitLocTrigger) && !c.w.toks[k].Is(Cap) && c.isCapWord(k+1) {
			// "phòng Tư pháp quận Ba Đình": the district's department.
			if be := c.orgBody(p, p+1); be > k+1 {
				return be
			}
			return -1
		}
		if !c.isCapWord(k) && !c.w.toks[k].Is(AllCaps) {
			continue
		}
		if he, _ := c.w.longest(k, bitOrgHead); he > k {
			if be := c.orgBody(k, he); be > he {
				return be
			}
			return -1
		}
	}
	return -1
}
