package relation

// Finding the holder of each title group of a sentence.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// linkGroups finds the holder of each title group of one sentence [lo, hi).
func (l *linker) linkGroups(gs []group, lo, hi int, buf *[]string) {
	l.fwd = resize(l.fwd, 3*len(gs))
	fwd := l.fwd
	weak, chain := fwd[len(gs):2*len(gs)], fwd[2*len(gs):]
	fwd = fwd[:len(gs)]
	// Right to left: a person right after the group, or the holder of the
	// next title when titles are stacked ("Ủy viên Bộ Chính trị, Chủ tịch Quốc hội X").
	for x := len(gs) - 1; x >= 0; x-- {
		fwd[x], weak[x], chain[x] = -1, -1, -1
		last := gs[x].last
		n := last + 1
		if n >= hi {
			continue
		}
		// A degree or honour between the title and the name belongs to the
		// name: "Viện trưởng Viện ..., PGS.TS. Nguyễn Văn A".
		pg := l.gap(last, n)
		if l.typ[n] == entity.Title && n+1 < hi && l.typ[n+1] == entity.Person && l.isDegree(n) && trimmed(l.gap(n, n+1)) == "" {
			n++
		}
		if l.typ[n] == entity.Title && n+1 < hi && l.typ[n+1] == entity.Person && isRank(l.key(n)) && trimmed(l.gap(n, n+1)) == "" &&
			(l.listIntro(pg) && l.plural(gs[x].title, lo) || l.copulaBefore(pg)) {
			n++ // "Hai phó giám đốc ... là Đại tá A và Thượng tá B", "Người phát ngôn ... là Trung tướng C"
		}
		switch l.typ[n] {
		case entity.Person:
			s, w := l.personGap(pg, buf)
			switch {
			case s:
				fwd[x] = n
			case w:
				weak[x] = n
			case l.listIntro(pg) && l.plural(gs[x].title, lo):
				// "ba phó giám đốc là: ông A (...); bà B ..."
				fwd[x] = n
			case l.copulaBefore(pg) && l.wkey(lastGapWord(l.textBefore(gs[x].title, lo))) != "cua":
				// "Trưởng đoàn là ông A", "Chủ tịch HĐND tỉnh hiện là ông
				// B"; not "Vợ của Giám đốc Sở là bà C".
				fwd[x] = n
			}
		case entity.Title:
			if x+1 < len(gs) && gs[x+1].title == n && (fwd[x+1] >= 0 || chain[x+1] >= 0) {
				ws, ok := gapWords((*buf)[:0], l.gap(last, n))
				*buf = ws
				if ok && (len(ws) == 0 || (len(ws) == 1 && (ws[0] == "," || isDash(ws[0]) || l.wkey(ws[0]) == "kiem")) ||
					(len(ws) == 2 && l.wkey(ws[0]) == "dong" && l.wkey(ws[1]) == "thoi")) && !l.possessed(gs[x].title, lo) {
					chain[x] = max(fwd[x+1], chain[x+1])
				}
			}
		}
	}
	for x := range gs {
		g := &gs[x]
		if fwd[x] >= 0 {
			g.holder, g.how = fwd[x], viaForward
			if l.plural(g.title, lo) {
				g.lastHolder = l.personRun(fwd[x], hi)
			}
			continue
		}
		t := g.title
		if t > lo {
			p := t - 1
			// 13 items are enough to tell one from up to 12 below.
			ws, ok := gapWordsUpTo((*buf)[:0], l.gap(p, t), 13)
			*buf = ws
			if ok && len(ws) == 1 && (ws[0] == "," || ws[0] == "(" || isDash(ws[0]) || ws[0] == ":") {
				if l.typ[p] == entity.Person {
					g.holder, g.how = p, viaBackward
					// "các ông A, B, Phó Chủ tịch ...": the title of every name.
					if ws[0] == "," {
						if f := l.personRunBack(p, lo); f < p && l.pluralNames(f, lo) {
							g.holder, g.lastHolder = f, p
						}
					}
					continue
				}
				if ws[0] == "," || isDash(ws[0]) {
					if y := x - 1; y >= 0 && gs[y].holder >= 0 && (gs[y].last == p || l.unreadBody(gs[y].last, t)) {
						g.holder, g.how = gs[y].holder, viaChain
						g.past = gs[y].past
						g.former = g.former || g.past
						continue
					}
				}
			}
			// Chained by "kiêm" or "đồng thời là": "Ủy viên HĐQT kiêm Tổng Giám đốc".
			if ok && x > 0 && gs[x-1].holder >= 0 && (gs[x-1].last == p && (l.chainWords(ws) || weak[x] < 0 && l.coordWords(ws)) ||
				len(ws) > 1 && l.wkey(ws[len(ws)-1]) == "kiem" && l.unreadBody(gs[x-1].last, t)) {
				g.holder, g.how = gs[x-1].holder, viaChain
				g.past = gs[x-1].past
				g.former = g.former || g.past
				continue
			}
			// Appositive in between: "ông X, Giảng viên môn Gốm, Giám đốc ...".
			if ok && len(ws) >= 3 && len(ws) <= 12 && ws[0] == "," && ws[len(ws)-1] == "," && l.typ[p] == entity.Person {
				g.holder, g.how = p, viaBackward
				continue
			}
			// A role that is no title, then "kiêm": "ông X, nhà sáng lập kiêm
			// Chủ tịch ...".
			if ok && len(ws) >= 3 && len(ws) <= 6 && ws[0] == "," && l.wkey(ws[len(ws)-1]) == "kiem" && l.typ[p] == entity.Person &&
				l.lowerWords(ws[1:len(ws)-1]) {
				g.holder, g.how = p, viaBackward
				continue
			}
			// An office the recognizer did not find, then its body:
			// "ông X - nguyên Phó Trưởng ban thường trực, Ban Đối ngoại ..., Phó
			// Chủ tịch ...".
			if ok && len(ws) == 1 && ws[0] == "," && l.typ[p] == entity.Organization && p-1 >= lo &&
				l.typ[p-1] == entity.Person && (x == 0 || gs[x-1].last < p-1) && l.appositive(l.gap(p-1, p), buf) {
				g.holder, g.how = p-1, viaBackward
				continue
			}
			// A copula: "ông Tú là Ủy viên HĐQT", "Ông Vinh và ông Thắng đều là ...".
			if ok && l.typ[p] == entity.Person && !l.replaced(p, lo) {
				if cop, all, past := l.copula(ws); cop {
					past = past || l.opensWithBefore(lo)
					g.holder, g.how = p, viaBackward
					g.past = past
					g.former = g.former || past
					if all {
						g.holder = l.personRunBack(p, lo)
						g.lastHolder = p
					}
					continue
				}
			}
		}
		if chain[x] >= 0 {
			g.holder, g.how = chain[x], viaChain
			continue
		}
		if weak[x] >= 0 {
			// A verb whose subject stands right before it wins over an
			// appositive after the title: in "A được bầu làm Chủ tịch
			// Thượng viện, ngài B được bầu ..." the office is A's.
			if h, past := l.verbal(t, lo); h >= 0 && h == t-1 && !strings.ContainsAny(l.gap(h, t), ",;:.()") {
				g.holder, g.how = h, viaVerbal
				g.past = past
				g.former = g.former || past
				continue
			}
			// "Theo Giám đốc Sở Y tế, ông A đã được điều trị": the office is
			// someone the clause speaks of, and A another person, unless
			// the name is set off as an appositive (", ông A, ...").
			if l.opensClause(t, lo) || l.closedAfter(weak[x]) {
				g.holder, g.how = weak[x], viaForward
				continue
			}
		}
		if h, past := l.verbal(t, lo); h >= 0 {
			g.holder, g.how = h, viaVerbal
			g.past = past
			g.former = g.former || past
			continue
		}
		if h := l.removedFrom(gs, x, hi); h >= 0 {
			g.holder, g.how = h, viaVerbal
			g.past, g.former = true, true
		}
	}
}

// opensWithBefore reports whether the sentence of mention lo opens with
// "Trước đó" or "Trước đây" (before that): what it says one held is past.
func (l *linker) opensWithBefore(lo int) bool {
	if lo >= len(l.ms) || l.sentOf[lo] < 0 {
		return false
	}
	s := l.sents[l.sentOf[lo]]
	g := l.slice(s.Start, min(s.End, s.Start+16))
	w1, i := gapWord(g, 0)
	w2, _ := gapWord(g, i)
	if l.wkey(w1) != "truoc" {
		return false
	}
	k := l.wkey(w2)
	return k == "do" || k == "day"
}

// opensClause reports whether title t opens its sentence [lo, ...) or a
// clause of it: nothing before it but punctuation, forms of address and
// the title's own modifiers ("Ngày 5/9, Chủ tịch ...", "Đồng chí Chủ tịch
// ...", "tân Chủ tịch ...", "quyền Chủ tịch ..."), or a clause of office
// ("Với cương vị là", "Trên cương vị", "Với tư cách", "Là").
func (l *linker) opensClause(t, lo int) bool {
	g := strings.TrimRight(l.textBefore(t, lo), " ")
	if g == "" {
		return t == lo
	}
	if r, _ := utf8.DecodeLastRuneInString(g); unicode.IsPunct(r) {
		return true
	}
	w := lastGapWord(g)
	if w == "" {
		return false
	}
	// "Với cương vị là Trưởng đại diện ..., bà A": the clause says in what
	// office the subject acts.
	switch l.wkey(w) {
	case "tan", "quyen", "nguyen", "cuu", "la", "vi", "cach":
		return true
	}
	return l.honorific(w)
}

// closedAfter reports whether person mention p is followed by a comma, a
// closing parenthesis or a dash: an appositive set off on both sides.
func (l *linker) closedAfter(p int) bool {
	rest := strings.TrimLeft(l.slice(l.ms[p].End, min(l.textLen(), l.ms[p].End+8)), " ")
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r == ',' || r == ')' || r == '-' || r == '–' || r == '—'
}

// copulaBefore reports whether the gap g between a title group and a
// person says that the person holds it: "là", "hiện là", "hiện nay là",
// with honorifics after it ("là ông").
func (l *linker) copulaBefore(g string) bool {
	if len(g) > 40 {
		return false
	}
	cop := false
	for w, i := gapWord(g, 0); w != ""; w, i = gapWord(g, i) {
		switch k := l.wkey(w); {
		case !cop && (k == "hien" || k == "nay"):
		case !cop && k == "la":
			cop = true
		case cop && l.honorific(w):
		default:
			return false
		}
	}
	return cop
}

// lowerWords reports whether the gap words ws are all words in lower case.
func (l *linker) lowerWords(ws []string) bool {
	for _, w := range ws {
		if capitalized(w) || len(w) == 1 && !letterOrDigit(rune(w[0])) {
			return false
		}
	}
	return true
}

// removedFrom finds the holder of title group x of a sentence ending before
// mention hi when the sentence removes someone from it: "cách chức Chủ
// tịch UBND tỉnh ... và xóa tư cách Phó Chủ tịch ... đối với ông A". The
// office is past; the holder is the person right after the "đối với" that
// follows the group and the titles coordinated with it.
func (l *linker) removedFrom(gs []group, x, hi int) int {
	t := gs[x].title
	s := l.sents[l.sentOf[t]].Start
	if x > 0 {
		s = l.ms[gs[x-1].last].End
	}
	k := bytes.TrimRight(normalize.AppendNameKey(l.keyTmp[:0], l.slice(max(s, l.ms[t].Start-40), l.ms[t].Start)), " ")
	l.keyTmp = k
	removal := false
	for _, v := range [...]string{"cach chuc", "xoa tu cach", "mien nhiem", "bai nhiem", "mien nhiem chuc vu", "cach chuc vu"} {
		if bytes.HasSuffix(k, []byte(v)) && (len(k) == len(v) || k[len(k)-len(v)-1] == ' ') {
			removal = true
		}
	}
	if !removal {
		return -1
	}
	for m := gs[x].last + 1; m < hi; m++ {
		if l.typ[m] != entity.Person {
			continue
		}
		g := l.gap(m-1, m)
		if len(g) > maxGap {
			g = g[len(g)-maxGap:]
		}
		pk := bytes.TrimRight(normalize.AppendNameKey(l.keyTmp[:0], g), " ")
		l.keyTmp = pk
		for _, h := range [...]string{"", " ong", " ba"} {
			if bytes.HasSuffix(pk, []byte("doi voi"+h)) {
				return m
			}
		}
		return -1 // another person first
	}
	return -1
}

// verbal finds the holder of a title introduced by a verb ("... dịp bà được
// bầu giữ chức Thủ tướng", "... chính thức trở thành Đại sứ", "ông Tú được
// thăng chức lên ..."): the person right before the verb, else the one the
// pronoun before the verb refers to (in an earlier sentence when this one
// names nobody: "Tháng 1/1998, ông là Giám đốc ..."), else the subject of
// the sentence. past reports a verb that puts the office in the past
// ("từng là", "thôi giữ chức").
func (l *linker) verbal(t, lo int) (holder int, past bool) {
	si := l.sentOf[t]
	if si < 0 {
		return -1, false
	}
	start := l.sents[si].Start
	if t > lo {
		start = l.ms[t-1].End
	}
	before := l.slice(start, l.ms[t].Start)
	whole := t == lo // before is the sentence up to the title
	if len(before) > maxGap {
		before = before[len(before)-maxGap:]
		whole = false
	}
	buf := normalize.AppendNameKey(l.keyTmp[:0], before)
	l.keyTmp = buf
	k := bytes.TrimRight(buf, " ,")
	for _, filler := range [...]string{" nu", " tan"} { // "là nữ Phát ngôn viên", "là tân Chủ tịch"
		if bytes.HasSuffix(k, []byte(filler)) {
			k = k[:len(k)-len(filler)]
		}
	}
	trig := -1
	for x, v := range verbalTriggers {
		if len(k) >= len(v.k) && string(k[len(k)-len(v.k):]) == v.k && (len(k) == len(v.k) || k[len(k)-len(v.k)-1] == ' ') {
			trig = x
			break
		}
	}
	if trig < 0 {
		return -1, false
	}
	past = verbalTriggers[trig].past || hasWord(k, "tung") || l.opensWithBefore(lo)
	// The subject right before the verb, with nothing but words between;
	// not the one replaced ("thay thế bà Nga đảm nhiệm ...").
	if t > lo && l.typ[t-1] == entity.Person && bytes.IndexAny(k, ",.;:()") < 0 && bytes.Count(k, []byte(" ")) < 8 && !l.replaced(t-1, lo) {
		return t - 1, past
	}
	// The one replaced, then a clause about him: "thay thế ông A, trước đó
	// được điều động làm Thứ trưởng ...", "thay ông A, người vừa được bổ
	// nhiệm làm ...".
	if t > lo && l.typ[t-1] == entity.Person && l.replaced(t-1, lo) && len(k) > 2 && k[0] == ',' &&
		bytes.IndexAny(k[1:], ",.;:()") < 0 && bytes.Count(k, []byte(" ")) < 9 {
		return t - 1, past
	}
	pron := "" // the last "ông" or "bà" before the verb
	for rest, opening := k, whole; ; opening = false {
		w := rest
		i := bytes.IndexByte(rest, ' ')
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		}
		switch string(w) {
		case "ong":
			pron = "ong"
		case "ba":
			pron = "ba"
		case "anh", "chi":
			// "Anh đang là Giám đốc ...": as the subject opening the
			// sentence only ("anh" is also England, "chị" a sister).
			if opening {
				pron = string(w)
			}
		}
		if i < 0 {
			break
		}
	}
	first := -1
	for p := t - 1; p >= lo; p-- {
		if l.typ[p] != entity.Person || l.replaced(p, lo) {
			continue
		}
		first = p
		if pron != "" && l.pronounBefore(p, lo) == pron {
			return p, past
		}
	}
	if first < 0 && pron != "" {
		// A pronoun alone refers to the last person named before, in the
		// two sentences before this one.
		for p := lo - 1; p >= 0 && l.sentOf[p] >= si-2; p-- {
			if l.typ[p] == entity.Person {
				return p, past
			}
		}
	}
	if verbalTriggers[trig].copula {
		// "là" with neither a pronoun nor a name right before it names
		// the subject of the sentence only when the sentence starts with
		// it ("PGS Quảng sinh năm 1972 ..., trước khi nhận chức là ...").
		if first >= 0 && l.startsSentence(first, lo) {
			return first, past
		}
		return -1, false
	}
	return first, past
}

// startsSentence reports whether person mention p is the first thing of
// its sentence [lo, ...): nothing but an honorific or a degree before it.
func (l *linker) startsSentence(p, lo int) bool {
	q := lo
	if q < p && l.typ[q] == entity.Title && l.isDegree(q) {
		q++
	}
	if q != p {
		return false
	}
	before := l.textBefore(p, lo)
	for w, i := gapWord(before, 0); w != ""; w, i = gapWord(before, i) {
		if !l.honorific(w) {
			return false
		}
	}
	return true
}

// replaced reports whether person mention p is the object of "thay"
// (instead of, replacing): "thay bà X", "thay thế ông Y".
func (l *linker) replaced(p, lo int) bool {
	g := l.textBefore(p, lo)
	n := 0
	for g != "" && n < 3 {
		w := lastGapWord(g)
		if w == "" {
			return false
		}
		switch l.wkey(w) {
		case "thay":
			return w != "Thầy" && w != "thầy"
		case "the", "ong", "ba", "anh", "chi":
		default:
			return false
		}
		g = strings.TrimRight(g, " ")
		g = g[:len(g)-len(w)]
		n++
	}
	return false
}

// pronounBefore returns the key of the word right before person mention p
// ("ong", "ba", ...), "" when none.
func (l *linker) pronounBefore(p, lo int) string {
	before := l.textBefore(p, lo)
	if w := lastGapWord(before); w != "" {
		return l.wkey(w)
	}
	return ""
}

// possessed reports whether title t is the one on whose behalf someone
// acts or whose word is cited ("thừa ủy quyền của Chủ tịch nước, Giám đốc
// Sở X", "thay mặt Chủ tịch nước, ...", "theo quyết định của Bộ trưởng
// ..., Đại tá A"): an office named, not one of a chain.
func (l *linker) possessed(t, lo int) bool {
	g := l.textBefore(t, lo)
	if len(g) > 40 {
		g = g[len(g)-40:]
	}
	k := normalize.AppendNameKey(l.keyTmp[:0], g)
	l.keyTmp = k
	k = bytes.TrimRight(k, " ")
	// "theo quyết định của Bộ trưởng ..., Đại tá A, ...": whose decision,
	// and then someone else; "sự có mặt của Ủy viên ..., Chủ tịch ... A"
	// is a chain.
	for _, v := range [...]string{"uy quyen cua", "thay mat", "quyet dinh cua", "de nghi cua"} {
		if bytes.HasSuffix(k, []byte(v)) {
			return true
		}
	}
	return false
}
