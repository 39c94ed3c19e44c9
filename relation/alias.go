package relation

import (
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
func countryDropped(n int, p string) (alias, ok bool) {
	if n <= 2 {
		return false, p == "viet nam"
	}
	return true, true
}

// parenGap reports whether the text between a name and a mention after it
// opens the parenthesis that ties them: "(" alone, on the same line (a
// headline's last name and a credit "(Cadn.com.vn)" on the next line are
// not tied).
func parenGap(g string) bool {
	return trimmed(g) == "(" && strings.IndexByte(g, '\n') < 0
}

// levelWords are the words of an administrative level, which a local
// body's short form keeps instead of the place's name ("UBND tỉnh",
// "Tỉnh ủy", "Công an TP"), as written in lower case: folded, they would
// be other words too ("quân", "xã hội", "tình").
var levelWords = map[string]bool{
	"tỉnh": true, "huyện": true, "quận": true, "xã": true, "phường": true, "tp": true, "tp.": true,
	"thành": true, "thị": true,
}

// levelAt reports whether the lower-case words ws have a level word at x:
// "thành" and "thị" only with their second word ("thành phố", "thành ủy",
// "thị xã", "thị trấn"), "xã" not in "xã hội".
func levelAt(ws []string, x int) bool {
	w := ws[x]
	if !levelWords[w] {
		return strings.HasPrefix(w, "tp.")
	}
	next := ""
	if x+1 < len(ws) {
		next = ws[x+1]
	}
	switch w {
	case "thành":
		return next == "phố" || next == "ủy" || next == "uỷ"
	case "thị":
		return next == "xã" || next == "trấn"
	case "xã":
		return next != "hội"
	}
	return true
}

// hasLevelWord reports whether the text s has a level word ("Công an
// tỉnh", "Tỉnh ủy", "Thành ủy").
func hasLevelWord(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for x := range ws {
		if levelAt(ws, x) {
			return true
		}
	}
	return false
}

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
	for i := first; i < len(l.ms); i++ {
		if l.kid[i] != short || l.typ[i] != entity.Organization {
			continue
		}
		if p := l.placeAfter(i); p >= 0 && !l.placeIn(p, lk) {
			return true
		}
		if !local {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if l.typ[k] == entity.Organization && l.kid[k] == long {
				break // the long name, nearer than any other place
			}
			if l.typ[k] != entity.Location || countries[l.keys.str(l.cid[k])] {
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

// placeAfter returns the LOCATION mention right after organization
// mention i, with nothing but level words between ("Hội Sân khấu thành phố
// Hồ Chí Minh"), or -1.
func (l *linker) placeAfter(i int) int {
	j := i + 1
	if j >= len(l.ms) || l.typ[j] != entity.Location {
		return -1
	}
	g := l.gap(i, j)
	if len(g) > 24 {
		return -1
	}
	ws := strings.Fields(strings.ToLower(g))
	for x := 0; x < len(ws); x++ {
		if !levelAt(ws, x) {
			return -1
		}
		if ws[x] == "thành" || ws[x] == "thị" {
			x++ // and its second word
		}
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
	rest, ok := strings.CutPrefix(long, short+" ")
	return ok && placeWords[firstWord(rest)]
}

// countryDrop reports whether the organization key long is the key short
// with a country after it ("... Việt Nam"). When the text also names a
// local body of the short name (localChapter), the short name alone may
// be either: it joins neither.
func countryDrop(short, long string) bool {
	rest, ok := strings.CutPrefix(long, short+" ")
	return ok && countries[locCanon(rest)]
}
