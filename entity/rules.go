package entity

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/internal/ac"
)

// kindEvent marks names of events, meetings, documents and prizes ("Diễn đàn",
// "Hội nghị", "Nghị quyết"): an organization name never starts there.
const kindEvent Kind = "event"

// builtinEntries are the event heads; they are grammar, not data a user extends.
var builtinEntries = func() []LexiconEntry {
	var es []LexiconEntry
	for _, s := range []string{
		"Diễn đàn", "Hội nghị", "Hội thảo", "Tọa đàm", "Toạ đàm", "Đại hội", "Lễ", "Lễ hội",
		"Dự án", "Chương trình", "Nghị quyết", "Nghị định", "Hiệp định", "Chỉ thị", "Quyết định",
		"Thông tư", "Giải thưởng", "Kỷ niệm chương", "Huân chương", "Triển lãm", "Liên hoan",
		"Cuộc thi", "Chiến dịch", "Kế hoạch", "Luật", "Hiến chương", "Tuyên bố", "Thư ủy nhiệm",
		"Hội chợ", "Tuần lễ", "Ngày hội", "Kỳ họp", "Phiên họp", "Hội đàm", "Thỏa thuận",
		"Bản ghi nhớ", "Công ước", "Đề án", "Quy hoạch", "Chiến lược", "Học bổng", "Giải",
	} {
		es = append(es, LexiconEntry{Kind: kindEvent, Surface: s, Source: "builtin"})
	}
	// A fixed appellation that the honorific rule would cut ("Bác" + "Hồ").
	es = append(es, LexiconEntry{Kind: KindPerson, Surface: "Bác Hồ", Canonical: "Hồ Chí Minh", Source: "builtin"})
	return es
}()

// ruleWord is a word the rules look for with rctx.is. Its folded key is
// interned in every vocabulary (wordIDs.ruleKey), so that a token is ruled
// out by comparing numbers.
type ruleWord uint8

// The rule words, named after their folded letters.
const (
	wVa        ruleWord = iota // và
	wVe                        // về
	wCac                       // các
	wNhung                     // những
	wTo                        // tổ
	wAnh                       // Ảnh
	wTai                       // tại
	wNuoc                      // nước
	wViet                      // Việt
	wTrung                     // Trung
	wNha                       // Nhà
	wPho                       // phó
	wPhoStreet                 // phố
	wLa                        // là
	wLam                       // làm
	wHai                       // hai
	wCuu                       // cựu
	wChuc                      // chức
	wThanh                     // thành
	wTuong                     // tượng
	wQuyen                     // quyền
	wDai                       // đài
	wDuong                     // đường
	wUong                      // ương
	numRuleWords
)

// ruleWordText spells the rule words.
var ruleWordText = [numRuleWords]string{
	wVa:        "và",
	wVe:        "về",
	wCac:       "các",
	wNhung:     "những",
	wTo:        "tổ",
	wAnh:       "Ảnh",
	wTai:       "tại",
	wNuoc:      "nước",
	wViet:      "Việt",
	wTrung:     "Trung",
	wNha:       "Nhà",
	wPho:       "phó",
	wPhoStreet: "phố",
	wLa:        "là",
	wLam:       "làm",
	wHai:       "hai",
	wCuu:       "cựu",
	wChuc:      "chức",
	wThanh:     "thành",
	wTuong:     "tượng",
	wQuyen:     "quyền",
	wDai:       "đài",
	wDuong:     "đường",
	wUong:      "ương",
}

// wordIDs are the vocabulary ids of punctuation the rules look at, title
// post-modifiers, and the words that end organization names.
type wordIDs struct {
	dash, lquote, rquote, dquote, lparen, rparen, dot int32
	postMods                                          [][]int32
	// enders1 and enders2 hold the words and two-word phrases that end an
	// organization name (lower case, with diacritics), by the vocabulary id
	// of their first word, so that a token is checked against the few that
	// share its letters instead of hashing it into a map.
	enders1 [][]string
	enders2 [][][2]string
	// plainEnder marks, by vocabulary id, one-word enders written without
	// diacritics, for text typed without them ("va", "cua", "tai").
	plainEnder []bool
	// ruleKey is the vocabulary id of each rule word's folded key.
	ruleKey [numRuleWords]int32
}

func internWords(v *ac.Vocab) wordIDs {
	id := func(s string) int32 { return v.Intern(KeyString(s)) }
	w := wordIDs{
		dash: id("-"), lquote: id("“"), rquote: id("”"), dquote: id("\""), lparen: id("("),
		rparen: id(")"), dot: id("."),
	}
	for rw, text := range ruleWordText {
		w.ruleKey[rw] = id(text)
	}
	var enders, plain []string
	for _, s := range []string{"thường trực", "tập sự", "thứ nhất", "đặc mệnh toàn quyền",
		"không thường trú", "sáng lập", "danh dự", "điều hành", "thường trú"} {
		var ids []int32
		for _, f := range strings.Fields(s) {
			ids = append(ids, id(f))
		}
		w.postMods = append(w.postMods, ids)
	}
	// Words that end an organization name: verbs, prepositions, conjunctions,
	// determiners and time words (on folded keys).
	enders = append(enders, strings.Fields(`cho đã sẽ đang vừa mới là có được bị tại của với trong theo
		thuộc để đến từ nhằm khi nhưng những này đó nay cùng vào ra lên xuống trên dưới trao tặng
		gửi tiếp làm cũng đều thì mà nên nếu do vì bởi ngày tháng năm sáng chiều tối hôm sau trước
		qua lại rất nhiều ít mỗi mọi cả biết thăm ký đạt đón giúp tìm đưa xem xin
		gặp ở như phải luôn hay hoặc nay sớm đi vẫn hơn lần rằng khai`)...)
	plain = strings.Fields(`va cua tai voi trong cho da se dang la co duoc bi theo de den tu nhung`)
	for _, s := range strings.Split(`phối hợp|hỗ trợ|tổ chức|thông báo|tham dự|tham gia|tuyên bố|ban hành|ủng hộ|
		đề nghị|đề xuất|khẳng định|nhất trí|bày tỏ|chúc mừng|dẫn đầu|chủ trì|nhấn mạnh|trân trọng|hội đàm|
		cam kết|yêu cầu|kết luận|phát biểu|long trọng|vinh dự|đánh giá|triển khai|thực hiện|tiếp nhận|
		chống khai|đưa ra|tham mưu|chỉ đạo|quyết định|công bố|phê duyệt|lãnh đạo|đại diện|thành lập`, "|") {
		enders = append(enders, strings.TrimSpace(s))
	}
	// Intern every key first: the tables are indexed by id.
	type ender struct {
		id    int32
		words []string
	}
	var es []ender
	for _, s := range enders {
		f := strings.Fields(s)
		es = append(es, ender{id(f[0]), f})
	}
	var plainIDs []int32
	for _, s := range plain {
		plainIDs = append(plainIDs, id(s))
	}
	w.enders1 = make([][]string, v.Len())
	w.enders2 = make([][][2]string, v.Len())
	w.plainEnder = make([]bool, v.Len())
	for _, e := range es {
		if len(e.words) == 1 {
			w.enders1[e.id] = append(w.enders1[e.id], e.words[0])
		} else {
			w.enders2[e.id] = append(w.enders2[e.id], [2]string{e.words[0], e.words[1]})
		}
	}
	for _, x := range plainIDs {
		w.plainEnder[x] = true
	}
	return w
}

// ctx bundles what the rules of one sentence read.
type rctx struct {
	r    *Recognizer
	w    *work
	text string
	s    Sentence
}

func (c *rctx) word(i int) string { t := c.w.toks[i]; return c.text[t.Start:t.End] }
func (c *rctx) in(i int) bool     { return i >= c.s.First && i < c.s.Last }

// isCapWord: a capitalized word.
func (c *rctx) isCapWord(i int) bool {
	return c.in(i) && c.w.toks[i].Kind == Word && c.w.toks[i].Is(Cap)
}

// joined reports whether token i follows token i-1 with only spaces between
// (no line break).
func (c *rctx) joined(i int) bool { return c.in(i) && !c.w.toks[i].Is(LineBefore) }

// is reports whether token i is the rule word rw: case-insensitive with exact
// diacritics, or on folded letters where the text around is written without
// diacritics ("va" for "và" in "Benh vien Cho Ray va Benh vien Bach Mai").
func (c *rctx) is(i int, rw ruleWord) bool {
	// Either way of being the word keeps its letters, so a token whose
	// folded key is another is not it.
	if !c.in(i) || c.w.toks[i].Key != c.r.w.ruleKey[rw] {
		return false
	}
	word, w := c.word(i), ruleWordText[rw]
	if strings.EqualFold(word, w) {
		return true
	}
	return c.plainAt(i) && foldEqual(word, w)
}

// plainAt reports whether token i and its neighbours carry no diacritics.
func (c *rctx) plainAt(i int) bool {
	for k := i - 1; k <= i+1; k++ {
		if c.in(k) && c.w.toks[k].Is(Marked) {
			return false
		}
	}
	return true
}

// foldEqual compares a and b with case and every diacritic ignored, without allocating.
func foldEqual(a, b string) bool {
	i, j := 0, 0
	for {
		ka, ni := nextFolded(a, i)
		kb, nj := nextFolded(b, j)
		if ka != kb {
			return false
		}
		if ka < 0 {
			return true
		}
		i, j = ni, nj
	}
}

// nextFolded returns the folded, lower-case form of the first letter of s
// at or after i that is not a combining mark, and the index after it; -1 at
// the end of s.
func nextFolded(s string, i int) (rune, int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			return rune(c), i + 1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < rune(len(latinInfo)) {
			if latinInfo[r].mark {
				continue
			}
			r = latinInfo[r].key
		}
		return r, i
	}
	return -1, i
}

func (c *rctx) key(i int) int32 {
	if !c.in(i) {
		return -2
	}
	return c.w.toks[i].Key
}

func (c *rctx) add(typ Type, st, en int, rule string, tier, sub int8) *cand {
	if n := len(c.w.cands); n == cap(c.w.cands) {
		// Double: append grows a large slice by a quarter, which for a
		// document of megabytes copies the candidates (100 bytes each)
		// many times over.
		c.w.cands = slices.Grow(c.w.cands, n+16)
	}
	t0, t1 := c.w.toks[st], c.w.toks[en-1]
	c.w.cands = append(c.w.cands, cand{
		m:    Mention{Type: typ, Start: t0.Start, End: t1.End, Text: c.text[t0.Start:t1.End], Rule: rule},
		tier: tier, sub: sub, ntok: en - st,
	})
	return &c.w.cands[len(c.w.cands)-1]
}

// stage1 proposes lexicon and grammar candidates in one sentence.
func (r *Recognizer) stage1(text string, w *work, s Sentence) {
	c := &rctx{r: r, w: w, text: text, s: s}
	for i := s.First; i < s.Last; i++ {
		ks := w.kinds[i]
		if ks == 0 && !w.toks[i].Is(Cap) {
			continue
		}
		if ks&bitTitle != 0 {
			c.title(i)
		}
		if ks&bitOrg != 0 {
			c.knownOrg(i)
		}
		if ks&bitOrgHead != 0 && ks&bitEvent == 0 && c.isCapWord(i) && !c.titleCovers(i) && !c.placeCovers(i) && !c.insidePlace(i) {
			c.orgByHead(i)
		}
		if ks&bitPlace != 0 {
			c.place(i)
		}
		if ks&bitLocTrigger != 0 {
			c.placeAfterTrigger(i)
		}
		if ks&bitFamily != 0 && c.isCapWord(i) {
			c.vietnameseName(i, "person:name", 0)
		}
		if ks&bitHonorific != 0 {
			c.afterHonorific(i)
		}
		if ks&bitPerson != 0 {
			if end, _ := w.longest(i, bitPerson); end > 0 {
				c.add(Person, i, end, "person:lexicon", tierNormal, 90)
			}
		}
		if w.toks[i].Kind == Word && isInitialed(c.word(i)) {
			c.add(Person, i, i+1, "person:initialed", tierNormal, 40)
		}
		if i == s.First || c.is(i, wAnh) {
			c.creditOrByline(i)
		}
	}
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

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// title: a position head from the lexicon with its modifiers.
func (c *rctx) title(i int) {
	end, _ := c.w.longest(i, bitTitle)
	if end < 0 {
		return
	}
	st := i
	// Modifiers before: Phó, nguyên, cựu, quyền (possibly stacked).
	for st-1 >= c.s.First && c.joined(st) {
		if c.is(st-1, wPho) || c.is(st-1, wCuu) || c.is(st-1, wQuyen) || c.word(st-1) == "nguyên" {
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
	// "Trưởng Ban Đối ngoại": a capitalized "Ban" followed by a name starts the organization.
	if end-1 > i && c.word(end-1) == "Ban" && c.isCapWord(end) {
		end--
	}
	end = c.titleField(i, end)
	// A lower-case title needs a context that makes it a position.
	if !c.w.toks[st].Is(Cap) {
		next := c.isCapWord(end) || (c.in(end) && c.w.toks[end].Kind == Word && c.w.toks[end].Is(AllCaps))
		prev := c.is(st-1, wChuc) || c.is(st-1, wLa) || c.is(st-1, wLam)
		if !next && !prev {
			return
		}
	}
	c.add(Title, st, end, "title:lexicon", tierNormal, 80)
}

// titleCovers reports whether a title entry at i is at least as long as the
// organization head there ("Đại sứ" does not cover "Đại sứ quán").
func (c *rctx) titleCovers(i int) bool {
	te, _ := c.w.longest(i, bitTitle)
	he, _ := c.w.longest(i, bitOrgHead)
	return te >= he
}

// placeCovers reports whether a place name of two words or more starts at i
// and is at least as long as the organization head there ("Hội An").
func (c *rctx) placeCovers(i int) bool {
	pe, _ := c.w.longest(i, bitPlace)
	he, _ := c.w.longest(i, bitOrgHead)
	return pe > i+1 && pe > he
}

func (c *rctx) has(i int, k kindSet) bool { return c.in(i) && c.w.has(i, k) }

// titleField extends a title by the field or department written in lower
// case after it: "Phó Trưởng ban châu Âu", "Phó Trưởng ban đối ngoại Trung
// ương", and by a ministry's field before a name: "Thứ trưởng Tài chính Trần
// Quốc Phương", "Bộ trưởng Ngoại giao Bùi Thanh Sơn".
func (c *rctx) titleField(i, end int) int {
	last := c.word(end - 1)
	if (last == "ban" || last == "vụ") && c.joined(end) && c.in(end) && c.w.toks[end].Kind == Word &&
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
		if c.isCapWord(k) && c.joined(k) && !c.has(k, bitOrgHead|bitOrg|bitPlace) {
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

// knownOrg: an organization from the lexicon, extended by a following place
// ("Quốc hội" + "Nhật Bản").
func (c *rctx) knownOrg(i int) {
	end, _ := c.w.longest(i, bitOrg)
	if end < 0 || c.inCode(i) {
		return
	}
	if c.is(end, wHai) && c.is(end+1, wNuoc) || c.is(end, wCac) && c.is(end+1, wNuoc) {
		return // "Chính phủ hai nước": both governments, not one body
	}
	if c.joined(end) {
		p := end
		if c.has(p, bitLocTrigger) && !c.w.toks[p].Is(Cap) {
			p, _ = c.w.longest(p, bitLocTrigger)
		}
		if pe, _ := c.w.longest(p, bitPlace); pe > 0 && c.in(pe-1) {
			c.add(Organization, i, pe, "org:lexicon+place", tierNormal, 70)
		}
	}
	c.add(Organization, i, end, "org:lexicon", tierNormal, 70)
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

// personStart reports whether a Vietnamese personal name starts at token i.
func (c *rctx) personStart(i int) bool {
	if !c.isCapWord(i) || !c.has(i, bitFamily) {
		return false
	}
	return c.isCapWord(i+1) && c.joined(i+1) && c.has(i+1, bitGiven|bitFamily)
}

// stopsName reports whether token i cannot continue an organization name.
func (c *rctx) stopsName(i int) bool {
	return c.has(i, bitTitle|bitHonorific|bitEvent) || c.personStart(i)
}

// orgByHead: an organization name from its head noun to its real end.
func (c *rctx) orgByHead(i int) {
	headEnd, _ := c.w.longest(i, bitOrgHead)
	if headEnd < 0 {
		return
	}
	end := c.orgBody(i, headEnd)
	if end <= headEnd && c.headEndsWithPlace(i, headEnd) {
		// "Đại sứ quán Việt Nam" is a head with its place: a name already.
		c.add(Organization, i, c.abroad(i, headEnd), "org:head", tierNormal, 60)
		return
	}
	if end <= headEnd {
		// A bare head is a name only when an acronym defines it ("Ủy ban nhân
		// dân (UBND)") or for the Party spoken of alone ("Đảng").
		switch {
		case headEnd-i >= 2 && c.key(headEnd) == c.r.w.lparen && c.in(headEnd+1) &&
			c.w.toks[headEnd+1].Is(AllCaps) && c.key(headEnd+2) == c.r.w.rparen:
			c.add(Organization, i, headEnd, "org:head+acronym", tierNormal, 60)
		case c.word(i) == "Đảng" && headEnd == i+1:
			c.add(Organization, i, headEnd, "org:party", tierNormal, 20)
		}
		return
	}
	if foldEqual(c.text[c.w.toks[i].Start:c.w.toks[end-1].End], "ban to chuc") {
		return // the organizing committee of an event
	}
	c.add(Organization, i, end, "org:head", tierNormal, 60)
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
			// Drop a trailing place trigger with no place: "... Môi trường thành phố".
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
		case k == c.r.w.dash && j > head && tail == 0 && end == j && c.isCapWord(j+1) && !c.stopsName(j+1):
			// Việt-Nga, Việt - Nga, Lao động - Thương binh: a compound.
			if pe, _ := c.w.longest(j+1, bitPlace); pe > 0 {
				end, j = pe, pe
			} else {
				end, j = j+2, j+2
			}
			afterPlace, named = true, true
			continue
		case t.Kind == Number && tail == 0 && !afterPlace:
			end, j, named = j+1, j+1, true
			afterPlace = true // nothing lower-case follows a number in a name
			continue
		case t.Kind == Word && (t.Is(Cap) || t.Is(AllCaps)):
			if pe, _ := c.w.longest(j, bitPlace); pe > j+1 && pe <= c.s.Last && tail <= 3 {
				// A place of two words or more closes the name, even where it
				// could start a person's name ("UBND tỉnh Lâm Đồng Trần Hồng Thái").
				named, end, j = true, pe, pe
				if c.key(j) == c.r.w.dash && c.joined(j) && c.isCapWord(j+1) {
					continue
				}
				return c.abroad(head, end)
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
			if c.stopsName(j) || (c.has(j, bitOrgHead) && j > head && tail > 0) {
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
				return c.abroad(head, end)
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
			case c.endsName(j):
				return done(j)
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

// namedAfterPerson reports whether the organization with this head is often
// named after a person: "Trường THPT Quang Trung", "Đại học Tôn Đức Thắng".
func (c *rctx) namedAfterPerson(head int) bool {
	w := c.word(head)
	for _, h := range [...]string{"truong", "dai", "hoc", "benh", "cong", "nha", "quy"} {
		if foldEqual(w, h) {
			return true
		}
	}
	return false
}

// endsNameAt reports whether a name may end right before token i: at the end
// of the sentence or line, before punctuation, or before a word that ends names.
func (c *rctx) endsNameAt(i int) bool {
	if !c.in(i) || !c.joined(i) {
		return true
	}
	t := c.w.toks[i]
	if t.Kind == Punct {
		return t.Key != c.r.w.dash && t.Key != c.r.w.lquote
	}
	if t.Kind == Word && !t.Is(Cap) && !t.Is(AllCaps) {
		return c.endsName(i) || c.is(i, wVa) || c.is(i, wVe)
	}
	return false
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
	word := c.word(i)
	for _, e := range ends.enders1[k] {
		if lowerEqual(word, e) {
			return true
		}
	}
	// An unmarked word is ASCII, so its key is its lower-case form.
	if ends.plainEnder[k] && c.plainAt(i) {
		return true
	}
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

// lowerEqual reports whether the lower-case form of s is lower, without
// allocating.
func lowerEqual(s, lower string) bool {
	if isASCII(s) {
		if len(s) != len(lower) {
			return false
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lower[i] {
				return false
			}
		}
		return true
	}
	j := 0
	for _, r := range s {
		if j >= len(lower) {
			return false
		}
		l, n := utf8.DecodeRuneInString(lower[j:])
		if unicode.ToLower(r) != l {
			return false
		}
		j += n
	}
	return j == len(lower)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// abroad extends an embassy's or an overseas association's name by "tại PLACE".
func (c *rctx) abroad(head, end int) int {
	if !c.is(end, wTai) || !c.joined(end) {
		return end
	}
	var buf [128]byte
	name := appendKey(buf[:0], c.text[c.w.toks[head].Start:c.w.toks[end-1].End])
	if !bytes.HasPrefix(name, []byte("dai su quan")) && !bytes.HasPrefix(name, []byte("tong lanh su quan")) &&
		!bytes.HasPrefix(name, []byte("lanh su quan")) && !bytes.Contains(name, []byte("nguoi viet")) &&
		!bytes.HasPrefix(name, []byte("van phong dai dien")) && !bytes.HasPrefix(name, []byte("co quan dai dien")) {
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
	// else: "sân Mỹ Đình", "huyện Nga Sơn" (but "Tổng thống Mỹ Joe Biden").
	if end-i == 1 && c.r.entries[e].kind == KindCountry && c.isCapWord(end) && c.joined(end) && c.w.toks[end].Is(SpaceBefore) &&
		c.w.toks[end].Is(Syllable) && !c.personStart(end) && !c.has(end, bitPlace|bitOrgHead|bitOrg|bitTitle|bitStop) &&
		c.key(i-1) != c.r.w.dash {
		return
	}
	sub := int8(50)
	if end-i == 1 {
		sub = 30
		if (i == c.s.First || c.has(i-1, bitHonorific)) && ambiguousPlace[KeyString(c.word(i))] {
			return
		}
	}
	c.add(Location, i, end, placeRule(c.r.entries[e].kind), tierNormal, sub)
}

// placeRule is the rule name of a place of kind k, "location:" + k, made
// once per kind rather than for every place.
func placeRule(k Kind) string {
	if r, ok := placeRules[k]; ok {
		return r
	}
	return "location:" + string(k)
}

var placeRules = func() map[Kind]string {
	m := make(map[Kind]string, len(Kinds))
	for _, k := range Kinds {
		m[k] = "location:" + string(k)
	}
	return m
}()

// ambiguousPlace lists one-word place names that are also common words or
// given names; they are not places at the start of a sentence or after an honorific.
var ambiguousPlace = map[string]bool{"anh": true, "nam": true, "duc": true, "phap": true, "hue": true, "y": true}

// placeAfterTrigger: "tỉnh Hải Dương", "phường Móng Cái 1", "TP St. Petersburg".
func (c *rctx) placeAfterTrigger(i int) {
	tend, te := c.w.longest(i, bitLocTrigger)
	if tend < 0 || !c.joined(tend) || c.numberedUnit(i, tend) {
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
	pe, _ := c.w.longest(j, bitPlace)
	pe = max(pe, c.adminEnd(j))
	if pe > 0 && pe <= c.s.Last {
		if c.in(pe) && c.joined(pe) && c.w.toks[pe].Kind == Number && len(c.word(pe)) <= 2 {
			pe++ // "phường Móng Cái 1"
		}
		c.add(Location, j, pe, "location:trigger", tierNormal, 60)
		return
	}
	if !c.isCapWord(j) || c.stopsName(j) {
		return
	}
	k := j + 1
	for k < c.s.Last && k < j+4 && c.joined(k) {
		t := c.w.toks[k]
		if (t.Kind == Word && t.Is(Cap) && !c.stopsName(k)) || (t.Kind == Number && k > j) {
			k++
			continue
		}
		if t.Key == c.r.w.dash && c.isCapWord(k+1) {
			k += 2
			continue
		}
		break
	}
	c.add(Location, j, k, "location:trigger", tierNormal, 60)
}

// vietnameseName: family name + 1 to 3 capitalized syllables ("Phan Anh Sơn").
func (c *rctx) vietnameseName(i int, rule string, sub int8) *cand {
	fend, _ := c.w.longest(i, bitFamily)
	if fend < 0 {
		fend = i + 1
	}
	// Streets and places named after people: "đường Lê Duẩn", "xã Trần Đề".
	if i > c.s.First && (c.has(i-1, bitLocTrigger) || c.is(i-1, wDuong) || c.is(i-1, wPhoStreet)) {
		return nil
	}
	// "Hà Nội", "Cao Bằng", "trẻ em Bắc Ninh": a place name, not a person.
	if pe, _ := c.w.longest(i, bitPlace); pe > i+1 || c.insidePlace(i) {
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
	if j == fend {
		return nil
	}
	if !c.has(j-1, bitGiven) && j-i < 3 {
		return nil
	}
	// "Kim Sang-sik", "Park Hang-seo": a hyphenated given name is foreign.
	if c.key(j) == c.r.w.dash && c.w.toks[j].Start == c.w.toks[j-1].End && c.in(j+1) &&
		c.w.toks[j+1].Start == c.w.toks[j].End && c.w.toks[j+1].Kind == Word {
		return c.add(Person, i, j+2, "person:foreign", tierNormal, 40+sub)
	}
	if !c.w.toks[i].Is(Syllable) {
		return nil
	}
	cd := c.add(Person, i, j, rule, tierNormal, 40+sub)
	cd.m.Person = nameParts(c, i, fend, j)
	return cd
}

// blocksName reports whether token j cannot be a middle or given name: it
// starts a title, an organization head, a place trigger or an event, or it is
// a function word. Words that are also common given names ("Anh", "Chính")
// block only when a longer lexicon entry starts there.
func (c *rctx) blocksName(j int) bool {
	if c.has(j, bitGiven) {
		if end, _ := c.w.longest(j, bitTitle|bitOrgHead|bitLocTrigger|bitEvent|bitOrg); end > j+1 {
			return true
		}
		return false
	}
	return c.has(j, bitTitle|bitOrgHead|bitLocTrigger|bitHonorific|bitStop|bitEvent)
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

// afterHonorific: "ông Nguyễn Quốc Hùng", "bà Takaichi Sanae", "Bà Svetlana".
func (c *rctx) afterHonorific(i int) {
	hend, _ := c.w.longest(i, bitHonorific)
	if hend < 0 || !c.isCapWord(hend) || !c.joined(hend) {
		return
	}
	j := hend
	if c.has(j, bitFamily) {
		if cd := c.vietnameseName(j, "person:honorific", 20); cd != nil {
			return
		}
	}
	if c.has(j, bitTitle|bitOrgHead|bitLocTrigger|bitStop|bitEvent|bitHonorific) {
		return
	}
	// "trẻ em Bắc Ninh": a place of two words or more after a kin word is a
	// place; one word ("Anh Nam") is a given name.
	if pe, _ := c.w.longest(j, bitPlace); pe > j+1 {
		return
	}
	k := j
	for k < c.s.Last && k < j+4 && c.joined(k) && c.w.toks[k].Kind == Word {
		if c.isInitial(k) {
			k += 2 // "V. Kalganov"
			continue
		}
		if k > j && nameParticles[c.word(k)] {
			p := k
			for p < c.s.Last && p < k+3 && nameParticles[c.word(p)] && c.joined(p) {
				p++
			}
			if c.isCapWord(p) && c.joined(p) {
				k = p // "Ursula von der Leyen"
				continue
			}
		}
		if !(c.w.toks[k].Is(Cap) || isInitialed(c.word(k))) || c.w.toks[k].Is(AllCaps) ||
			(k > j && c.has(k, bitTitle|bitOrgHead|bitHonorific|bitEvent)) {
			break
		}
		k++
	}
	if k > j && c.isInitial(k-2) && k-2 >= j && !c.isCapWord(k) {
		k -= 2 // an initial must be followed by a name
	}
	if k == j {
		return
	}
	cd := c.add(Person, j, k, "person:honorific", tierNormal, 70)
	if k-j >= 2 && c.has(j, bitFamily) && allVietnamese(c, j, k) {
		cd.m.Person = nameParts(c, j, j+1, k)
	} else if k-j == 1 && c.w.toks[j].Is(Syllable) {
		cd.m.Person = &NameParts{Given: c.word(j)}
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

// creditOrByline finds the photographer of a credit "(Ảnh: Đinh Hòa)",
// "(Ảnh: Thống Nhất/TTXVN)", and a byline: a line that is only a two- or
// three-syllable Vietnamese name ("Ngọc Hoài").
func (c *rctx) creditOrByline(i int) {
	if c.is(i, wAnh) && c.in(i+1) && c.word(i+1) == ":" && c.isCapWord(i+2) {
		j := i + 2
		k := j
		for k < c.s.Last && k < j+4 && c.isCapWord(k) && !c.w.toks[k].Is(AllCaps) && c.joined(k) {
			k++
		}
		if k > j && (!c.in(k) || c.word(k) == ")" || c.word(k) == "/" || c.word(k) == ",") {
			cd := c.add(Person, j, k, "person:credit", tierNormal, 30)
			if k-j >= 2 && allVietnamese(c, j, k) {
				cd.m.Person = nameParts(c, j, j+1, k)
			}
		}
		return
	}
	if i != c.s.First || c.s.Last-c.s.First < 2 || c.s.Last-c.s.First > 3 {
		return
	}
	for k := c.s.First; k < c.s.Last; k++ {
		if !c.isCapWord(k) || !c.w.toks[k].Is(Syllable) || !c.has(k, bitGiven|bitFamily) ||
			c.has(k, bitPlace|bitOrg|bitOrgHead|bitTitle|bitStop|bitEvent) {
			return
		}
	}
	if !c.w.toks[c.s.First].Is(LineBefore) || (c.s.Last < len(c.w.toks) && !c.w.toks[c.s.Last].Is(LineBefore)) {
		return
	}
	cd := c.add(Person, c.s.First, c.s.Last, "person:byline", tierNormal, 10)
	cd.m.Person = nameParts(c, c.s.First, c.s.First+1, c.s.Last)
}

// nameParticles are lower-case words inside foreign names: "von der Leyen",
// "van Gogh", "bin Salman".
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true,
	"del": true, "della": true, "di": true, "da": true, "du": true, "la": true, "le": true, "bin": true,
	"al": true, "el": true, "ibn": true, "dos": true, "das": true, "ter": true}

// eventEndsAt reports whether the name of an event or prize ends right before token i.
func (c *rctx) eventEndsAt(i int) bool {
	for k := i - 1; k >= c.s.First && k >= i-3; k-- {
		if ee, _ := c.w.longest(k, bitEvent); ee == i {
			return true
		}
	}
	return false
}
