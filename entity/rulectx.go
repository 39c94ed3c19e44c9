package entity

import (
	"bytes"
	"fmt"
	"github.com/vnextract/vnextract/internal/ac"
	"github.com/vnextract/vnextract/normalize"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// wordIDs holds what the rules read of the vocabulary and of the word lists
// (the lexicon kinds for which Kind.wordList holds): the ids of the
// punctuation and rule words they look at, and the lists, indexed for the
// tests the rules make.
type wordIDs struct {
	dash, lquote, rquote, dquote, lparen, rparen, dot, amp int32
	// postMods are the title post-modifiers (title-post), as key ids.
	postMods [][]int32
	// enders1 and enders2 hold the words and two-word phrases that end an
	// organization name (name-end; lower case, with diacritics), by the
	// vocabulary id of their first word, so that a token is checked against
	// the few that share its letters instead of hashing it into a map.
	enders1 [][]string
	enders2 [][][2]string
	// plainEnder marks, by vocabulary id, the enders written without
	// diacritics (name-end-plain), for text typed without them ("va",
	// "cua", "tai").
	plainEnder []bool
	// ambiguousPlace (place-ambiguous) and namedHead (org-named) mark
	// their words by vocabulary id.
	ambiguousPlace, namedHead []bool
	// particles (name-particle), orgEndEn (org-end-en) and eventEndEn
	// (event-end-en) are compared as written.
	particles, orgEndEn, eventEndEn map[string]bool
	// abroadHeads (abroad-head) and abroadWords (abroad-word) are folded
	// keys.
	abroadHeads, abroadWords [][]byte
	// lowerHeadLast marks, by vocabulary id, the last words of the heads
	// written in lower case (lowerHeads).
	lowerHeadLast []bool
	// ruleKey is the vocabulary id of each rule word's folded key.
	ruleKey [numRuleWords]int32
	// namedPlace marks, by vocabulary id, the folded last words of
	// namedPlaceWords, a quick test before the exact one.
	namedPlace []bool
	// wordPairs holds, as pairs of vocabulary ids (pairKey), the
	// capitalized syllable and the lower-case one after it in the names
	// of the organization, head, title and event lexicons: official names
	// capitalize the first syllable of each word ("Tòa án Hình sự Quốc
	// tế"), so there the two are one word ("Quốc tế").
	wordPairs map[uint64]bool
	// placePairs holds, as pairs of vocabulary ids (pairKey), two
	// capitalized words one after the other in a province, country or
	// city of the lexicon ("Quảng Nam"): a line break between them is
	// inside the name (softenBreaks).
	placePairs map[uint64]bool
	// ministries are the ministries of the organization lexicon, by the
	// keys of their names without "Bộ".
	ministries []ministry
	// localBodies holds the vocabulary ids of the words of localBodies:
	// a token whose key is not the word's id is not the word, so most
	// tokens are turned down without folding their text.
	localBodies [][]int32
}

// internWords interns into v the keys of the words the rules look at and
// indexes the word lists, lists[k] holding the entries of kind k.
func internWords(v *ac.Vocab, lists map[Kind][]LexiconEntry) (wordIDs, error) {
	id := func(s string) int32 { return v.Intern(normalize.WordKey(s)) }
	w := wordIDs{
		dash: id("-"), lquote: id("“"), rquote: id("”"), dquote: id("\""), lparen: id("("),
		rparen: id(")"), dot: id("."), amp: id("&"),
	}
	for rw, text := range ruleWordText {
		w.ruleKey[rw] = id(text)
	}
	for _, e := range lists[KindTitlePost] {
		var ids []int32
		for _, f := range strings.Fields(e.Surface) {
			ids = append(ids, id(f))
		}
		w.postMods = append(w.postMods, ids)
	}
	// Intern every key first: the tables are indexed by id.
	type ender struct {
		id    int32
		words []string
	}
	var es []ender
	for _, e := range lists[KindNameEnd] {
		f := strings.Fields(strings.ToLower(e.Surface))
		if len(f) > 2 {
			return w, fmt.Errorf("entity: lexicon %s:%d: a name-end entry has one or two words, not %d", e.Source, e.Line, len(f))
		}
		es = append(es, ender{id(f[0]), f})
	}
	ids := func(k Kind) []int32 {
		var out []int32
		for _, e := range lists[k] {
			out = append(out, id(e.Surface))
		}
		return out
	}
	plainIDs, ambiguous, named := ids(KindNameEndPlain), ids(KindPlaceAmbiguous), ids(KindOrgNamed)
	var lowerLast []int32
	for _, h := range lowerHeads {
		f := strings.Fields(h.text)
		lowerLast = append(lowerLast, id(f[len(f)-1]))
	}
	var placeWordIDs []int32
	for _, p := range namedPlaceWords {
		placeWordIDs = append(placeWordIDs, id(p[strings.LastIndexByte(p, ' ')+1:]))
	}
	for _, b := range localBodies {
		ks := make([]int32, len(b))
		for j, f := range b {
			ks[j] = id(f)
		}
		w.localBodies = append(w.localBodies, ks)
	}
	w.enders1 = make([][]string, v.Len())
	w.enders2 = make([][][2]string, v.Len())
	for _, e := range es {
		if len(e.words) == 1 {
			w.enders1[e.id] = append(w.enders1[e.id], e.words[0])
		} else {
			w.enders2[e.id] = append(w.enders2[e.id], [2]string{e.words[0], e.words[1]})
		}
	}
	marks := func(ids []int32) []bool {
		m := make([]bool, v.Len())
		for _, x := range ids {
			m[x] = true
		}
		return m
	}
	w.plainEnder, w.ambiguousPlace, w.namedHead = marks(plainIDs), marks(ambiguous), marks(named)
	w.lowerHeadLast = marks(lowerLast)
	w.namedPlace = marks(placeWordIDs)
	set := func(k Kind) map[string]bool {
		m := map[string]bool{}
		for _, e := range lists[k] {
			m[e.Surface] = true
		}
		return m
	}
	w.particles, w.orgEndEn, w.eventEndEn = set(KindNameParticle), set(KindOrgEndEn), set(KindEventEndEn)
	for _, e := range lists[KindAbroadHead] {
		w.abroadHeads = append(w.abroadHeads, normalize.AppendWordKey(nil, e.Surface))
	}
	for _, e := range lists[KindAbroadWord] {
		w.abroadWords = append(w.abroadWords, normalize.AppendWordKey(nil, e.Surface))
	}
	return w, nil
}

// ministry is a ministry of the lexicon: the keys of the words of its name
// after "Bộ", and its full name.
type ministry struct {
	keys []int32
	name string
}

// pairKey packs the vocabulary ids of two words into one key.
func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// marked reports whether the word of key id k is marked in tab, a table
// of wordIDs indexed by id.
func marked(tab []bool, k int32) bool { return k >= 0 && int(k) < len(tab) && tab[k] }

// isAbroad reports whether the folded name is that of a body abroad: it
// starts with an abroad-head or holds an abroad-word.
func (w *wordIDs) isAbroad(name []byte) bool {
	for _, h := range w.abroadHeads {
		if bytes.HasPrefix(name, h) {
			return true
		}
	}
	for _, x := range w.abroadWords {
		if bytes.Contains(name, x) {
			return true
		}
	}
	return false
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

// addEntry adds a candidate of rule id over tokens [st, en), the match of
// lexicon entry e, which gives it its canonical name.
func (c *rctx) addEntry(id ruleID, st, en, e int) *cand {
	cd := c.add(id, st, en)
	cd.m.Canonical = c.r.entries[e].canonical
	return cd
}

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

// foldEqual compares a and b with case and every diacritic ignored, without allocating:
// normalize.WordKey(a) == normalize.WordKey(b) for the letters below U+1F00
// (TestFoldEqual compares the two).
// Most calls compare words that differ in their first letter, which is
// ASCII more often than not: comparing those bytes first turns them down
// without decoding (ASCII bytes that fold alike differ at most in bit 0x20).
func foldEqual(a, b string) bool {
	if a != "" && b != "" {
		if x, y := a[0], b[0]; x|y < utf8.RuneSelf && x|0x20 != y|0x20 {
			return false
		}
	}
	return foldEqualRunes(a, b)
}

// foldEqualRunes is foldEqual rune by rune, without the first-byte test.
func foldEqualRunes(a, b string) bool {
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
	// As in foldEqual: most calls turn down a word whose first letter,
	// ASCII, is another.
	if s != "" && lower != "" {
		if x, y := s[0], lower[0]; x|y < utf8.RuneSelf && x|0x20 != y|0x20 {
			return false
		}
	}
	return lowerEqualRunes(s, lower)
}

// lowerEqualRunes is lowerEqual without the first-byte test.
func lowerEqualRunes(s, lower string) bool {
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

// orgEndsAt reports whether an organization's name or acronym ends right
// before token i: an acronym ("UBND", "HĐND") or an organization or
// organization head from the lexicon ("Công an", "Sở Y tế", "Đài Phát
// thanh và Truyền hình").
func (c *rctx) orgEndsAt(i int) bool {
	if i-1 < c.s.First {
		return false
	}
	if t := c.w.toks[i-1]; t.Kind == Word && t.Is(AllCaps) && utf8.RuneCountInString(c.word(i-1)) >= 2 {
		return true
	}
	for k := i - 1; k >= c.s.First && k >= i-6; k-- {
		if e, _ := c.w.longest(k, bitOrg|bitOrgHead); e == i {
			return true
		}
	}
	return false
}
