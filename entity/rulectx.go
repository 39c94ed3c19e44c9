package entity

import (
	"github.com/vnextract/vnextract/internal/ac"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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

func (c *rctx) in(i int) bool { return i >= c.s.First && i < c.s.Last }

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

func (c *rctx) has(i int, k kindSet) bool { return c.in(i) && c.w.has(i, k) }

func (c *rctx) key(i int) int32 {
	if !c.in(i) {
		return -2
	}
	return c.w.toks[i].Key
}

// add adds a candidate of rule id over tokens [st, en), named after the rule.
func (c *rctx) add(id ruleID, st, en int) *cand { return c.addNamed(id, rules[id].name, st, en) }

// addNamed adds a candidate of rule id over tokens [st, en) named name.
func (c *rctx) addNamed(id ruleID, name string, st, en int) *cand {
	if n := len(c.w.cands); n == cap(c.w.cands) {
		// Double: append grows a large slice by a quarter, which for a
		// document of megabytes copies the candidates (100 bytes each)
		// many times over.
		c.w.cands = slices.Grow(c.w.cands, n+16)
	}
	t0, t1 := c.w.toks[st], c.w.toks[en-1]
	c.w.cands = append(c.w.cands, cand{
		m:    Mention{Type: rules[id].typ, Start: t0.Start, End: t1.End, Text: c.text[t0.Start:t1.End], Rule: name},
		rule: id,
	})
	return &c.w.cands[len(c.w.cands)-1]
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

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// hasDigit reports whether w holds an ASCII digit ("V3", "SK9"): not a name's word.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}
