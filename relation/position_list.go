package relation

// One title over several people, and titles listed under a delegation.

import (
	"strings"

	"github.com/vnextract/vnextract/entity"
)

// plural reports whether title t is written for several people: "các Phó
// Chủ tịch", "2 nguyên Chủ tịch", "hai Phó Thủ tướng".
func (l *linker) plural(t, lo int) bool {
	g := l.textBefore(t, lo)
	w := lastGapWord(g)
	if k := l.wkey(w); k == "nguyen" || k == "cuu" || k == "nu" { // "2 nguyên ...", "4 nữ ..."
		g = strings.TrimRight(g, " ")
		w = lastGapWord(g[:len(g)-len(w)])
	}
	if w == "" {
		return false
	}
	switch l.wkey(w) {
	case "cac", "hai", "ba", "bon", "nam", "nhung":
		return true
	}
	return w[0] >= '2' && w[0] <= '9' && len(w) <= 2
}

// pluralNames reports whether the person mention p, the first of a list,
// follows a plural form of address: "các ông", "các bà", "các đồng chí".
func (l *linker) pluralNames(p, lo int) bool {
	g := l.textBefore(p, lo)
	for n := 0; n < 2; n++ { // "ông", "đồng chí"
		w := lastGapWord(g)
		if w == "" || !l.honorific(w) {
			break
		}
		g = strings.TrimRight(g, " ")
		g = g[:len(g)-len(w)]
	}
	return l.wkey(lastGapWord(g)) == "cac"
}

// listGap reports whether the gap between two person mentions joins them
// in a list: ",", "và", ", và", with honorifics and a photo's "(trái)".
func (l *linker) listGap(g string) bool {
	if len(g) > 40 {
		return false
	}
	link := false
	for w, i := gapWord(g, 0); w != ""; w, i = gapWord(g, i) {
		switch k := l.wkey(w); {
		case k == "," || k == "va" || k == ";":
			link = true
		case l.honorific(w), k == "(", k == ")", k == "trai", k == "phai", k == "giua":
		default:
			return false
		}
	}
	return link
}

// personRun returns the last person of the list of persons that starts
// at mention p ("A, B và C"; "bà A (...); bà B"), before mention hi.
func (l *linker) personRun(p, hi int) int {
	for q := l.listNext(p, hi); q >= 0; q = l.listNext(p, hi) {
		p = q
	}
	return p
}

// listNext returns the person that follows person p in a list, before
// mention hi, or -1: the next mention, after a parenthesis on p if there
// is one ("bà Hồ Thể Lan (phu nhân ...); bà Phan Thúy Thanh").
func (l *linker) listNext(p, hi int) int {
	e, q := l.ms[p].End, p+1
	seg := l.slice(e, min(l.textLen(), e+maxGap))
	if rest := strings.TrimLeft(seg, " "); strings.HasPrefix(rest, "(") {
		c := strings.IndexByte(rest, ')')
		if c < 0 {
			return -1
		}
		e += len(seg) - len(rest) + c + 1
		for q < hi && l.ms[q].Start < e {
			q++
		}
	}
	if q+1 < hi && l.typ[q] == entity.Title && l.typ[q+1] == entity.Person && trimmed(l.gap(q, q+1)) == "" &&
		(isRank(l.key(q)) || l.isDegree(q)) && l.ms[q].Start >= e && l.listGap(l.slice(e, l.ms[q].Start)) {
		return q + 1 // "Đại tá A và Thượng tá B"
	}
	if q >= hi || l.typ[q] != entity.Person || l.ms[q].Start < e || !l.listGap(l.slice(e, l.ms[q].Start)) {
		return -1
	}
	return q
}

// listIntro reports whether the gap g after a plural title introduces the
// list of its holders: ":", "là:", "là", "gồm", with honorifics.
func (l *linker) listIntro(g string) bool {
	if len(g) > 40 {
		return false
	}
	intro := false
	for w, i := gapWord(g, 0); w != ""; w, i = gapWord(g, i) {
		switch k := l.wkey(w); {
		case k == ":" || k == "la" || k == "gom" || k == "co":
			intro = true
		case l.honorific(w), intro && k == "cac": // "là các ông A, B, C"

		default:
			return false
		}
	}
	return intro
}

// personRunBack returns the first person of the list of persons that ends
// at mention p, from mention lo on.
func (l *linker) personRunBack(p, lo int) int {
	for p-1 >= lo && l.typ[p-1] == entity.Person && l.listGap(l.gap(p-1, p)) {
		p--
	}
	return p
}

// delegation gives the titles of one sentence that have a holder but no
// organization the organization of the delegation they are listed in:
// "Phía Viện Kỹ thuật nhiệt đới có GS.TS. X - Viện trưởng, ...",
// "Viện ... gồm có PGS.TS. Y - Phó Viện trưởng". Military ranks keep none.
func (l *linker) delegation(gs []group, lo int) {
	del, has := -1, -1 // the delegation's organization so far; "ORG (từng) có"
	x := 0
	for i := lo; x < len(gs); i++ {
		if i == gs[x].title {
			if g := &gs[x]; g.org < 0 && g.holder >= 0 && !isRank(l.key(i)) {
				switch {
				case del >= 0:
					g.org = del
				case has >= 0 && g.lastHolder > g.holder:
					// "Sở có ba phó giám đốc là: ..."
					g.org = has
				}
			}
			i = gs[x].last
			x++
			continue
		}
		if l.typ[i] != entity.Organization {
			continue
		}
		before := l.textBefore(i, lo)
		cue := false
		if w := lastGapWord(before); w != "" && l.wkey(w) == "phia" {
			cue = true
		} else if i+1 < len(l.ms) {
			g := l.gap(i, i+1)
			w, j := gapWord(g, 0)
			switch l.wkey(w) {
			case "gom":
				cue = true
			case "tung", "hien", "da", "cung":
				w, _ = gapWord(g, j)
			default:
				cue = l.gomAfterName(g)
			}
			if l.wkey(w) == "co" {
				has = i
			}
		}
		if cue {
			del = i
		}
	}
}

// gomAfterName reports whether the gap g after an organization is the
// rest of its name, as the recognizer cut it, and then "gồm": "Viện Khoa
// học" + " & Kỹ thuật vật liệu gồm có ...". The rest is a few words, with no
// punctuation but "&" and "-".
func (l *linker) gomAfterName(g string) bool {
	n := 0
	for w, i := gapWord(g, 0); w != "" && n < 7; w, i = gapWord(g, i) {
		switch {
		case l.wkey(w) == "gom":
			return n > 0
		case w == "&" || isDash(w), letterOrDigit(rune(w[0])) || w[0] >= 0x80:
		default:
			return false
		}
		n++
	}
	return false
}

// addPosition records the position of group g for each of its holders:
// g.holder and the persons listed after it up to g.lastHolder.
func (l *linker) addPosition(g group) {
	p, last := g.holder, g.lastHolder
	for {
		g.holder = p
		l.addPosition1(g)
		if p >= last {
			return
		}
		if p = l.listNext(p, last+1); p < 0 {
			return
		}
	}
}
