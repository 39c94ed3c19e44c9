package relation

import (
	"slices"
	"strings"

	"github.com/vnextract/vnextract/entity"
)

// countryDropped decides whether a body's name without its country p (a
// short form of n words: "Bộ Ngoại giao" for "Bộ Ngoại giao Việt Nam")
// names the same body (ok) and whether it is an alias. News names a
// ministry, an association or a foreign body in full once and then
// without its country: a short form, so an alias ("Bộ Chiến tranh" for
// "Bộ Chiến tranh Hoa Kỳ"). A bare institution of two words ("Quốc hội",
// "Chính phủ") is not a name of its own: Viet Nam's is the same body,
// written without the country, not an alias; another country's is another
// body ("Quốc hội" is not "Quốc hội Nhật Bản").
//
// A city's body named without the city is its short form when it is more
// than a bare institution, or a party committee ("Thành ủy" for "Thành ủy
// Hà Nội"; the first two key words are w0 w1).
func countryDropped(n int, p, w0, w1 string) (alias, ok bool) {
	if capitals[p] {
		ok = n > 2 || w1 == "uy" && (w0 == "thanh" || w0 == "tinh" || w0 == "huyen" || w0 == "quan")
		return ok, ok
	}
	if n <= 2 {
		return false, p == "viet nam"
	}
	return true, true
}

// capitals are the cities among countries (canonical keys): a body named
// without one is a local body's short form, not a national one's.
var capitals = map[string]bool{
	"ha noi": true, "moscow": true, "washington": true, "bac kinh": true, "tokyo": true, "seoul": true,
}

// isCountry reports whether canonical place key p is a country's or a
// region's, not a city's.
func isCountry(p string) bool { return countries[p] && !capitals[p] }

// parenGap reports whether the text between a name and a mention after it
// opens the parenthesis that ties them: "(" alone, on the same line (a
// headline's last name and a credit "(Cadn.com.vn)" on the next line are
// not tied).
func parenGap(g string) bool {
	return trimmed(g) == "(" && strings.IndexByte(g, '\n') < 0
}

// levelWords are the words of an administrative level, which a local
// body's short form keeps instead of the place's name ("UBND tỉnh",
// "Tỉnh ủy", "Công an TP"), compared as written, case aside: folded, they
// would be other words too ("quân", "xã hội", "tình").
var levelWords = []string{"tỉnh", "huyện", "quận", "xã", "phường", "tp", "tp.", "thành", "thị"}

// levelAt reports whether the words ws have a level word at x: "thành"
// and "thị" only with their second word ("thành phố", "thành ủy", "thị
// xã", "thị trấn"), "xã" not in "xã hội". It returns the number of words
// the level has (0: none).
func levelAt(ws []string, x int) int {
	w := ws[x]
	level := ""
	for _, lw := range levelWords {
		if strings.EqualFold(w, lw) {
			level = lw
			break
		}
	}
	if level == "" {
		if len(w) > 3 && strings.EqualFold(w[:3], "tp.") {
			return 1
		}
		return 0
	}
	next := ""
	if x+1 < len(ws) {
		next = ws[x+1]
	}
	is := func(s string) bool { return strings.EqualFold(next, s) }
	switch level {
	case "thành":
		if is("phố") || is("ủy") || is("uỷ") {
			return 2
		}
		return 0
	case "thị":
		if is("xã") || is("trấn") {
			return 2
		}
		return 0
	case "xã":
		if is("hội") {
			return 0
		}
	}
	return 1
}

// fields appends the space-separated words of s to dst.
func fields(dst []string, s string) []string {
	for {
		s = strings.TrimLeft(s, " \n\t")
		if s == "" {
			return dst
		}
		i := strings.IndexAny(s, " \n\t")
		if i < 0 {
			return append(dst, s)
		}
		dst, s = append(dst, s[:i]), s[i:]
	}
}

// hasLevelWord reports whether the text s has a level word ("Công an
// tỉnh", "Tỉnh ủy", "Thành ủy").
func hasLevelWord(s string) bool {
	var buf [16]string
	ws := fields(buf[:0], s)
	for x := range ws {
		if levelAt(ws, x) > 0 {
			return true
		}
	}
	return false
}

// placeLookBack bounds the mentions placeConflict looks at before a local
// body's short form for the place it belongs to, which keeps it linear.
const placeLookBack = 64

// placeConflict reports whether a mention of the organization key short
// (from its first mention first on) is tied to a place that the name
// with key long does not contain, so that the short form names another
// body: a place right after it ("Hội Sân khấu" + "thành phố Hồ Chí Minh"
// is that city's association, not "Hội Nghệ sĩ sân khấu Việt Nam"), or,
// for a local body's short form ("Công an tỉnh"), the last place the text
// named before it ("tại Ninh Thuận, ... Công an tỉnh" is not "Công an
// tỉnh Thừa Thiên-Huế"), unless the long name came nearer.
func (l *linker) placeConflict(short int32, first int, long int32) bool {
	lk := l.keys.str(long)
	local := hasLevelWord(l.text(first))
	if len(l.sameNext) != len(l.ms) {
		l.chainSameKeys()
	}
	for i := first; i >= 0; i = int(l.sameNext[i]) {
		if p := l.placeAfter(i); p >= 0 && !l.placeIn(p, lk) {
			return true
		}
		if !local {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-placeLookBack; k-- {
			if l.typ[k] == entity.Organization && l.kid[k] == long {
				break // the long name, nearer than any other place
			}
			if l.typ[k] != entity.Location || isCountry(l.keys.str(l.cid[k])) {
				continue
			}
			if !l.placeIn(k, lk) {
				return true
			}
			break
		}
	}
	return false
}

// chainSameKeys sets l.sameNext: for every organization mention, the next
// one with the same key, -1 for none (and for the other mentions).
func (l *linker) chainSameKeys() {
	next := resize(l.sameNext, len(l.ms))
	last := resize(l.keyLast, len(l.info)) // key id -> its last mention seen + 1
	for i := len(l.ms) - 1; i >= 0; i-- {
		next[i] = -1
		if id := l.kid[i]; l.typ[i] == entity.Organization && id >= 0 {
			if j := last[id]; j > 0 {
				next[i] = j - 1
			}
			last[id] = int32(i) + 1
		}
	}
	l.sameNext, l.keyLast = next, last
}

// placeAfter returns the LOCATION mention right after organization
// mention i, with nothing but level words between ("Hội Sân khấu thành phố
// Hồ Chí Minh"), or -1.
func (l *linker) placeAfter(i int) int {
	j := i + 1
	if j >= len(l.ms) || l.typ[j] != entity.Location {
		return -1
	}
	if l.ms[j].Start-l.ms[i].End > 24 { // a long gap, not read (the text may be in pieces)
		return -1
	}
	g := l.gap(i, j)
	var buf [8]string
	ws := fields(buf[:0], g)
	for x := 0; x < len(ws); {
		n := levelAt(ws, x)
		if n == 0 {
			return -1
		}
		x += n
	}
	return j
}

// placeIn reports whether the place of LOCATION mention p is part of the
// organization key lk, by its key or by its canonical key.
func (l *linker) placeIn(p int, lk string) bool {
	return strings.Contains(lk, l.keys.str(l.kid[p])) || strings.Contains(lk, l.keys.str(l.cid[p]))
}

// unitHeads are the first words of the units of a larger body (a
// ministry's department, a school's faculty, a bank's branch). Keys.
var unitHeads = map[string]bool{
	"vu": true, "cuc": true, "phong": true, "ban": true, "khoa": true, "trung": true, "chi": true,
	"van": true, "bo": true, "phan": true, "to": true,
}

// parentInParen reports whether organization mention i, followed by a
// parenthesized name of more than one word not related to it, is a unit whose parent body the
// parenthesis names ("Vụ Thông tin - Báo chí (Bộ Ngoại giao)", "Phòng
// Cảnh sát giao thông (Công an tỉnh)"): not an alias. "Bộ" is a unit only
// when a second word makes it one ("Bộ môn", "Bộ phận").
func (l *linker) parentInParen(i int) bool {
	if !strings.Contains(l.key(i+1), " ") {
		// An acronym: the unit's own ("Ban Thường trực Liên đoàn ...
		// (VCCI)" as the recognizer may cut it) as often as its parent's.
		return false
	}
	w, rest, _ := strings.Cut(l.key(i), " ")
	if !unitHeads[w] {
		return false
	}
	w2, _, _ := strings.Cut(rest, " ")
	switch w {
	case "bo":
		return w2 == "mon" || w2 == "phan"
	case "trung":
		return w2 == "tam"
	case "chi":
		return w2 == "nhanh" || w2 == "cuc"
	case "van":
		return w2 == "phong"
	case "phan":
		return w2 == "hieu" || w2 == "vien"
	case "to":
		return w2 == "soan"
	}
	return true
}

// localChapter reports whether the organization key long is the key short
// with a place after a level word: a local body of that name ("Liên hiệp
// các tổ chức hữu nghị tỉnh Hải Dương" for "Liên hiệp các tổ chức hữu
// nghị").
func localChapter(short, long string) bool {
	rest, ok := restAfter(short, long)
	return ok && placeWords[firstWord(rest)]
}

// restAfter returns the words of key long after those of key short, when
// short is its first words.
func restAfter(short, long string) (string, bool) {
	if len(long) <= len(short)+1 || long[len(short)] != ' ' || long[:len(short)] != short {
		return "", false
	}
	return long[len(short)+1:], true
}

// countryDrop reports whether the organization key long is the key short
// with a country after it ("... Việt Nam"). When the text also names a
// local body of the short name (localChapter), the short name alone may
// be either: it joins neither.
func countryDrop(short, long string) bool {
	rest, ok := restAfter(short, long)
	return ok && isCountry(locCanon(rest))
}

// orgAcronym spells out an acronym of the state bodies that news writes
// both ways ("TAND tỉnh" and "Tòa án tỉnh", "CATP" and "Công an TP.HCM"),
// or returns "". Keys.
func orgAcronym(w string) string {
	if len(w) < 2 || len(w) > 7 {
		return "" // most words, without a lookup
	}
	switch w {
	case "ubnd":
		return "uy ban nhan dan"
	case "hdnd":
		return "hoi dong nhan dan"
	case "tand":
		return "toa an nhan dan"
	case "vksnd":
		return "vien kiem sat nhan dan"
	case "mttq":
		return "mat tran to quoc"
	case "ubmttq":
		return "uy ban mat tran to quoc"
	case "catp":
		return "cong an thanh pho"
	case "cand":
		return "cong an nhan dan"
	case "qdnd":
		return "quan doi nhan dan"
	case "tw":
		return "trung uong"
	case "tp":
		return "thanh pho"
	}
	return ""
}

// spelledWords returns the words of organization key k with the acronyms
// of orgAcronym and "TP." before a city's name spelled out, and without
// "nhân dân", which the short forms of the people's courts, procuracies
// and committees drop before what follows ("Tòa án tỉnh" for "Tòa án nhân
// dân tỉnh ...", but "Hội đồng" is not "HĐND"). ok
// is set when a word was spelled out or dropped.
func spelledWords(dst []string, k string) (ws []string, ok bool) {
	for k != "" {
		var w string
		w, k, _ = strings.Cut(k, " ")
		if x := orgAcronym(w); x != "" {
			dst, ok = appendWords(dst, x), true
		} else if c, found := strings.CutPrefix(w, "tp."); found && c != "" {
			dst, ok = append(dst, "thanh", "pho", c), true
		} else {
			dst = append(dst, w)
		}
	}
	ws = dst[:0]
	for x := 0; x < len(dst); x++ {
		if dst[x] == "nhan" && x+2 < len(dst) && dst[x+1] == "dan" {
			x, ok = x+1, true
			continue
		}
		ws = append(ws, dst[x])
	}
	return ws, ok
}

// endsWithLevel reports whether the key words ws end with the word of an
// administrative level ("... tinh", "... thanh pho").
func endsWithLevel(ws []string) bool {
	n := len(ws)
	if n == 0 {
		return false
	}
	switch ws[n-1] {
	case "tinh", "huyen", "quan", "xa", "phuong":
		return true
	case "pho":
		return n >= 2 && ws[n-2] == "thanh"
	case "tran":
		return n >= 2 && ws[n-2] == "thi"
	}
	return false
}

// spelledForm is an organization's first mention and its spelledWords.
type spelledForm struct {
	i     int
	words []string
	ok    bool
}

// spelledOut joins the organizations written with the acronyms of
// orgAcronym or without "nhân dân" to their names spelled out: the same
// words ("VKSND huyện Duy Xuyên" = "Viện kiểm sát nhân dân huyện Duy
// Xuyên", "Tòa án tỉnh Cà Mau" = "TAND tỉnh Cà Mau"), or a local body named
// by its level without its place ("Tòa án tỉnh" for "TAND tỉnh Cà Mau",
// "CATP" for "Công an TP.HCM"), unless the text ties that one to another
// place (placeConflict). The form written shorter is the alias; the
// nearest full name before it is chosen, else the first after it.
func (l *linker) spelledOut() {
	forms, buf := l.spelled[:0], l.spellBuf[:0]
	defer func() { l.spelled, l.spellBuf = forms, buf }()
	any := false
	for i, typ := range l.typ {
		if typ != entity.Organization || int(l.info[l.kid[i]].first[1]) != i {
			continue
		}
		var ws []string
		var ok bool
		ws, ok = spelledWords(buf[len(buf):], l.key(i))
		buf = append(buf, ws...)
		forms = append(forms, spelledForm{i: i, words: ws, ok: ok})
		any = any || ok
	}
	if !any {
		return
	}
	// Only a pair with a form spelled out can be new: the forms written
	// alike were compared by clusterOrgs.
	l.spellOK = indicesWhere(l.spellOK, forms, func(f *spelledForm) bool { return f.ok })
	spelled := l.spellOK
	for x := range forms {
		f := &forms[x]
		if len(f.words) < 2 {
			continue
		}
		best := -1
		if f.ok {
			for y := range forms {
				best = l.spelledBest(f, &forms[y], best)
			}
		} else {
			for _, y := range spelled {
				best = l.spelledBest(f, &forms[y], best)
			}
		}
		if best >= 0 {
			l.union(best, f.i)
			l.aliases = append(l.aliases, aliasCand{name: best, alias: f.i})
		}
	}
}

// spelledBest returns the mention of the full name that form f is the
// alias of, g's if g is one and nearer than best (-1: none yet), else best.
func (l *linker) spelledBest(f, g *spelledForm, best int) int {
	if g.words[0] != f.words[0] || g.i == f.i || l.find(g.i) == l.find(f.i) {
		return best
	}
	same := slices.Equal(f.words, g.words)
	if same && len(l.key(g.i)) <= len(l.key(f.i)) {
		return best // the longer writing is the name
	}
	if !same && !(len(g.words) > len(f.words) && isPrefix(f.words, g.words) &&
		endsWithLevel(f.words) && !endsWithLevel(g.words[:len(f.words)+1])) {
		return best
	}
	if l.placeConflict(l.kid[f.i], f.i, l.kid[g.i]) {
		return best
	}
	if best < 0 || (g.i < f.i && g.i > best) {
		return g.i
	}
	return best
}

// inDocumentNumber reports whether mention i is the issuer's code in the
// number of a document ("Quyết định số 1718/QĐ-NHNN", "Công văn
// 25/NHNN-TTGSNH"): glued by a dash or a slash to a word with a digit. The
// code names the issuer, but the text does not write it as a name, so it
// is no alias of it.
func (l *linker) inDocumentNumber(i int) bool {
	s := l.ms[i].Start
	// The word before the mention, read in longer pieces until it starts.
	for n := 64; ; n *= 8 {
		from := max(0, s-n)
		text := l.slice(from, s)
		if len(text) == 0 || text[len(text)-1] != '-' && text[len(text)-1] != '/' {
			return false
		}
		k := len(text) - 1
		for ; k >= 0 && text[k] != ' ' && text[k] != '\n'; k-- {
			if '0' <= text[k] && text[k] <= '9' {
				return true
			}
		}
		if k >= 0 || from == 0 {
			return false
		}
	}
}

// hasAcronymWord reports whether the text s, not all in capitals (a
// headline's), has a word of two capitals or more ("MTTQ Việt Nam").
func hasAcronymWord(s string) bool { return hasInitials(s) && !allCaps(s) }
