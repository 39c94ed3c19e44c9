package relation

import (
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/entity"
)

// group is a title with the organization, places and date that qualify it:
// "Đại sứ đặc mệnh toàn quyền Việt Nam tại Cộng hòa Ả-rập Ai Cập".
type group struct {
	title, org, date int
	last             int // last mention absorbed
	former, acting   bool
	// past is set when the verb before the title says the office is
	// past ("từng là", "thôi giữ chức"); the titles chained to it share it.
	past bool
	// holder is the person mention, -1 when none; when one title stands
	// over several names ("các Phó Chủ tịch A, B và C", "A và B đều là
	// ..."), every PERSON mention from holder to lastHolder holds it.
	holder, lastHolder int
	how                int8
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
			if l.typ[i] == entity.Title && !l.isDegree(i) {
				g := l.parseGroup(i, hi, &buf)
				gs = append(gs, g)
				i = g.last
			}
		}
		if len(gs) > 0 {
			l.linkGroups(gs, lo, hi, &buf)
			l.frontDate(gs, lo)
			l.delegation(gs, lo)
			l.shareBoardOrgs(gs, &buf)
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
	g := group{title: i, org: -1, date: -1, last: i, holder: -1, lastHolder: -1}
	tw := firstWord(l.key(i))
	g.former = isFormer(tw)
	g.acting = tw == "quyen"
	if i > 0 {
		if w := lastGapWord(l.gap(i-1, i)); w != "" {
			switch wk := l.wkey(w); {
			case isFormer(wk):
				g.former = true
			case wk == "quyen":
				g.acting = true
			}
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
	// A unit without a mention of its own between the head of the unit and
	// the body it belongs to: "Trưởng phòng" + " Cảnh sát hình sự " + "Công
	// an tỉnh ...". The body is the position's organization.
	if g.org < 0 && j < hi && l.typ[j] == entity.Organization && unitHead(l.key(i)) && l.unitName(l.gap(i, j)) {
		g.org, g.last = j, j
		j++
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
	// A board is part of the title, not the body: "Chủ tịch HĐQT SeABank",
	// "Chủ tịch Hội đồng quản trị SeABank" (one mention), "Chủ tịch HĐQT
	// ngân hàng này".
	if g.org >= 0 && l.typ[g.org] == entity.Organization {
		if rest, ok := boardRest(l.key(g.org)); ok {
			g.org = -1
			if rest != "" {
				if id := l.lookup(rest); id >= 0 && l.info[id].first[1] >= 0 {
					g.org = int(l.info[id].first[1])
				}
			} else if j < hi && l.typ[j] == entity.Organization && l.orgGap(l.gap(g.last, j), buf) {
				g.org, g.last = j, j
				j++
			}
		}
	}
	// The body named by its kind and capitalized, right before the holder's
	// name: "Phó Giám đốc Sở" + " " + "Vũ Văn A": the last one of that kind.
	if g.org < 0 && j < hi && l.typ[j] == entity.Person {
		if w, end := gapWord(l.gap(g.last, j), 0); capitalized(w) {
			if rest, _ := gapWord(l.gap(g.last, j), end); rest == "" && bodyKinds[l.wkey(w)] {
				g.org = l.lastOfKind(l.wkey(w), i)
			}
		}
	}
	// The body named by its kind: "Chủ tịch HĐQT ngân hàng này", "Giám đốc
	// của bệnh viện": the last one of that kind named before.
	if g.org < 0 {
		end := l.textLen()
		if j < len(l.ms) {
			end = l.ms[j].Start
		}
		end = min(end, l.ms[g.last].End+maxGap) // all kindAfter reads
		if n := l.kindAfter(l.slice(l.ms[g.last].End, end)); n != "" {
			g.org = l.lastOfKind(n, i)
		}
	}
	// Date of the position: "từ ngày 1/10", "nhiệm kỳ 2021-2026".
	if j < hi && l.typ[j] == entity.Date && l.dateGap(l.gap(g.last, j), j, buf) {
		g.date, g.last = j, j
	}
	return g
}

// frontDate gives the date that opens the sentence [lo, ...) with "Từ" or
// "Kể từ" ("Từ ngày 1/7/2025, ông A giữ chức ...") to the offices a verb
// of the sentence states; an event date ("Ngày 12/3, ...") is none.
func (l *linker) frontDate(gs []group, lo int) {
	if l.typ[lo] != entity.Date || lo+1 >= len(l.ms) || !strings.HasPrefix(trimmed(l.gap(lo, lo+1)), ",") {
		return
	}
	g := l.textBefore(lo, lo)
	w1, i := gapWord(g, 0)
	if k := l.wkey(w1); k == "ke" {
		w1, i = gapWord(g, i)
	}
	if w2, _ := gapWord(g, i); l.wkey(w1) != "tu" || w2 != "" {
		return
	}
	for x := range gs {
		if gs[x].how == viaVerbal && gs[x].date < 0 {
			gs[x].date = lo
		}
	}
}

// unitHead reports whether the title key k heads a unit inside a body:
// "trưởng phòng", "phó trưởng ban", "trưởng khoa".
func unitHead(k string) bool {
	for _, h := range [...]string{"truong phong", "truong ban", "truong khoa"} {
		if strings.HasSuffix(k, h) {
			return true
		}
	}
	return false
}

// unitName reports whether the gap g is the name of a unit that the
// recognizer did not find: a capitalized word and at most five more words,
// no punctuation, no "và" ("Cảnh sát hình sự", "Tổ chức cán bộ").
func (l *linker) unitName(g string) bool {
	n := 0
	for w, i := gapWord(g, 0); w != ""; w, i = gapWord(g, i) {
		r := w[0]
		if r < utf8.RuneSelf && !('0' <= r && r <= '9' || 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z') {
			return false
		}
		if n == 0 && !capitalized(w) || l.wkey(w) == "va" {
			return false // "Trưởng khoa Lịch sử và" + "Khoa học Xã hội": one unit
		}
		if n++; n > 6 {
			return false
		}
	}
	return n > 0
}

// titleKey returns the key id that deduplicates title mention i: its key
// with the acronyms of boards spelled out ("Chủ tịch HĐQT" and "Chủ tịch
// Hội đồng quản trị" are one office).
func (l *linker) titleKey(i int) int32 {
	id := l.kid[i]
	if t := l.info[id].title; t != 0 {
		return t - 1
	}
	k := l.keys.str(id)
	out, changed := l.keyTmp[:0], false
	for w := range strings.SplitSeq(k, " ") {
		if len(out) > 0 {
			out = append(out, ' ')
		}
		if full, ok := titleAcronyms[w]; ok {
			out, changed = append(out, full...), true
		} else {
			out = append(out, w...)
		}
	}
	l.keyTmp = out
	c := id
	if changed {
		c = l.intern(string(out))
	}
	l.info[id].title = c + 1 // after intern, which may move l.info
	return c
}

// boardRest reports whether the organization key k is a board ("hđqt",
// "hội đồng quản trị ...") and returns what follows the board's words
// ("seabank"), without a "của".
func boardRest(k string) (string, bool) {
	for _, b := range boardKeys {
		if k == b {
			return "", true
		}
		if strings.HasPrefix(k, b+" ") {
			rest := k[len(b)+1:]
			rest = strings.TrimPrefix(rest, "cua ")
			return rest, true
		}
	}
	return "", false
}

// kindAfter returns the key of the kind of body that the text g right after
// a title names ("của ngân hàng", "ngân hàng này", "tại bệnh viện"), "" when
// it names none.
func (l *linker) kindAfter(g string) string {
	if len(g) > maxGap {
		g = g[:maxGap]
	}
	w, i := gapWord(g, 0)
	if l.wkey(w) == "duong" { // "đương nhiệm của ngân hàng"
		w, i = gapWord(g, i)
		w, i = gapWord(g, i)
	}
	switch l.wkey(w) {
	case "cua", "tai", "thuoc":
		w, i = gapWord(g, i)
	}
	if w == "" || capitalized(w) {
		return "" // a name the recognizer did not find, not a kind
	}
	start := i - len(w)
	// A capitalized word after the kind is the name of another body that
	// the recognizer did not find ("Phó Chủ tịch HĐQT ngân hàng Liên
	// doanh ..."), not a reference back to one named before.
	named := func(end int) bool {
		w, _ := gapWord(g, end)
		return capitalized(w)
	}
	if k1 := l.wkey(w); bodyKinds[k1] {
		if w2, end := gapWord(g, i); w2 != "" {
			if k2 := l.wkey(g[start:end]); bodyKinds[k2] {
				if named(end) {
					return ""
				}
				return k2
			}
		}
		if named(i) {
			return ""
		}
		return k1
	}
	if w2, end := gapWord(g, i); w2 != "" {
		if k2 := l.wkey(g[start:end]); bodyKinds[k2] && !named(end) {
			return k2
		}
	}
	return ""
}

// lastOfKind returns the last ORGANIZATION mention before mention i whose
// entity has a name of kind n ("ngân hàng TMCP ..." for "ngan hang"), or -1.
func (l *linker) lastOfKind(n string, i int) int {
	for m := i - 1; m >= 0; m-- {
		if l.typ[m] != entity.Organization {
			continue
		}
		r := l.find(m)
		if k := l.key(m); strings.HasPrefix(k, n+" ") {
			return m
		}
		for x := range l.forms {
			f := &l.forms[x]
			if strings.HasPrefix(l.keys.str(f.key), n+" ") && l.find(int(f.i)) == r {
				return m
			}
		}
	}
	return -1
}

// shareBoardOrgs gives a board office without a body ("thành viên HĐQT
// kiêm Tổng Giám đốc BIDV", "Phó Chủ tịch HĐQT cũng như thành viên HĐQT
// của Tập đoàn Masan") the body of the office it is coordinated with.
func (l *linker) shareBoardOrgs(gs []group, buf *[]string) {
	for x := len(gs) - 2; x >= 0; x-- {
		g, h := &gs[x], &gs[x+1]
		if g.org >= 0 || h.org < 0 || g.holder < 0 || h.holder < 0 || l.find(g.holder) != l.find(h.holder) {
			continue
		}
		ws, ok := gapWordsUpTo((*buf)[:0], l.gap(g.last, h.title), 4)
		*buf = ws
		if !ok {
			continue
		}
		if !l.boardTitle(g.title) {
			// Two offices of one company joined by "kiêm" ("Chủ tịch kiêm
			// Tổng Giám đốc Công ty ...", "Tổng Giám đốc kiêm thành viên
			// HĐQT ..."); "Phó Thủ tướng kiêm Bộ trưởng Bộ ..." holds two
			// offices of different bodies.
			if len(ws) == 1 && l.wkey(ws[0]) == "kiem" && l.typ[h.org] == entity.Organization &&
				(l.boardTitle(h.title) || companyHeads[l.keys.str(l.titleKey(g.title))] && companyHeads[l.keys.str(l.titleKey(h.title))]) {
				g.org = h.org
			}
			continue
		}
		coord := false
		switch len(ws) {
		case 1:
			coord = ws[0] == "," || l.wkey(ws[0]) == "kiem" || l.wkey(ws[0]) == "va"
		case 2:
			coord = l.wkey(ws[0]) == "cung" && l.wkey(ws[1]) == "nhu" || ws[0] == "," && l.wkey(ws[1]) == "kiem"
		case 3:
			coord = l.wkey(ws[0]) == "va" && l.wkey(ws[1]) == "thoi" && l.wkey(ws[2]) == "lam"
		}
		if coord {
			g.org = h.org
		}
	}
}

// boardTitle reports whether title mention i is an office of a board
// ("Ủy viên HĐQT", "thành viên Hội đồng quản trị").
func (l *linker) boardTitle(i int) bool {
	k := l.keys.str(l.titleKey(i))
	return strings.Contains(k, "hoi dong quan tri") || strings.Contains(k, "hoi dong thanh vien")
}

// isDegree reports whether title mention i is a degree, an academic rank or
// a state honour ("PGS.TS.", "Tiến sĩ", "NSND"): it qualifies a name but is
// no position.
func (l *linker) isDegree(i int) bool {
	inf := &l.info[l.kid[i]]
	if inf.degree == 0 {
		inf.degree = -1
		if isDegreeKey(l.key(i)) {
			inf.degree = 1
		}
	}
	return inf.degree > 0
}

// isDegreeKey is isDegree of a title's key.
func isDegreeKey(k string) bool {
	k = strings.TrimRight(k, ".")
	if degreePhrases[k] {
		return true
	}
	for _, p := range [...]string{"tien si ", "thac si ", "cu nhan ", "ky su "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	// Abbreviations joined by dots, spaces or commas: "pgs.ts", "gs. tskh".
	n := 0
	for len(k) > 0 {
		i := strings.IndexAny(k, ". ,")
		w := k
		if i >= 0 {
			w, k = k[:i], k[i+1:]
		} else {
			k = ""
		}
		if w == "" {
			continue
		}
		if !degreeAbbrevs[w] {
			return false
		}
		n++
	}
	return n > 0
}

// isRank reports whether the title key k is a military or police rank.
func isRank(k string) bool {
	for _, p := range [...]string{"dai tuong", "thuong tuong", "trung tuong", "thieu tuong", "dai ta", "thuong ta",
		"trung ta", "thieu ta", "dai uy", "thuong uy", "trung uy", "thieu uy", "do doc", "pho do doc", "chuan do doc"} {
		if k == p || strings.HasPrefix(k, p+" ") {
			return true
		}
	}
	return false
}

// addPosition1 records the position of group g, deduplicated at entity level.
func (l *linker) addPosition1(g group) {
	if g.org >= 0 && l.typ[g.org] == entity.Location {
		// A country or city after the title ("Tổng thống Nga Putin",
		// "Đại sứ Việt Nam tại Nga") says whose office it is, but a place
		// is no organization: the position has none, as the news
		// guidelines want (testdata/golden/README.md).
		g.org = -1
	}
	k := relKey{ent: int32(l.find(g.holder)), key: l.titleKey(g.title), org: -1}
	if g.org >= 0 {
		k.org = int32(l.find(g.org))
	}
	sp := l.span(g.holder, g.title, g.org, g.date)
	head := &l.relOf[k.ent]
	x := l.findRelation(*head, k)
	if x < 0 {
		// The office stated once with its body and once without it in a
		// clause of its own ("Tổng Giám đốc BIDV Lê Văn A", "ông A sẽ đảm
		// nhiệm vị trí Tổng Giám đốc") is one position: the one with the
		// body. A title written before the name without its body stays a
		// position of its own ("Tổng Bí thư Tô Lâm", as the seeds' goldens
		// have it).
		x = l.sameOffice(*head, k, g.org, g.how == viaForward)
		if x >= 0 && k.org >= 0 {
			l.relKeys[x].org = k.org
			l.res.Relations[x].Organization = g.org
			l.prefixed[x] = false
		}
	}
	if x >= 0 {
		r := &l.res.Relations[x]
		if r.Date < 0 && g.date >= 0 {
			r.Date = g.date
		}
		l.addEvidence(x, sp)
		return
	}
	l.addRelation(Relation{
		Kind: Position, Person: g.holder, Title: g.title, Organization: g.org, Date: g.date,
		Former: g.former, Acting: g.acting, Name: -1, Alias: -1,
	}, sp, k, head)
	for len(l.prefixed) < len(l.res.Relations) {
		l.prefixed = append(l.prefixed, false)
	}
	l.prefixed[len(l.res.Relations)-1] = g.org < 0 && g.how == viaForward
}

// sameOffice returns the position in the chain that starts at head of the
// same person and title as k where one of the two has no organization, or
// -1. A place is no body here: "Tổng thống Nga" and "Tổng thống" stay two
// ways of stating the office. org is the organization mention of k, and
// prefixed tells that k, without one, is a title written before the name;
// such a position, new or found, is no match.
func (l *linker) sameOffice(head int32, k relKey, org int, prefixed bool) int {
	if k.org < 0 && prefixed {
		return -1
	}
	for x := head; x >= 0; x = l.relNext[x] {
		r := &l.res.Relations[x]
		if o := l.relKeys[x]; o.ent == k.ent && o.key == k.key && (o.org < 0) != (k.org < 0) && r.Kind == Position &&
			(o.org < 0 || l.typ[r.Organization] == entity.Organization) && (k.org < 0 || l.typ[org] == entity.Organization) &&
			!(o.org < 0 && l.prefixed[x]) {
			return int(x)
		}
	}
	return -1
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
