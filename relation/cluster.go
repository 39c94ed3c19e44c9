package relation

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// cluster joins the mentions of one person, body or place.
func (l *linker) cluster() {
	l.clusterSame()
	l.clusterPlaces()
	l.clusterPersons()
	l.clusterOrgs()
}

// clusterSame joins the mentions of the same type and key (places: same
// canonical key).
func (l *linker) clusterSame() {
	for i := range l.ms {
		var x int // index into keyInfo.first
		id := l.kid[i]
		switch l.typ[i] {
		case entity.Person:
			x = 0
		case entity.Organization:
			x = 1
			id = l.orgKey(id)
			l.kid[i] = id
		case entity.Location:
			x = 2
			if c := l.list.extra(&l.ms[i]).canonical; c != "" {
				id = l.internKeyOf(c) // the lexicon entry the mention matched
			}
			id = l.placeKey(id)
		default:
			continue
		}
		l.cid[i] = id
		if j := l.info[id].first[x]; j >= 0 {
			l.union(int(j), i)
		} else {
			l.info[id].first[x] = int32(i)
		}
	}
}

// orgKey returns the id of key id as an organization's: "lb" spelled out
// ("LB Nga" and "Liên bang Nga" are one body's names).
func (l *linker) orgKey(id int32) int32 {
	if o := l.info[id].org; o >= 0 {
		return o
	}
	o := id
	if k := l.keys.str(id); strings.Contains(k, "lb ") {
		o = l.intern(strings.ReplaceAll(" "+k, " lb ", " lien bang ")[1:])
	}
	l.info[id].org = o
	return o
}

// placeKey returns the id of the canonical form of key id as a place, and
// marks that form as a place's: the key of the name the lexicon gives the
// place ("Matxcova" -> "Moscow"), without its state words.
func (l *linker) placeKey(id int32) int32 {
	if p := l.info[id].place; p >= 0 {
		return p
	}
	k := l.keys.str(id)
	if c := l.a.CanonicalName(entity.Location, k); c != "" {
		// Only interned (copied) below, so made in a reused buffer.
		l.keyTmp = normalize.AppendNameKey(l.keyTmp[:0], c)
		k = unsafe.String(unsafe.SliceData(l.keyTmp), len(l.keyTmp))
	}
	p := l.intern(locCanon(k))
	l.info[id].place = p
	l.info[p].isPlace = true
	return p
}

// locCanon returns the canonical key of a place whose key is k: the words
// of state or city removed ("liên bang nga" -> "nga", "tp.ha noi" -> "ha
// noi").
func locCanon(k string) string {
	for _, p := range locPrefixes {
		if strings.HasPrefix(k, p) && len(k) > len(p) {
			return k[len(p):]
		}
	}
	return k
}

// clusterPlaces joins a place to the compound province name it is part of
// ("Vũng Tàu" and "Bà Rịa - Vũng Tàu") when exactly one compound has it.
func (l *linker) clusterPlaces() {
	found := false
	for i := range l.ms {
		if l.typ[i] != entity.Location {
			continue
		}
		k := l.keys.str(l.cid[i])
		if strings.IndexByte(k, '-') < 0 {
			continue
		}
		a, b, _ := strings.Cut(k, "-")
		if strings.IndexByte(a, ' ') < 0 || strings.IndexByte(b, ' ') < 0 || strings.IndexByte(b, '-') >= 0 {
			continue
		}
		for _, p := range [2]string{a, b} {
			id := l.lookup(p)
			if id < 0 {
				continue // no place is called so
			}
			switch part := &l.info[id].part; {
			case *part == 0:
				*part, found = int32(i)+1, true
			case *part > 0 && l.find(int(*part-1)) != l.find(i):
				*part = -1 // in two compounds: which one is meant is unknown
			}
		}
	}
	if !found {
		return
	}
	for i := range l.ms {
		if l.typ[i] != entity.Location {
			continue
		}
		if p := l.info[l.cid[i]].part; p > 0 {
			l.union(int(p-1), i)
		}
	}
}

// personName describes a PERSON mention for short-form resolution.
type personName struct {
	i       int
	first   string // first word key
	last    string // last word key
	foreign bool
}

// clusterPersons joins short forms ("Hùng", "Kalganov", "Svetlana"), initialed
// forms ("V.Kalganov") and "Bác Hồ" to a full name of the same text.
func (l *linker) clusterPersons() {
	full := l.full[:0]
	defer func() { l.full = full }()
	for i := range l.ms {
		if l.typ[i] != entity.Person {
			continue
		}
		k := l.key(i)
		if strings.IndexByte(k, ' ') < 0 {
			continue
		}
		fw := firstWord(k)
		var vn bool
		if p := l.ms[i].parts; p != 0 {
			vn = p&partsFamily != 0
		} else {
			vn = l.a.VietnameseName(l.text(i))
		}
		full = append(full, personName{i: i, first: fw, last: lastWord(k), foreign: !vn})
	}
	if len(full) == 0 {
		return
	}
	for i := range l.ms {
		if l.typ[i] != entity.Person {
			continue
		}
		k := l.key(i)
		var match func(p personName) bool
		switch {
		case k == "bac ho":
			match = func(p personName) bool { return l.key(p.i) == "ho chi minh" }
		case strings.IndexByte(k, ' ') >= 0:
			continue
		case strings.IndexByte(k, '.') > 0:
			// Initialed form: "v.kalganov", "v.v.putin".
			dot := strings.LastIndexByte(k, '.')
			surname, ini := k[dot+1:], k[:1]
			if surname == "" {
				continue
			}
			match = func(p personName) bool {
				return p.foreign && p.last == surname && strings.HasPrefix(p.first, ini)
			}
		default:
			match = func(p personName) bool {
				return p.last == k || (p.foreign && p.first == k)
			}
		}
		best := -1
		for _, p := range full {
			if !match(p) {
				continue
			}
			if p.i < i {
				best = p.i // nearest preceding so far
			} else if best < 0 {
				best = p.i // nearest following
				break
			} else {
				break
			}
		}
		if best >= 0 {
			l.union(best, i)
		}
	}
}

// orgForm is one distinct wording of an organization. Its words are word
// ids (see linker.wordIDs), compared as integers; nothing in it is a
// pointer.
type orgForm struct {
	i      int32 // first mention
	key    int32 // key id
	w0, w1 int32 // its words: linker.fwords[w0:w1]
	// ini0, ini1 delimit the initials of its content words in
	// linker.iniBuf.
	ini0, ini1 int32
	// head is the first form with the same first word, sameHead the next
	// one; -1 for none.
	head, sameHead int32
	// generic is set when the first two words are a generic head noun
	// ("tổ chức").
	generic bool
	// caps is set when the text of its first mention is all in capitals
	// (allCaps): acronyms are.
	caps bool
}

// nw returns the number of words of f.
func (f *orgForm) nw() int { return int(f.w1 - f.w0) }

// words returns the word ids of form f.
func (l *linker) words(f *orgForm) []int32 { return l.fwords[f.w0:f.w1:f.w1] }

// ini returns the initials of form f.
func (l *linker) ini(f *orgForm) string {
	return unsafe.String(unsafe.SliceData(l.iniBuf[f.ini0:]), int(f.ini1-f.ini0))
}

// headChain is the first and the last form with one first word.
type headChain struct{ first, last int32 }

// clusterOrgs joins acronyms, parenthesized short forms and short forms of
// organizations to their full names.
func (l *linker) clusterOrgs() {
	forms := l.forms[:0]
	l.fwords, l.iniBuf = l.fwords[:0], l.iniBuf[:0]
	l.wordIDs.reset(len(l.info))
	for i, typ := range l.typ {
		// One form per key: its first mention.
		if typ != entity.Organization || int(l.info[l.kid[i]].first[1]) != i {
			continue
		}
		id := l.kid[i]
		w0, ini0 := len(l.fwords), len(l.iniBuf)
		l.appendWordsInitials(l.keys.str(id))
		f := orgForm{i: int32(i), key: id, w0: int32(w0), w1: int32(len(l.fwords)),
			ini0: int32(ini0), ini1: int32(len(l.iniBuf)), head: -1, sameHead: -1}
		if f.nw() >= 2 {
			f.generic = genericHead(l.wordIDs.str(l.fwords[w0]), l.wordIDs.str(l.fwords[w0+1]))
		}
		if f.nw() == 1 { // only one word makes an acronym
			f.caps = allCaps(l.mtext(i))
		}
		l.info[id].form = int32(len(forms))
		forms = append(forms, f)
	}
	l.forms = forms
	// Chain the forms by first word, in text order, so that the short
	// forms below look only at names with their head.
	chains := resize(l.headChains, l.wordIDs.len())
	l.headChains = chains
	for x := range forms {
		f := &forms[x]
		if f.nw() == 0 {
			continue // a key with no words ("", of a mark alone) heads nothing
		}
		c := &chains[l.fwords[f.w0]]
		if c.last > 0 { // chains hold form+1, 0 for none
			forms[c.last-1].sameHead = int32(x)
			c.last = int32(x) + 1
			f.head = c.first - 1
		} else {
			*c = headChain{first: int32(x) + 1, last: int32(x) + 1}
			f.head = int32(x)
		}
	}
	l.wellKnownOrgs()
	// Parenthesized acronym or short form right after a full name.
	for i := 0; i+1 < len(l.ms); i++ {
		j := i + 1
		if l.typ[i] != entity.Organization || l.typ[j] != entity.Organization {
			continue
		}
		if !l.closesParen(l.ms[j].End) || !parenGap(l.gap(i, j)) {
			continue
		}
		pid, nid := l.kid[j], l.kid[i]
		pk, pf, nf := l.keys.str(pid), &forms[l.info[pid].form], &forms[l.info[nid].form]
		pw, nw := l.words(pf), l.words(nf)
		if len(pw) == 0 {
			continue // no words in the parentheses ("(\u200b)"): nothing to be an alias
		}
		related := acronymOf(pk, l.ini(nf)) || (len(pw) < len(nw) && pw[0] == nw[0] && isSubsequence(pw, nw))
		if !related {
			// A parenthesized name that is a short form of another body is
			// not an alias: "Ban Công tác đa phương (Liên hiệp Hữu nghị)".
			other := false
			for x := range forms {
				f := &forms[x]
				if f.key == nid || f.key == pid || l.find(int(f.i)) == l.find(i) {
					continue
				}
				if acronymOf(pk, l.ini(f)) || (len(pw) < f.nw() && pw[0] == l.fwords[f.w0] && isSubsequence(pw, l.words(f))) {
					other = true
					break
				}
			}
			if other || l.find(j) != j && l.find(j) != l.find(i) && wordCount(l.key(l.find(j))) > len(pw) || l.parentInParen(i) {
				continue
			}
		}
		l.union(i, j)
		l.aliases = append(l.aliases, aliasCand{name: i, alias: j})
	}
	// Acronyms whose letters spell a name's initials.
	for x := range forms {
		f := &forms[x]
		if f.nw() != 1 || !f.caps {
			continue
		}
		fi, acr := int(f.i), l.keys.str(f.key)
		best := -1
		for y := range forms {
			g := &forms[y]
			if g.nw() < 2 || !acronymOf(acr, l.ini(g)) {
				continue
			}
			if gi := int(g.i); best < 0 || (gi < fi && gi > best) {
				best = gi
			}
		}
		if best >= 0 && l.find(best) != l.find(fi) {
			l.union(best, fi)
			l.aliases = append(l.aliases, aliasCand{name: best, alias: fi})
		}
	}
	// Names written partly in initials: "Viện KTNĐ", "VKSND huyện", "Sở
	// TN&MT", "ĐHBK" for "Đại học Bách khoa Hà Nội".
	for x := range forms {
		f := &forms[x]
		if !hasInitials(l.mtext(int(f.i))) {
			continue
		}
		fi := int(f.i)
		sw := l.strWords(0, l.words(f))
		r0, _ := utf8.DecodeRuneInString(sw[0])
		best := -1
		for y := range forms {
			g := &forms[y]
			if g.nw() <= f.nw() {
				continue
			}
			// The first word is the name's, or the first of its initials.
			if g0 := l.fwords[g.w0]; g0 != l.fwords[f.w0] {
				if r, _ := utf8.DecodeRuneInString(l.wordIDs.str(g0)); r != r0 {
					continue
				}
			}
			if gi := int(g.i); l.find(gi) != l.find(fi) && l.partInitials(sw, l.mtext(int(f.i)), l.strWords(1, l.words(g))) {
				if best < 0 || (gi < fi && gi > best) {
					best = gi
				}
			}
		}
		if best >= 0 {
			l.union(best, fi)
			l.aliases = append(l.aliases, aliasCand{name: best, alias: fi})
		}
	}
	// A generic head dropped: "VietHope" for "Tổ chức VietHope".
	l.generic = indicesWhere(l.generic, forms, func(f *orgForm) bool { return f.generic })
	generic := l.generic // the forms with a generic head, in order
	for x := range forms {
		f := &forms[x]
		if len(generic) == 0 || f.nw() > 2 || !capitalized(l.mtext(int(f.i))) {
			continue
		}
		fw := l.words(f)
		for _, y := range generic {
			if g := &forms[y]; g.nw() == len(fw)+2 && isPrefix(fw, l.words(g)[2:]) {
				l.union(int(g.i), int(f.i))
				break
			}
		}
	}
	// Short forms: "Hội đồng Hòa bình" for "Hội đồng Hòa bình về Gaza",
	// "Liên hiệp Hữu nghị Việt Nam" for "Liên hiệp các tổ chức hữu nghị Việt Nam".
	// A name that only adds a place to the short form ("Quốc hội Nhật Bản",
	// "Hội hữu nghị Việt - Nga tỉnh Hải Dương") is another body; one that only
	// drops place words ("Ủy ban Đối ngoại Saint Petersburg") is a variant.
	for x := range forms {
		f := &forms[x]
		if f.nw() < 2 {
			continue
		}
		fi, fw := int(f.i), l.words(f)
		best, already, alias, chapter := -1, false, false, false
		for y := f.head; y >= 0; y = forms[y].sameHead {
			g := &forms[y]
			if g.nw() <= len(fw) || !isSubsequence(fw, l.words(g)) {
				continue
			}
			gi := int(g.i)
			if l.find(gi) == l.find(fi) {
				already = true
				break
			}
			chapter = chapter || localChapter(l.keys.str(f.key), l.keys.str(g.key))
			al, ok := l.shortForm(fw, g)
			if !ok || l.placeConflict(f.key, fi, g.key) {
				continue
			}
			if best < 0 || (gi < fi && (best > fi || gi > best)) {
				best, alias = gi, al
			}
		}
		if already || best < 0 || chapter && countryDrop(l.keys.str(f.key), l.key(best)) {
			continue
		}
		l.union(best, fi)
		if alias {
			l.aliases = append(l.aliases, aliasCand{name: best, alias: fi, short: true})
		}
	}
	l.spelledOut()
}

// wellKnownOrgs joins the acronyms and bare forms that the lexicon gives a
// canonical name ("VUFO", "Đảng", "MTTQ Việt Nam") to their full names; an
// acronym alone is an alias, a name with an acronym in it one when the
// text wrote the full name first ("TAND tối cao" before "Tòa án nhân dân
// tối cao" is left untied by the news guidelines), a bare head noun joins
// the body but is not an alias of it. It handles the forms found in the order of the
// forms.
func (l *linker) wellKnownOrgs() {
	found := l.known[:0]
	var buf [128]byte
	for x := range l.forms {
		// The lexicon entry's canonical name: "XYZQ" of the line ORG	XYZQ
		// Tập đoàn Thử Nghiệm Alpha, that of the entry the mention matched
		// or else of one so written. Its key is only looked up, so it
		// stays in buf.
		c := l.list.extra(&l.ms[l.forms[x].i]).canonical
		if c == "" {
			c = l.a.CanonicalName(entity.Organization, l.keys.str(l.forms[x].key))
		}
		if c == "" {
			continue
		}
		k := normalize.AppendNameKey(buf[:0], c)
		full := unsafe.String(unsafe.SliceData(k), len(k))
		if fid := l.lookup(full); fid >= 0 && l.info[fid].first[1] >= 0 {
			found = append(found, [2]int32{int32(x), fid})
		} else {
			// Kept, by the complement of its canonical key's id, for
			// another spelling of the full name with the same canonical.
			found = append(found, [2]int32{int32(x), ^l.intern(full)})
		}
	}
	l.known = found
	for _, k := range found {
		f := &l.forms[k[0]]
		j := -1
		if k[1] >= 0 {
			j = int(l.info[k[1]].first[1])
		} else if f.nw() == 1 {
			// No mention is written as the canonical name, but a full
			// name is that the lexicon gives the same: "Liên đoàn
			// Thương mại và Công nghiệp Việt Nam" for "VCCI", both
			// "Phòng Thương mại và Công nghiệp Việt Nam" to it.
			j = l.sameCanonical(k[1])
		}
		if j < 0 {
			continue
		}
		l.union(j, int(f.i))
		if f.nw() == 1 && f.caps || f.nw() > 1 && j < int(f.i) && hasAcronymWord(l.mtext(int(f.i))) {
			l.aliases = append(l.aliases, aliasCand{name: j, alias: int(f.i)})
		}
	}
}

// sameCanonical returns the first mention of the first form of more than
// one word in l.known whose canonical key id is ^c, or -1.
func (l *linker) sameCanonical(c int32) int {
	for _, k := range l.known {
		if f := &l.forms[k[0]]; k[1] == c && f.nw() > 1 {
			return int(f.i)
		}
	}
	return -1
}

// strWords returns the words of the word ids ws, in buffer b (0 or 1) of
// l, which the next call with b reuses.
func (l *linker) strWords(b int, ws []int32) []string {
	out := l.strBuf[b][:0]
	for _, w := range ws {
		out = append(out, l.wordIDs.str(w))
	}
	l.strBuf[b] = out
	return out
}

// nextField returns the first space-separated field of s and the rest.
func nextField(s string) (field, rest string) {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// hasInitials reports whether the text s has a word of two capitals or
// more ("KTNĐ", "TN&MT"), a quick test before partInitials.
func hasInitials(s string) bool {
	run := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			run++
			if run >= 2 {
				return true
			}
		case r == '&':
		default:
			run = 0
		}
	}
	return false
}

// partInitials reports whether the key words short of an organization's
// name written partly in initials (its text is text) name the body whose
// key words are long: each word of short is the next word of long or, when
// written in capitals, the initials of the next words of long (function
// words skipped: "TN&MT" = "tài nguyên và môi trường"); what is left of
// long is nothing or a place ("ĐHBK" for "Đại học Bách khoa Hà Nội").
func (l *linker) partInitials(short []string, text string, long []string) bool {
	j, acr := 0, false
	for _, w := range short {
		var tw string // w as the text writes it
		tw, text = nextField(text)
		if j < len(long) && long[j] == w {
			j++
			continue
		}
		if !allCaps(tw) {
			return false // also when the text and its key do not split alike
		}
		n := 0 // letters of w matched
		for _, r := range w {
			if !letterOrDigit(r) {
				continue
			}
			for j < len(long) && isFunctionWord(long[j]) {
				j++
			}
			if j == len(long) {
				return false
			}
			if r0, _ := utf8.DecodeRuneInString(long[j]); r0 != r {
				return false
			}
			j++
			n++
		}
		if n < 2 {
			return false
		}
		acr = true
	}
	if !acr {
		return false
	}
	if j == len(long) {
		return true
	}
	if placeWords[long[j]] || placeWords[long[j-1]] { // "... huyện" + "Duy Xuyên"
		return true
	}
	rest := strings.Join(long[j:], " ")
	return countries[locCanon(rest)] || l.isPlace(locCanon(rest))
}

// placeWords announce or qualify a place inside an organization's name.
var placeWords = map[string]bool{
	"tinh": true, "thanh": true, "pho": true, "tp": true, "tp.": true, "huyen": true, "quan": true,
	"xa": true, "phuong": true, "chinh": true, "quyen": true, "thi": true, "tran": true,
}

// shortForm decides whether short (a word subsequence of the words of
// long with the same head) names the same body (ok) and whether it is an
// alias rather than a spelling variant.
func (l *linker) shortForm(short []int32, long *orgForm) (alias, ok bool) {
	lw := l.words(long)
	if isPrefix(short, lw) {
		rest := lw[len(short):]
		r0 := l.wordIDs.str(rest[0])
		if placeWords[r0] {
			return false, false
		}
		// Dropping a possessive or the party keeps the same body, and is not
		// an alias (testdata/golden/README.md): "Ủy ban Đối ngoại" for "Ủy ban
		// Đối ngoại của Quốc hội", "Ban Đối ngoại Trung ương" for "... Đảng".
		if r0 == "cua" || len(rest) == 1 && r0 == "dang" {
			return false, true
		}
		// Nor dropping the term: "HĐND tỉnh" for "HĐND tỉnh khóa X".
		if r0 == "khoa" && len(rest) == 2 {
			return false, true
		}
		// A bare national body ("Quốc hội", "Chính phủ") is Viet Nam's own,
		// not another country's; a longer distinctive name ("Duma Quốc gia")
		// is the same body with or without its country.
		if p := locCanon(l.keyFrom(long.key, len(short))); countries[p] {
			w1 := ""
			if len(short) > 1 {
				w1 = l.wordIDs.str(short[1])
			}
			return countryDropped(len(short), p, l.wordIDs.str(short[0]), w1)
		} else if l.isPlace(p) {
			// A province's or a city's body named without it ("Tỉnh ủy",
			// "UBND tỉnh", "Sở TN&MT" for "... Khánh Hòa"): the one the
			// text named in full, and a short form of it.
			return true, true
		}
		return true, true
	}
	// Dropped words: only place words make a variant.
	j := 0
	for _, w := range lw {
		if j < len(short) && short[j] == w {
			j++
			continue
		}
		if !placeWords[l.wordIDs.str(w)] {
			return true, true
		}
	}
	return false, true
}

// keyFrom returns key id from its word n on: its words from n on, joined
// by spaces, as a key has them.
func (l *linker) keyFrom(id int32, n int) string {
	k := l.keys.str(id)
	for ; n > 0; n-- {
		k = k[strings.IndexByte(k, ' ')+1:]
	}
	return k
}

// isPlace reports whether some LOCATION mention has canonical key k.
func (l *linker) isPlace(k string) bool {
	id := l.lookup(k)
	return id >= 0 && l.info[id].isPlace
}

// isPrefix reports whether short is a prefix of long.
func isPrefix[T comparable](short, long []T) bool {
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	return true
}

// closesParen reports whether the text at offset continues the parenthesis
// ("(VUFO)", "(George School/Mỹ)", "(LĐTBXH, ...", "(BIDV – Mã: BID)").
func (l *linker) closesParen(off int) bool {
	// The spaces at off, read in longer pieces until they end.
	for n := 64; ; n *= 8 {
		end := min(l.textLen(), off+n)
		text := l.slice(off, end)
		if strings.TrimLeft(text, " ") != "" || end == l.textLen() {
			return closesParen(text, 0)
		}
	}
}

// closesParen is (*linker).closesParen of the text text.
func closesParen(text string, off int) bool {
	for off < len(text) && text[off] == ' ' {
		off++
	}
	if off >= len(text) {
		return false
	}
	switch text[off] {
	case ')', '/', ',', ';', '-':
		return true
	}
	return strings.HasPrefix(text[off:], "–") || strings.HasPrefix(text[off:], "—")
}

// appendWordsInitials appends the ids of the words of key k to l.fwords
// (interned in l.wordIDs) and the first letters of its content words to
// l.iniBuf, dash compounds counting one letter per part ("bo lao
// dong-thuong binh va xa hoi" -> "bldtbxh"). It reads k once.
func (l *linker) appendWordsInitials(k string) {
	if k == "" {
		return
	}
	ws, ini := l.fwords, l.iniBuf
	word, mark := 0, len(ini) // start of the word in k, and of its initials
	part := true              // at the start of a word or after a dash
	for i := 0; i <= len(k); i++ {
		if i == len(k) || k[i] == ' ' {
			w := k[word:i]
			id, _ := l.wordIDs.intern(w)
			ws = append(ws, id)
			if isFunctionWord(w) {
				ini = ini[:mark]
			}
			word, mark, part = i+1, len(ini), true
			continue
		}
		if c := k[i]; c == '-' {
			part = true
		} else if part {
			part = false
			r := rune(c)
			if r >= utf8.RuneSelf {
				r, _ = utf8.DecodeRuneInString(k[i:])
			}
			if letterOrDigit(r) {
				ini = utf8.AppendRune(ini, r)
			}
		}
	}
	l.fwords, l.iniBuf = ws, ini
}

// letterOrDigit is unicode.IsLetter || unicode.IsDigit, quick for ASCII.
func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// acronymOf reports whether the acronym key acr spells ini, or ini without its
// head word ("LĐTBXH" for "Bộ Lao động - Thương binh và Xã hội").
func acronymOf(acr, ini string) bool {
	// ini is acr, or one rune longer: a test cheap enough to be inlined in
	// the loops over all names comes first (a negative difference wraps).
	if uint(len(ini)-len(acr)) > utf8.UTFMax {
		return false
	}
	return spells(acr, ini)
}

// spells is acronymOf without the length test.
func spells(acr, ini string) bool {
	if len(acr) < 2 || strings.IndexByte(acr, ' ') >= 0 || len(ini) < 2 {
		return false
	}
	if acr == ini {
		return true
	}
	_, n := utf8.DecodeRuneInString(ini)
	return len(ini)-n >= 2 && acr == ini[n:]
}

// allCaps reports whether s has at least two letters, all upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// indicesWhere returns dst[:0] with the indices of the elements of s that
// keep takes, in order: the forms a later loop visits, in a slice the
// linker reuses.
func indicesWhere[T any](dst []int32, s []T, keep func(*T) bool) []int32 {
	dst = dst[:0]
	for x := range s {
		if keep(&s[x]) {
			dst = append(dst, int32(x))
		}
	}
	return dst
}
