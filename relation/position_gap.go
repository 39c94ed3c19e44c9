package relation

// The text between two mentions, read word by word: what may stand between a
// title and its organization, date or holder.

import (
	"bytes"

	"github.com/vnextract/vnextract/normalize"
)

// orgGap: nothing, "của", "thứ 105 của".
func (l *linker) orgGap(g string, buf *[]string) bool {
	ws, ok := gapWords((*buf)[:0], g)
	*buf = ws
	if !ok {
		return false
	}
	if len(ws) >= 2 && l.wkey(ws[0]) == "thu" {
		ws = ws[2:]
	}
	// "đương nhiệm của ngân hàng BIDV": the office now, of a body named by
	// its kind and its name.
	if len(ws) >= 2 && l.wkey(ws[0]) == "duong" && l.wkey(ws[1]) == "nhiem" {
		ws = ws[2:]
	}
	// "Giám đốc mới của Sở ...": the new one.
	if len(ws) >= 2 && l.wkey(ws[0]) == "moi" && l.wkey(ws[1]) == "cua" {
		ws = ws[1:]
	}
	// "Phó Giám đốc phụ trách Sở ...": the deputy who runs the body.
	if len(ws) >= 2 && l.wkey(ws[0]) == "phu" && l.wkey(ws[1]) == "trach" {
		ws = ws[2:]
	}
	if len(ws) >= 1 && (l.wkey(ws[0]) == "cua" || l.wkey(ws[0]) == "tai") {
		ws = ws[1:]
		if len(ws) == 0 {
			return true
		}
	}
	switch len(ws) {
	case 0:
		return true
	case 1:
		return bodyKinds[l.wkey(ws[0])] && !capitalized(ws[0])
	case 2:
		return !capitalized(ws[0]) && l.kind2(ws[0], ws[1])
	}
	return false
}

// officeFields are the fields an office abroad is written with, between
// the title and "tại": "Tham tán chính trị tại Đại sứ quán ...". Keys.
var officeFields = map[string]bool{
	"chinh tri": true, "kinh te": true, "thuong mai": true, "quoc phong": true, "van hoa": true,
	"bao chi": true, "giao duc": true, "khoa hoc": true, "cong nghe": true, "an ninh": true, "tai chinh": true,
	"dau tu": true, "lanh su": true, "bao hiem": true, "nong nghiep": true,
}

// kind2Of reports whether the gap words a b make a key of set.
func (l *linker) kind2Of(set map[string]bool, a, b string) bool {
	var tmp [48]byte
	k := append(tmp[:0], l.wkey(a)...) // wkey's buffer is reused by the next call
	k = append(append(k, ' '), l.wkey(b)...)
	return set[string(k)]
}

// kind2 reports whether the gap words a b name a kind of body ("ngân hàng").
func (l *linker) kind2(a, b string) bool { return l.kind2Of(bodyKinds, a, b) }

var absorbWords = map[string]bool{
	"tai": true, "cua": true, "kiem": true, "nhiem": true, "thanh": true, "pho": true, "tinh": true,
	"tp": true, ".": true, "chinh": true, "quyen": true, ")": true, "o": true, "ben": true, "canh": true,
}

// absorbGap: "tại", "kiêm nhiệm", "của Thành phố", ") tại".
func (l *linker) absorbGap(g string) bool {
	if len(g) > maxGap {
		return false
	}
	// "Tham tán chính trị tại ...": the title's field, then "tại".
	if w1, i1 := gapWord(g, 0); w1 != "" && !capitalized(w1) {
		if w2, i2 := gapWord(g, i1); w2 != "" && l.kind2Of(officeFields, w1, w2) {
			if w3, _ := gapWord(g, i2); l.wkey(w3) == "tai" {
				g = g[i2:]
			}
		}
	}
	link := false
	for w, i := gapWord(g, 0); w != ""; w, i = gapWord(g, i) {
		k := l.wkey(w)
		if !absorbWords[k] {
			return false
		}
		if k == "tai" || k == "cua" || k == "kiem" || k == "o" {
			link = true
		}
	}
	return link
}

func (l *linker) isComma(g string, buf *[]string) bool {
	ws, ok := gapWords((*buf)[:0], g)
	*buf = ws
	if !ok {
		return false
	}
	if len(ws) == 2 && ws[0] == ")" {
		ws = ws[1:]
	}
	return len(ws) == 1 && ws[0] == ","
}

func (l *linker) dateGap(g string, d int, buf *[]string) bool {
	ws, ok := gapWords((*buf)[:0], g)
	*buf = ws
	if !ok {
		return false
	}
	if len(ws) == 0 {
		l.keyTmp = normalize.AppendNameKey(l.keyTmp[:0], l.mtext(d))
		dk := l.keyTmp
		return bytes.HasPrefix(dk, []byte("nhiem ky")) || bytes.HasPrefix(dk, []byte("khoa "))
	}
	link := false
	for _, w := range ws {
		switch l.wkey(w) {
		case "tu", "(", "since":
			link = true
		case "ke", "nhiem", "ky", ")", ",":
		default:
			return false
		}
	}
	return link
}

// personGap classifies the text between a title group and a following person:
// strong for nothing, honorifics or one capitalized word ("Chủ tịch Hội
// Nguyễn Văn Lợi"); weak for a comma and honorifics (", ông Nikolai ...").
func (l *linker) personGap(g string, buf *[]string) (strong, weak bool) {
	ws, ok := gapWords((*buf)[:0], g)
	*buf = ws
	if !ok {
		return false, false
	}
	if len(ws) > 0 && ws[0] == ")" {
		ws = ws[1:]
	}
	comma := false
	if len(ws) > 0 && (ws[0] == "," || isDash(ws[0]) && len(ws) > 1 && l.honorific(ws[1])) {
		// ", ông X"; " – ông X –"
		comma = true
		ws = ws[1:]
	}
	caps := 0
	for _, w := range ws {
		if l.honorific(w) {
			continue
		}
		if !comma && caps == 0 && capitalized(w) && len(w) > 1 && l.wkey(w) != "va" {
			caps++
			continue
		}
		return false, false
	}
	if comma {
		return false, true
	}
	return true, false
}

// unreadBody reports whether what lies between mention last, the end of a
// title group, and title t is the rest of that title's body the recognizer
// did not read whole, then a comma, a dash or "kiêm": "Phó Chủ tịch" + " Hội Nghệ
// sĩ sân khấu Việt Nam, " + "Chủ tịch ...", "Chủ tịch Hội Sân khấu" + "
// thành phố Hồ Chí Minh - " + "Trưởng ban". It starts with a capital or a
// place word, holds only places and organizations, and at most 10 words
// with no other punctuation.
func (l *linker) unreadBody(last, t int) bool {
	for m := last + 1; m < t; m++ {
		if !l.isOrgLoc(m) {
			return false
		}
	}
	g := l.slice(l.ms[last].End, l.ms[t].Start)
	if len(g) > maxGap {
		return false
	}
	n := 0
	for w, i := gapWord(g, 0); w != ""; w, i = gapWord(g, i) {
		if w == "," || isDash(w) {
			rest, _ := gapWord(g, i)
			return n > 0 && rest == ""
		}
		if rest, _ := gapWord(g, i); rest == "" && n > 0 && l.wkey(w) == "kiem" {
			return true // "Bí thư" + " Chi bộ kiêm " + "Trưởng thôn"
		}
		if len(w) == 1 && !letterOrDigit(rune(w[0])) {
			return false
		}
		if n == 0 && !capitalized(w) && !placeWords[l.wkey(w)] {
			return false
		}
		if n++; n > 10 {
			return false
		}
	}
	return false
}

// appositive reports whether the gap g between a person and an
// organization is an office the recognizer did not find: ", Phó trưởng ban
// thường trực," or " - Giám đốc ": a comma or a dash, then up to 12 words
// without a full stop.
func (l *linker) appositive(g string, buf *[]string) bool {
	ws, ok := gapWordsUpTo((*buf)[:0], g, 14)
	*buf = ws
	if !ok || len(ws) < 2 || len(ws) > 13 || !(ws[0] == "," || isDash(ws[0])) {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if len(w) == 1 && !letterOrDigit(rune(w[0])) {
			return false
		}
	}
	return capitalized(ws[1]) || isFormer(l.wkey(ws[1]))
}

// honorific reports whether the gap word w is a form of address. "thầy"
// is; "thay" (instead of: "thay bà X") is not.
func (l *linker) honorific(w string) bool {
	k := l.wkey(w)
	return honorifics[k] && !(k == "thay" && (w == "thay" || w == "Thay"))
}

// hasWord reports whether the key k has the word w.
func hasWord(k []byte, w string) bool {
	for len(k) > 0 {
		i := bytes.IndexByte(k, ' ')
		if i < 0 {
			return string(k) == w
		}
		if string(k[:i]) == w {
			return true
		}
		k = k[i+1:]
	}
	return false
}

// copula reports whether the words between a person and a title state
// that the person holds it ("là", "hiện là", "cũng từng là", "(hiện là"),
// whether they give it to several people ("đều là"), and whether they
// put it in the past ("từng là").
func (l *linker) copula(ws []string) (ok, all, past bool) {
	if len(ws) == 0 || len(ws) > 6 {
		return false, false, false
	}
	if ws[0] == "," || ws[0] == "(" {
		ws = ws[1:]
		if len(ws) > 0 && l.wkey(ws[0]) == "nguoi" { // "ông X, người từng là ..."
			ws = ws[1:]
		}
	}
	for _, w := range ws {
		switch l.wkey(w) {
		case "la", "lam":
			ok = true
		case "deu":
			all = true
		case "tung":
			past = true
		case "hien", "nay", "cung", "da", "dang", "van", "chinh", "thuc", "vua", "duoc", "se", "con", "nu", "tan", "thi":
		default:
			return false, false, false
		}
	}
	return ok, all && ok, past && ok
}

// chainWords reports whether the gap words ws chain two offices of one
// person: "kiêm", "kiêm nhiệm", "đồng thời là", ", kiêm".
func (l *linker) chainWords(ws []string) bool {
	if len(ws) > 0 && ws[0] == "," {
		ws = ws[1:]
	}
	switch len(ws) {
	case 1:
		return l.wkey(ws[0]) == "kiem"
	case 2:
		if l.wkey(ws[0]) == "kiem" {
			return l.wkey(ws[1]) == "nhiem"
		}
		return l.wkey(ws[0]) == "dong" && l.wkey(ws[1]) == "thoi"
	case 3:
		return l.wkey(ws[0]) == "dong" && l.wkey(ws[1]) == "thoi" && l.wkey(ws[2]) == "la"
	}
	return false
}

// coordWords reports whether the gap words ws coordinate two offices:
// "và", "cũng như", "và thôi làm".
func (l *linker) coordWords(ws []string) bool {
	switch len(ws) {
	case 1:
		return l.wkey(ws[0]) == "va"
	case 2:
		return l.wkey(ws[0]) == "cung" && l.wkey(ws[1]) == "nhu"
	case 3:
		return l.wkey(ws[0]) == "va" && l.wkey(ws[1]) == "thoi" && l.wkey(ws[2]) == "lam"
	}
	return false
}

// textBefore returns the text of the sentence before mention i from the end
// of the mention before it, when that one is of the same sentence (from
// mention lo on), else from the start of the sentence.
func (l *linker) textBefore(i, lo int) string {
	s := l.sents[l.sentOf[i]].Start
	if i > lo {
		s = l.ms[i-1].End
	}
	return l.slice(s, l.ms[i].Start)
}
