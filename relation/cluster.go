package relation

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
)

// vnFamily lists the keys of common Vietnamese family names, used to tell a
// Vietnamese full name (whose short form is the given name) from a foreign one
// when the mention carries no name parts.
var vnFamily = map[string]bool{
	"nguyen": true, "tran": true, "le": true, "pham": true, "hoang": true, "huynh": true, "phan": true,
	"vu": true, "vo": true, "dang": true, "bui": true, "do": true, "ho": true, "ngo": true, "duong": true,
	"ly": true, "dinh": true, "doan": true, "trinh": true, "truong": true, "lam": true, "mai": true,
	"luong": true, "ta": true, "cao": true, "chu": true, "ha": true, "tong": true, "to": true, "dong": true,
	"thai": true, "luu": true, "kieu": true, "quach": true, "la": true, "trieu": true, "khuat": true, "van": true,
	"nghiem": true, "giang": true, "tang": true, "au": true, "lai": true, "lu": true, "ton": true, "thach": true,
}

// cluster joins the mentions of one person, body or place.
func (l *linker) cluster() {
	// 1. Same type and same key (places: same canonical key).
	for i := range l.ms {
		var x int // index into keyInfo.first
		id := l.kid[i]
		switch l.ms[i].Type {
		case entity.Person:
			x = 0
		case entity.Organization:
			x = 1
			id = l.orgKey(id)
			l.kid[i] = id
		case entity.Location:
			x = 2
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
	l.clusterPlaces()
	l.clusterPersons()
	l.clusterOrgs()
}

// orgKey returns the id of key id as an organization's: "lb" spelled out
// ("LB Nga" and "Liên bang Nga" are one body's names).
func (l *linker) orgKey(id int32) int32 {
	if o := l.info[id].org; o >= 0 {
		return o
	}
	o := id
	if k := l.keys.strs[id]; strings.Contains(k, "lb ") {
		o = l.intern(strings.ReplaceAll(" "+k, " lb ", " lien bang ")[1:])
	}
	l.info[id].org = o
	return o
}

// placeKey returns the id of the canonical form of key id as a place, and
// marks that form as a place's.
func (l *linker) placeKey(id int32) int32 {
	if p := l.info[id].place; p >= 0 {
		return p
	}
	p := l.intern(locCanon(l.keys.strs[id]))
	l.info[id].place = p
	l.info[p].isPlace = true
	return p
}

// locCanon returns the canonical key of a place: state words removed and
// well-known variants mapped to one form ("LB Nga", "Liên bang Nga" -> "nga").
func locCanon(k string) string {
	if v, ok := locSame[k]; ok {
		return v
	}
	for _, p := range locPrefixes {
		if strings.HasPrefix(k, p) && len(k) > len(p) {
			k = k[len(p):]
			if v, ok := locSame[k]; ok {
				return v
			}
			break
		}
	}
	return k
}

// clusterPlaces joins a place to the compound province name it is part of
// ("Vũng Tàu" and "Bà Rịa - Vũng Tàu") when exactly one compound has it.
func (l *linker) clusterPlaces() {
	found := false
	for i := range l.ms {
		if l.ms[i].Type != entity.Location {
			continue
		}
		k := l.keys.strs[l.cid[i]]
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
		if l.ms[i].Type != entity.Location {
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
		if l.ms[i].Type != entity.Person {
			continue
		}
		k := l.key(i)
		if strings.IndexByte(k, ' ') < 0 {
			continue
		}
		fw := firstWord(k)
		var vn bool
		if p := l.ms[i].Person; p != nil {
			vn = p.Family != ""
		} else {
			vn = vnFamily[fw]
		}
		full = append(full, personName{i: i, first: fw, last: lastWord(k), foreign: !vn})
	}
	if len(full) == 0 {
		return
	}
	for i := range l.ms {
		if l.ms[i].Type != entity.Person {
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

// orgForm is one distinct wording of an organization.
type orgForm struct {
	i     int // first mention
	k     string
	words []string
	ini   string // initials of the content words
	// generic is set when the first two words are a generic head noun
	// ("tổ chức").
	generic bool
	// head is the first form with the same first word, sameHead the next
	// one; -1 for none.
	head, sameHead int32
}

// headChain is the first and the last form with one first word.
type headChain struct{ first, last int32 }

// clusterOrgs joins acronyms, parenthesized short forms and short forms of
// organizations to their full names.
func (l *linker) clusterOrgs() {
	forms, back, ini, iniEnds := l.forms[:0], l.words[:0], l.iniBuf[:0], l.iniEnds[:0]
	for i := range l.ms {
		// One form per key: its first mention.
		if l.ms[i].Type != entity.Organization || int(l.info[l.kid[i]].first[1]) != i {
			continue
		}
		n := len(back)
		back, ini = appendWordsInitials(back, ini, l.key(i))
		w := back[n:len(back):len(back)]
		forms = append(forms, orgForm{i: i, k: l.key(i), words: w,
			generic: len(w) >= 2 && genericHead(w[0], w[1])})
		iniEnds = append(iniEnds, len(ini))
	}
	// All initials share one buffer, kept across calls; like the keys they
	// are forgotten before it is written again.
	inis := unsafe.String(unsafe.SliceData(ini), len(ini))
	for x := range forms {
		start := 0
		if x > 0 {
			start = iniEnds[x-1]
		}
		forms[x].ini = inis[start:iniEnds[x]]
	}
	l.forms, l.words, l.iniBuf, l.iniEnds = forms, back, ini, iniEnds
	// Chain the forms by first word, in text order, so that the short
	// forms below look only at names with their head.
	if l.heads == nil {
		l.heads = make(map[string]int32, len(forms))
	}
	chains := l.headChains[:0]
	for x := range forms {
		f := &forms[x]
		f.head, f.sameHead = -1, -1
		if len(f.words) == 0 {
			continue // a key with no words ("", of a mark alone) heads nothing
		}
		if c, ok := l.heads[f.words[0]]; ok {
			forms[chains[c].last].sameHead = int32(x)
			chains[c].last = int32(x)
			f.head = chains[c].first
		} else {
			l.heads[f.words[0]] = int32(len(chains))
			chains = append(chains, headChain{first: int32(x), last: int32(x)})
			f.head = int32(x)
		}
	}
	l.headChains = chains
	// Well-known acronyms and bare forms ("VUFO", "Đảng"); a bare head noun
	// joins the body but is not an alias of it.
	for _, f := range forms {
		if full, ok := orgSame[f.k]; ok {
			if id := l.lookup(full); id >= 0 && l.info[id].first[1] >= 0 {
				j := int(l.info[id].first[1])
				l.union(j, f.i)
				if len(f.words) == 1 && allCaps(l.ms[f.i].Text) {
					l.aliases = append(l.aliases, aliasCand{name: j, alias: f.i})
				}
			}
		}
	}
	// Parenthesized acronym or short form right after a full name.
	for i := 0; i+1 < len(l.ms); i++ {
		j := i + 1
		if l.ms[i].Type != entity.Organization || l.ms[j].Type != entity.Organization {
			continue
		}
		if !closesParen(l.a.Text, l.ms[j].End) || trimmed(l.gap(i, j)) != "(" {
			continue
		}
		pk, nk := l.key(j), l.key(i)
		l.pw = appendWords(l.pw[:0], pk)
		l.nw, l.keyTmp = appendWordsInitials(l.nw[:0], l.keyTmp[:0], nk)
		pw, nw := l.pw, l.nw
		related := acronymOfBytes(pk, l.keyTmp) || (len(pw) < len(nw) && pw[0] == nw[0] && isSubsequence(pw, nw))
		if !related {
			// A parenthesized name that is a short form of another body is
			// not an alias: "Ban Công tác đa phương (Liên hiệp Hữu nghị)".
			other := false
			for _, f := range forms {
				if f.k == nk || f.k == pk || l.find(f.i) == l.find(i) {
					continue
				}
				if acronymOf(pk, f.ini) || (len(pw) < len(f.words) && pw[0] == f.words[0] && isSubsequence(pw, f.words)) {
					other = true
					break
				}
			}
			if other || l.find(j) != j && l.find(j) != l.find(i) && wordCount(l.key(l.find(j))) > len(pw) {
				continue
			}
		}
		l.union(i, j)
		l.aliases = append(l.aliases, aliasCand{name: i, alias: j})
	}
	// Acronyms whose letters spell a name's initials.
	for _, f := range forms {
		if len(f.words) != 1 || !allCaps(l.ms[f.i].Text) {
			continue
		}
		best := -1
		for _, g := range forms {
			if len(g.words) < 2 || !acronymOf(f.k, g.ini) {
				continue
			}
			if best < 0 || (g.i < f.i && g.i > best) {
				best = g.i
			}
		}
		if best >= 0 && l.find(best) != l.find(f.i) {
			l.union(best, f.i)
			l.aliases = append(l.aliases, aliasCand{name: best, alias: f.i})
		}
	}
	// A generic head dropped: "VietHope" for "Tổ chức VietHope".
	generic := l.generic[:0] // the forms with a generic head, in order
	for x := range forms {
		if forms[x].generic {
			generic = append(generic, int32(x))
		}
	}
	l.generic = generic
	for _, f := range forms {
		if len(generic) == 0 || len(f.words) > 2 || !capitalized(l.ms[f.i].Text) {
			continue
		}
		for _, y := range generic {
			if g := &forms[y]; len(g.words) == len(f.words)+2 && isPrefix(f.words, g.words[2:]) {
				l.union(g.i, f.i)
				break
			}
		}
	}
	// Short forms: "Hội đồng Hòa bình" for "Hội đồng Hòa bình về Gaza",
	// "Liên hiệp Hữu nghị Việt Nam" for "Liên hiệp các tổ chức hữu nghị Việt Nam".
	// A name that only adds a place to the short form ("Quốc hội Nhật Bản",
	// "Hội hữu nghị Việt - Nga tỉnh Hải Dương") is another body; one that only
	// drops place words ("Ủy ban Đối ngoại Saint Petersburg") is a variant.
	for _, f := range forms {
		if len(f.words) < 2 {
			continue
		}
		best, already, alias := -1, false, false
		for y := f.head; y >= 0; y = forms[y].sameHead {
			g := &forms[y]
			if len(g.words) <= len(f.words) || !isSubsequence(f.words, g.words) {
				continue
			}
			if l.find(g.i) == l.find(f.i) {
				already = true
				break
			}
			al, ok := l.shortForm(f.words, g.words)
			if !ok {
				continue
			}
			if best < 0 || (g.i < f.i && (best > f.i || g.i > best)) {
				best, alias = g.i, al
			}
		}
		if already || best < 0 {
			continue
		}
		l.union(best, f.i)
		if alias {
			l.aliases = append(l.aliases, aliasCand{name: best, alias: f.i, short: true})
		}
	}
}

// placeWords announce or qualify a place inside an organization's name.
var placeWords = map[string]bool{
	"tinh": true, "thanh": true, "pho": true, "tp": true, "tp.": true, "huyen": true, "quan": true,
	"xa": true, "phuong": true, "chinh": true, "quyen": true, "thi": true, "tran": true,
}

// shortForm decides whether short (a word subsequence of long with the same
// head) names the same body (ok) and whether it is an alias rather than a
// spelling variant.
func (l *linker) shortForm(short, long []string) (alias, ok bool) {
	if isPrefix(short, long) {
		rest := long[len(short):]
		if placeWords[rest[0]] {
			return false, false
		}
		// Dropping a possessive or the party keeps the same body, and is not
		// an alias (testdata/golden/README.md): "Ủy ban Đối ngoại" for "Ủy ban
		// Đối ngoại của Quốc hội", "Ban Đối ngoại Trung ương" for "... Đảng".
		if rest[0] == "cua" || len(rest) == 1 && rest[0] == "dang" {
			return false, true
		}
		// A bare national body ("Quốc hội", "Chính phủ") is Viet Nam's own,
		// not another country's; a longer distinctive name ("Duma Quốc gia")
		// is the same body with or without its country.
		if p := locCanon(strings.Join(rest, " ")); l.isPlace(p) || countries[p] {
			if (p == "viet nam") != (len(short) <= 2) {
				return false, false
			}
			return false, true // the name without its country: a variant
		}
		return true, true
	}
	// Dropped words: only place words make a variant.
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
			continue
		}
		if !placeWords[w] {
			return true, true
		}
	}
	return false, true
}

// isPlace reports whether some LOCATION mention has canonical key k.
func (l *linker) isPlace(k string) bool {
	id := l.lookup(k)
	return id >= 0 && l.info[id].isPlace
}

// isPrefix reports whether short is a prefix of long.
func isPrefix(short, long []string) bool {
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	return true
}

// closesParen reports whether the text at offset continues the parenthesis
// ("(VUFO)", "(George School/Mỹ)", "(LĐTBXH, ...").
func closesParen(text string, off int) bool {
	for off < len(text) && text[off] == ' ' {
		off++
	}
	return off < len(text) && (text[off] == ')' || text[off] == '/' || text[off] == ',' || text[off] == ';')
}

// appendWordsInitials appends the words of key k to ws (as appendWords)
// and the first letters of its content words to ini, dash compounds counting
// one letter per part ("bo lao dong-thuong binh va xa hoi" -> "bldtbxh"). It
// reads k once.
func appendWordsInitials(ws []string, ini []byte, k string) ([]string, []byte) {
	if k == "" {
		return ws, ini
	}
	word, mark := 0, len(ini) // start of the word in k, and of its initials
	part := true              // at the start of a word or after a dash
	for i := 0; i <= len(k); i++ {
		if i == len(k) || k[i] == ' ' {
			w := k[word:i]
			ws = append(ws, w)
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
	return ws, ini
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

// acronymOfBytes is acronymOf with the initials in a byte slice.
func acronymOfBytes(acr string, ini []byte) bool {
	if d := len(ini) - len(acr); d < 0 || d > utf8.UTFMax {
		return false
	}
	if len(acr) < 2 || strings.IndexByte(acr, ' ') >= 0 || len(ini) < 2 {
		return false
	}
	if acr == string(ini) {
		return true
	}
	_, n := utf8.DecodeRune(ini)
	return len(ini)-n >= 2 && acr == string(ini[n:])
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
