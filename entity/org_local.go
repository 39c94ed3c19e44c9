package entity

// The bodies of the place a text is about and the contexts that make or
// unmake a body: bare place triggers closing a name ("UBND tỉnh"), Party
// committees, lists of local bodies, heads written in lower case, bodies
// named by their members, kinds and plurals that name no one body.

import (
	"strings"
)

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
	"ban giam khao", "ban dieu hanh", "ban giam doc", "ban bien tap", "hoi dong thanh vien", "hoi dong truong"}

// notABody reports whether the head [i, headEnd) starts no organization
// here: it names an inner body (innerBodies), it is the word "báo chí"
// (the press), it names the delegation of the body after it ("Phái đoàn
// Hạ viện Mỹ"), it follows the head of a law or a document ("Luật Tổ chức
// Quốc hội"), or it is the family name of a person ("Đoàn Văn Cánh").
func (c *rctx) notABody(i, headEnd int) bool {
	if c.in(i-1) && c.has(i-1, bitEvent) && c.joined(i) {
		return true
	}
	if headEnd == i+1 && c.personStart(i) {
		return true
	}
	return c.pressWord(i) || c.delegationOf(i, headEnd) || c.innerBody(i)
}

// innerBody reports whether an inner body (innerBodies) is named at token i.
func (c *rctx) innerBody(i int) bool {
	if !c.in(i + 1) {
		return false
	}
	// Every key starts with the first folded letter of the text at token
	// i (or folds to nothing), so a body that starts with another is none.
	r0, _ := nextFolded(c.text[c.w.toks[i].Start:], 0)
	for n := 2; n <= 4; n++ {
		if !c.in(i + n - 1) {
			break
		}
		key := c.text[c.w.toks[i].Start:c.w.toks[i+n-1].End]
		for _, b := range innerBodies {
			if rune(b[0]) == r0 && foldEqual(key, b) {
				return true
			}
		}
	}
	return false
}

// delegations are the heads that name a delegation: followed by a body
// ("Phái đoàn Hạ viện Mỹ", "Đoàn Bộ Y tế"), they are that body's delegation
// and the body is the organization.
var delegations = [...]string{"phai doan", "doan"}

// delegationOf reports whether the head [i, headEnd) is a delegation of the
// body named right after it.
func (c *rctx) delegationOf(i, headEnd int) bool {
	if !c.joined(headEnd) || !c.has(headEnd, bitOrg|bitOrgHead) {
		return false
	}
	return c.spanIsOneOf(i, headEnd, delegations[:])
}

// spanIsOneOf reports whether the tokens [i, end) spell one of words
// (folded keys), case and diacritics ignored.
func (c *rctx) spanIsOneOf(i, end int, words []string) bool {
	key := c.text[c.w.toks[i].Start:c.w.toks[end-1].End]
	for _, w := range words {
		if foldEqual(key, w) {
			return true
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
	return c.spanIsOneOf(head, j, memberHeads[:])
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
	if !c.in(n-1) || !c.joined(n) || c.healthBody(n) || !marked(c.r.w.lowerHeadLast, c.key(n-1)) {
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

// healthHeads are the heads of local health bodies that news writes in
// lower case and names by their commune or district alone: "trạm y tế xã
// Hòa Tiến", "trung tâm y tế huyện Thuận Thành".
var healthHeads = [...]string{"trạm y tế", "trung tâm y tế"}

// healthBody marks, at the place name n, a local health body whose lower
// case head and unit word come before it (healthHeads), and reports whether
// it did. The body's name ends with the place's.
func (c *rctx) healthBody(n int) bool {
	ts := -1
	for _, k := range [...]int{n - 1, n - 2} {
		if c.in(k) && c.has(k, bitLocTrigger) && !c.w.toks[k].Is(Cap) {
			if e, _ := c.w.longest(k, bitLocTrigger); e == n {
				ts = k
				break
			}
		}
	}
	if ts < 0 {
		return false
	}
	for _, h := range healthHeads {
		st := ts - strings.Count(h, " ") - 1
		if st < c.s.First || c.w.toks[st].Is(Cap) || !lowerEqual(c.text[c.w.toks[st].Start:c.w.toks[ts-1].End], h) {
			continue
		}
		pe, _ := c.w.longest(n, bitPlace)
		if ae := c.adminEnd(n); ae > pe {
			pe = ae
		}
		if pe <= n || pe > c.s.Last {
			return false
		}
		c.add(ruleOrgHead, st, pe)
		return true
	}
	return false
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

// branchNumber reports whether "cơ sở" and a number of one or two digits
// start at token j: the branch of a hospital or a school.
func (c *rctx) branchNumber(j int) bool {
	return lowerEqual(c.word(j), "cơ") && c.joined(j+1) && lowerEqual(c.word(j+1), "sở") && c.joined(j+2) &&
		c.in(j+2) && c.w.toks[j+2].Kind == Number && len(c.word(j+2)) <= 2
}

// companyHeads are the heads, lower case, of a company's name written
// before a known brand ("Công ty Samsung Display Việt Nam").
var companyHeads = [...]string{"công ty", "tập đoàn", "tổng công ty"}

// companyHeadBefore returns the start of a capitalized company head
// (companyHeads) that ends right before token i, or i: the head belongs to
// the name of the brand's local company.
func (c *rctx) companyHeadBefore(i int) int {
	for k := i - 1; k >= c.s.First && k >= i-2; k-- {
		if !c.w.toks[k].Is(Cap) || !c.joined(k+1) {
			continue
		}
		for _, h := range companyHeads {
			if lowerEqual(c.text[c.w.toks[k].Start:c.w.toks[i-1].End], h) {
				return k
			}
		}
	}
	return i
}
