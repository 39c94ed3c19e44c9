package entity

import "github.com/vnextract/vnextract/normalize"

// knownOrgEnd returns the end and the entry of the organization from the
// lexicon that starts at token i; end is -1 where there is none or it is no
// name here.
func (c *rctx) knownOrgEnd(i int) (end, entry int) {
	end, entry = c.w.longest(i, bitOrg)
	if end < 0 || c.inCode(i) {
		return -1, -1
	}
	if c.is(end, wHai) && c.is(end+1, wNuoc) || c.is(end, wCac) && c.is(end+1, wNuoc) {
		return -1, -1 // "Chính phủ hai nước": both governments, not one body
	}
	if end == i+1 && c.w.toks[i].Is(AllCaps) && c.in(i-1) && c.joined(i) && c.w.toks[i-1].Kind == Number {
		return -1, -1 // "500 MB": a unit after a number
	}
	return end, entry
}

// knownOrgPlace: an organization from the lexicon extended by the place
// that follows it ("Quốc hội" + "Nhật Bản"), possibly after a lower-case
// trigger ("Ủy ban nhân dân" + "tỉnh" + "Hải Dương").
func (c *rctx) knownOrgPlace(i int) {
	end, _ := c.knownOrgEnd(i)
	if end < 0 || !c.joined(end) {
		return
	}
	p := end
	if c.has(p, bitLocTrigger) && !c.w.toks[p].Is(Cap) {
		p, _ = c.w.longest(p, bitLocTrigger)
	}
	if pe, _ := c.w.longest(p, bitPlace); pe > 0 && c.in(pe-1) {
		c.add(ruleOrgLexiconPlace, c.companyHeadBefore(i), pe)
	}
}

// knownOrg: an organization from the lexicon.
func (c *rctx) knownOrg(i int) {
	if end, e := c.knownOrgEnd(i); end >= 0 {
		if c.isCapWord(end) && c.joined(end) && c.r.w.orgEndEn[c.word(end)] {
			c.add(ruleOrgHead, i, end+1) // "KBS" + "News": another body of the same name
			return
		}
		if c.ofParliament(i, end) {
			c.add(ruleOrgHead, i, end+3)
			return
		}
		c.addEntry(ruleOrgLexicon, i, end, e)
	}
}

// inCode reports whether token i is part of a document number such as
// "9275/VPCP-NN" or "84/NQ-CP".
func (c *rctx) inCode(i int) bool {
	t := c.w.toks[i]
	if i > 0 {
		p := c.w.toks[i-1]
		if p.End == t.Start && (p.Key == c.r.w.dash || c.word(i-1) == "/") && i > 1 && c.w.toks[i-2].Kind == Number {
			return true
		}
	}
	return false
}

// orgByHead: an organization name from its head noun to its real end. A
// head inside a longer title or place, or inside an event's name, starts
// nothing.
func (c *rctx) orgByHead(i int) {
	if c.w.kinds[i]&bitEvent != 0 || !c.isCapWord(i) || c.titleCovers(i) || c.placeCovers(i) || c.insidePlace(i) ||
		c.insideKnownOrg(i) {
		return
	}
	headEnd, _ := c.w.longest(i, bitOrgHead)
	if headEnd < 0 || c.plural(i) || c.notABody(i, headEnd) {
		return
	}
	if se, _ := c.w.longest(i, bitStop); se > headEnd {
		return // "Bộ phim", "Sở hữu": an ordinary word the head starts
	}
	end := c.orgBody(i, headEnd)
	if end <= headEnd && c.headEndsWithPlace(i, headEnd) {
		// "Đại sứ quán Việt Nam" is a head with its place: a name already.
		c.add(ruleOrgHead, i, c.abroad(i, headEnd))
		return
	}
	if end <= headEnd {
		// A bare head is a name when an acronym defines it ("Ủy ban nhân
		// dân (UBND)") and for the bodies of the province or district the
		// text is about. The Party spoken of alone ("của Đảng và Nhà
		// nước") is a generic back-reference like "Hội", not a name.
		switch {
		case headEnd-i >= 2 && c.key(headEnd) == c.r.w.lparen && c.in(headEnd+1) &&
			c.w.toks[headEnd+1].Is(AllCaps) && c.key(headEnd+2) == c.r.w.rparen:
			c.add(ruleOrgHeadAcronym, i, headEnd)
		case c.word(i) == "Đảng" && headEnd == i+1:
			// no mention
		default:
			if e := c.localBody(i, headEnd); e > 0 {
				c.add(ruleOrgHead, i, e)
			} else if c.bareLocalAcronym(i, headEnd) {
				c.add(ruleOrgHead, i, headEnd)
			}
		}
		return
	}
	if foldEqual(c.text[c.w.toks[i].Start:c.w.toks[end-1].End], "ban to chuc") {
		return // the organizing committee of an event
	}
	c.add(ruleOrgHead, i, end)
}

// insideKnownOrg reports whether token i is inside a known organization's
// name that starts before it ("Công an" in "Bộ Công an"): the head there
// names no body of its own.
func (c *rctx) insideKnownOrg(i int) bool {
	for k := i - 1; k >= c.s.First && k >= i-3; k-- {
		if oe, _ := c.w.longest(k, bitOrg); oe > i {
			return true
		}
	}
	return false
}

// headEndsWithPlace reports whether the organization head [i, end) ends
// with a place name ("Đại sứ quán Việt Nam").
func (c *rctx) headEndsWithPlace(i, end int) bool {
	for k := i + 1; k < end; k++ {
		if pe, _ := c.w.longest(k, bitPlace); pe == end {
			return true
		}
	}
	return false
}

// orgBody extends an organization name after its head, returning the end token.
//
// Vietnamese official names capitalize the first syllable of each word
// ("Sở Giao thông vận tải", "Liên hiệp các tổ chức hữu nghị Việt Nam"), so
// capitals alone cannot find the end. Capitalized words, numbers, acronyms
// and hyphenated compounds continue a name; a run of lower-case syllables
// continues it while it is short and holds no word that ends names (verbs and
// function words such as "cho", "đã", "tại", "của"); a place, a quoted name
// or an organization from the lexicon closes it.
func (c *rctx) orgBody(head, j int) int {
	start, end := j, j
	tail := 0      // lower-case syllables since end
	named := false // the body has a capital, a number, an acronym or a quoted name
	afterPlace := false
	wholeWord := false // the last word before end is a whole lexicon word ("Ngân hàng")
	done := func(j int) int {
		if !named {
			return end
		}
		if oe, _ := c.w.longest(head, bitOrg); oe >= end && oe < j && tail > 0 {
			return oe // a known name is complete: "Liên hiệp Hữu nghị" + "hoạch định ..."
		}
		if tail > 0 && tail <= 7 && !afterPlace && c.endsNameAt(j) {
			// Drop a trailing place trigger with no place ("... Môi trường
			// thành phố"), but for one that closes the name of a local body
			// ("Ban Chấp hành Đảng bộ tỉnh").
			if c.bareTrigger(j-1) == j {
				return j
			}
			for j > end && c.has(j-1, bitLocTrigger) {
				j--
			}
			if j > end && c.has(j-2, bitLocTrigger) && c.is(j-2, wThanh) {
				j -= 2
			}
			return j
		}
		if tail > 0 && !afterPlace && !wholeWord && c.in(end) && c.joined(end) && c.w.toks[end].Kind == Word && !c.w.toks[end].Is(Cap) &&
			!c.endsName(end) && !c.has(end, bitLocTrigger) {
			return end + 1 // finish the word: "Ủy ban Đối ngoại", not "Ủy ban Đối"
		}
		return end
	}
	for c.in(j) && c.joined(j) {
		t := c.w.toks[j]
		k := t.Key
		if t.Kind == Word && tail == 0 && end == j {
			if ue := c.numberedUnitEnd(j); ue > 0 {
				// "Chi bộ Khu phố 3", "Đảng bộ phường 7": the numbered
				// unit names the body and closes it.
				end, j, named, afterPlace = ue, ue, true, true
				continue
			}
		}
		switch {
		case k == c.r.w.lquote || (k == c.r.w.dquote && tail == 0):
			// A quoted name closes the organization: “Truyền thống và Hữu nghị”.
			for q := j + 1; q < c.s.Last && q < j+16; q++ {
				if c.key(q) == c.r.w.rquote || c.key(q) == c.r.w.dquote {
					if q > j+1 {
						return q + 1
					}
					break
				}
			}
			return done(j)
		case k == c.r.w.dash && j > head && (tail == 0 && end == j || tail > 0 && tail <= 2 && named && !afterPlace) &&
			c.isCapWord(j+1) && !c.stopsName(j+1) && !c.bodyAt(j+1):
			// Việt-Nga, Việt - Nga, Lao động - Thương binh, Thông tin - Báo
			// chí: a compound. Lower-case words may follow a compound of
			// words, not one of places.
			if pe, _ := c.w.longest(j+1, bitPlace); pe > 0 {
				end, j, afterPlace = pe, pe, true
			} else {
				end, j = j+2, j+2
			}
			named, tail = true, 0
			continue
		case t.Kind == Number && !afterPlace && (tail == 0 && !c.has(j+1, bitLocTrigger) || tail <= 3 && named && !c.counts(j)):
			// "Lữ đoàn 162", "Đoàn Kinh tế quốc phòng 313"; not "Tòa án 9
			// huyện", a count.
			end, j, named, tail = j+1, j+1, true, 0
			afterPlace = true // nothing lower-case follows a number in a name
			continue
		case (k == c.r.w.amp || c.word(j) == ",") && named && !afterPlace && tail <= 3 && c.inNameList(j):
			// "Sở TN&MT", "Viện Khoa học & Kỹ thuật", "Sở Văn hóa, Thể
			// thao và Du lịch": the parts of one name.
			end, tail = j, 0
			j++
			continue
		case t.Kind == Word && (t.Is(Cap) || t.Is(AllCaps)):
			if oe, _ := c.w.longest(head, bitOrg); tail > 0 && named && oe >= end && oe < j && !c.has(j-1, bitLocTrigger) {
				// A known name is complete before lower-case words and a
				// capital: "Ngân hàng Thế giới" + "dự báo kinh tế Việt Nam";
				// but for a branch in a place ("Ngân hàng Nhà nước chi
				// nhánh tỉnh Phú Thọ").
				return oe
			}
			places := bitPlace
			if c.has(j-1, bitLocTrigger) && !c.w.toks[j-1].Is(Cap) {
				places |= bitAdmin // "Công an quận Hai Bà Trưng"
			}
			if pe, _ := c.w.longest(j, places); pe > j+1 && pe <= c.s.Last && tail <= 3 {
				// A place of two words or more closes the name, even where it
				// could start a person's name ("UBND tỉnh Lâm Đồng Trần Hồng Thái").
				named, end, j = true, pe, pe
				if c.key(j) == c.r.w.dash && c.joined(j) && c.isCapWord(j+1) {
					continue
				}
				return c.afterPlace(head, end)
			}
			if oe, _ := c.w.longest(head, bitOrg); oe == j && !c.w.toks[j].Is(Syllable) && !c.w.toks[j].Is(AllCaps) &&
				!c.r.w.orgEndEn[c.word(j)] {
				// A known name is complete before a foreign word, which
				// starts its holder's name ("Ủy ban châu Âu Ursula von der
				// Leyen"), unless it is an English body's last word.
				return j
			}
			if c.personStart(j) && c.namedAfterPerson(head) && tail <= 3 && !c.nameEndsAt(head, start, j) {
				// "Trường THPT Quang Trung", "Học viện ... Hồ Chí Minh": the name closes it.
				k := j + 1
				for k < c.s.Last && k < j+4 && c.isCapWord(k) && c.joined(k) {
					if k >= j+2 && c.personStart(k) && c.isCapWord(k+2) && c.joined(k+2) {
						break // "Bệnh viện Bạch Mai" + "Đào Xuân Cơ": its head's full name
					}
					k++
				}
				if c.wordGoesOn(k - 1) {
					k++ // "Công ty Hoa Sen Quốc tế"
				}
				return k
			}
			if oe, _ := c.w.longest(j, bitOrg); oe > j && oe <= c.s.Last && j > head && tail <= 2 && !afterPlace &&
				(oe > j+1 || c.lowerWordAt(oe) && !c.has(oe, bitLocTrigger) && !c.is(oe, wVa)) {
				// "Hội đồng Toàn thể Đảng Nước Nga Thống nhất"; "Hãng tin
				// AFP" + "dẫn lời": a known name then the sentence.
				return oe
			}
			if c.partyCommittee(j) && j > head && tail <= 3 {
				// "Ban Nội chính Tỉnh ủy", "Ban Tổ chức Thành ủy": a body of
				// the committee, named with it.
				end, j, tail, named = j+2, j+2, 0, true
				continue
			}
			if c.stopsName(j) && !c.memberWord(head, j) || (c.has(j, bitOrgHead) && j > head && tail > 0 && !c.pressWord(j)) {
				return done(j)
			}
			if tail > 3 && !c.has(j, bitPlace) {
				return done(j)
			}
			named = true
			if me, _ := c.w.longest(j, bitOrgHead|bitGiven|bitFamily|bitStop); me > j+1 && me <= c.s.Last &&
				!c.has(j, bitPlace) {
				end, j, tail, afterPlace = me, me, 0, false
				wholeWord = true
				continue
			}
			// A one-syllable place before a lower-case word may be a word of
			// the name ("Sở Nội vụ"); a short form ("TP.HCM") is a place.
			if pe, _ := c.w.longest(j, bitPlace); pe > 0 && pe <= c.s.Last &&
				!(pe == j+1 && c.w.toks[j].Is(Syllable) && c.joined(pe) && c.in(pe) && c.w.toks[pe].Kind == Word &&
					!c.w.toks[pe].Is(Cap) && !c.endsName(pe)) {
				end, j, tail = pe, pe, 0
				if c.key(j) == c.r.w.dash && c.joined(j) && c.isCapWord(j+1) {
					continue // "Nga-Việt": a compound, not the end
				}
				return c.afterPlace(head, end)
			}
			end, j, tail, afterPlace, wholeWord = j+1, j+1, 0, false, false
			continue
		case t.Kind == Word:
			if tail == 0 && end == j && c.branchNumber(j) {
				// "Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở 2": a branch.
				end, j, named, afterPlace = j+3, j+3, true, true
				continue
			}
			if tail == 0 && end == j && !c.is(j, wVa) && !c.is(j, wVe) && c.endsInProperName(start, j) {
				return end // "Công ty Cổ phần Nam Long" + "khởi công", "Trường Đại học Harvard" + "nhận"
			}
			switch {
			case c.is(j, wUong) && c.is(j-1, wTrung) && tail == 0 && end == j:
				end, j = j+1, j+1 // "Bệnh viện Nhi Trung ương": one word
				continue
			case c.is(j, wVa):
				// "và" joins two words of one name only before a plain capitalized word:
				// "Bộ Nông nghiệp và Môi trường", not "Đảng và Nhà nước".
				if tail <= 3 && !afterPlace && named && c.isCapWord(j+1) && c.joined(j+1) && !c.stopsName(j+1) &&
					!c.has(j+1, bitOrgHead|bitOrg|bitPlace|bitTitle) && !c.is(j+1, wNha) {
					end, tail = j, 0
					j++
					continue
				}
				if tail >= 1 && tail <= 2 && !afterPlace && named && c.lowerWordAt(j+1) && !c.has(j+1, bitLocTrigger|bitHonorific|bitTitle|bitOrgHead) &&
					c.isCapWord(j+2) && c.joined(j+2) && !c.stopsName(j+2) {
					// "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam": two words
					// in lower case joined, and the name goes on after them.
					tail++
					j += 2
					continue
				}
				return done(j)
			case c.is(j, wVe) && c.isCapWord(j+1) && named && !afterPlace && tail <= 3:
				j++ // "Hội đồng Hòa bình về Gaza", "Viện Nghiên cứu cao cấp về Toán"
				continue
			case c.ofParliament(head, j):
				return j + 3 // "Ủy ban Các vấn đề xã hội của Quốc hội"
			case tail == 0 && end == j && lowerEqual(c.word(j), "số") && c.joined(j+1) && c.in(j+1) &&
				c.w.toks[j+1].Kind == Number && len(c.word(j+1)) <= 3:
				// "Đội CSGT số 2", "Trường Tiểu học số 1": a unit's number.
				end, j, named, afterPlace = j+2, j+2, true, true
				continue
			case c.endsName(j) || c.personAnnounced(j):
				return done(j)
			case c.has(j, bitLocTrigger) && c.demonstrativeAfter(j):
				return done(j) // "Sở TN&MT" + "tỉnh này": the province named before
			case c.bareTrigger(j) == j+1 && tail <= 4 && !c.plural(j):
				// "Đảng ủy Khối các cơ quan tỉnh", "HĐND tỉnh" + "dự", "Đài
				// Phát thanh và Truyền hình tỉnh" + its director's name: the
				// province names it and closes it.
				return j + 1
			case c.is(j, wCac) && j == head+1, c.has(j, bitLocTrigger) && c.isCapWord(j+1):
				// "Liên hiệp các tổ chức", "Ủy ban nhân dân tỉnh Hải Dương"
			}
			tail++
			if tail > 7 {
				return done(j)
			}
			j++
		default:
			return done(j)
		}
	}
	return done(j)
}

// endsInProperName reports whether the name before token j, whose body
// starts at token start, ends in a proper name that lower-case words do not
// continue: two capitalized syllables in a row ("Nam Long", "Bạch Mai"), a
// capitalized word that is no Vietnamese syllable ("Harvard", "Viettel"),
// or "Trung ương". The last capitalized syllable and the lower-case one
// after it may be one word an official name writes so ("Quốc tế" in "Sữa
// Quốc tế", wordPairs): then the name goes on. Official names capitalize one syllable per word ("Sở Giao
// thông vận tải"), so there the lower-case words that follow are the rest of
// a word; after a proper name they are the sentence going on.
func (c *rctx) endsInProperName(start, j int) bool {
	last := j - 1
	if last < start || !c.joined(j) || c.is(j, wUong) && c.is(last, wTrung) {
		return false
	}
	if c.is(last, wUong) && c.is(last-1, wTrung) {
		return true
	}
	t := c.w.toks[last]
	if t.Kind != Word || !t.Is(Cap) || t.Is(AllCaps) {
		return false
	}
	if !t.Is(Syllable) {
		return true
	}
	p := last - 1
	return p >= start && c.isCapWord(p) && !c.w.toks[p].Is(AllCaps) && c.w.toks[p].Is(Syllable) && c.joined(last) &&
		!c.wordGoesOn(last)
}

// wordGoesOn reports whether the capitalized syllable at token i and the
// lower-case one after it are one word as official names write it
// ("Quốc tế", wordPairs).
func (c *rctx) wordGoesOn(i int) bool {
	return c.lowerWordAt(i+1) && c.r.w.wordPairs[pairKey(c.key(i), c.key(i+1))]
}

// demonstratives point back at a place named before: "tỉnh này", "huyện
// đó", "tỉnh bạn".
var demonstratives = [...]string{"này", "đó", "ấy", "kia", "nọ", "bạn"}

// demonstrativeAfter reports whether the place trigger at token j points
// back (demonstratives) rather than naming a place.
func (c *rctx) demonstrativeAfter(j int) bool {
	te, _ := c.w.longest(j, bitLocTrigger)
	if !c.lowerWordAt(te) {
		return false
	}
	for _, d := range demonstratives {
		if lowerEqual(c.word(te), d) {
			return true
		}
	}
	return false
}

// nameEndsAt reports whether the organization's name, whose head starts
// at token head and body at token start, is complete before token j: a known name ends there, or
// two capitalized syllables do ("Bệnh viện Chợ Rẫy"). A person's full name
// after it is then its holder's, not the name it is named after.
func (c *rctx) nameEndsAt(head, start, j int) bool {
	if oe, _ := c.w.longest(head, bitOrg); oe == j {
		return true
	}
	for k := j - 2; k < j; k++ {
		if k < start || !c.isCapWord(k) || c.w.toks[k].Is(AllCaps) || !c.w.toks[k].Is(Syllable) {
			return false
		}
	}
	return true
}

// lowerWordAt reports whether token i is a word in lower case on the line.
func (c *rctx) lowerWordAt(i int) bool {
	return c.in(i) && c.joined(i) && c.w.toks[i].Kind == Word && !c.w.toks[i].Is(Cap) && !c.w.toks[i].Is(AllCaps)
}

// personAnnounced reports whether a form of address of two words or more
// at token j announces the name after it ("đối tượng Ng.T.H.", "bệnh nhân
// Lê Văn B"): the sentence has gone on past the organization.
func (c *rctx) personAnnounced(j int) bool {
	he, _ := c.w.longest(j, bitHonorific)
	return he >= j+2 && c.isCapWord(he) && c.joined(he)
}

// namedAfterPerson reports whether the organization with this head is often
// named after a person: "Trường THPT Quang Trung", "Đại học Tôn Đức Thắng".
func (c *rctx) namedAfterPerson(head int) bool {
	return marked(c.r.w.namedHead, c.key(head))
}

// endsNameAt reports whether a name may end right before token i: at the end
// of the sentence or line, before punctuation, or before a word that ends names.
func (c *rctx) endsNameAt(i int) bool {
	if !c.in(i) || !c.joined(i) {
		return true
	}
	t := c.w.toks[i]
	if t.Kind == Punct {
		// A dash before another body's name ends this one: "Vụ Thông tin
		// báo chí - Bộ Ngoại giao".
		return t.Key != c.r.w.dash && t.Key != c.r.w.lquote || t.Key == c.r.w.dash && c.bodyAt(i+1)
	}
	if t.Kind == Word && !t.Is(Cap) && !t.Is(AllCaps) {
		return c.endsName(i) || c.is(i, wVa) || c.is(i, wVe)
	}
	return false
}

// endsNameWord reports whether the word i is one that ends names by itself
// (a name-end of one word), not the start of a two-word one.
func (c *rctx) endsNameWord(i int) bool {
	if !c.in(i) {
		return true
	}
	ends := &c.r.w
	k := c.w.toks[i].Key
	if k < 0 || int(k) >= len(ends.enders1) {
		return false
	}
	word := c.word(i)
	for _, e := range ends.enders1[k] {
		if lowerEqual(word, e) {
			return true
		}
	}
	// An unmarked word is ASCII, so its key is its lower-case form.
	return ends.plainEnder[k] && c.plainAt(i)
}

// endsName reports whether the lower-case word i cannot be inside a name.
func (c *rctx) endsName(i int) bool {
	if !c.in(i) {
		return true
	}
	ends := &c.r.w
	k := c.w.toks[i].Key
	if k < 0 || int(k) >= len(ends.enders1) {
		return false // no ender has these letters
	}
	if c.endsNameWord(i) {
		return true
	}
	word := c.word(i)
	if !c.in(i+1) || c.w.toks[i+1].Kind != Word {
		return false
	}
	if c.is(i, wTo) && (c.is(i-1, wCac) || c.is(i-1, wNhung)) {
		return false // "Liên hiệp các tổ chức": a noun here
	}
	if len(ends.enders2[k]) == 0 {
		return false
	}
	next := c.word(i + 1)
	for _, e := range ends.enders2[k] {
		if lowerEqual(word, e[0]) && lowerEqual(next, e[1]) {
			return true
		}
	}
	return false
}

// abroad extends an embassy's or an overseas association's name by "tại PLACE".
func (c *rctx) abroad(head, end int) int {
	if !c.is(end, wTai) || !c.joined(end) {
		return end
	}
	var buf [128]byte
	name := normalize.AppendWordKey(buf[:0], c.text[c.w.toks[head].Start:c.w.toks[end-1].End])
	if !c.r.w.isAbroad(name) {
		return end
	}
	if pe, _ := c.w.longest(end+1, bitPlace); pe > 0 && pe <= c.s.Last {
		return pe
	}
	j := end + 1
	for c.isCapWord(j) && c.joined(j) || (c.key(j) == c.r.w.dash && c.isCapWord(j+1)) {
		j++
	}
	if j > end+1 {
		return j
	}
	return end
}

// localAcronyms are the acronyms of the bodies every province and
// district has, which news writes alone for the one it is about: "Sau khi
// VKSND phê chuẩn", "TAND đã tuyên phạt", "HĐND khóa X".
var localAcronyms = [...]string{"UBND", "HĐND", "TAND", "VKSND"}

// bareLocalAcronym reports whether the head [i, end) is one of
// localAcronyms standing alone for one body. A level or a plural makes it
// the kind of body, not one: "TAND cấp tỉnh", "UBND các huyện", "mỗi UBND".
func (c *rctx) bareLocalAcronym(i, end int) bool {
	if end != i+1 || !c.w.toks[i].Is(AllCaps) {
		return false
	}
	w, ok := c.word(i), false
	for _, a := range localAcronyms {
		ok = ok || w == a
	}
	if !ok {
		return false
	}
	if c.in(end) && c.w.toks[end].Kind == Word && c.joined(end) {
		if n := c.word(end); lowerEqual(n, "cấp") || lowerEqual(n, "các") || lowerEqual(n, "những") || lowerEqual(n, "nhiều") {
			return false
		}
	}
	if c.in(i-1) && c.w.toks[i-1].Kind == Word {
		if p := c.word(i - 1); lowerEqual(p, "mỗi") || lowerEqual(p, "từng") || lowerEqual(p, "nhiều") {
			return false
		}
	}
	return true
}
