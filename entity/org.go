package entity

import (
	"sort"
	"strings"
)

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
		c.add(ruleOrgLexiconPlace, i, pe)
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
	if c.w.kinds[i]&bitEvent != 0 || !c.isCapWord(i) || c.titleCovers(i) || c.placeCovers(i) || c.insidePlace(i) {
		return
	}
	headEnd, _ := c.w.longest(i, bitOrgHead)
	if headEnd < 0 || c.plural(i) || c.notABody(i, headEnd) {
		return
	}
	end := c.orgBody(i, headEnd)
	if end <= headEnd && c.headEndsWithPlace(i, headEnd) {
		// "Đại sứ quán Việt Nam" is a head with its place: a name already.
		c.add(ruleOrgHead, i, c.abroad(i, headEnd))
		return
	}
	if end <= headEnd {
		// A bare head is a name when an acronym defines it ("Ủy ban nhân
		// dân (UBND)"), for the Party spoken of alone ("Đảng"), and for the
		// bodies of the province or district the text is about.
		switch {
		case headEnd-i >= 2 && c.key(headEnd) == c.r.w.lparen && c.in(headEnd+1) &&
			c.w.toks[headEnd+1].Is(AllCaps) && c.key(headEnd+2) == c.r.w.rparen:
			c.add(ruleOrgHeadAcronym, i, headEnd)
		case c.word(i) == "Đảng" && headEnd == i+1:
			if !c.plural(i) {
				c.add(ruleOrgParty, i, headEnd)
			}
		default:
			if e := c.localBody(i, headEnd); e > 0 {
				c.add(ruleOrgHead, i, e)
			}
		}
		return
	}
	if foldEqual(c.text[c.w.toks[i].Start:c.w.toks[end-1].End], "ban to chuc") {
		return // the organizing committee of an event
	}
	c.add(ruleOrgHead, i, end)
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
	end := j
	tail := 0      // lower-case syllables since end
	named := false // the body has a capital, a number, an acronym or a quoted name
	afterPlace := false
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
		if tail > 0 && !afterPlace && c.in(end) && c.joined(end) && c.w.toks[end].Kind == Word && !c.w.toks[end].Is(Cap) &&
			!c.endsName(end) && !c.has(end, bitLocTrigger) {
			return end + 1 // finish the word: "Ủy ban Đối ngoại", not "Ủy ban Đối"
		}
		return end
	}
	for c.in(j) && c.joined(j) {
		t := c.w.toks[j]
		k := t.Key
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
			if pe, _ := c.w.longest(j, bitPlace); pe > j+1 && pe <= c.s.Last && tail <= 3 {
				// A place of two words or more closes the name, even where it
				// could start a person's name ("UBND tỉnh Lâm Đồng Trần Hồng Thái").
				named, end, j = true, pe, pe
				if c.key(j) == c.r.w.dash && c.joined(j) && c.isCapWord(j+1) {
					continue
				}
				return c.afterPlace(head, end)
			}
			if c.personStart(j) && c.namedAfterPerson(head) && tail <= 3 {
				// "Trường THPT Quang Trung", "Học viện ... Hồ Chí Minh": the name closes it.
				k := j + 1
				for k < c.s.Last && k < j+4 && c.isCapWord(k) && c.joined(k) {
					k++
				}
				return k
			}
			if oe, _ := c.w.longest(j, bitOrg); oe > j+1 && oe <= c.s.Last && j > head && tail <= 2 && !afterPlace {
				return oe // "Hội đồng Toàn thể Đảng Nước Nga Thống nhất"
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
				continue
			}
			if pe, _ := c.w.longest(j, bitPlace); pe > 0 && pe <= c.s.Last &&
				!(pe == j+1 && c.joined(pe) && c.in(pe) && c.w.toks[pe].Kind == Word && !c.w.toks[pe].Is(Cap) && !c.endsName(pe)) {
				end, j, tail = pe, pe, 0
				if c.key(j) == c.r.w.dash && c.joined(j) && c.isCapWord(j+1) {
					continue // "Nga-Việt": a compound, not the end
				}
				return c.afterPlace(head, end)
			}
			end, j, tail, afterPlace = j+1, j+1, 0, false
			continue
		case t.Kind == Word:
			switch {
			case c.is(j, wVa):
				// "và" joins two words of one name only before a plain capitalized word:
				// "Bộ Nông nghiệp và Môi trường", not "Đảng và Nhà nước".
				if tail <= 3 && !afterPlace && named && c.isCapWord(j+1) && c.joined(j+1) && !c.stopsName(j+1) &&
					!c.has(j+1, bitOrgHead|bitOrg|bitPlace|bitTitle) && !c.is(j+1, wNha) {
					end, tail = j, 0
					j++
					continue
				}
				return done(j)
			case c.is(j, wVe) && c.isCapWord(j+1) && named && !afterPlace && tail <= 3:
				j++ // "Hội đồng Hòa bình về Gaza", "Viện Nghiên cứu cao cấp về Toán"
				continue
			case c.ofParliament(head, j):
				return j + 3 // "Ủy ban Các vấn đề xã hội của Quốc hội"
			case c.endsName(j):
				return done(j)
			case c.is(j, wCac) && j == head+1, c.has(j, bitLocTrigger) && c.isCapWord(j+1):
				// "Liên hiệp các tổ chức", "Ủy ban nhân dân tỉnh Hải Dương"
			case c.bareTrigger(j) == j+1 && tail <= 4 && !c.plural(j):
				// "Đảng ủy Khối các cơ quan tỉnh", "HĐND tỉnh" + "dự": the
				// province names it and closes it.
				return j + 1
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
	name := appendKey(buf[:0], c.text[c.w.toks[head].Start:c.w.toks[end-1].End])
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

// isAcronym: two to eight capital letters A-Z (and Đ; a letter with a tone
// or vowel mark makes it a word in capitals: "TIẾP"), not a Roman numeral.
func isAcronym(w string) bool {
	n := 0
	roman := true
	for _, r := range w {
		if !('A' <= r && r <= 'Z' || r == 'Đ') {
			return false
		}
		switch r {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			roman = false
		}
		n++
	}
	return n >= 2 && n <= 8 && !roman
}

// acronyms: acronyms defined in parentheses after an organization, used
// right after a title or credited at the start of a line, and then every
// other use of the same acronym.
func (g *gaps) acronyms() {
	w, n, text := g.w, g.n, g.text
	sentOf, capsLine := w.sentOf, w.capsLine
	orgAcr := map[string]bool{}
	for _, m := range g.out {
		if m.Type == Organization && isAcronym(m.Text) {
			orgAcr[m.Text] = true
		}
	}
	for _, ci := range w.caps {
		i := int(ci)
		t := w.toks[i]
		if !g.free(i) || !t.Is(AllCaps) {
			continue
		}
		word := text[t.Start:t.End]
		if !isAcronym(word) || capsLine[sentOf[i]] {
			continue
		}
		open := i >= 1 && text[w.toks[i-1].Start:w.toks[i-1].End] == "("
		closed := i+1 < n && text[w.toks[i+1].Start:w.toks[i+1].End] == ")"
		paren := open && closed && g.typeBefore(i-1) == Organization
		// "(LĐTĐ) Với mục tiêu ...": a news outlet credited at the start of a line.
		credit := open && closed && w.toks[i-1].Is(LineBefore)
		afterTitle := g.typeBefore(i) == Title && g.sameSent(i-1, i)
		if open && !closed && g.typeBefore(i-1) == Organization {
			// "(PC Thường Tín)": an acronym and a place in parentheses after a name.
			b := i + 1
			for b < n && g.free(b) && g.sameSent(i, b) && w.toks[b].Kind == Word && w.toks[b].Is(Cap) && b < i+4 {
				b++
			}
			if b > i+1 && b < n && text[w.toks[b].Start:w.toks[b].End] == ")" {
				pm := g.take(ruleOrgAcronymPlace, i, b)
				g.orgPhrases[pm.Text] = true
				continue
			}
		}
		// "TBV - Chiều 20/4": an outlet credited at the start of the text
		// or of a line; "cổ phiếu VNM", "lực lượng CSGT", "Theo AFP": a
		// body by what is said of it.
		dashCredit := (i == 0 || t.Is(LineBefore)) && i+1 < n && w.toks[i+1].Key == g.r.w.dash
		if paren || afterTitle || credit || dashCredit || g.acronymCue(i) {
			orgAcr[word] = true
		}
	}
	g.w.win.share(setOrgAcronym, orgAcr)
	g.brands()
	for _, ci := range w.caps {
		i := int(ci)
		t := w.toks[i]
		if len(orgAcr) > 0 && g.free(i) && t.Is(AllCaps) && orgAcr[text[t.Start:t.End]] && !capsLine[sentOf[i]] {
			g.take(ruleOrgAcronym, i, i+1)
		}
	}
}

// repeats: an organization name the text has used ("PC Thường Tín", or the
// foreign-looking name inside "Tổ chức VietHope") names the same body
// wherever it occurs again.
func (g *gaps) repeats() {
	w, n, text := g.w, g.n, g.text
	for mi, m := range g.out {
		if m.Type != Organization {
			continue
		}
		a := int(g.first[mi])
		b := a
		for b < n && w.toks[b].End <= m.End {
			b++
		}
		if b-a == 2 && w.has(a, bitOrgHead) {
			last := text[w.toks[a+1].Start:w.toks[a+1].End]
			if w.toks[a+1].Kind == Word && !w.toks[a+1].Is(Syllable) && !allUpper(last) && len(last) >= 4 {
				g.orgPhrases[last] = true // "Tổ chức VietHope" -> "VietHope"
			}
		}
	}
	g.w.win.share(setOrgPhrase, g.orgPhrases)
	if len(g.orgPhrases) == 0 {
		return
	}
	phrases := make([]string, 0, len(g.orgPhrases))
	for p := range g.orgPhrases {
		phrases = append(phrases, p)
	}
	// Longest first, then alphabetical: the result must not depend on map order.
	sort.Slice(phrases, func(a, b int) bool {
		if len(phrases[a]) != len(phrases[b]) {
			return len(phrases[a]) > len(phrases[b])
		}
		return phrases[a] < phrases[b]
	})
	next := 0
	for _, ci := range w.caps {
		i := int(ci)
		if i < next || !g.free(i) {
			continue
		}
		for _, phrase := range phrases {
			if !strings.HasPrefix(text[w.toks[i].Start:], phrase) {
				continue
			}
			b := i
			for b < n && w.toks[b].End <= w.toks[i].Start+len(phrase) {
				b++
			}
			if w.toks[b-1].End != w.toks[i].Start+len(phrase) || (b < n && w.toks[b].Start == w.toks[b-1].End && w.toks[b].Kind == Word) {
				continue // must end at a token boundary
			}
			ok := true
			for k := i; k < b; k++ {
				ok = ok && g.free(k)
			}
			if ok {
				g.take(ruleOrgRepeat, i, b)
				next = b
				break
			}
		}
	}
}

// plural reports whether the body named at token i is spoken of in the
// plural or as a kind ("hai Đảng", "các Chính phủ", "những ngân hàng"):
// no one organization.
func (c *rctx) plural(i int) bool {
	return c.in(i-1) && c.joined(i) && (c.is(i-1, wHai) || c.is(i-1, wCac) || c.is(i-1, wNhung))
}

// localTriggers are the place triggers that may close a body's name with
// no place after them: "UBND tỉnh", "Công an huyện", "VKSND quận". "thành
// phố" is not one: "Ủy ban nhân dân thành phố" in running text is read as
// the city's committee in general (the seeds' goldens), and "bản", "vùng"
// or "làng" alone are ordinary words.
var localTriggers = [...]string{"tỉnh", "huyện", "quận", "xã", "phường", "tp"}

// bareTrigger returns the end of the place trigger at token j when it
// closes the name of the body before it without naming the place ("HĐND
// tỉnh" + "khóa X", "+ Phan Việt Cường", "+ ,"), or -1.
func (c *rctx) bareTrigger(j int) int {
	if !c.has(j, bitLocTrigger) || !c.joined(j) || c.w.toks[j].Kind != Word {
		return -1
	}
	w := c.word(j)
	if w != "TP" && c.w.toks[j].Is(Cap) {
		return -1 // "Tỉnh" starts a name of its own
	}
	ok := false
	for _, t := range localTriggers {
		ok = ok || lowerEqual(w, t)
	}
	if !ok || c.in(j-1) && lowerEqual(c.word(j-1), "cấp") {
		return -1 // "TAND cấp tỉnh": courts of a level, not one court
	}
	n := j + 1
	if !c.in(n) || !c.joined(n) {
		return n
	}
	t := c.w.toks[n]
	switch {
	case t.Kind == Number || w == "TP" && c.key(n) == c.r.w.dot && t.Start == c.w.toks[j].End:
		return -1 // "quận 1", "TP." + name
	case t.Kind == Punct:
		return n
	case t.Kind == Word && !t.Is(Cap) && !t.Is(AllCaps):
		return n
	}
	if c.has(n, bitTitle|bitHonorific) {
		return n // "UBND tỉnh" + "Chủ tịch ..."
	}
	pe, _ := c.w.longest(n, bitPlace|kindBit(KindDistrict)|kindBit(KindCommune))
	if c.personStart(n) && pe <= n+1 {
		// "HĐND tỉnh Phan Việt Cường": a person's name, longer than any
		// place of one word it starts with.
		return n
	}
	return -1
}

// partyCommittees are the Party committees of a province, city or district,
// which the text names bare: "Bí thư Tỉnh ủy", "Tỉnh ủy đã chỉ đạo".
var partyCommittees = [...]string{"tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy"}

// localBody returns the end of a bare head [i, headEnd) that names the body
// of the province or district the text is about, or -1: a head with its
// bare place trigger ("UBND tỉnh", "Công an tỉnh", "LĐLĐ huyện"), a Party
// committee ("Tỉnh ủy"), or an acronym in a list of such bodies ("Tỉnh ủy,
// HĐND, UBND", "Đảng ủy - HĐND - UBND"). A list that ends in a bare
// "thành phố" speaks of the city's bodies in general and names none
// ("của Thành ủy, Ủy ban nhân dân, Ủy ban MTTQ Việt Nam thành phố").
func (c *rctx) localBody(i, headEnd int) int {
	if c.plural(i) {
		return -1
	}
	if c.has(headEnd-1, bitLocTrigger) && !c.w.toks[headEnd-1].Is(Cap) {
		// The head holds its trigger ("Công an tỉnh"): bare when no name follows.
		if headEnd-i >= 2 && c.bareTrigger(headEnd-1) == headEnd {
			return headEnd
		}
		return -1
	}
	if e := c.bareTrigger(headEnd); e > 0 {
		return e
	}
	if c.listEndsInCity(headEnd) {
		return -1
	}
	if headEnd == i+2 && c.partyCommittee(i) {
		return headEnd
	}
	k := headEnd
	for k < headEnd+3 && c.in(k) && c.joined(k) && c.w.toks[k].Kind == Word && !c.w.toks[k].Is(Cap) &&
		!c.w.toks[k].Is(AllCaps) && !c.endsName(k) && !c.is(k, wVa) {
		k++ // "Viện kiểm sát" + "nhân dân"
	}
	if k-i >= 3 && (c.is(k, wVa) || c.listSep(k)) && c.joined(k+1) && c.bodyAt(k+1) && c.sharedPlace(i, k+1) {
		// "Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Quảng Nam": two
		// bodies of one place.
		return k
	}
	if headEnd == i+1 && c.w.toks[i].Is(AllCaps) && (c.listSep(headEnd) && c.has(headEnd+1, bitOrgHead) ||
		c.listSep(i-1) && c.in(i-2) && c.has(i-2, bitOrgHead)) {
		return headEnd
	}
	return -1
}

// listSep reports whether token j separates the members of a list of
// bodies: a comma or a dash.
func (c *rctx) listSep(j int) bool {
	if !c.in(j) || c.w.toks[j].Kind != Punct {
		return false
	}
	w := c.word(j)
	return w == "," || c.key(j) == c.r.w.dash
}

// listEndsInCity reports whether the list of bodies that goes on at token j
// ends in a bare "thành phố": "Thành ủy, Ủy ban nhân dân, Ủy ban MTTQ Việt
// Nam thành phố".
func (c *rctx) listEndsInCity(j int) bool {
	for k := j; c.in(k) && k < j+16; k++ {
		t := c.w.toks[k]
		switch {
		case c.is(k, wThanh) && c.in(k+1) && lowerEqual(c.word(k+1), "phố"):
			return !c.isCapWord(k + 2)
		case t.Kind == Punct && !c.listSep(k):
			return false
		case t.Kind == Word && !t.Is(Cap) && !t.Is(AllCaps) && c.endsName(k):
			return false
		}
	}
	return false
}

// bodyAt reports whether another body's name starts at token j: a head
// that is an acronym or has two words or more ("HĐND", "Ủy ban MTTQ"), or
// one word followed by a capital ("Sở Y tế"), but not a head word that is
// the start of a common word ("Báo chí" in "Vụ Thông tin - Báo chí").
func (c *rctx) bodyAt(j int) bool {
	he, _ := c.w.longest(j, bitOrgHead)
	if he <= j {
		return false
	}
	return he-j >= 2 || c.w.toks[j].Is(AllCaps) || !c.in(he) || c.w.toks[he].Kind != Word || c.w.toks[he].Is(Cap)
}

// innerBodies are bodies inside an organization or an event that news
// names by their role, not as organizations of their own ("Hội đồng quản
// trị" of a bank, "Hội đồng Giám khảo" of a contest), as folded keys of
// their first words.
var innerBodies = [...]string{"hoi dong quan tri", "hoi dong giam khao", "hoi dong chung khao",
	"hoi dong so khao", "hoi dong thi dua", "hoi dong nghiem thu", "hoi dong tham dinh",
	"ban giam khao", "ban dieu hanh", "ban giam doc", "ban bien tap"}

// notABody reports whether the head [i, headEnd) starts no organization
// here: it names an inner body (innerBodies), it is the word "báo chí"
// (the press), it follows the head of a law or a document ("Luật Tổ chức
// Quốc hội"), or it is the family name of a person ("Đoàn Văn Cánh").
func (c *rctx) notABody(i, headEnd int) bool {
	if c.in(i-1) && c.has(i-1, bitEvent) && c.joined(i) {
		return true
	}
	if headEnd == i+1 && c.personStart(i) {
		return true
	}
	if c.pressWord(i) {
		return true
	}
	for n := 2; n <= 4; n++ {
		if !c.in(i + n - 1) {
			break
		}
		key := c.text[c.w.toks[i].Start:c.w.toks[i+n-1].End]
		for _, b := range innerBodies {
			if foldEqual(key, b) {
				return true
			}
		}
	}
	return false
}

// partyCommittee reports whether a Party committee ("Tỉnh ủy", "Đảng ủy")
// is written at token i.
func (c *rctx) partyCommittee(i int) bool {
	if !c.isCapWord(i) || !c.in(i+1) || !c.joined(i+1) || c.w.toks[i+1].Kind != Word || c.w.toks[i+1].Is(Cap) {
		return false
	}
	key := c.text[c.w.toks[i].Start:c.w.toks[i+1].End]
	for _, p := range partyCommittees {
		if foldEqual(key, p) {
			return true
		}
	}
	return false
}

// afterPlace returns the end of an organization's name whose body ends
// with a place at end: "tại PLACE" after a body abroad, and the province or
// district of a national body's local branch ("Ủy ban MTTQ Việt Nam" +
// "tỉnh", + "tỉnh Quảng Nam").
func (c *rctx) afterPlace(head, end int) int {
	if e := c.abroad(head, end); e > end {
		return e
	}
	if e := c.bareTrigger(end); e > 0 {
		return e
	}
	if c.has(end, bitLocTrigger) && c.joined(end) && !c.w.toks[end].Is(Cap) {
		te, _ := c.w.longest(end, bitLocTrigger)
		if pe, _ := c.w.longest(te, bitPlace); pe > te && pe <= c.s.Last {
			return pe
		}
	}
	return end
}

// memberWords are the heads of associations, whose name may start with the
// word for their members, a title or an honorific elsewhere: "Hội Nghệ sĩ
// Sân khấu Việt Nam", "Hội Nhà báo", "Hiệp hội Doanh nhân".
var memberHeads = [...]string{"hoi", "hiep hoi", "lien hiep hoi", "cau lac bo", "clb"}

// memberWord reports whether token j, a title or an honorific, is the
// first word after an association's head (memberHeads) and so names its
// members.
func (c *rctx) memberWord(head, j int) bool {
	he, _ := c.w.longest(head, bitOrgHead)
	if he != j || c.personStart(j) {
		return false
	}
	key := c.text[c.w.toks[head].Start:c.w.toks[j-1].End]
	for _, h := range memberHeads {
		if foldEqual(key, h) {
			return true
		}
	}
	return false
}

// lowerHeads are the heads news writes in lower case before a name
// ("ngân hàng TMCP Quân đội", "công ty TNHH An Phát", "bệnh viện K",
// "đội tuyển Việt Nam"). oneSyllable marks those that are also the last
// syllable of common words ("thông báo", "cơ sở", "tuyển" in "tuyển
// sinh"), which start a name only after punctuation, a capital or a
// function word; team marks the heads of national teams, named by a place.
var lowerHeads = [...]struct {
	text              string
	oneSyllable, team bool
}{
	{"ngân hàng", false, false}, {"công ty", false, false}, {"tập đoàn", false, false},
	{"tổng công ty", false, false}, {"bệnh viện", false, false}, {"học viện", false, false},
	{"đại học", false, false}, {"trường đại học", false, false}, {"trường THPT", false, false},
	{"trường THCS", false, false}, {"liên đoàn", false, false}, {"hiệp hội", false, false},
	{"tạp chí", false, false}, {"câu lạc bộ", false, false}, {"CLB", true, false},
	{"hãng", true, false}, {"ban", true, false}, {"khoa", true, false}, {"sở", true, false},
	{"cục", true, false}, {"báo", true, false},
	{"đội tuyển", false, true}, {"đội bóng", false, true}, {"tuyển", true, true},
}

// lowerHeadForm holds each of lowerHeads in lower case and its number of
// words, for the rule to compare without allocating.
var lowerHeadForm = func() (f [len(lowerHeads)]struct {
	lower string
	words int
}) {
	for k, lh := range lowerHeads {
		f[k].lower, f[k].words = strings.ToLower(lh.text), strings.Count(lh.text, " ")+1
	}
	return f
}()

// orgAfterLowerHead: at a capitalized word, an organization whose head
// is written before it in lower case, as news often writes it. The head
// must be one of lowerHeads and what follows it a name: capitalized words
// or an acronym that are not only a place nor a person, or, for a national
// team, a place ("đội tuyển Việt Nam", "tuyển U23 Việt Nam").
func (c *rctx) orgAfterLowerHead(n int) {
	if !c.in(n-1) || !c.joined(n) || !marked(c.r.w.lowerHeadLast, c.key(n-1)) {
		return
	}
	i, h := -1, -1
	for k, lh := range lowerHeads {
		words := lowerHeadForm[k].words
		st := n - words
		if st < c.s.First || (words > 1 && !c.joined(st+1)) {
			continue
		}
		t := c.w.toks[st]
		if t.Kind == Word && (!t.Is(Cap) || lh.text == "CLB") && lowerEqual(c.text[t.Start:c.w.toks[n-1].End], lowerHeadForm[k].lower) {
			i, h = st, k
			break
		}
	}
	if i < 0 || c.plural(i) {
		return
	}
	if te, _ := c.w.longest(i, bitTitle); te >= n {
		return // the head is a title's word: "trưởng ban Tổ chức"
	}
	if lowerHeads[h].oneSyllable && c.in(i-1) && c.joined(i) && c.w.toks[i-1].Kind == Word &&
		!c.endsNameWord(i-1) && !c.titleEndsAt(i) {
		return // "thông báo", "cơ sở", "tuyển" in "tuyển sinh"
	}
	if lowerHeads[h].team {
		m := n
		if w := c.word(m); len(w) >= 2 && w[0] == 'U' && hasDigit(w) && c.joined(m+1) {
			m++ // "U23"
		}
		if pe, _ := c.w.longest(m, bitPlace); pe > m && pe <= c.s.Last {
			c.add(ruleOrgHead, i, pe)
		}
		return
	}
	if oe, _ := c.w.longest(n, bitOrg|bitOrgHead); oe > n {
		return // "ngân hàng BIDV", "trường Đại học Y Hà Nội": the name is an organization's own
	}
	end := c.orgBody(i, n)
	if end <= n || c.personStart(n) && !c.namedAfterPerson(i) {
		return
	}
	if pe, _ := c.w.longest(n, bitPlace); pe == end {
		return // "công ty Việt Nam": a kind of company, not one
	}
	c.add(ruleOrgHead, i, end)
}

// titleEndsAt reports whether a title from the lexicon ends right before
// token i ("HLV trưởng" + "tuyển Việt Nam").
func (c *rctx) titleEndsAt(i int) bool {
	for k := i - 1; k >= c.s.First && k >= i-4; k-- {
		if te, _ := c.w.longest(k, bitTitle); te == i {
			return true
		}
	}
	return false
}

// pressWord reports whether the words at i are "báo chí" (the press), a
// common noun, not the head "Báo" of a newspaper's name.
func (c *rctx) pressWord(i int) bool {
	return c.in(i+1) && c.w.toks[i+1].Kind == Word && foldEqual(c.text[c.w.toks[i].Start:c.w.toks[i+1].End], "bao chi")
}

// counts reports whether the number at token j may count what follows it
// ("2 lần", "9 huyện") rather than number a unit: a lower-case word
// follows it.
func (c *rctx) counts(j int) bool {
	n := j + 1
	return c.in(n) && c.joined(n) && c.w.toks[n].Kind == Word && !c.w.toks[n].Is(Cap) && !c.w.toks[n].Is(AllCaps)
}

// inNameList reports whether the comma or ampersand at token j joins parts
// of one name. An ampersand does between words or acronyms ("TN&MT",
// "Khoa học & Kỹ thuật"); a comma does when the capitalized words after
// it lead, before any other punctuation, to "và" and a last capitalized
// part ("Văn hóa, Thể thao và Du lịch"), none of them another body, a
// place or a person.
func (c *rctx) inNameList(j int) bool {
	next := func(k int) bool {
		return c.in(k) && c.joined(k) && c.w.toks[k].Kind == Word && (c.w.toks[k].Is(Cap) || c.w.toks[k].Is(AllCaps)) &&
			!c.stopsName(k) && !c.has(k, bitOrgHead|bitOrg|bitPlace)
	}
	if !next(j + 1) {
		return false
	}
	if c.key(j) == c.r.w.amp {
		return true
	}
	for k := j + 2; c.in(k) && k < j+8; k++ {
		t := c.w.toks[k]
		switch {
		case t.Kind == Punct:
			return false
		case c.is(k, wVa):
			return next(k + 1)
		case t.Kind == Word && !t.Is(Cap) && c.endsName(k):
			return false
		}
	}
	return false
}

// acronymCues are the words after which an acronym names a body: a
// share's ticker, a force, a source.
var acronymCues = [...]string{"cổ phiếu", "mã", "lực lượng", "theo", "tờ", "nhà mạng", "hãng tin"}

// acronymCue reports whether one of acronymCues stands right before token i.
func (g *gaps) acronymCue(i int) bool {
	w, text := g.w, g.text
	for _, cue := range acronymCues {
		words := strings.Count(cue, " ") + 1
		a := i - words
		if a < 0 || !g.sameSent(a, i) || w.toks[a].Kind != Word {
			continue
		}
		if lowerEqual(text[w.toks[a].Start:w.toks[i-1].End], cue) {
			return true
		}
	}
	return false
}

// brandShaped reports whether w is written as a brand, not as a
// Vietnamese or Western personal name: letters A-Z only, a capital inside
// after a lower-case letter ("ChosunBiz", "JoongAng", "SeABank"), or the
// word "bank" at its end ("Kienlongbank"). Names such as "McCain" or
// "DiCaprio" have their capital after a prefix of two or three letters and
// are not brands.
func brandShaped(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	inner := false
	for k := 1; k < len(w); k++ {
		c := w[k]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			if w[k-1] >= 'a' && k > 3 || w[k-1] >= 'a' && k == 3 && w[:3] != "Mac" {
				inner = true
			}
		default:
			return false
		}
	}
	if strings.HasSuffix(strings.ToLower(w[1:]), "bank") && len(w) > 5 {
		return true
	}
	return inner
}

// brands: a word shaped like a brand (brandShaped) names a company, a
// newspaper or a bank wherever it is free; its other uses follow.
func (g *gaps) brands() {
	w, text := g.w, g.text
	for _, ci := range w.caps {
		i := int(ci)
		t := w.toks[i]
		if !g.free(i) || t.Kind != Word || t.Is(Syllable) || !brandShaped(text[t.Start:t.End]) {
			continue
		}
		if i > 0 && w.toks[i-1].End == t.Start && w.toks[i-1].Kind == Word {
			continue // part of a longer token run
		}
		b := i + 1
		if b < g.n && w.toks[b].Kind == Word && g.free(b) && g.sameSent(i, b) && g.r.w.orgEndEn[text[w.toks[b].Start:w.toks[b].End]] {
			b++ // "ChosunBiz Group"
		}
		g.orgPhrases[text[t.Start:w.toks[b-1].End]] = true
		g.take(ruleOrgAcronym, i, b)
	}
}

// ofParliament reports whether "của Quốc hội" at token j belongs to the
// name of a committee of the National Assembly, the head at head being
// "Ủy ban".
func (c *rctx) ofParliament(head, j int) bool {
	return c.in(j+2) && c.joined(j+1) && lowerEqual(c.word(j), "của") && c.in(head+1) &&
		foldEqual(c.text[c.w.toks[head].Start:c.w.toks[head+1].End], "uy ban") &&
		foldEqual(c.text[c.w.toks[j+1].Start:c.w.toks[j+2].End], "quoc hoi") && c.isCapWord(j+1)
}

// sharedPlace reports whether the list of bodies that starts at token i
// goes on at token j to a place trigger, which then places them all
// ("Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Quảng Nam"), and speaks
// of no level of courts or bodies ("TAND cấp cao, Tòa án quân sự, TAND cấp
// tỉnh": kinds of courts).
func (c *rctx) sharedPlace(i, j int) bool {
	for k := i; c.in(k) && k < j+10; k++ {
		t := c.w.toks[k]
		switch {
		case t.Kind == Word && lowerEqual(c.word(k), "cấp"):
			return false
		case k >= j && t.Kind == Word && !t.Is(Cap) && c.has(k, bitLocTrigger):
			return true
		case t.Kind == Punct && !c.listSep(k):
			return false
		}
	}
	return false
}
