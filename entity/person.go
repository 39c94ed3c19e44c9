package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// familyName: a Vietnamese name at a capitalized family name.
func (c *rctx) familyName(i int) {
	if c.isCapWord(i) {
		c.vietnameseName(i, rulePersonName, rulePersonNameForeign)
	}
}

// vietnameseName: family name + 1 to 3 capitalized syllables ("Phan Anh
// Sơn"), added as rule id, or as rule foreign when the given name is
// hyphenated.
func (c *rctx) vietnameseName(i int, id, foreign ruleID) *cand {
	fend, _ := c.w.longest(i, bitFamily)
	if fend < 0 {
		fend = i + 1
	}
	// Streets and places named after people: "đường Lê Duẩn", "xã Trần Đề".
	// After a body's short name ("Chủ tịch UBND tỉnh Lê Trí Thanh") a full
	// name that no unit bears is its head (see personAfterUnit).
	afterTrigger := i > c.s.First && c.has(i-1, bitLocTrigger)
	if i > c.s.First && (c.is(i-1, wDuong) || c.is(i-1, wPhoStreet) || c.namedPlaceWord(i-1)) {
		return nil
	}
	if afterTrigger && c.personAfterUnit(i-1, i) < 0 {
		return nil
	}
	// "Đường Lê Duẩn ngập sâu": at a sentence's start the street word is
	// capitalized, and the family name after it makes it the street's, not
	// a person's family name "Đường".
	if c.is(i, wDuong) && (i == c.s.First || c.w.toks[i-1].Kind == Punct) && c.personStart(i+1) {
		return nil
	}
	// "Hà Nội", "Cao Bằng", "trẻ em Bắc Ninh", "huyện Bảo Lâm": a place name,
	// not a person.
	if pe, _ := c.w.longest(i, bitPlace); pe > i+1 || c.insidePlace(i) || c.insideUnitName(i) {
		return nil
	}
	// "Đoàn Thanh niên": an organization's head, not a person.
	if he, _ := c.w.longest(i, bitOrgHead|bitOrg); he > i+1 {
		return nil
	}
	// Names of prizes, monuments and streets: "Giải thưởng Võ Trường Toản",
	// "tượng đài Lý Thái Tổ".
	if c.is(i-1, wDai) && c.is(i-2, wTuong) || c.eventEndsAt(i) {
		return nil
	}
	j := fend
	for j < c.s.Last && j < fend+3 && c.isCapWord(j) && c.joined(j) && c.w.toks[j].Is(SpaceBefore) &&
		!c.blocksName(j) && c.w.toks[j].Is(Syllable) && !c.w.toks[j].Is(AllCaps) {
		j++
	}
	if j > fend && j < fend+3 && c.stopGiven(j) {
		j++
	}
	initial := false
	if j > fend && j < fend+3 && c.joined(j) && c.w.toks[j].Is(SpaceBefore) && c.initialAt(j) {
		j++ // "Nguyễn Văn A.", "Lê Thị B.": a given name kept private
		initial = true
	}
	if j == fend {
		return nil
	}
	if !initial && !c.has(j-1, bitGiven) && j-i < 3 {
		return nil
	}
	// "Kim Sang-sik", "Park Hang-seo": a hyphenated given name is foreign.
	// (But "Dung-UVBTV" is a name and the acronym of a title.)
	if c.key(j) == c.r.w.dash && c.w.toks[j].Start == c.w.toks[j-1].End && c.in(j+1) &&
		c.w.toks[j+1].Start == c.w.toks[j].End && c.w.toks[j+1].Kind == Word && !c.w.toks[j+1].Is(AllCaps) {
		return c.add(foreign, i, j+2)
	}
	if !c.w.toks[i].Is(Syllable) {
		return nil
	}
	cd := c.add(id, i, c.initialDot(j))
	cd.m.Person = nameParts(c, i, fend, j)
	return cd
}

// blocksName reports whether token j cannot be a middle or given name: it
// starts a title, an organization head, a place trigger or an event, or it is
// a function word. Words that are also common given names ("Anh", "Chính")
// block only when a longer lexicon entry starts there.
func (c *rctx) blocksName(j int) bool {
	if c.has(j, bitGiven) {
		if end, e := c.w.longest(j, bitTitle|bitOrgHead|bitLocTrigger|bitEvent|bitOrg); end > j+1 {
			return !c.capsUnlike(j, end, e)
		}
		return false
	}
	return c.has(j, bitTitle|bitOrgHead|bitLocTrigger|bitHonorific|bitStop|bitEvent)
}

// capsUnlike reports whether the words [j, end), which match lexicon entry
// e, are capitalized where the entry writes a word in lower case: a
// person's syllables ("Nguyễn Quốc Hội"), not the body "Quốc hội".
func (c *rctx) capsUnlike(j, end, e int) bool {
	caps := c.r.entries[e].caps
	for k := j + 1; k < end && k-j < len(caps); k++ {
		if !caps[k-j] && c.w.toks[k].Is(Cap) {
			return true
		}
	}
	return false
}

// stopGiven reports whether the capitalized word at token j, which starts
// no name elsewhere (a stop word: "Được", "Mới", "Có"), is the given name
// that ends a name whose middle name is before it ("Nguyễn Văn Được").
func (c *rctx) stopGiven(j int) bool {
	if !c.isCapWord(j) || !c.joined(j) || !c.w.toks[j].Is(SpaceBefore) || !c.w.toks[j].Is(Syllable) ||
		c.w.toks[j].Is(AllCaps) || !c.has(j-1, bitGiven) || c.has(j, bitTitle|bitOrgHead|bitLocTrigger|bitEvent|bitHonorific) {
		return false
	}
	if se, _ := c.w.longest(j, bitStop); se != j+1 {
		return false
	}
	return !(c.isCapWord(j+1) && c.joined(j+1))
}

func nameParts(c *rctx, i, fend, end int) *NameParts {
	span := func(a, b int) string {
		if a >= b {
			return ""
		}
		return c.text[c.w.toks[a].Start:c.w.toks[b-1].End]
	}
	return &NameParts{Family: span(i, fend), Middle: span(fend, end-1), Given: span(end-1, end)}
}

// personLexicon: a person from the lexicon.
func (c *rctx) personLexicon(i int) {
	if end, e := c.w.longest(i, bitPerson); end > 0 {
		c.addEntry(rulePersonLexicon, i, end, e)
	}
}

// personInitialed: an initialed name in one token ("V.Kalganov"), and
// the signatures of a byline in capitals, on a line of their own
// ("T.HƯƠNG - L.NGUYỄN").
func (c *rctx) personInitialed(i int) {
	if c.w.toks[i].Kind != Word || c.has(i, bitEvent|bitOrg) {
		return
	}
	if w := c.word(i); isInitialed(w) || isSignature(w) && c.signatureLine(i) {
		c.add(rulePersonInitialed, i, i+1)
	}
}

// isSignature matches a byline's signature: an initial, a dot and a name
// in capitals ("T.HƯƠNG").
func isSignature(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot < 1 || dot > 2 || strings.Count(w, ".") != 1 {
		return false
	}
	last := w[dot+1:]
	return utf8.RuneCountInString(w[:dot]) == 1 && startsUpper(w) && utf8.RuneCountInString(last) >= 2 && allUpper(last)
}

// signatureLine reports whether the line of token i holds only signatures
// and the dashes, commas and slashes between them.
func (c *rctx) signatureLine(i int) bool {
	toks := c.w.toks
	a := i
	for a > 0 && !toks[a].Is(LineBefore) {
		a--
	}
	for k := a; k < len(toks) && (k == a || !toks[k].Is(LineBefore)); k++ {
		w := c.text[toks[k].Start:toks[k].End]
		if toks[k].Kind == Word && !isSignature(w) || toks[k].Kind != Word && !strings.ContainsAny(w, "-–,/") {
			return false
		}
	}
	return true
}

// afterHonorific: "ông Nguyễn Quốc Hùng", "bà Takaichi Sanae", "Bà Svetlana".
func (c *rctx) afterHonorific(i int) {
	hend, _ := c.w.longest(i, bitHonorific)
	if hend < 0 || !c.isCapWord(hend) || !c.joined(hend) || hend == i+1 && c.compoundEnd(i) {
		return
	}
	// "Hội Nghệ sĩ Sân khấu", "Hội Nhà báo": a capitalized role noun after
	// a capitalized word is inside a name.
	if c.w.toks[i].Is(Cap) && i > c.s.First && c.isCapWord(i-1) && !c.w.toks[i-1].Is(AllCaps) && c.joined(i) {
		return
	}
	j := hend
	if c.has(j, bitFamily) {
		if cd := c.vietnameseName(j, rulePersonHonorificName, rulePersonHonorificForeign); cd != nil {
			k := j
			for k < c.s.Last && c.w.toks[k].End <= cd.m.End {
				k++
			}
			c.nameList(k)
			return
		}
	}
	// A word that starts sentences ("Ba người") is a given name after a
	// kin word ("cụ Ba"); so is a kin word ("Minh Anh").
	if c.has(j, bitTitle|bitOrgHead|bitLocTrigger|bitEvent) ||
		c.has(j, bitStop|bitHonorific) && !c.has(j, bitGiven) {
		return
	}
	// "trẻ em Bắc Ninh": a place of two words or more after a kin word is a
	// place; one word ("Anh Nam") is a given name.
	if pe, _ := c.w.longest(j, bitPlace); pe > j+1 {
		return
	}
	k := j
	for k < c.s.Last && k < j+4 && c.joined(k) && c.w.toks[k].Kind == Word {
		if k == j && initialsOnly(c.word(k)) {
			k++ // "cháu N.V.T.": the initials alone
			break
		}
		if c.isInitial(k) {
			k += 2 // "V. Kalganov"
			continue
		}
		if k > j && c.r.w.particles[c.word(k)] {
			p := k
			for p < c.s.Last && p < k+3 && c.r.w.particles[c.word(p)] && c.joined(p) {
				p++
			}
			if c.isCapWord(p) && c.joined(p) {
				k = p // "Ursula von der Leyen"
				continue
			}
		}
		if !(c.w.toks[k].Is(Cap) || isInitialed(c.word(k))) || c.w.toks[k].Is(AllCaps) ||
			(k > j && (c.has(k, bitTitle|bitOrgHead|bitEvent|bitHonorific) && !c.givenHere(k))) {
			break
		}
		k++
		// "Lee Jae-yong", "Jean-Pierre", "Ô-ba-ma": a hyphen written
		// against both words.
		for c.in(k+1) && c.key(k) == c.r.w.dash && c.w.toks[k].Start == c.w.toks[k-1].End &&
			c.w.toks[k+1].Start == c.w.toks[k].End && c.w.toks[k+1].Kind == Word && !c.w.toks[k+1].Is(AllCaps) &&
			!c.has(k+1, bitPlace) {
			k += 2
		}
	}
	if k > j && c.isInitial(k-2) && k-2 >= j && !c.isCapWord(k) {
		k -= 2 // an initial must be followed by a name
	}
	if k == j {
		return
	}
	// "sinh viên Nga", "nghệ sĩ Pháp", "sinh viên Nga-Việt": after a role
	// noun a one-word place is where the person is from, and one
	// Vietnamese syllable is seldom a name ("sinh viên Bách khoa"); after
	// a kin word ("bà Nga", "chồng Hoa") it is, and so is a place that
	// another syllable follows ("ca sĩ Mỹ Tâm").
	if pe, _ := c.w.longest(j, bitPlace); hend-i >= 2 && !c.addressForm(i, hend) &&
		(pe == j+1 && (k == j+1 || !c.w.toks[j+1].Is(Syllable) || c.has(j+1, bitPlace)) || k == j+1 && c.w.toks[j].Is(Syllable)) {
		return
	}
	// "bệnh nhân Covid-19", "Sars-CoV-2": a code, not a name.
	if c.key(k) == c.r.w.dash && c.in(k+1) && c.w.toks[k+1].Kind == Number && c.w.toks[k].Start == c.w.toks[k-1].End {
		return
	}
	cd := c.add(rulePersonHonorific, j, c.initialDot(k))
	if k-j >= 2 && c.has(j, bitFamily) && allVietnamese(c, j, k) {
		cd.m.Person = nameParts(c, j, j+1, k)
	} else if k-j == 1 && c.w.toks[j].Is(Syllable) {
		cd.m.Person = &NameParts{Given: c.word(j)}
	}
	c.nameList(k)
}

// nameList: the names listed after a name that a form of address
// announced, "Nghệ sĩ Thiện Tùng, Phương Lâm, Hoàng Cúc và ...", from end,
// the end of the first: each two or three capitalized syllables that are
// given or family names, after a comma, and ending at a comma, "và", a
// semicolon, a parenthesis or the end of the sentence. A run that is a
// place or a unit's name ("Hoàng Mai") is not taken.
func (c *rctx) nameList(end int) {
	for c.in(end+2) && c.word(end) == "," && c.joined(end+1) {
		j := end + 1
		k := j
		for k < c.s.Last && k < j+3 && c.isCapWord(k) && c.joined(k) && c.w.toks[k].Is(Syllable) &&
			!c.w.toks[k].Is(AllCaps) && c.has(k, bitGiven|bitFamily) && (k == j || !c.blocksName(k)) &&
			!c.has(k, bitTitle|bitOrgHead|bitLocTrigger|bitHonorific|bitStop|bitEvent|bitOrg) {
			k++
		}
		if k-j < 2 || c.in(k) && !(c.word(k) == "," || c.word(k) == ";" || c.word(k) == ")" || c.is(k, wVa)) {
			return
		}
		if pe, _ := c.w.longest(j, bitPlace); pe >= k || c.adminEnd(j) >= k || c.insidePlace(j) {
			return
		}
		cd := c.add(rulePersonHonorific, j, k)
		if c.has(j, bitFamily) && k-j >= 3 {
			cd.m.Person = nameParts(c, j, j+1, k)
		}
		end = k
	}
}

// isInitial reports whether tokens i, i+1 are an initial: one capital letter
// and a dot written against it, followed by a capitalized word ("V. Kalganov").
func (c *rctx) isInitial(i int) bool {
	if !c.in(i+2) || c.w.toks[i].Kind != Word || utf8.RuneCountInString(c.word(i)) != 1 || !c.w.toks[i].Is(Cap) {
		return false
	}
	return c.key(i+1) == c.r.w.dot && c.w.toks[i+1].Start == c.w.toks[i].End && c.isCapWord(i+2)
}

func allVietnamese(c *rctx, a, b int) bool {
	for i := a; i < b; i++ {
		if !c.w.toks[i].Is(Syllable) {
			return false
		}
	}
	return true
}

// isInitialed matches one-token initialed names: "V.Kalganov", "N.T.Hùng".
func isInitialed(w string) bool {
	// The first part is one letter, so a dot follows the first rune: a
	// cheap test that turns away nearly every word.
	if len(w) < 2 {
		return false
	}
	n := 1
	if w[0] >= utf8.RuneSelf {
		_, n = utf8.DecodeRuneInString(w)
	}
	return n < len(w) && w[n] == '.' && initialed(w)
}

// initialed is isInitialed without its quick test.
func initialed(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 1 || dot+1 >= len(w) {
		return false
	}
	for _, p := range strings.Split(w[:dot], ".") {
		if utf8.RuneCountInString(p) != 1 || !startsUpper(p) {
			return false
		}
	}
	last := w[dot+1:]
	return startsUpper(last) && utf8.RuneCountInString(last) >= 3 && !allUpper(last)
}

// creditOrByline finds the photographer of a credit "(Ảnh: Đinh Hòa)",
// "(Ảnh: Thống Nhất/TTXVN)", and a byline: a line that is only a two- or
// three-syllable Vietnamese name ("Ngọc Hoài").
func (c *rctx) creditOrByline(i int) {
	if i != c.s.First && !c.is(i, wAnh) {
		return
	}
	if c.is(i, wAnh) && c.in(i+1) && c.word(i+1) == ":" && c.isCapWord(i+2) {
		j := i + 2
		k := j
		// An outlet credited ("ChosunBiz") is written with a capital inside.
		for k < c.s.Last && k < j+4 && c.isCapWord(k) && !c.w.toks[k].Is(AllCaps) && c.joined(k) && !innerCap(c.word(k)) {
			k++
		}
		if k > j && (!c.in(k) || c.word(k) == ")" || c.word(k) == "/" || c.word(k) == "," || c.word(k) == "." && !c.in(k+1)) {
			cd := c.add(rulePersonCredit, j, k)
			if k-j >= 2 && allVietnamese(c, j, k) {
				cd.m.Person = nameParts(c, j, j+1, k)
			}
		}
		return
	}
	if i != c.s.First || c.s.Last-c.s.First < 2 || c.s.Last-c.s.First > 3 {
		return
	}
	// A one-word place inside the name is a given name ("Tú Anh", "Nhật
	// Nam"); a line that is one place ("Nam Định") is no byline.
	if pe, _ := c.w.longest(c.s.First, bitPlace); pe >= c.s.Last {
		return
	}
	for k := c.s.First; k < c.s.Last; k++ {
		if !c.isCapWord(k) || !c.w.toks[k].Is(Syllable) || !c.has(k, bitGiven|bitFamily) ||
			c.has(k, bitOrg|bitOrgHead|bitTitle|bitStop|bitEvent) || c.insidePlace(k) {
			return
		}
		if pe, _ := c.w.longest(k, bitPlace); pe > k+1 {
			return
		}
	}
	if !c.w.toks[c.s.First].Is(LineBefore) || (c.s.Last < len(c.w.toks) && !c.w.toks[c.s.Last].Is(LineBefore)) {
		return
	}
	cd := c.add(rulePersonByline, c.s.First, c.s.Last)
	cd.m.Person = nameParts(c, c.s.First, c.s.First+1, c.s.Last)
}

// eventEndsAt reports whether the name of an event or prize ends right before token i.
func (c *rctx) eventEndsAt(i int) bool {
	for k := i - 1; k >= c.s.First && k >= i-3; k-- {
		if ee, _ := c.w.longest(k, bitEvent); ee == i {
			return true
		}
	}
	return false
}

// eventBefore reports whether an event or prize name starts in the four
// tokens before i ("Giải thưởng Hòa bình Romesh Chandra").
func eventBefore(w *work, i int, sentOf []int32) bool {
	for k := i - 1; k >= 0 && k >= i-4 && sentOf[k] == sentOf[i]; k-- {
		if w.has(k, bitEvent) {
			return true
		}
	}
	return false
}

// initialAt reports whether token j is or ends with the initial of a name
// kept private: one or two letters, capitalized, with a dot written against
// them ("A.", "Th.", "N.Th.").
func (c *rctx) initialAt(j int) bool {
	return c.in(j+1) && initialAt(c.text, c.w.toks, c.r.w.dot, j)
}

func initialAt(text string, toks []Token, dot int32, j int) bool {
	if j < 0 || j+1 >= len(toks) || toks[j].Kind != Word {
		return false
	}
	w := text[toks[j].Start:toks[j].End]
	w = w[strings.LastIndexByte(w, '.')+1:] // "N.Th."
	if !startsUpper(w) || utf8.RuneCountInString(w) > 2 {
		return false
	}
	return toks[j+1].Key == dot && toks[j+1].Start == toks[j].End
}

// initialDot returns the end of a name that ends before token k, with the
// dot of a final initial when the dot does not end the sentence: "Nguyễn
// Văn A. bị bắt" (but "... gặp Nguyễn Văn A." ends at "A").
func (c *rctx) initialDot(k int) int {
	if k-1 < c.s.First {
		return k
	}
	return initialDot(c.text, c.w.toks, c.r.w.dot, k)
}

func initialDot(text string, toks []Token, dot int32, k int) int {
	if !initialAt(text, toks, dot, k-1) {
		return k
	}
	// The sentence splitter may end the sentence at that dot: the word
	// after it is read on the line, whatever the sentence.
	if k+1 >= len(toks) || toks[k+1].Is(LineBefore) {
		return k
	}
	if n := toks[k+1]; n.Kind == Word && !n.Is(Cap) || strings.ContainsAny(text[n.Start:n.End], ",;:)") {
		return k + 1
	}
	// "Nguyễn Văn A. (35 tuổi)": an age or a note, not a new sentence.
	if text[toks[k+1].Start:toks[k+1].End] == "(" && k+2 < len(toks) && !toks[k+2].Is(LineBefore) &&
		(toks[k+2].Kind == Number || toks[k+2].Kind == Word && !toks[k+2].Is(Cap)) {
		return k + 1
	}
	return k
}

// initialsOnly reports whether w is a name written as its initials alone,
// two to four of one or two letters each, dotted: "N.V.T", "Ng.T.H".
func initialsOnly(w string) bool {
	parts := 0
	for rest := w; ; {
		p := rest
		dot := strings.IndexByte(rest, '.')
		if dot >= 0 {
			p, rest = rest[:dot], rest[dot+1:]
		}
		if n := utf8.RuneCountInString(p); n < 1 || n > 2 || !startsUpper(p) {
			return false
		}
		parts++
		if dot < 0 {
			return parts >= 2 && parts <= 4
		}
	}
}

// givenHere reports whether token k, a word that may also start a title,
// a body's head or a form of address, is a given name there: it is one,
// and no entry longer than the word starts at it ("Tấn Trường", "Minh
// Anh"; but "Trường Đại học").
func (c *rctx) givenHere(k int) bool {
	if !c.has(k, bitGiven) {
		return false
	}
	end, _ := c.w.longest(k, bitTitle|bitOrgHead|bitEvent|bitHonorific|bitOrg)
	return end <= k+1
}

// namedPlaceWords are the lower-case words before the names of markets,
// bridges, temples, stations, other places and medals often named after
// people or places: "chợ Đồng Xuân", "cầu Long Biên", "đền Trần Hưng Đạo",
// "huân chương Hồ Chí Minh".
var namedPlaceWords = [...]string{"chợ", "cầu", "bến", "ga", "cảng", "chùa", "đền", "đình", "miếu", "ngõ", "hẻm", "kiệt", "sân", "quảng trường", "đại lộ", "huân chương", "huy chương"}

// namedPlaceWord reports whether token k is a lower-case word of
// namedPlaceWords (a two-word one ends at k).
func (c *rctx) namedPlaceWord(k int) bool {
	if !c.in(k) || c.w.toks[k].Kind != Word || c.w.toks[k].Is(Cap) || !marked(c.r.w.namedPlace, c.key(k)) {
		return false
	}
	w := c.word(k)
	for _, p := range namedPlaceWords {
		if sp := strings.IndexByte(p, ' '); sp >= 0 {
			if c.in(k-1) && lowerEqual(w, p[sp+1:]) && lowerEqual(c.word(k-1), p[:sp]) {
				return true
			}
		} else if lowerEqual(w, p) {
			return true
		}
	}
	return false
}

// compoundEnd reports whether the one-word form of address at token i
// ends a compound with the word before it ("tuyên bố", "công bố", "đàn
// ông"): there it addresses no one.
func (c *rctx) compoundEnd(i int) bool {
	if !c.in(i-1) || c.w.toks[i-1].Kind != Word || !c.joined(i) {
		return false
	}
	prev, w := c.word(i-1), c.word(i)
	for _, cp := range [...][2]string{{"tuyên", "bố"}, {"công", "bố"}, {"phân", "bố"}, {"ban", "bố"}, {"đàn", "ông"}, {"đàn", "bà"}, {"ghi", "chú"}} {
		if lowerEqual(w, cp[1]) && lowerEqual(prev, cp[0]) {
			return true
		}
	}
	return false
}

// innerCap reports whether w has a capital letter after its first
// ("ChosunBiz", "VnExpress").
func innerCap(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// addressForms are the forms of address of two words or more, which
// stand before a name as kin words do ("đồng chí Nguyễn", "phu nhân
// Lan"), unlike role nouns ("sinh viên", "nhà báo").
var addressForms = [...]string{"đồng chí", "các đồng chí", "phu nhân", "quý ông", "quý bà", "quý cô", "quý ngài", "cụ ông",
	"cụ bà", "cô giáo", "thầy giáo", "sư thầy", "sư cô", "ni sư", "ni cô", "đại đức", "thượng tọa", "hòa thượng",
	"linh mục", "mục sư", "cha xứ", "cháu bé", "con trai", "con gái"}

// addressForm reports whether the honorific over tokens [i, end) is one
// of addressForms.
func (c *rctx) addressForm(i, end int) bool {
	h := c.text[c.w.toks[i].Start:c.w.toks[end-1].End]
	for _, f := range addressForms {
		if lowerEqual(h, f) {
			return true
		}
	}
	return false
}
