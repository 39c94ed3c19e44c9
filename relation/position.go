package relation

import (
	"bytes"

	"github.com/vnextract/vnextract/entity"
)

// group is a title with the organization, places and date that qualify it:
// "Đại sứ đặc mệnh toàn quyền Việt Nam tại Cộng hòa Ả-rập Ai Cập".
type group struct {
	title, org, date int
	last             int // last mention absorbed
	former           bool
	holder           int // person mention, -1 when none
	how              int8
}

// How a group found its holder.
const (
	viaNone int8 = iota
	viaForward
	viaBackward
	viaChain
	viaVerbal
)

func (l *linker) isOrgLoc(i int) bool {
	t := l.typ[i]
	return t == entity.Organization || t == entity.Location
}

// positions finds the position relations sentence by sentence.
func (l *linker) positions() {
	gs, buf, unlinked := l.groups[:0], l.gapBuf[:0], l.unlinked[:0]
	defer func() { l.groups, l.gapBuf, l.unlinked = gs, buf, unlinked }()
	for lo := 0; lo < len(l.ms); {
		hi := lo + 1
		for hi < len(l.ms) && l.sentOf[hi] == l.sentOf[lo] && l.sentOf[lo] >= 0 {
			hi++
		}
		gs = gs[:0]
		for i := lo; i < hi; i++ {
			if l.typ[i] == entity.Title {
				g := l.parseGroup(i, hi, &buf)
				gs = append(gs, g)
				i = g.last
			}
		}
		if len(gs) > 0 {
			l.linkGroups(gs, lo, hi, &buf)
			for _, g := range gs {
				if g.holder >= 0 {
					l.addPosition(g)
				} else {
					unlinked = append(unlinked, g)
				}
			}
		}
		lo = hi
	}
	l.elsewhere(unlinked)
}

// parseGroup reads the title at i and what qualifies it, up to mention hi.
func (l *linker) parseGroup(i, hi int, buf *[]string) group {
	g := group{title: i, org: -1, date: -1, last: i, holder: -1}
	tw := firstWord(l.key(i))
	g.former = isFormer(tw)
	if !g.former && i > 0 {
		if w := lastGapWord(l.gap(i-1, i)); w != "" && isFormer(l.wkey(w)) {
			g.former = true
		}
	}
	j := i + 1
	// Direct organization: "Chủ tịch Quốc hội", "Thủ tướng thứ 105 của Nhật Bản".
	if j < hi && l.isOrgLoc(j) && l.orgGap(l.gap(i, j), buf) {
		g.org, g.last = j, j
		j++
		// Parenthesized alias: "(VUFO)".
		if j < hi && l.isOrgLoc(j) && trimmed(l.gap(g.last, j)) == "(" {
			g.last = j
			j++
		}
	}
	// Places that belong to the title: "tại Liên bang Nga", "kiêm nhiệm Nhà nước Palestine".
	for k := 0; k < 3 && j < hi && l.isOrgLoc(j) && l.absorbGap(l.gap(g.last, j)); k++ {
		if g.org < 0 {
			g.org = j
		}
		g.last = j
		j++
	}
	// Parent body after a comma: "Phó Vụ trưởng Vụ ..., Bộ Ngoại giao";
	// "nguyên Phó Trưởng ban thường trực, Ban Đối ngoại Trung ương Đảng".
	if j < hi && l.typ[j] == entity.Organization && l.isComma(l.gap(g.last, j), buf) &&
		!(j+1 < hi && l.typ[j+1] == entity.Person) {
		if g.org < 0 {
			g.org = j
		}
		g.last = j
		j++
	}
	// Date of the position: "từ ngày 1/10", "nhiệm kỳ 2021-2026".
	if j < hi && l.typ[j] == entity.Date && l.dateGap(l.gap(g.last, j), j, buf) {
		g.date, g.last = j, j
	}
	return g
}

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
	return len(ws) == 0 || (len(ws) == 1 && l.wkey(ws[0]) == "cua")
}

var absorbWords = map[string]bool{
	"tai": true, "cua": true, "kiem": true, "nhiem": true, "thanh": true, "pho": true, "tinh": true,
	"tp": true, ".": true, "chinh": true, "quyen": true, ")": true, "o": true, "ben": true, "canh": true,
}

// absorbGap: "tại", "kiêm nhiệm", "của Thành phố", ") tại".
func (l *linker) absorbGap(g string) bool {
	if len(g) > maxGap {
		return false
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
		l.keyTmp = appendKey(l.keyTmp[:0], l.ms[d].Text)
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
	if len(ws) > 0 && ws[0] == "," {
		comma = true
		ws = ws[1:]
	}
	caps := 0
	for _, w := range ws {
		if honorifics[l.wkey(w)] {
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
		n := gs[x].last + 1
		if n >= hi {
			continue
		}
		switch l.typ[n] {
		case entity.Person:
			s, w := l.personGap(l.gap(gs[x].last, n), buf)
			if s {
				fwd[x] = n
			} else if w {
				weak[x] = n
			}
		case entity.Title:
			if x+1 < len(gs) && gs[x+1].title == n && (fwd[x+1] >= 0 || chain[x+1] >= 0) {
				ws, ok := gapWords((*buf)[:0], l.gap(gs[x].last, n))
				*buf = ws
				if ok && (len(ws) == 0 || (len(ws) == 1 && (ws[0] == "," || l.wkey(ws[0]) == "kiem"))) {
					chain[x] = max(fwd[x+1], chain[x+1])
				}
			}
		}
	}
	for x := range gs {
		g := &gs[x]
		if fwd[x] >= 0 {
			g.holder, g.how = fwd[x], viaForward
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
					continue
				}
				if ws[0] == "," || isDash(ws[0]) {
					if y := x - 1; y >= 0 && gs[y].last == p && gs[y].holder >= 0 {
						g.holder, g.how = gs[y].holder, viaChain
						continue
					}
				}
			}
			// Appositive in between: "ông X, Giảng viên môn Gốm, Giám đốc ...".
			if ok && len(ws) >= 3 && len(ws) <= 12 && ws[0] == "," && ws[len(ws)-1] == "," && l.typ[p] == entity.Person {
				g.holder, g.how = p, viaBackward
				continue
			}
		}
		if chain[x] >= 0 {
			g.holder, g.how = chain[x], viaChain
			continue
		}
		if weak[x] >= 0 {
			g.holder, g.how = weak[x], viaForward
			continue
		}
		if h := l.verbal(t, lo); h >= 0 {
			g.holder, g.how = h, viaVerbal
		}
	}
}

// verbal finds the holder of a title introduced by a verb ("... dịp bà được
// bầu giữ chức Thủ tướng", "... chính thức trở thành Đại sứ"): the person the
// pronoun before the verb refers to, else the subject of the sentence.
func (l *linker) verbal(t, lo int) int {
	if l.sentOf[t] < 0 {
		return -1
	}
	start := l.sents[l.sentOf[t]].Start
	if t > lo {
		start = l.ms[t-1].End
	}
	before := l.a.Text[start:l.ms[t].Start]
	if len(before) > maxGap {
		before = before[len(before)-maxGap:]
	}
	buf := appendKey(l.keyTmp[:0], before)
	l.keyTmp = buf
	k := bytes.TrimRight(buf, " ,")
	trig := false
	for _, v := range verbalTriggers {
		if len(k) >= len(v) && string(k[len(k)-len(v):]) == v && (len(k) == len(v) || k[len(k)-len(v)-1] == ' ') {
			trig = true
			break
		}
	}
	if !trig {
		return -1
	}
	pron := "" // the last "ông" or "bà" before the verb
	for rest := k; ; {
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
		}
		if i < 0 {
			break
		}
	}
	first := -1
	for p := t - 1; p >= lo; p-- {
		if l.typ[p] != entity.Person {
			continue
		}
		first = p
		if pron != "" {
			s := l.sents[l.sentOf[p]].Start
			if p > lo {
				s = l.ms[p-1].End
			}
			buf = appendKey(l.keyTmp[:0], l.a.Text[s:l.ms[p].Start])
			l.keyTmp = buf
			pk := bytes.TrimRight(buf, " ")
			if string(pk[bytes.LastIndexByte(pk, ' ')+1:]) == pron {
				return p
			}
		}
	}
	return first
}

// addPosition records the position of group g, deduplicated at entity level.
func (l *linker) addPosition(g group) {
	k := relKey{ent: int32(l.find(g.holder)), key: l.kid[g.title], org: -1}
	if g.org >= 0 {
		k.org = int32(l.find(g.org))
	}
	sp := l.span(g.holder, g.title, g.org, g.date)
	head := &l.relOf[k.ent]
	if x := l.findRelation(*head, k); x >= 0 {
		r := &l.res.Relations[x]
		if r.Date < 0 && g.date >= 0 {
			r.Date = g.date
		}
		l.addEvidence(x, sp)
		return
	}
	l.addRelation(Relation{
		Kind: Position, Person: g.holder, Title: g.title, Organization: g.org, Date: g.date,
		Former: g.former, Name: -1, Alias: -1,
	}, sp, k, head)
}

// elsewhere adds evidence for titles whose holder the text names elsewhere
// ("Theo Chủ tịch Liên hiệp ..., ..."): when exactly one person entity holds
// that title (in that organization), the sentence becomes evidence of it.
func (l *linker) elsewhere(unlinked []group) {
	if len(unlinked) == 0 || len(l.res.Relations) == 0 { // no positions (aliases come later)
		return
	}
	// The one position of each title and organization (key id and entity,
	// packed), or -1 when there are several: they differ in their person.
	pack := func(title, org int32) uint64 { return uint64(uint32(title))<<32 | uint64(uint32(org)) }
	if l.holders == nil {
		l.holders = make(map[uint64]int32, len(l.res.Relations))
	}
	holders := l.holders
	for x, k := range l.relKeys {
		p := pack(k.key, k.org)
		if _, ok := holders[p]; ok {
			holders[p] = -1
		} else {
			holders[p] = int32(x)
		}
	}
	for _, g := range unlinked {
		org := int32(-1)
		if g.org >= 0 {
			org = int32(l.find(g.org))
		}
		if x, ok := holders[pack(l.kid[g.title], org)]; ok && x >= 0 {
			l.addEvidence(int(x), l.span(g.title, g.org))
		}
	}
}
