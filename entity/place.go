package entity

import (
	"slices"
	"strings"
)

// place: a country, province, city or region from the lexicon.
func (c *rctx) place(i int) {
	end, e := c.w.longest(i, bitPlace)
	if end < 0 {
		return
	}
	// Short compounds of prefixes ("Việt-Nga", "Nga-Việt") name no place.
	if c.key(end) == c.r.w.dash && c.joined(end) && c.is(end+1, wViet) && end+2 <= c.s.Last &&
		!c.has(end+1, bitPlace) {
		return
	}
	if i > c.s.First && c.key(i-1) == c.r.w.dash && c.is(i-2, wViet) && !c.has(i-2, bitPlace) {
		return
	}
	// An acronym hyphenated to a word names something else: "VN-Index".
	if end-i == 1 && c.w.toks[i].Is(AllCaps) && c.key(end) == c.r.w.dash && c.in(end+1) &&
		c.w.toks[end].Start == c.w.toks[i].End && c.w.toks[end+1].Start == c.w.toks[end].End {
		return
	}
	// A one-word country followed by a Vietnamese syllable names something
	// else: "sân Mỹ Đình", "huyện Nga Sơn" (but "Tổng thống Mỹ Joe Biden");
	// one that is no syllable itself cannot start such a name ("Campuchia
	// Hun Manet"), nor can a transcribed name ("Thủ tướng Lào Xổm-xạt").
	if end-i == 1 && c.r.entries[e].kind == KindCountry && c.w.toks[i].Is(Syllable) && c.isCapWord(end) && c.joined(end) && c.w.toks[end].Is(SpaceBefore) &&
		c.w.toks[end].Is(Syllable) && !c.personStart(end) && !c.has(end, bitPlace|bitOrgHead|bitOrg|bitTitle|bitStop) &&
		c.key(i-1) != c.r.w.dash && !transcribedAt(c.w.toks[:c.s.Last], c.r.w.dash, end) {
		return
	}
	if c.team(i, end, c.r.entries[e].kind) || c.afterFacility(i) {
		return
	}
	id := rulePlace
	if end-i == 1 {
		id = rulePlaceWord
		if marked(c.r.w.ambiguousPlace, c.key(i)) && (i == c.s.First || c.has(i-1, bitHonorific) ||
			c.is(i-1, wCac) || c.is(i-1, wNhung) || c.wordCompound(i)) {
			return
		}
	}
	c.addNamed(id, placeRule(c.r.entries[e].kind), i, end).m.Canonical = c.r.entries[e].canonical
}

// placeRule is the rule name of a place from a lexicon entry of kind k.
func placeRule(k Kind) string {
	switch k {
	case KindCountry:
		return RuleLocationCountry
	case KindProvince:
		return RuleLocationProvince
	case KindCity:
		return RuleLocationCity
	case KindRegion:
		return RuleLocationRegion
	case KindLocation:
		return RuleLocationLexicon
	}
	return "location:" + string(k) // no other kind is a place (bitPlace)
}

// placeAfterTrigger: "tỉnh Hải Dương", "phường Móng Cái 1", "TP St. Petersburg".
func (c *rctx) placeAfterTrigger(i int) {
	tend, te := c.w.longest(i, bitLocTrigger)
	if tend < 0 || !c.joined(tend) {
		return
	}
	// A trigger inside a longer one ("phố" in "thành phố", "khu phố") is
	// read with it.
	if c.has(i-1, bitLocTrigger) {
		if e, _ := c.w.longest(i-1, bitLocTrigger); e >= tend {
			return
		}
	}
	if c.numberedUnit(i, tend) || c.notABridge(i, tend) {
		return
	}
	// A capitalized trigger ("Bản", "Xã") inside a name is no trigger: only
	// one written in capitals in the lexicon ("TP") or starting a sentence is.
	if c.w.toks[i].Is(Cap) && !c.r.entries[te].caps[0] && c.r.entries[te].ntok == 1 && i != c.s.First && c.w.toks[i-1].Kind != Punct {
		return
	}
	if c.insidePlace(i) {
		return
	}
	j := tend
	if c.key(j) == c.r.w.dot && c.w.toks[j].Start == c.w.toks[j-1].End {
		j++ // "TP." written as two tokens
	}
	if c.personAfterUnit(i, j) >= 0 {
		return // "UBND tỉnh Lê Trí Thanh": the tỉnh's chairman, not a place
	}
	pe, _ := c.w.longest(j, bitPlace)
	if ae := c.adminEnd(j); ae > pe {
		// A unit's name that goes on is another's: "khu đô thị Trung
		// Hòa Nhân Chính" (the ward is "Trung Hòa").
		for pe = ae; pe < c.s.Last && pe < j+4 && c.isCapWord(pe) && c.joined(pe) && !c.stopsName(pe) &&
			!c.has(pe, bitPlace|bitLocTrigger); pe++ {
		}
	}
	if pe > 0 && pe <= c.s.Last {
		if c.in(pe) && c.joined(pe) && c.w.toks[pe].Kind == Number && len(c.word(pe)) <= 2 {
			pe++ // "phường Móng Cái 1"
		}
		c.add(rulePlaceTrigger, c.featureStart(i, tend, j), pe)
		c.placeList(i, pe)
		return
	}
	// Streets are mostly named after people: "đường Lê Văn Lương".
	street := streetTrigger(c.text[c.w.toks[i].Start:c.w.toks[tend-1].End])
	stops := func(k int) bool {
		if street {
			return c.has(k, bitTitle|bitHonorific|bitEvent)
		}
		return c.stopsName(k)
	}
	if !c.isCapWord(j) || stops(j) {
		return
	}
	k := j + 1
	for k < c.s.Last && k < j+4 && c.joined(k) {
		t := c.w.toks[k]
		if (t.Kind == Word && t.Is(Cap) && !stops(k)) || (t.Kind == Number && k > j) {
			k++
			continue
		}
		if t.Key == c.r.w.dash && c.isCapWord(k+1) {
			k += 2
			continue
		}
		break
	}
	c.add(rulePlaceTrigger, c.featureStart(i, tend, j), k)
}

// featureWords are the lower-case words of natural features whose name
// includes them ("sông Hồng", "vịnh Hạ Long", "hồ Hoàn Kiếm", "núi Bà
// Đen"), as the lexicon's entries do: the name alone is often another
// place's (the city Hạ Long, the district Hoàn Kiếm).
var featureWords = [...]string{"sông", "núi", "hồ", "vịnh", "đèo", "cao nguyên", "vườn quốc gia"}

// featureCompounds are the words a feature word ends as the second
// syllable of another word ("đồng hồ", "miền núi", "non sông"), folded.
var featureCompounds = [...]string{"dong", "mien", "vung", "doi", "rung", "non", "song", "nui", "ho"}

// featureStart returns where the place named after the trigger [i, tend)
// starts, its name beginning at token j: at the trigger for a lower-case
// natural feature's word, at j otherwise.
func (c *rctx) featureStart(i, tend, j int) int {
	if j != tend || c.w.toks[i].Is(Cap) {
		return j
	}
	trig, ok := c.text[c.w.toks[i].Start:c.w.toks[tend-1].End], false
	for _, f := range featureWords {
		ok = ok || trig == f
	}
	if !ok {
		return j
	}
	if c.in(i-1) && c.w.toks[i-1].Kind == Word && c.joined(i) {
		for _, w := range featureCompounds {
			if foldEqual(c.word(i-1), w) {
				return j
			}
		}
	}
	return i
}

// bridgeCompounds are the words "cầu" ends as the second syllable of
// another word ("yêu cầu", "toàn cầu", "điểm cầu"), folded.
var bridgeCompounds = [...]string{"yeu", "nhu", "toan", "diem", "khan", "thinh", "muu", "ban", "dau"}

// notABridge reports whether the trigger [i, tend) is "cầu" that announces
// no bridge: the second syllable of another word ("yêu cầu Bộ Công an"),
// a prayer, or before a body or a title rather than a bridge's name.
func (c *rctx) notABridge(i, tend int) bool {
	if tend != i+1 || !lowerEqual(c.word(i), "cầu") {
		return false
	}
	if c.in(i-1) && c.w.toks[i-1].Kind == Word && c.joined(i) {
		for _, w := range bridgeCompounds {
			if foldEqual(c.word(i-1), w) {
				return true
			}
		}
	}
	// "cầu Chúa", "cầu Phật", "cầu Trời": to pray.
	if w := c.word(tend); foldEqual(w, "chua") || foldEqual(w, "phat") || foldEqual(w, "troi") {
		return true
	}
	return c.has(tend, bitOrgHead|bitOrg|bitTitle|bitHonorific|bitStop|bitEvent)
}

// streetTrigger reports whether the trigger words trig announce a street.
func streetTrigger(trig string) bool {
	return lowerEqual(trig, "đường") || lowerEqual(trig, "phố") || lowerEqual(trig, "đại lộ")
}

// insidePlace reports whether token i is inside a place name that starts
// before it ("Lâm Đồng", "Nhật Bản").
func (c *rctx) insidePlace(i int) bool {
	for k := i - 1; k >= c.s.First && k >= i-3; k-- {
		if pe, _ := c.w.longest(k, bitPlace); pe > i {
			return true
		}
	}
	return false
}

// placeCovers reports whether a place name of two words or more starts at i
// and is at least as long as the organization head there ("Hội An").
func (c *rctx) placeCovers(i int) bool {
	pe, _ := c.w.longest(i, bitPlace)
	he, _ := c.w.longest(i, bitOrgHead)
	return pe > i+1 && pe > he
}

// personAfterUnit returns the end of a Vietnamese full name at token j
// that follows the unit word at trig when a body's name ends right before
// that word ("UBND tỉnh Lê Trí Thanh", "Công an huyện Nguyễn Văn Hùng"),
// or -1. There the unit word closes the body's short name and the name is
// its holder's, unless a place or unit of that name is known ("UBND xã
// Trần Phú") or the name has fewer than three syllables. Not after "xã" or
// "phường": communes and wards are so often named after people ("phường
// Nguyễn Du Trần Văn Hải") that the name cannot be told from the holder's.
func (c *rctx) personAfterUnit(trig, j int) int {
	if !c.orgEndsAt(trig) || !c.personStart(j) || lowerEqual(c.word(trig), "xã") || lowerEqual(c.word(trig), "phường") {
		return -1
	}
	k := j + 1
	for k < c.s.Last && k < j+4 && c.isCapWord(k) && c.joined(k) && c.w.toks[k].Is(Syllable) &&
		!c.w.toks[k].Is(AllCaps) && c.has(k, bitGiven|bitFamily) && !c.blocksName(k) {
		k++
	}
	if k-j < 3 {
		return -1
	}
	if pe, _ := c.w.longest(j, bitPlace); pe >= k {
		return -1
	}
	if ae := c.adminEnd(j); ae >= k || ae > j+1 && c.personStart(ae) {
		// The unit is named, and its holder after it: "huyện Thạch Hà
		// Trần Đình Khánh".
		return -1
	}
	return k
}

// placeRepeats: one sense per document for places. A name of two words or
// more that the text gave after a trigger ("huyện Vị Xuyên") is that place
// again without it ("trên địa bàn Vị Xuyên"); and a district or commune of
// two words or more is a place right after "tại" or "ở" ("chúc tết tại
// Tiên Phước"). Not when a capitalized word goes on the name.
func (g *gaps) placeRepeats() {
	w, text := g.w, g.text
	names := g.placeNames[:0]
	for mi, m := range g.out {
		if sp := g.spans[mi]; m.Type == Location && m.Rule == RuleLocationTrigger && sp[1]-sp[0] >= 2 && startsUpper(m.Text) {
			first := text[w.toks[sp[0]].Start:w.toks[sp[0]].End]
			names = append(names, placeName{m.Text, first, sp[1] - sp[0]})
		}
	}
	names = g.w.win.sharePlaces(names)
	slices.SortFunc(names, comparePlaceNames)
	g.placeNames = names
	capAt := func(i, k int) bool { return k < g.n && w.toks[k].Kind == Word && w.toks[k].Is(Cap) && g.sameSent(i, k) }
	for _, ci := range w.caps {
		i := int(ci)
		if !g.free(i) || !w.toks[i].Is(Syllable) || i > 0 && g.sameSent(i-1, i) && capAt(i-1, i-1) {
			continue
		}
		end := -1
		word := g.word(i)
		for _, p := range names {
			if e := i + p.ntok; p.first == word && e <= g.n && text[w.toks[i].Start:w.toks[e-1].End] == p.text {
				end = e
				break
			}
		}
		if end < 0 && i > 0 && g.sameSent(i-1, i) && (lowerEqual(g.word(i-1), "tại") || lowerEqual(g.word(i-1), "ở")) {
			if e, _ := w.longest(i, bitAdmin); e >= i+2 {
				end = e
			} else if e, words := g.capRun(i, 3); words >= 2 && e == i+words && g.allSyllables(i, e) && g.subjectNext(e) {
				// "tập luyện tại Thường Châu.": two or three capitalized
				// syllables that no other rule took, after "tại" or "ở",
				// and before punctuation or a function word (not "ở Bưu
				// Điện trung tâm", a noun written in title case).
				end = e
			}
		}
		if end < 0 || capAt(i, end) {
			continue
		}
		ok := true
		for k := i; k < end; k++ {
			ok = ok && g.free(k) && w.toks[k].Kind == Word && w.toks[k].Is(Cap)
		}
		if ok {
			g.take(rulePlaceRepeat, i, end)
		}
	}
}

// allSyllables reports whether tokens [a, b) are all Vietnamese syllables.
func (g *gaps) allSyllables(a, b int) bool {
	for k := a; k < b; k++ {
		if !g.w.toks[k].Is(Syllable) {
			return false
		}
	}
	return true
}

// placeList: the other units of a plural trigger, "các huyện Hương Khê, Vũ
// Quang và Hương Sơn", "hai xã Tân Lập và Tân Hòa", from end, the end of the
// first: each a place or unit name of two words or more, listed after a
// comma or "và".
func (c *rctx) placeList(trig, end int) {
	if !(c.is(trig-1, wCac) || c.is(trig-1, wNhung) || c.is(trig-1, wHai) || c.in(trig-1) && c.w.toks[trig-1].Kind == Number) {
		return
	}
	for c.in(end+1) && (c.word(end) == "," || c.is(end, wVa)) && c.isCapWord(end+1) {
		j := end + 1
		pe, _ := c.w.longest(j, bitPlace)
		pe = max(pe, c.adminEnd(j))
		if pe < j+2 || pe > c.s.Last || c.isCapWord(pe) {
			return
		}
		c.add(rulePlaceTrigger, j, pe)
		end = pe
	}
}

// wordCompound reports whether the one-word place at i starts a common
// word with the lower-case word after it: "Anh hùng", "Pháp luật", "Anh
// ấy".
func (c *rctx) wordCompound(i int) bool {
	if !c.in(i+1) || !c.joined(i+1) || c.w.toks[i+1].Kind != Word || c.w.toks[i+1].Is(Cap) {
		return false
	}
	w := c.word(i + 1)
	for _, x := range [...]string{"hùng", "luật", "lý", "chế", "nhân", "ấy", "em", "chị"} {
		if lowerEqual(w, x) {
			return true
		}
	}
	return false
}

// placeName is a place named after a trigger, for placeRepeats: its text,
// its first word and its number of tokens.
type placeName struct {
	text, first string
	ntok        int
}

// comparePlaceNames orders the names a token is tried against: the longest
// first, so that "Vị Xuyên Mới" wins over "Vị Xuyên" where both match.
func comparePlaceNames(a, b placeName) int {
	if a.ntok != b.ntok {
		return b.ntok - a.ntok
	}
	return strings.Compare(a.text, b.text)
}

// team: a country or province named as a sports team, "U23 Việt Nam" (an
// age group before it) or "Hà Nội FC" (a club word after it), is an
// organization. It reports whether it added one.
func (c *rctx) team(i, end int, k Kind) bool {
	if k != KindCountry && k != KindProvince {
		return false
	}
	if c.in(i-1) && c.joined(i) && ageGroup(c.word(i-1)) {
		c.add(ruleOrgHead, i-1, end)
		return true
	}
	if c.in(end) && c.joined(end) && c.w.toks[end].Is(SpaceBefore) && (c.word(end) == "FC" || c.word(end) == "F.C.") {
		c.add(ruleOrgHead, i, end+1)
		return true
	}
	return false
}

// ageGroup reports whether w names the age group of a team: "U23", "U19".
func ageGroup(w string) bool {
	return len(w) == 3 && w[0] == 'U' && '0' <= w[1] && w[1] <= '9' && '0' <= w[2] && w[2] <= '9'
}

// facilityWords are the words, lower case, that announce a facility named
// after a place ("chợ Bến Thành", "ga Hà Nội", "khu chế xuất Linh Trung"):
// the facility is not marked, and the place name in it is no place of its
// own. Not "sân bay" yet: tagger's TestTrustOtherConvention turns on the
// one airport of the development set (its TITLE trust flips), so airports
// named after a place ("sân bay Nội Bài") still give that place.
var facilityWords = [...][]string{
	{"cảng", "hàng", "không"}, {"chợ"}, {"siêu", "thị"}, {"bến", "xe"}, {"ga"},
	{"chung", "cư"}, {"khách", "sạn"}, {"cửa", "khẩu"}, {"khu", "công", "nghiệp"}, {"kcn"},
	{"khu", "chế", "xuất"}, {"kcx"}, {"cụm", "công", "nghiệp"},
}

// afterFacility reports whether the words right before token i name a
// facility (facilityWords). A one-word one ("chợ", "ga") counts in lower
// case or starting the sentence only: capitalized inside a sentence it
// begins a name ("huyện Chợ Mới").
func (c *rctx) afterFacility(i int) bool {
	for _, ws := range facilityWords {
		k := i - len(ws)
		if k < c.s.First || (len(ws) == 1 && k != c.s.First && c.w.toks[k].Is(Cap) && !c.w.toks[k].Is(AllCaps)) {
			continue
		}
		ok := true
		for n, w := range ws {
			if !lowerEqual(c.word(k+n), w) || !c.joined(k+n+1) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
