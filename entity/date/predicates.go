package date

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

func (s *Scanner) at(i int) *token {
	if i < 0 || i >= len(s.t) {
		return nil
	}
	return &s.t[i]
}

// keyOf returns the folded key of word token i ("" for other tokens).
func (s *Scanner) keyOf(i int) string {
	t := &s.t[i]
	if t.kind != tWord || t.klen == 255 {
		return ""
	}
	var b [keyCap]byte
	for x := range b {
		b[x] = byte(t.key() >> (8 * x))
	}
	return string(b[:t.klen])
}

// isKey reports whether token i is a word whose folded key is k.
func (s *Scanner) isKey(i int, k string) bool {
	if i < 0 || i >= len(s.t) {
		return false
	}
	t := &s.t[i]
	if t.kind != tWord || int(t.klen) != len(k) {
		return false
	}
	pk, ok := packKey(k)
	return ok && t.key() == pk
}

// is reports whether token i is the keyword k (see keyword). The key comparison
// is inlined; the spelling check is not. Only words have a non-zero key, and
// a packed key (no zero bytes) also tells the length.
func (s *Scanner) is(i int, k keyword) bool {
	return uint(i) < uint(len(s.t)) && s.t[i].u == k.key && s.spelled(i, &k)
}

// spelled reports whether word token i, whose key is that of k, is written as
// k: with k's diacritics, or without any in undiacritized surroundings.
func (s *Scanner) spelled(i int, k *keyword) bool {
	t := &s.t[i]
	if t.kind != tWord {
		return false // a number or a mark whose u happens to equal k.key
	}
	if t.diac {
		// Most words are written in lower case, or capitalized with an
		// ASCII letter ("Năm", "Thứ"): compare bytes first.
		w := s.text[t.s:t.e]
		if w == k.proper {
			return true
		}
		if t.low {
			return false // k.proper is in lower case too
		}
		if len(w) == len(k.proper) && w[0] < utf8.RuneSelf && w[0]|0x20 == k.proper[0] && w[1:] == k.proper[1:] {
			return true
		}
		return strings.EqualFold(w, k.proper)
	}
	if k.ascii {
		return true
	}
	return s.plain(i)
}

// isAny reports whether token i is one of ks, which must be one of
// anyLists.
func (s *Scanner) isAny(i int, ks []keyword) bool {
	if uint(i) >= uint(len(s.t)) || s.t[i].kind != tWord || !anyKeys.has(s.t[i].key()) {
		return false
	}
	key := s.t[i].key()
	for x := range ks {
		if ks[x].key == key && s.spelled(i, &ks[x]) {
			return true
		}
	}
	return false
}

// plain reports whether the words around token i (two on each side, on the
// same line) are written without diacritics.
func (s *Scanner) plain(i int) bool {
	n := 0
	for j := i - 1; j >= 0 && n < 2; j-- {
		if s.t[j+1].nl {
			break
		}
		if s.t[j].kind == tWord {
			if s.t[j].diac {
				return false
			}
			n++
		}
	}
	n = 0
	for j := i + 1; j < len(s.t) && n < 2; j++ {
		if s.t[j].nl {
			break
		}
		if s.t[j].kind == tWord {
			if s.t[j].diac {
				return false
			}
			n++
		}
	}
	return true
}

func (s *Scanner) num(i int) bool { return i >= 0 && i < len(s.t) && s.t[i].kind == tNum }

// attNum: token i is a number glued to the previous token.
func (s *Scanner) attNum(i int) bool { return s.num(i) && !s.t[i].sp }

func (s *Scanner) punct(i int, r rune) bool {
	return i >= 0 && i < len(s.t) && s.t[i].kind == tPunct && s.t[i].r() == r
}

func (s *Scanner) attPunct(i int, r rune) bool { return s.punct(i, r) && !s.t[i].sp }

func (s *Scanner) isDash(i int) bool {
	if i < 0 || i >= len(s.t) || s.t[i].kind != tPunct || s.t[i].nl {
		return false
	}
	switch s.t[i].r() {
	case '-', '–', '—', '‐', '‑', '−':
		return true
	}
	return false
}

// sameLine: token i exists and does not start a line.
func (s *Scanner) sameLine(i int) bool { return i >= 0 && i < len(s.t) && !s.t[i].nl }

// year4 reports whether token i is a plausible 4-digit year on the same line.
func (s *Scanner) year4(i int) (int, bool) {
	if !s.num(i) || s.t[i].nl {
		return 0, false
	}
	t := &s.t[i]
	if t.nd != 4 || t.val() < 1000 || t.val() > 2200 {
		return 0, false
	}
	// "2.024", "2024,5", "2024/NĐ-CP", "2024abc"
	if n := s.at(i + 1); n != nil && !n.sp {
		switch n.kind {
		case tWord, tNum:
			return 0, false
		case tPunct:
			switch n.r() {
			case '.', ',', '/', '%':
				if s.attNum(i+2) || (i+2 < len(s.t) && !s.t[i+2].sp && s.t[i+2].kind == tWord) {
					return 0, false
				}
			}
		}
	}
	return int(t.val()), true
}

func (s *Scanner) unitAt(i int) (int, bool) {
	if i < 0 || i >= len(s.t) || s.t[i].kind != tWord || s.t[i].klen > 5 {
		return 0, false
	}
	for set := unitKeys.get(s.t[i].key()); set != 0; set &= set - 1 {
		u := &unitWords[bits.TrailingZeros32(uint32(set))]
		if s.is(i, u.k) {
			return u.v, true
		}
	}
	return 0, false
}

// unitKeys maps the key of every number word to the set of its entries in
// unitWords (bit x for unitWords[x]).
var unitKeys keyMap

// spelledNum reads a number in words from 1 to 39 at token i ("ba", "mười
// lăm", "hai mươi mốt").
func (s *Scanner) spelledNum(i int) (v, end int, ok bool) {
	u, ok := s.unitAt(i)
	if !ok {
		return 0, 0, false
	}
	if u == 1 && s.isKey(i, "mot") && !s.is(i, kwMot) {
		return 0, 0, false // "mốt" alone
	}
	next := func(j int) (int, bool) {
		if !s.sameLine(j) {
			return 0, false
		}
		u2, ok := s.unitAt(j)
		if !ok || u2 < 1 || u2 > 9 {
			return 0, false
		}
		// "mười năm 2024": năm is the year noun here.
		if u2 == 5 && s.is(j, kwNam) && (s.num(j+1) || s.isAny(j+1, relYearWords)) {
			return 0, false
		}
		return u2, true
	}
	if u == 10 {
		if u2, ok := next(i + 1); ok {
			return 10 + u2, i + 2, true
		}
		return 10, i + 1, true
	}
	if u >= 2 && u <= 3 && s.is(i+1, kwMuoi2) {
		if u2, ok := next(i + 2); ok {
			return u*10 + u2, i + 3, true
		}
		return u * 10, i + 2, true
	}
	return u, i + 1, true
}

// quantityAt reports whether token i counts what follows ("hai ngày",
// "10 năm", "những tháng").
func (s *Scanner) quantityAt(i, noun int) bool {
	if i < 0 || s.t[noun].nl {
		return false
	}
	t := &s.t[i]
	if t.kind == tNum {
		return true
	}
	if t.kind != tWord {
		return false
	}
	if _, ok := s.unitAt(i); ok {
		if !t.diac {
			switch s.keyOf(i) {
			case "tu", "nam", "sau", "mot", "bon", "tam", "chin":
				return false // "tu ngay" is "từ ngày" more often than "tư ngày"
			}
		}
		return true
	}
	return s.isKey(i, "muoi") || s.isAny(i, pluralWords)
}

// lineAlone reports whether tokens [a, e) are a line of their own (but a
// final mark): a phrase written alone, as in a list or a form.
func (s *Scanner) lineAlone(a, e int) bool {
	if a > 0 && !s.t[a].nl {
		return false
	}
	if s.punct(e, '.') || s.punct(e, '?') || s.punct(e, '!') {
		e++
	}
	return e >= len(s.t) || s.t[e].nl
}

// spelledNum99 reads a number in words from 1 to 99 at i: spelledNum, and
// "bốn mươi lăm", "năm mươi"...
func (s *Scanner) spelledNum99(i int) (v, end int, ok bool) {
	v, end, ok = s.spelledNum(i)
	if !ok || v < 4 || v > 9 || end != i+1 || !s.sameLine(i+1) || !s.is(i+1, kwMuoi2) {
		return v, end, ok
	}
	if u2, ok := s.unitAt(i + 2); ok && u2 >= 1 && u2 <= 9 && s.sameLine(i+2) {
		return v*10 + u2, i + 3, true
	}
	return v * 10, i + 2, true
}

// anyLists are the keyword lists that isAny reads; anyKeys holds the keys
// of their words, so that isAny turns down most words with one probe.
var (
	anyLists = [][]keyword{
		alreadyWords, atWords, clockTriggers, dayParts3, durationWords, edgeIntro, lunarBranches, lunarStems,
		nameHeads, pluralWords, quantityWords, relYearWords, triggers, vaoHom,
	}
	anyKeys = func() (f keyFilter) {
		for _, l := range anyLists {
			for _, k := range l {
				f.add(k.key)
			}
		}
		return f
	}()
)

// keyFilter is a Bloom filter of one hash over packed keys: has is false
// for a key never added, and true for a key added (and for a few others,
// which the caller checks in full).
type keyFilter [keyFilterBits / 64]uint64

const keyFilterBits = 4096

func keyFilterBit(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - 12) }

func (f *keyFilter) add(k uint64) { b := keyFilterBit(k); f[b/64] |= 1 << (b % 64) }

func (f *keyFilter) has(k uint64) bool { b := keyFilterBit(k); return f[b/64]&(1<<(b%64)) != 0 }
