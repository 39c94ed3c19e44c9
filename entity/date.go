package entity

// Date and clock-time recognition.
//
// FindDates reads Vietnamese calendar expressions and clock times and gives
// each a TIMEX3-style value (DESIGN.md §2, testdata/golden/README.md):
//
//   - numeric dates: d/m, d/m/yyyy, dd/mm/yy, d-m-yyyy, d.m.yyyy ("21//01" is
//     read as 21/01). d-m and d.m without a year are not dates (scores,
//     decimals), nor are impossible days (31/2, 32/1, 0/5). A bare d/m is
//     taken when the context shows a date: a date word or a part of the day
//     before it ("ngày", "sáng", "từ", "và", "Quốc khánh"...), punctuation
//     around it, a zero-padded field, or the end of a line;
//   - spelled dates: "ngày 5 tháng 10 năm 2024", "mồng 3 tháng ba",
//     "tháng giêng", "tháng chạp", numbers in words up to the day and month;
//   - months, years, quarters: "tháng 10/2026" (2026-10), "năm 2024",
//     "đầu năm 2025", "cuối tháng 3", "quý 4 năm 2018" (2018-Q4), "quý IV/2018";
//   - ranges: "18-20/2/2026", "ngày 10 đến 31/01", "22/12/1944 - 22/12/2024",
//     "giai đoạn 2018-2021", "nhiệm kỳ 2021 - 2026", "tháng 3 đến tháng 5/2025":
//     one mention, value "start/end" with an inclusive end;
//   - coordination: "30/9 và 1/10", "ngày 5, 6 và 7/12": one mention per date;
//   - weekdays ("thứ hai", "thứ 5", "chủ nhật"), relative words ("hôm nay",
//     "hôm qua", "hôm kia", "ngày mai", "ngày kia", "tuần tới", "tháng trước",
//     "năm ngoái", "năm nay", "thứ sáu tới", "3 ngày tới"), fixed-date holidays
//     ("Giáng sinh", "Noel", "Quốc khánh", "Tết Dương lịch");
//   - bare years only where they clearly date something: after a lunar year
//     name ("Bính Ngọ 2026"), in parentheses, "từ 2018 đến 2021", or closing a
//     phrase after a common word ("mưa bom 1972");
//   - clock times as TIME: "06:00", "15:27", "10h45", "23h", "15 giờ 30",
//     "3 giờ chiều" (T15:00). A TIME that shares a phrase with a one-day DATE
//     ("06:00 | 15/11/2021", "23h ngày 22/12") takes the full value
//     "2021-11-15T06:00".
//
// Spans include a directly preceding date noun (ngày, tháng, năm, quý, tuần,
// giai đoạn, nhiệm kỳ, thời kỳ, mồng/mùng) but not prepositions nor parts of
// the day; a noun counted by a number ("hai ngày 30/9") is left out.
//
// Resolution against the reference date (DateOptions.Ref):
//
//   - a day and month without a year take the year that puts the date
//     NEAREST to the reference (ties go to the past); this deviates from
//     Duckling, which prefers the future, because news mostly reports the
//     recent past. A month without a year likewise takes the nearest
//     occurrence; a quarter without a year takes the reference year;
//   - dd/mm/yy: 20yy when that is at most ten years after the reference year
//     (or yy < 50 without a reference), else 19yy;
//   - relative words follow Duckling: "hôm nay" = ref, "hôm qua" = ref-1,
//     "hôm kia" = ref-2, "ngày mai" = ref+1, "ngày kia" = ref+2; "tuần này /
//     tới / trước" = that ISO week (YYYY-Www); "tháng này / tới / trước" =
//     YYYY-MM; "năm nay / tới / ngoái" = YYYY; "đầu năm", "cuối năm" = the
//     reference year, "đầu tháng" = the reference month, "cuối tuần" =
//     YYYY-Www-WE; "thứ sáu tới" = the first Friday strictly after ref,
//     "thứ sáu tuần sau" = Friday of the next ISO week, "thứ sáu trước /
//     vừa qua" = the last Friday strictly before ref, a bare "thứ sáu" = the
//     Friday nearest to ref; "3 ngày tới" = ref+1/ref+3, "3 ngày qua" =
//     ref-3/ref-1, "2 tuần tới" = the next two ISO weeks, "2 tháng tới" the
//     next two months;
//   - without a reference a year-less date is XXXX-MM-DD (XXXX-MM, XXXX-Qn)
//     and a relative expression has no value.
//
// Not dates: durations ("10 năm", "hai ngày làm việc", "Gần 2 năm sau",
// "những năm tới"), "năm mới", "năm cũ", "thời gian tới", decimals and
// percentages ("10,2%", "1.2"), document numbers ("84/NQ-CP"), counts ("24
// tham luận"), scores ("3-1"), temperatures ("7-8 độ"), phone numbers.
//
// Matching is done on folded lowercase ASCII keys, so the same grammar reads
// text written without diacritics ("ngay 5 thang 10 nam 2024"); a token that
// has diacritics must be the right word ("ngay" in a diacritized sentence is
// not "ngày").

import (
	"math/bits"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// DateOptions configures date recognition. Zero value: no reference date.
type DateOptions struct {
	// Ref is the reference date that resolves year-less and relative
	// expressions (only its calendar date is used). Zero means none.
	Ref time.Time
}

// FindDates returns the DATE and TIME mentions in text, sorted by Start and
// non-overlapping. Offsets are byte offsets into text and
// text[m.Start:m.End] == m.Text. See the comment at the top of date.go for the
// forms read and the value conventions.
func FindDates(text string, opt DateOptions) []Mention {
	s := dscanPool.Get().(*dscan)
	defer s.release()
	s.init(text, opt)
	s.run()
	if len(s.out) == 0 {
		return nil
	}
	out := make([]Mention, len(s.out))
	copy(out, s.out)
	return out
}

// datelineWindow is how far into a document FindDateline looks.
const datelineWindow = 1000

// FindDateline looks for a news dateline ("06:00 | 15/11/2021 GMT+7",
// "15:27 | 20/06/2021", "Thứ hai, 15/11/2021 06:00") in the first ~1000 bytes
// of text and returns its date (UTC midnight).
func FindDateline(text string) (time.Time, bool) {
	lim := len(text)
	if lim > datelineWindow {
		lim = datelineWindow
		for lim > 0 && !utf8.RuneStart(text[lim]) {
			lim--
		}
	}
	s := dscanPool.Get().(*dscan)
	defer s.release()
	s.init(text[:lim], DateOptions{})
	return s.dateline()
}

// dateline is FindDateline on the tokens of s.
func (s *dscan) dateline() (time.Time, bool) {
	for i := range s.t {
		if s.t[i].kind != dkNum {
			continue
		}
		p, e, ok := s.numDate(i, true)
		if !ok || p.y == 0 {
			continue
		}
		if s.datelineContext(i, e) {
			return time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// findDates reads the dates of text into s.out, from its tokens, which s
// has already; ref is the reference date. With dated (for a text no longer
// than the dateline window, and no ref) the text's dateline, if it has one,
// is the reference: findDates returns the reference it used. A short text
// is thus read once for its dateline and its dates.
func (s *dscan) findDates(text string, ref time.Time, dated bool) time.Time {
	s.begin(text, DateOptions{Ref: ref})
	if dated {
		if t, ok := s.dateline(); ok {
			ref = t
			s.setRef(t)
		}
	}
	s.run()
	return ref
}

// datelineContext reports whether the full date at tokens [i, e) is set like
// a dateline: next to a clock time, followed by GMT, or after a weekday.
func (s *dscan) datelineContext(i, e int) bool {
	// Clock before: "06:00 | 15/11/2021", "06:00, 15/11/2021".
	k := i - 1
	for n := 0; n < 2 && k >= 0 && s.t[k].kind == dkPunct && !s.t[k+1].nl; n++ {
		k--
	}
	if k >= 2 && !s.t[k+1].nl && s.t[k].kind == dkNum && s.t[k].nd == 2 &&
		s.attPunct(k-1, ':') && s.t[k-1].kind == dkPunct && s.t[k-2].kind == dkNum && s.t[k-2].nd <= 2 {
		return true
	}
	// Clock or GMT after.
	k = e
	for n := 0; n < 2 && k < len(s.t) && s.t[k].kind == dkPunct && !s.t[k].nl; n++ {
		k++
	}
	if k < len(s.t) && !s.t[k].nl {
		if s.is(k, kwGMT) || s.isKey(k, "utc") {
			return true
		}
		if s.t[k].kind == dkNum && s.t[k].nd <= 2 && s.attPunct(k+1, ':') && s.attNum(k+2) {
			return true
		}
	}
	// Weekday before: "Thứ hai, 15/11/2021".
	k = i - 1
	if s.punct(k, ',') {
		k--
	}
	if k >= 1 && !s.t[i].nl && (s.is(k, kwNhat) || s.is(k-1, kwThu)) {
		return true
	}
	// A place at the start of a line: "Hà Nội, ngày 12/3/2025", "TP.HCM (ngày 5/9/2025)".
	k = i - 1
	if k >= 0 && s.isKey(k, "ngay") && !s.t[i].nl {
		k--
		for n := 0; n < 2 && k >= 0 && s.t[k].kind == dkPunct && !s.t[k+1].nl; n++ {
			k--
		}
		// Up to four capitalized words (and the dots of "TP.HCM") back to
		// the start of the line.
		for n := 0; n < 6 && k >= 0 && (s.t[k].kind == dkWord && s.t[k].up || s.punct(k, '.')); n++ {
			if s.t[k].nl {
				return s.t[k].kind == dkWord
			}
			k--
		}
	}
	// "Cập nhật: 20/06/2021", "Ngày đăng: 20/06/2021".
	k = i - 1
	if s.punct(k, ':') && k >= 2 && !s.t[i].nl && (s.isKey(k-1, "nhat") && s.isKey(k-2, "cap") || s.isKey(k-1, "dang") && s.isKey(k-2, "ngay")) {
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// Tokens

type dtokKind uint8

const (
	dkWord dtokKind = iota + 1
	dkNum
	dkPunct
)

// dKeyCap is the longest folded key a word token keeps (no date keyword is
// longer); longer words get klen 255 and match no keyword.
const dKeyCap = 8

// dtok is one token. It is kept at 24 bytes: the token slice is the largest
// buffer of a scan. The key of a word, the value of a number and the rune
// of a punctuation mark share u; read them with key, val and r, which give
// 0 for a token of another kind.
type dtok struct {
	s, e int32
	u    uint64 // word: folded lowercase ASCII key, packed by packKey; number: value (capped); punctuation: rune
	kind dtokKind
	nd   uint8 // number of digits (capped at 255)
	klen uint8 // length of key; 255 when the word does not fold into the key
	sp   bool  // whitespace before
	nl   bool  // line break before (or start of text)
	diac bool  // word has non-ASCII letters
	up   bool  // word starts with an upper-case letter
}

// key is the folded key of a word (0 for other tokens).
func (t *dtok) key() uint64 {
	if t.kind != dkWord {
		return 0
	}
	return t.u
}

// val is the value of a number, capped (0 for other tokens).
func (t *dtok) val() int32 {
	if t.kind != dkNum {
		return 0
	}
	return int32(t.u)
}

// r is the rune of a punctuation mark (0 for other tokens).
func (t *dtok) r() rune {
	if t.kind != dkPunct {
		return 0
	}
	return rune(t.u)
}

type dspan struct{ a, b int } // token range of a mention

type dscan struct {
	text string
	dtokenizer
	ref    time.Time
	hasRef bool
	out    []Mention
	spans  []dspan
}

var dscanPool = sync.Pool{New: func() any { return new(dscan) }}

func (s *dscan) release() {
	if cap(s.t) > 1<<20 {
		s.t, s.starts = nil, nil
	}
	s.text = ""
	s.t = s.t[:0]
	s.starts = s.starts[:0]
	for i := range s.out {
		s.out[i] = Mention{}
	}
	s.out = s.out[:0]
	s.spans = s.spans[:0]
	dscanPool.Put(s)
}

func (s *dscan) init(text string, opt DateOptions) {
	s.begin(text, opt)
	s.tokenize()
}

// begin readies s to read text, whose tokens it has or will make.
func (s *dscan) begin(text string, opt DateOptions) {
	s.text = text
	s.setRef(opt.Ref)
	clear(s.out)
	s.out, s.spans = s.out[:0], s.spans[:0]
}

// setRef sets the reference date (none when ref is zero).
func (s *dscan) setRef(ref time.Time) {
	s.hasRef = !ref.IsZero()
	if s.hasRef {
		s.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
}

// isLatinLetter is a fast path for the letters Vietnamese uses: Latin-1
// Supplement and Latin Extended-A/B (but × and ÷), Latin Extended Additional.
func isLatinLetter(r rune) bool {
	return (r >= 0xC0 && r < 0x250 && r != 0xD7 && r != 0xF7) || (r >= 0x1E00 && r <= 0x1EFF)
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// dLatin describes one rune for the word loop: whether isLatinLetter accepts
// it, its folded key byte (lower case; 0 when it folds to no ASCII letter) and
// whether it is upper case. Built from normalize.FoldRune and unicode.IsUpper.
type dLatin struct {
	ok   bool
	fold byte
	up   bool
}

var (
	// dLatinLow covers every rune written with a lead byte 0xC3..0xC9
	// (U+00C0..U+027F); runes from U+0250 on, × and ÷ are not ok.
	dLatinLow [0x280 - 0xC0]dLatin
	// dLatinExt covers Latin Extended Additional, U+1E00..U+1EFF (lead
	// bytes 0xE1 0xB8..0xBB).
	dLatinExt [0x1F00 - 0x1E00]dLatin
)

func init() {
	set := func(r rune) dLatin {
		li := dLatin{ok: isLatinLetter(r), up: unicode.IsUpper(r)}
		if f := normalize.FoldRune(r); f < utf8.RuneSelf {
			li.fold = byte(f) | 0x20
		}
		return li
	}
	for r := rune(0xC0); r < 0x280; r++ {
		dLatinLow[r-0xC0] = set(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		dLatinExt[r-0x1E00] = set(r)
	}
}

// decodeLatin decodes the rune at text[i] when it is one that isLatinLetter
// accepts, in well-formed UTF-8; n is 0 for anything else. (The word loop
// has this inlined.)
func decodeLatin(text string, i int) (li dLatin, n int) {
	switch c := text[i]; {
	case c >= 0xC3 && c <= 0xC9 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
		li, n = dLatinLow[int(c&0x1F)<<6|int(text[i+1]&0x3F)-0xC0], 2
	case c == 0xE1 && i+2 < len(text) && text[i+1]-0xB8 <= 3 && text[i+2]&0xC0 == 0x80:
		li, n = dLatinExt[int(text[i+1]-0xB8)<<6|int(text[i+2]&0x3F)], 3
	}
	if !li.ok {
		return li, 0
	}
	return li, n
}

// tokenize splits s.text into tokens and records in s.starts the tokens
// that some rule can start at.
func (s *dscan) tokenize() {
	if s.memo == nil {
		s.memo = new(chunkMemo)
	}
	s.reset(len(s.text))
	s.advance(s.text, len(s.text))
}

// dtokenizer is the date tokenizer: the tokens made so far, and where it
// stands in the text between calls of advance.
//
// The text is read as a sequence of ASCII non-letters (spaces, digits,
// punctuation, each handled here) and chunks: maximal runs of ASCII letters
// and non-ASCII bytes. Every chunk boundary is a token boundary, and the
// tokens of a chunk depend on its bytes alone, so the word a short chunk
// makes is remembered in memo: news text reuses a few thousand syllables,
// and a hit costs a hash instead of decoding and folding every rune.
type dtokenizer struct {
	t      []dtok
	starts []int32    // indices of the tokens a rule can start at (see run)
	memo   *chunkMemo // words of recent chunks; nil for none
	i      int        // the next byte to read
	sp, nl bool       // white space, a line break, before text[i]
}

// reset empties d for a new text of n bytes (keeping its storage and memo).
func (d *dtokenizer) reset(n int) {
	if want := n/4 + 16; cap(d.t) < want {
		d.t = make([]dtok, 0, want) // one allocation instead of repeated growth
	}
	d.t, d.starts = d.t[:0], d.starts[:0]
	d.i, d.sp, d.nl = 0, false, true
}

// advance reads text from d.i until it reaches to, a token at a time: it
// may stop past to, at the end of the token or chunk that crosses it.
// Stopping and going on makes the same tokens as reading the text in one
// call.
//
// The token slices are kept in locals while they grow: appending through d
// would store the slice header back to memory for every token.
func (d *dtokenizer) advance(text string, to int) {
	t, starts := d.t, d.starts
	memo := d.memo
	i, sp, nl := d.i, d.sp, d.nl
	for i < to {
		c := text[i]
		switch {
		case dChunkByte[c]:
			j, lo, hi, short := chunkAt(text, i)
			if m := memo.find(lo, hi, j-i, short); m != nil {
				if m.bits&mbStart != 0 {
					starts = append(starts, int32(len(t)))
				}
				t = append(t, m.dword(i, j, sp, nl))
				sp, nl = false, false
			} else {
				n := len(t)
				t, starts, sp, nl = appendChunk(t, starts, text, i, j, sp, nl)
				if memo != nil && len(t) == n+1 && t[n].kind == dkWord && int(t[n].s) == i && int(t[n].e) == j {
					memo.add(lo, hi, j-i, short, memoDate(&t[n], len(starts) > 0 && int(starts[len(starts)-1]) == n))
				}
			}
			i = j
			continue
		case c == ' ':
			sp = true
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, int32(0)
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 100000000 {
					v = v*10 + int32(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			starts = append(starts, int32(len(t)))
			t = append(t, dtok{s: int32(i), e: int32(j), u: uint64(v), kind: dkNum, nd: uint8(nd), sp: sp, nl: nl})
			i = j
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		case c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		default:
			t = append(t, dtok{s: int32(i), e: int32(i + 1), u: uint64(c), kind: dkPunct, sp: sp, nl: nl})
			i++
		}
		sp, nl = false, false
	}
	d.t, d.starts = t, starts
	d.i, d.sp, d.nl = i, sp, nl
}

// appendChunk appends the tokens of the chunk text[i:j], given the pending
// whitespace flags, and returns the flags pending after it. A chunk holds
// words, and non-ASCII spaces, line separators and punctuation. Words stop
// at the chunk end by themselves, as it is an ASCII non-letter or the end of
// text.
func appendChunk(t []dtok, starts []int32, text string, i, j int, sp, nl bool) ([]dtok, []int32, bool, bool) {
	for i < j {
		if c := text[i]; c >= utf8.RuneSelf {
			if _, n := decodeLatin(text, i); n == 0 {
				// Not a Vietnamese letter: decode and classify the rune.
				r, n := utf8.DecodeRuneInString(text[i:])
				switch {
				case r == 0x2028 || r == 0x2029 || r == 0x85:
					sp, nl = true, true
					i += n
					continue
				case unicode.IsSpace(r):
					sp = true
					i += n
					continue
				case !isLatinLetter(r) && !unicode.IsLetter(r):
					t = append(t, dtok{s: int32(i), e: int32(i + n), u: uint64(r), kind: dkPunct, sp: sp, nl: nl})
					i += n
					sp, nl = false, false
					continue
				}
			}
		}
		var w dtok
		w, i = wordAt(text, i)
		if w.klen <= dStartMaxLen && dStartKeys.get(w.key()) != 0 {
			starts = append(starts, int32(len(t)))
		}
		w.sp, w.nl = sp, nl
		t = append(t, w)
		sp, nl = false, false
	}
	return t, starts, sp, nl
}

// wordAt returns the word token starting at byte i (without its sp and nl
// flags) and its end. A word is a run of letters and combining marks; its key
// is the folded lowercase ASCII spelling of its letters (marks dropped), when
// every letter folds to ASCII and there are at most dKeyCap of them.
func wordAt(text string, i int) (dtok, int) {
	var key uint64
	k := 0 // key length; -1 once the word cannot have a key
	diac, up := false, false
	j := i
	if c := text[i]; c < utf8.RuneSelf {
		up = c <= 'Z'
	} else {
		up = upperAt(text, i)
	}
loop:
	for j < len(text) {
		c := text[j]
		var f byte // folded key byte; 0 when the letter has none
		switch {
		case c < utf8.RuneSelf:
			f = dASCIIFold[c]
			if f == 0 {
				break loop
			}
			j++
		case c >= 0xC3 && c <= 0xC9 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 &&
			dLatinLow[int(c&0x1F)<<6|int(text[j+1]&0x3F)-0xC0].ok:
			f = dLatinLow[int(c&0x1F)<<6|int(text[j+1]&0x3F)-0xC0].fold
			diac = true
			j += 2
		case c == 0xE1 && j+2 < len(text) && text[j+1]-0xB8 <= 3 && text[j+2]&0xC0 == 0x80:
			f = dLatinExt[int(text[j+1]-0xB8)<<6|int(text[j+2]&0x3F)].fold
			diac = true
			j += 3
		default:
			// Other scripts, combining marks, invalid UTF-8.
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.Is(unicode.Mn, r) {
				diac = true
				j += n
				continue
			}
			if !unicode.IsLetter(r) {
				break loop
			}
			diac = true
			if fr := normalize.FoldRune(r); fr < utf8.RuneSelf {
				f = byte(fr) | 0x20
			}
			j += n
		}
		if uint(k) < dKeyCap && f != 0 {
			key |= uint64(f) << (8 * k)
			k++
		} else {
			k = -1
		}
	}
	klen := uint8(255)
	if k >= 0 {
		klen = uint8(k)
	} else {
		key = 0
	}
	return dtok{s: int32(i), e: int32(j), u: key, kind: dkWord, klen: klen, diac: diac, up: up}, j
}

// dASCIIFold maps an ASCII letter to its lower case, anything else to 0.
var dASCIIFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('A'); c <= 'Z'; c++ {
		t[c], t[c|0x20] = c|0x20, c|0x20
	}
	return t
}()

// upperAt reports whether the letter at text[i] is upper case.
func upperAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return c <= 'Z'
	}
	if li, n := decodeLatin(text, i); n > 0 {
		return li.up
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// ---------------------------------------------------------------------------
// Token predicates

func (s *dscan) at(i int) *dtok {
	if i < 0 || i >= len(s.t) {
		return nil
	}
	return &s.t[i]
}

// keyOf returns the folded key of word token i ("" for other tokens).
func (s *dscan) keyOf(i int) string {
	t := &s.t[i]
	if t.kind != dkWord || t.klen == 255 {
		return ""
	}
	var b [dKeyCap]byte
	for x := range b {
		b[x] = byte(t.key() >> (8 * x))
	}
	return string(b[:t.klen])
}

// isKey reports whether token i is a word whose folded key is k.
func (s *dscan) isKey(i int, k string) bool {
	if i < 0 || i >= len(s.t) {
		return false
	}
	t := &s.t[i]
	if t.kind != dkWord || int(t.klen) != len(k) {
		return false
	}
	pk, ok := packKey(k)
	return ok && t.key() == pk
}

// is reports whether token i is the keyword k (see dkw). The key comparison
// is inlined; the spelling check is not. Only words have a non-zero key, and
// a packed key (no zero bytes) also tells the length.
func (s *dscan) is(i int, k dkw) bool {
	return uint(i) < uint(len(s.t)) && s.t[i].key() == k.key && s.spelled(i, &k)
}

// spelled reports whether word token i, whose key is that of k, is written as
// k: with k's diacritics, or without any in undiacritized surroundings.
func (s *dscan) spelled(i int, k *dkw) bool {
	t := &s.t[i]
	if t.diac {
		// Most words are written in lower case: compare bytes first.
		w := s.text[t.s:t.e]
		return w == k.proper || strings.EqualFold(w, k.proper)
	}
	if k.ascii {
		return true
	}
	return s.plain(i)
}

func (s *dscan) isAny(i int, ks []dkw) bool {
	if i < 0 || i >= len(s.t) || s.t[i].kind != dkWord {
		return false
	}
	for _, k := range ks {
		if s.is(i, k) {
			return true
		}
	}
	return false
}

// plain reports whether the words around token i (two on each side, on the
// same line) are written without diacritics.
func (s *dscan) plain(i int) bool {
	n := 0
	for j := i - 1; j >= 0 && n < 2; j-- {
		if s.t[j+1].nl {
			break
		}
		if s.t[j].kind == dkWord {
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
		if s.t[j].kind == dkWord {
			if s.t[j].diac {
				return false
			}
			n++
		}
	}
	return true
}

func (s *dscan) num(i int) bool { return i >= 0 && i < len(s.t) && s.t[i].kind == dkNum }

// attNum: token i is a number glued to the previous token.
func (s *dscan) attNum(i int) bool { return s.num(i) && !s.t[i].sp }

func (s *dscan) punct(i int, r rune) bool {
	return i >= 0 && i < len(s.t) && s.t[i].kind == dkPunct && s.t[i].r() == r
}

func (s *dscan) attPunct(i int, r rune) bool { return s.punct(i, r) && !s.t[i].sp }

func (s *dscan) isDash(i int) bool {
	if i < 0 || i >= len(s.t) || s.t[i].kind != dkPunct || s.t[i].nl {
		return false
	}
	switch s.t[i].r() {
	case '-', '–', '—', '‐', '‑', '−':
		return true
	}
	return false
}

// sameLine: token i exists and does not start a line.
func (s *dscan) sameLine(i int) bool { return i >= 0 && i < len(s.t) && !s.t[i].nl }

// year4 reports whether token i is a plausible 4-digit year on the same line.
func (s *dscan) year4(i int) (int, bool) {
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
		case dkWord, dkNum:
			return 0, false
		case dkPunct:
			switch n.r() {
			case '.', ',', '/', '%':
				if s.attNum(i+2) || (i+2 < len(s.t) && !s.t[i+2].sp && s.t[i+2].kind == dkWord) {
					return 0, false
				}
			}
		}
	}
	return int(t.val()), true
}

func (s *dscan) unitAt(i int) (int, bool) {
	if i < 0 || i >= len(s.t) || s.t[i].kind != dkWord || s.t[i].klen > 5 {
		return 0, false
	}
	for set := dUnitKeys.get(s.t[i].key()); set != 0; set &= set - 1 {
		u := &dUnitWords[bits.TrailingZeros16(set)]
		if s.is(i, u.k) {
			return u.v, true
		}
	}
	return 0, false
}

// dUnitKeys maps the key of every number word to the set of its entries in
// dUnitWords (bit x for dUnitWords[x]).
var dUnitKeys keyMap

// spelledNum reads a number in words from 1 to 39 at token i ("ba", "mười
// lăm", "hai mươi mốt").
func (s *dscan) spelledNum(i int) (v, end int, ok bool) {
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
		if u2 == 5 && s.is(j, kwNam) && (s.num(j+1) || s.isAny(j+1, dRelYearWords)) {
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
func (s *dscan) quantityAt(i, noun int) bool {
	if i < 0 || s.t[noun].nl {
		return false
	}
	t := &s.t[i]
	if t.kind == dkNum {
		return true
	}
	if t.kind != dkWord {
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
	return s.isKey(i, "muoi") || s.isAny(i, dPluralWords)
}

// ---------------------------------------------------------------------------
// Emission

func (s *dscan) emit(a, b int, typ Type, value, rule string) {
	start, end := int(s.t[a].s), int(s.t[b-1].e)
	s.out = append(s.out, Mention{Type: typ, Start: start, End: end, Text: s.text[start:end], Value: value, Rule: rule})
	s.spans = append(s.spans, dspan{a, b})
}

// run tries the rules at every token not consumed by an earlier match, left
// to right. Only the tokens in s.starts can start a match (match returns i at
// any other), so only those are tried.
func (s *dscan) run() {
	next := 0 // first token not consumed
	for _, i := range s.starts {
		if int(i) < next {
			continue
		}
		if e := s.match(int(i)); e > int(i) {
			next = e
		}
	}
	s.joinTimes()
}

// match tries every rule at token i and returns the index after what it
// consumed (i when nothing matched). A word rule is tried only at a word
// whose key is one of the rule's start words.
func (s *dscan) match(i int) int {
	t := &s.t[i]
	switch t.kind {
	case dkNum:
		for _, f := range numRules {
			if e := f(s, i); e > i {
				return e
			}
		}
	case dkWord:
		if t.klen > dStartMaxLen {
			return i
		}
		rules := dStartKeys.get(t.key())
		for x := 0; rules != 0; x++ {
			if rules&1 != 0 {
				if e := wordRules[x].match(s, i); e > i {
					return e
				}
			}
			rules >>= 1
		}
	}
	return i
}

// wordRule is a rule that starts at a word. Its first check is that the word
// is one of start (compared with is); match returns i when it does not apply.
type wordRule struct {
	match func(*dscan, int) int
	start []dkw
}

// dStartKeys maps the folded key of every word a word rule can start at to
// the set of those rules (bit x for wordRules[x]); dStartMaxLen is the longest
// such key.
var (
	dStartKeys   keyMap
	dStartMaxLen uint8
)

// keyMap maps packed keys (see packKey) to small bit sets. It is a perfect
// hash table: build picks a multiplier under which no two keys share a slot,
// so a lookup is one probe. Key zero, that of the empty word, is never added
// and finds the zero set in any empty slot.
type keyMap struct {
	mul  uint64
	keys [512]uint64
	vals [512]uint16
}

func (km *keyMap) slot(k uint64) int { return int((k * km.mul) >> 55) }

// build fills the table with the union of the sets given for each key.
func (km *keyMap) build(sets map[uint64]uint16) {
	mul := uint64(0x9E3779B97F4A7C15)
retry:
	*km = keyMap{mul: mul}
	for k, v := range sets {
		x := km.slot(k)
		if km.keys[x] != 0 {
			mul = mul*6364136223846793005 + 1442695040888963407 | 1
			goto retry
		}
		km.keys[x], km.vals[x] = k, v
	}
}

func (km *keyMap) get(k uint64) uint16 {
	x := km.slot(k)
	if km.keys[x] != k {
		return 0
	}
	return km.vals[x]
}

var numRules []func(*dscan, int) int
var wordRules []wordRule

func init() {
	numRules = []func(*dscan, int) int{
		(*dscan).matchClock,
		func(s *dscan, i int) int { return s.matchNumeric(i, i) },
		(*dscan).matchCount,
		(*dscan).matchBareYear,
		(*dscan).matchCompact,
	}
	var numberWords, holidays []dkw
	for _, u := range dUnitWords {
		numberWords = append(numberWords, u.k)
	}
	for _, h := range dHolidays {
		holidays = append(holidays, h.words[0])
	}
	wordRules = []wordRule{
		{(*dscan).matchDayNoun, []dkw{kwNgay, kwMong, kwMung}},
		{(*dscan).matchMonth, []dkw{kwDau, kwCuoi, kwGiua, kwThang}},
		{(*dscan).matchYear, []dkw{kwDau, kwCuoi, kwGiua, kwNam}},
		{(*dscan).matchQuarter, []dkw{kwQuy, kwQui}},
		{(*dscan).matchWeek, []dkw{kwDau, kwCuoi, kwTuan}},
		{(*dscan).matchPeriod, []dkw{kwGiai, kwNhiem, kwThoi}},
		{(*dscan).matchHom, []dkw{kwHom}},
		{(*dscan).matchWeekday, []dkw{kwThu, kwChu}},
		{(*dscan).matchHoliday, holidays},
		{(*dscan).matchLunar, append([]dkw{kwXuan, kwTet}, dLunarStems...)},
		{(*dscan).matchCount, numberWords},
	}
	starts := map[uint64]uint16{}
	for x, r := range wordRules {
		for _, k := range r.start {
			starts[k.key] |= 1 << x
			dStartMaxLen = max(dStartMaxLen, k.klen)
		}
	}
	dStartKeys.build(starts)
	units := map[uint64]uint16{}
	for x, u := range dUnitWords {
		units[u.k.key] |= 1 << x
	}
	dUnitKeys.build(units)
}

// ---------------------------------------------------------------------------
// Numeric dates

func (s *dscan) twoDigitYear(yy int) int {
	if s.hasRef {
		if 2000+yy <= s.ref.Year()+10 {
			return 2000 + yy
		}
		return 1900 + yy
	}
	if yy < 50 {
		return 2000 + yy
	}
	return 1900 + yy
}

// numDate parses d/m[/y] (or d-m-yyyy, d.m.yyyy) at number token i. headOK
// skips the check of what is glued before it.
func (s *dscan) numDate(i int, headOK bool) (p pdate, end int, ok bool) {
	t := s.at(i)
	if t == nil || t.kind != dkNum || t.nd > 2 || t.val() < 1 || t.val() > 31 {
		return p, 0, false
	}
	j := i + 1
	st := s.at(j)
	if st == nil || st.sp || st.kind != dkPunct {
		return p, 0, false
	}
	sep := st.r()
	if sep != '/' && sep != '-' && sep != '.' {
		return p, 0, false
	}
	j++
	if sep == '/' && s.attPunct(j, '/') {
		j++ // "21//01"
	}
	mt := s.at(j)
	if mt == nil || mt.sp || mt.kind != dkNum || mt.nd > 2 || mt.val() < 1 || mt.val() > 12 {
		return p, 0, false
	}
	p = pdate{d: int(t.val()), m: int(mt.val()), gran: 'd'}
	j++
	if s.attPunct(j, sep) && s.attNum(j+1) {
		yt := &s.t[j+1]
		switch {
		case yt.nd == 4 && yt.val() >= 1000 && yt.val() <= 2200:
			p.y = int(yt.val())
		case yt.nd == 2 && sep == '/':
			p.y = s.twoDigitYear(int(yt.val()))
		default:
			return p, 0, false
		}
		j += 2
	}
	if p.y == 0 && sep != '/' {
		return p, 0, false // "3-1", "1.2"
	}
	if p.d > daysIn(p.y, p.m) {
		return p, 0, false
	}
	if n := s.at(j); n != nil && !n.sp {
		switch n.kind {
		case dkWord, dkNum:
			return p, 0, false
		case dkPunct:
			switch n.r() {
			case '%', '/', '\\':
				return p, 0, false
			case sep, ',', '.', ':':
				if nn := s.at(j + 1); nn != nil && !nn.sp && (nn.kind == dkNum || nn.kind == dkWord) {
					return p, 0, false
				}
			}
		}
	}
	if !headOK && !t.sp && i > 0 {
		pt := &s.t[i-1]
		switch pt.kind {
		case dkNum, dkWord:
			return p, 0, false
		case dkPunct:
			switch pt.r() {
			case '/', '.', ',', ':', '\\', '%':
				return p, 0, false
			case '-', '–':
				if i >= 2 && !pt.sp && (s.t[i-2].kind == dkNum || s.t[i-2].kind == dkWord) {
					return p, 0, false
				}
			}
		}
	}
	return p, j, true
}

// bareOK decides whether a year-less d/m at [i, end) with nothing but its
// context is a date.
func (s *dscan) bareOK(i, end int) bool {
	t := &s.t[i]
	padded := (t.nd == 2 && t.val() < 10)
	for k := i + 1; k < end; k++ {
		if s.t[k].kind == dkNum && s.t[k].nd == 2 && s.t[k].val() < 10 {
			padded = true
		}
	}
	if i == 0 || t.nl {
		return padded || s.closes(end)
	}
	p := &s.t[i-1]
	switch p.kind {
	case dkWord:
		if s.isAny(i-1, dQuantityWords) {
			return padded
		}
		if s.isAny(i-1, dTriggers) {
			return true
		}
	case dkPunct:
		switch p.r() {
		case '(', ',', ';', '|', ':', '-', '–', '—', '[', '"', '“':
			return true
		}
	}
	return padded || s.closes(end)
}

// closes reports whether token k ends a phrase: end of text or line, or
// closing punctuation.
func (s *dscan) closes(k int) bool {
	n := s.at(k)
	if n == nil || n.nl {
		return true
	}
	if n.kind == dkPunct {
		switch n.r() {
		case ')', ',', '.', ';', ':', '|', ']', '!', '?':
			return true
		}
	}
	return false
}

// connector reports whether token k joins the two ends of a range.
func (s *dscan) connector(k int) bool {
	return s.isDash(k) || (s.sameLine(k) && (s.is(k, kwDen) || s.is(k, kwToi)))
}

// skipDayNoun skips "ngày"/"mồng"/"mùng" at k.
func (s *dscan) skipDayNoun(k int) int {
	if s.sameLine(k) && (s.is(k, kwNgay) || s.is(k, kwMong) || s.is(k, kwMung)) {
		k++
		if s.is(k, kwMong) || s.is(k, kwMung) {
			k++
		}
	}
	return k
}

// dateAt parses a full date (numeric or spelled) at k, after an optional day noun.
func (s *dscan) dateAt(k int) (pdate, int, bool) {
	k = s.skipDayNoun(k)
	if !s.sameLine(k) {
		return pdate{}, 0, false
	}
	if p, e, ok := s.numDate(k, true); ok {
		return p, e, true
	}
	return s.spelledDate(k)
}

// matchNumeric reads numeric dates and ranges at number token i; the mention
// starts at token start (a date noun before i, or i itself).
func (s *dscan) matchNumeric(i, start int) int {
	a, e, ok := s.numDate(i, start < i)
	if ok {
		// Range "22/12/1944 - 22/12/2024", "5/10 đến 10/10".
		if s.connector(e) {
			if b, e2, ok2 := s.dateAt(e + 1); ok2 && (b.y != 0 || a.y == 0) {
				aa := a
				if aa.y == 0 && b.y != 0 {
					aa.y = b.y
				}
				if aa.key() <= b.key() || a.y == 0 {
					s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
					return e2
				}
			}
		}
		if a.y == 0 && start == i && !s.bareOK(i, e) {
			return i
		}
		s.emit(start, e, Date, s.value(a), "date:numeric")
		return e
	}
	// "18-20/2/2026", "5 - 10/12"
	t := &s.t[i]
	if t.nd <= 2 && t.val() >= 1 && t.val() <= 31 && s.isDash(i+1) && s.num(i+2) && !s.t[i+2].nl {
		if !t.sp && i > 0 && (s.t[i-1].kind != dkPunct || s.t[i-1].r() == '/' || s.t[i-1].r() == '.' || s.t[i-1].r() == ',') {
			return i
		}
		b, e2, ok := s.numDate(i+2, true)
		if ok {
			if int(t.val()) < b.d {
				a := pdate{d: int(t.val()), gran: 'd'}
				s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
				return e2
			}
		}
	}
	return i
}

// matchCompact reads a slug-style date without separators ("tu 142025" =
// 1/4/2025) in text written without diacritics, after từ/ngày/đến.
func (s *dscan) matchCompact(i int) int {
	t := &s.t[i]
	if t.nd < 6 || t.nd > 8 || i == 0 || t.nl || !t.sp {
		return i
	}
	if !(s.isKey(i-1, "tu") || s.isKey(i-1, "ngay") || s.isKey(i-1, "den")) || s.t[i-1].diac || !s.plain(i-1) {
		return i
	}
	if n := s.at(i + 1); n != nil && !n.sp && !n.nl {
		return i
	}
	v := int(t.val())
	y := v % 10000
	pre := v / 10000
	if y < 1900 || y > 2100 {
		return i
	}
	var d, m int
	switch t.nd - 4 {
	case 2:
		d, m = pre/10, pre%10
	case 3:
		d1, m1 := pre/100, pre%100
		d2, m2 := pre/10, pre%10
		ok1 := d1 >= 1 && m1 >= 1 && m1 <= 12 && d1 <= daysIn(y, m1) && s.text[t.s+1] != '0'
		ok2 := d2 >= 1 && m2 >= 1 && m2 <= 12 && d2 <= daysIn(y, m2) && s.text[t.s] != '0'
		switch {
		case ok1 && !ok2:
			d, m = d1, m1
		case ok2 && !ok1:
			d, m = d2, m2
		default:
			return i
		}
	case 4:
		d, m = pre/100, pre%100
	}
	if d < 1 || m < 1 || m > 12 || d > daysIn(y, m) {
		return i
	}
	s.emit(i, i+1, Date, s.value(pdate{y: y, m: m, d: d, gran: 'd'}), "date:numeric")
	return i + 1
}

// ---------------------------------------------------------------------------
// Spelled dates

func (s *dscan) dayAt(i int) (int, int, bool) {
	if !s.sameLine(i) {
		return 0, 0, false
	}
	if t := &s.t[i]; t.kind == dkNum {
		if t.nd <= 2 && t.val() >= 1 && t.val() <= 31 {
			return int(t.val()), i + 1, true
		}
		return 0, 0, false
	}
	v, e, ok := s.spelledNum(i)
	if ok && v >= 1 && v <= 31 {
		return v, e, true
	}
	return 0, 0, false
}

// monthAt reads the month after "tháng": 1..12, giêng, chạp, or a number word.
func (s *dscan) monthAt(i int) (int, int, bool) {
	if !s.sameLine(i) {
		return 0, 0, false
	}
	t := &s.t[i]
	if t.kind == dkNum {
		if t.nd <= 2 && t.val() >= 1 && t.val() <= 12 {
			if n := s.at(i + 1); n != nil && !n.sp && (n.kind == dkWord || n.kind == dkNum ||
				(n.kind == dkPunct && (n.r() == '.' || n.r() == ',') && s.attNum(i+2))) {
				return 0, 0, false
			}
			return int(t.val()), i + 1, true
		}
		return 0, 0, false
	}
	if s.is(i, kwGieng) {
		return 1, i + 1, true
	}
	if s.is(i, kwChap) {
		return 12, i + 1, true
	}
	v, e, ok := s.spelledNum(i)
	if !ok || v < 1 || v > 12 {
		return 0, 0, false
	}
	if v == 5 && s.is(i, kwNam) && (s.num(i+1) || s.isAny(i+1, dRelYearWords)) {
		return 0, 0, false // "tháng năm 2024" reads as month, year
	}
	return v, e, true
}

// yearPart reads the year after a month or day: "/2026", "-2026", "năm 2024",
// ", năm 2024", "năm nay", "năm ngoái"...
func (s *dscan) yearPart(i int, p *pdate) int {
	if (s.attPunct(i, '/') || s.attPunct(i, '-') || s.attPunct(i, '.')) && s.attNum(i+1) {
		if y, ok := s.year4(i + 1); ok {
			p.y = y
			return i + 2
		}
		return i
	}
	k := i
	if s.punct(k, ',') && s.is(k+1, kwNam) {
		k++
	}
	if !s.sameLine(k) || !s.is(k, kwNam) {
		return i
	}
	if y, ok := s.year4(k + 1); ok {
		p.y = y
		return k + 2
	}
	if off, ok := s.relYear(k + 1); ok {
		p.yrel, p.yoff = true, off
		return k + 2
	}
	return i
}

// relYear reads the word after "năm" in "năm nay / ngoái / trước / tới / sau".
func (s *dscan) relYear(k int) (int, bool) {
	if !s.sameLine(k) {
		return 0, false
	}
	switch {
	case s.is(k, kwNay):
		return 0, true
	case s.is(k, kwNgoai), s.is(k, kwTruoc):
		return -1, true
	case s.is(k, kwToi), s.is(k, kwSau):
		return 1, true
	}
	return 0, false
}

// spelledDate reads "D tháng M [năm Y]" at k (D a number or number words).
func (s *dscan) spelledDate(k int) (pdate, int, bool) {
	d, e, ok := s.dayAt(k)
	if !ok || !s.sameLine(e) || !s.is(e, kwThang) {
		return pdate{}, 0, false
	}
	m, e2, ok := s.monthAt(e + 1)
	if !ok {
		return pdate{}, 0, false
	}
	p := pdate{d: d, m: m, gran: 'd'}
	e2 = s.yearPart(e2, &p)
	if d > daysIn(p.y, m) {
		return pdate{}, 0, false
	}
	return p, e2, true
}

// matchDayNoun handles "ngày", "mồng", "mùng": numeric and spelled dates,
// day lists, day ranges, and "ngày mai", "ngày kia", "ngày hôm qua".
func (s *dscan) matchDayNoun(i int) int {
	isNgay := s.is(i, kwNgay)
	if !isNgay && !s.is(i, kwMong) && !s.is(i, kwMung) {
		return i
	}
	start := i
	if s.quantityAt(i-1, i) {
		start = i + 1 // "hai ngày 30/9"
	}
	j := i + 1
	if !s.sameLine(j) {
		return i
	}
	if isNgay && (s.is(j, kwMong) || s.is(j, kwMung)) {
		j++
	}
	if isNgay && start == i {
		switch {
		case s.is(j, kwMai):
			return s.emitRel(i, j+1, 1)
		case s.is(j, kwKia):
			return s.emitRel(i, j+1, 2)
		case s.is(j, kwHom) && s.sameLine(j+1):
			if e := s.matchHom(j); e > j {
				// widen the mention to include "ngày"
				m := &s.out[len(s.out)-1]
				m.Start = int(s.t[i].s)
				m.Text = s.text[m.Start:m.End]
				s.spans[len(s.spans)-1].a = i
				return e
			}
		}
	}
	if !s.sameLine(j) {
		return i
	}
	if s.num(j) {
		if _, _, ok := s.numDate(j, true); ok {
			return s.matchNumeric(j, start)
		}
		if e := s.matchNumeric(j, start); e > j {
			return e
		}
	}
	if p, e, ok := s.spelledDate(j); ok {
		if s.connector(e) {
			if b, e2, ok2 := s.dateAt(e + 1); ok2 {
				s.emit(start, e2, Date, s.rangeValue(p, b), "date:range")
				return e2
			}
		}
		s.emit(start, e, Date, s.value(p), "date:spelled")
		return e
	}
	d1, e1, ok := s.dayAt(j)
	if !ok {
		return i
	}
	// Day range: "ngày 10 đến 31/01", "ngày 10 đến ngày 31 tháng 1".
	if s.connector(e1) {
		if b, e2, ok2 := s.dateAt(e1 + 1); ok2 && d1 < b.d {
			a := pdate{d: d1, gran: 'd'}
			if b.y != 0 || b.yrel {
				a.y, a.yrel, a.yoff = b.y, b.yrel, b.yoff
			}
			s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
			return e2
		}
	}
	// Day list: "ngày 5, 6 và 7/12".
	var days [8]struct{ d, a, b int }
	n := 0
	days[n] = struct{ d, a, b int }{d1, start, e1}
	n++
	k := e1
	for n < len(days) {
		if !s.sameLine(k) {
			return i
		}
		if s.punct(k, ',') || s.is(k, kwVa) || s.is(k, kwHoac) {
			k++
			if s.is(k, kwVa) || s.is(k, kwHoac) {
				k++
			}
		} else {
			return i
		}
		k = s.skipDayNoun(k)
		if b, e2, ok := s.dateAt(k); ok {
			for x := 0; x < n; x++ {
				p := b
				p.d = days[x].d
				if p.d > daysIn(p.y, p.m) {
					return i
				}
				s.emit(days[x].a, days[x].b, Date, s.value(p), "date:numeric")
			}
			rule := "date:numeric"
			if !s.num(k) {
				rule = "date:spelled"
			}
			s.emit(k, e2, Date, s.value(b), rule)
			return e2
		}
		d, e, ok := s.dayAt(k)
		if !ok {
			return i
		}
		days[n] = struct{ d, a, b int }{d, k, e}
		n++
		k = e
	}
	return i
}

// ---------------------------------------------------------------------------
// Months, years, quarters, weeks, periods

func (s *dscan) isEdge(i int) bool {
	return s.is(i, kwDau) || s.is(i, kwCuoi) || s.is(i, kwGiua)
}

// matchMonth handles "tháng M[/Y | năm Y]", "đầu/cuối tháng M", month ranges
// and "tháng này / trước / tới / sau / qua".
func (s *dscan) matchMonth(i int) int {
	start, j := i, i
	if s.isEdge(i) {
		if !s.is(i+1, kwThang) || !s.sameLine(i+1) {
			return i
		}
		j = i + 1
	} else if !s.is(i, kwThang) {
		return i
	}
	if s.quantityAt(start-1, start) {
		return i // "3 tháng", "7 tháng năm 2025"
	}
	m, e, ok := s.monthAt(j + 1)
	if !ok {
		off, e2, ok := s.relUnit(j + 1)
		if !ok {
			if start < j && s.edgeAlone(start, j+1) {
				off, e2, ok = 0, j+1, true // "đầu tháng"
			} else {
				return i
			}
		}
		v := ""
		if s.hasRef {
			v = s.monthValue(addMonths(s.ref, off))
		}
		s.emit(start, e2, Date, v, "date:relative")
		return e2
	}
	p := pdate{m: m, gran: 'm'}
	// Month range: "tháng 3-5/2025", "tháng 3 đến tháng 5 năm 2025".
	if s.connector(e) {
		k := e + 1
		if s.is(k, kwThang) {
			k++
		}
		if m2, e2, ok := s.monthAt(k); ok && m2 > m {
			b := pdate{m: m2, gran: 'm'}
			e2 = s.yearPart(e2, &b)
			a := p
			a.y, a.yrel, a.yoff = b.y, b.yrel, b.yoff
			s.emit(start, e2, Date, s.rangeValue(a, b), "date:range")
			return e2
		}
	}
	e = s.yearPart(e, &p)
	rule := "date:spelled"
	if p.yrel {
		rule = "date:relative"
	}
	s.emit(start, e, Date, s.value(p), rule)
	return e
}

// relUnit reads the modifier after tháng/tuần: này (0), trước / qua / vừa
// qua (-1), tới / sau / sắp tới / tiếp theo (+1).
func (s *dscan) relUnit(k int) (int, int, bool) {
	if !s.sameLine(k) {
		return 0, 0, false
	}
	switch {
	case s.is(k, kwNay2), s.is(k, kwNay):
		return 0, k + 1, true
	case s.is(k, kwTruoc), s.is(k, kwQua):
		return -1, k + 1, true
	case s.is(k, kwVua) && s.is(k+1, kwQua):
		return -1, k + 2, true
	case s.is(k, kwToi), s.is(k, kwSau):
		return 1, k + 1, true
	case s.is(k, kwSap) && s.is(k+1, kwToi):
		return 1, k + 2, true
	case s.is(k, kwTiep) && s.is(k+1, kwTheo):
		return 1, k + 2, true
	}
	return 0, 0, false
}

// namBlocked: an undiacritized "Nam" that is part of a name ("Việt Nam 2024").
func (s *dscan) namBlocked(j int) bool {
	t := &s.t[j]
	if t.diac || j == 0 {
		return false
	}
	p := j - 1
	if s.t[p].kind != dkWord || t.nl {
		return false
	}
	switch s.keyOf(p) {
	case "viet", "mien", "ha", "quang", "dong", "tay", "hai", "van", "han", "nhat":
		return true
	}
	return t.up && s.t[p].up
}

// matchYear handles "năm YYYY", year ranges and lists, "đầu/cuối năm [YYYY]",
// and "năm nay / ngoái / trước / tới / sau".
func (s *dscan) matchYear(i int) int {
	start, j := i, i
	if s.isEdge(i) {
		if !s.is(i+1, kwNam) || !s.sameLine(i+1) {
			return i
		}
		j = i + 1
	} else if !s.is(i, kwNam) {
		return i
	}
	if s.namBlocked(j) {
		return i
	}
	if y, ok := s.year4(j + 1); ok {
		e := j + 2
		// "năm 2018-2021", "năm 2018 đến năm 2021"
		if s.connector(e) {
			k := e + 1
			if s.is(k, kwNam) {
				k++
			}
			if y2, ok := s.year4(k); ok && y2 > y && y2-y <= 100 {
				s.emit(start, k+1, Date, s.yearRange(y, y2), "date:range")
				return k + 1
			}
		}
		s.emit(start, e, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
		// "năm 2024 và 2025", "năm 2023, 2024"
		for s.punct(e, ',') || s.is(e, kwVa) || s.is(e, kwHoac) {
			k := e + 1
			if s.is(k, kwVa) || s.is(k, kwHoac) {
				k++
			}
			if s.is(k, kwNam) {
				k++
			}
			y2, ok := s.year4(k)
			if !ok {
				break
			}
			s.emit(k, k+1, Date, s.value(pdate{y: y2, gran: 'y'}), "date:year")
			e = k + 1
		}
		return e
	}
	if s.quantityAt(start-1, start) {
		return i // "10 năm", "Gần 2 năm sau", "những năm tới"
	}
	if off, ok := s.relYear(j + 1); ok {
		if (s.is(j+1, kwTruoc) || s.is(j+1, kwSau)) && start == j && s.sameLine(j+2) && s.is(j+2, kwDo) {
			return i // "năm trước đó"
		}
		v := ""
		if s.hasRef {
			v = s.value(pdate{y: s.ref.Year() + off, gran: 'y'})
		}
		s.emit(start, j+2, Date, v, "date:relative")
		return j + 2
	}
	if start < j && s.edgeAlone(start, j+1) {
		v := ""
		if s.hasRef {
			v = s.value(pdate{y: s.ref.Year(), gran: 'y'})
		}
		s.emit(start, j+1, Date, v, "date:relative") // "đầu năm"
		return j + 1
	}
	return i
}

var kwMoi = mkdkw("mới")

// edgeAlone decides whether "đầu/cuối/giữa năm|tháng|tuần" at [a, e) with
// no number after it is a date: it must be introduced by a preposition or
// start a clause, or be followed by "nay"/"này"/"đến"/punctuation
// ("từ đầu năm đến nay", "vào cuối tháng", "Cuối năm, ..."), and not be
// "giữa năm cũ và năm mới".
func (s *dscan) edgeAlone(a, e int) bool {
	if s.sameLine(e) && (s.is(e, kwMoi) || s.is(e, kwCu)) {
		return false
	}
	if a == 0 || s.t[a].nl {
		return true
	}
	if s.t[a-1].kind == dkPunct || s.isAny(a-1, dEdgeIntro) {
		return true
	}
	n := s.at(e)
	if n == nil || n.nl || n.kind == dkPunct {
		return true
	}
	return s.is(e, kwNay) || s.is(e, kwNay2) || s.is(e, kwDen)
}

func (s *dscan) yearRange(a, b int) string {
	var buf [12]byte
	out := appendPad(buf[:0], a, 4)
	out = append(out, '/')
	return string(appendPad(out, b, 4))
}

var dRoman = []string{"i", "ii", "iii", "iv"}

// matchQuarter handles "quý 3", "quý IV/2018", "quý 4 năm 2018", "quý này".
func (s *dscan) matchQuarter(i int) int {
	if !s.is(i, kwQuy) && !s.is(i, kwQui) {
		return i
	}
	j := i + 1
	if !s.sameLine(j) {
		return i
	}
	q := 0
	t := &s.t[j]
	switch {
	case t.kind == dkNum && t.nd == 1 && t.val() >= 1 && t.val() <= 4:
		q = int(t.val())
	case t.kind == dkWord && t.up && !t.diac:
		for x, r := range dRoman {
			if s.isKey(j, r) && allUpperASCII(s.text[t.s:t.e]) {
				q = x + 1
			}
		}
	default:
		if u, ok := s.unitAt(j); ok && u >= 1 && u <= 4 && !s.isKey(j, "mot") {
			q = u
		} else if s.isKey(j, "mot") && s.is(j, kwMot) {
			q = 1
		}
	}
	if q == 0 {
		return i
	}
	if n := s.at(j + 1); n != nil && !n.sp && (n.kind == dkWord || n.kind == dkNum) {
		return i
	}
	p := pdate{q: q, gran: 'q'}
	e := s.yearPart(j+1, &p)
	rule := "date:quarter"
	s.emit(i, e, Date, s.value(p), rule)
	return e
}

func allUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// matchWeek handles "tuần này / tới / sau / trước / qua", "cuối tuần",
// "đầu tuần".
func (s *dscan) matchWeek(i int) int {
	start, j := i, i
	edge := ""
	if s.is(i, kwDau) || s.is(i, kwCuoi) {
		if !s.is(i+1, kwTuan) || !s.sameLine(i+1) {
			return i
		}
		if s.is(i, kwCuoi) {
			edge = "-WE"
		}
		j = i + 1
	} else if !s.is(i, kwTuan) {
		return i
	}
	if s.quantityAt(start-1, start) {
		return i
	}
	off, e, ok := s.relUnit(j + 1)
	if !ok {
		if start == j || !s.edgeAlone(start, j+1) {
			return i
		}
		off, e = 0, j+1
	}
	v := ""
	if s.hasRef {
		v = s.weekValue(s.ref.AddDate(0, 0, 7*off), edge)
	}
	s.emit(start, e, Date, v, "date:relative")
	return e
}

// matchPeriod handles "giai đoạn 2018-2021", "nhiệm kỳ 2021 - 2026",
// "thời kỳ 2021 - 2030".
func (s *dscan) matchPeriod(i int) int {
	if !((s.is(i, kwGiai) && s.is(i+1, kwDoan)) || ((s.is(i, kwNhiem) || s.is(i, kwThoi)) && (s.is(i+1, kwKy) || s.is(i+1, kwKi)))) {
		return i
	}
	k := i + 2
	if s.is(k, kwTu) {
		k++
	}
	if s.is(k, kwNam) {
		k++
	}
	y1, ok := s.year4(k)
	if !ok {
		return i
	}
	k++
	if s.connector(k) {
		k++
		if s.is(k, kwNam) {
			k++
		}
	} else if s.t[i].diac || !s.num(k) || !s.t[k].sp {
		return i // a space alone separates the years only in undiacritized slugs
	}
	y2, ok := s.year4(k)
	if !ok || y2 <= y1 || y2-y1 > 100 {
		return i
	}
	s.emit(i, k+1, Date, s.yearRange(y1, y2), "date:range")
	return k + 1
}

// ---------------------------------------------------------------------------
// Relative days and weekdays

func (s *dscan) emitRel(a, b, days int) int {
	v := ""
	if s.hasRef {
		v = s.dayValue(s.ref.AddDate(0, 0, days))
	}
	s.emit(a, b, Date, v, "date:relative")
	return b
}

// matchHom handles "hôm nay", "hôm qua", "hôm kia".
func (s *dscan) matchHom(i int) int {
	if !s.is(i, kwHom) || !s.sameLine(i+1) {
		return i
	}
	switch {
	case s.is(i+1, kwNay):
		return s.emitRel(i, i+2, 0)
	case s.is(i+1, kwQua):
		return s.emitRel(i, i+2, -1)
	case s.is(i+1, kwKia):
		return s.emitRel(i, i+2, -2)
	}
	return i
}

// weekdayAt reads "thứ hai".."thứ bảy", "thứ 2".."thứ 7", "chủ nhật" at i.
func (s *dscan) weekdayAt(i int) (wd time.Weekday, end int, digit, ok bool) {
	if s.is(i, kwChu) && s.is(i+1, kwNhat) && s.sameLine(i+1) {
		return time.Sunday, i + 2, false, true
	}
	if !s.is(i, kwThu) || !s.sameLine(i+1) {
		return 0, 0, false, false
	}
	t := &s.t[i+1]
	if t.kind == dkNum {
		if t.nd == 1 && t.val() >= 2 && t.val() <= 7 {
			if n := s.at(i + 2); n != nil && !n.sp && (n.kind != dkPunct || n.r() == '/' || n.r() == '.' || n.r() == ',') && !(n.kind == dkPunct && n.r() == ',' && !s.attNum(i+3)) {
				return 0, 0, false, false
			}
			return time.Weekday(t.val() - 1), i + 2, true, true
		}
		return 0, 0, false, false
	}
	u, ok := s.unitAt(i + 1)
	if !ok || u < 2 || u > 7 || s.isKey(i+1, "mot") || s.isKey(i+1, "lam") || s.isKey(i+1, "bon") {
		return 0, 0, false, false
	}
	return time.Weekday(u - 1), i + 2, false, true
}

// matchWeekday handles weekdays with their modifiers.
func (s *dscan) matchWeekday(i int) int {
	wd, e, _, ok := s.weekdayAt(i)
	if !ok {
		return i
	}
	// Weekday heading a date ("Thứ Hai, 15/11/2021"): the date is the mention.
	k := e
	if s.punct(k, ',') || s.punct(k, '(') {
		k++
	}
	if s.sameLine(k) {
		if _, _, ok := s.dateAt(k); ok {
			return e
		}
	}
	mode := 0 // 0 nearest, 1 after, -1 before, 2 this week, 3 next week, -3 last week
	end := e
	switch {
	case s.is(e, kwTuan) && s.sameLine(e):
		if off, e2, ok := s.relUnit(e + 1); ok {
			mode, end = []int{-3, 2, 3}[off+1], e2
		}
	default:
		if off, e2, ok := s.relUnit(e); ok && s.sameLine(e) {
			mode, end = []int{-1, 2, 1}[off+1], e2
		}
	}
	if mode == 0 {
		// A bare weekday needs a context: "vào thứ Hai", "sáng thứ 5", "Thứ Hai".
		isChu := s.is(i, kwChu)
		t := &s.t[i]
		capital := t.up && s.t[i+1].kind == dkWord && s.t[i+1].up
		trig := i > 0 && !t.nl && (s.isAny(i-1, dTriggers) || s.isAny(i-1, dVaoHom))
		if !isChu && !capital && !trig {
			return i
		}
	}
	v := ""
	if s.hasRef {
		v = s.dayValue(s.weekdayDate(wd, mode))
	}
	s.emit(i, end, Date, v, "date:weekday")
	return end
}

func (s *dscan) weekdayDate(wd time.Weekday, mode int) time.Time {
	ref := s.ref
	// ISO weekday index, Monday = 0.
	iso := func(w time.Weekday) int { return (int(w) + 6) % 7 }
	monday := ref.AddDate(0, 0, -iso(ref.Weekday()))
	inWeek := func(weekOff int) time.Time { return monday.AddDate(0, 0, 7*weekOff+iso(wd)) }
	diff := int(wd) - int(ref.Weekday())
	switch mode {
	case 1:
		d := (diff + 7) % 7
		if d == 0 {
			d = 7
		}
		return ref.AddDate(0, 0, d)
	case -1:
		d := (7 - diff) % 7
		if d == 0 {
			d = 7
		}
		return ref.AddDate(0, 0, -d)
	case 2:
		return inWeek(0)
	case 3:
		return inWeek(1)
	case -3:
		return inWeek(-1)
	}
	d := (diff + 7) % 7 // 0..6 days ahead
	if d > 3 {
		d -= 7
	}
	return ref.AddDate(0, 0, d)
}

// matchCount handles "3 ngày tới", "ba ngày qua", "2 tuần tới", "2 tháng tới".
func (s *dscan) matchCount(i int) int {
	var n, j int
	if s.num(i) {
		t := &s.t[i]
		if t.nd > 2 || t.val() < 1 {
			return i
		}
		if i > 0 && !t.sp && s.t[i-1].kind != dkPunct {
			return i
		}
		n, j = int(t.val()), i+1
	} else {
		v, e, ok := s.spelledNum(i)
		if !ok {
			return i
		}
		n, j = v, e
	}
	if !s.sameLine(j) || i > 0 && s.isAny(i-1, dPluralWords) {
		return i
	}
	unit := 0
	switch {
	case s.is(j, kwNgay):
		unit = 1
	case s.is(j, kwTuan):
		unit = 2
	case s.is(j, kwThang):
		unit = 3
	default:
		return i
	}
	off, e, ok := s.relUnit(j + 1)
	if !ok || off == 0 || (unit == 3 && off < 0) {
		return i
	}
	v := ""
	if s.hasRef {
		switch unit {
		case 1:
			if off > 0 {
				v = s.dayRangeValue(s.ref.AddDate(0, 0, 1), s.ref.AddDate(0, 0, n))
			} else {
				v = s.dayRangeValue(s.ref.AddDate(0, 0, -n), s.ref.AddDate(0, 0, -1))
			}
		case 2:
			a, b := s.ref.AddDate(0, 0, 7), s.ref.AddDate(0, 0, 7*n)
			if off < 0 {
				a, b = s.ref.AddDate(0, 0, -7*n), s.ref.AddDate(0, 0, -7)
			}
			v = s.weekValue(a, "/") + s.weekValue(b, "")
		case 3:
			v = s.monthValue(addMonths(s.ref, 1)) + "/" + s.monthValue(addMonths(s.ref, n))
		}
	}
	s.emit(i, e, Date, v, "date:relative")
	return e
}

// ---------------------------------------------------------------------------
// Holidays, lunar years, bare years

func (s *dscan) matchHoliday(i int) int {
	for _, h := range dHolidays {
		k := i
		ok := true
		for _, w := range h.words {
			if !s.sameLine(k) && k > i || !s.is(k, w) {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if h.words[0] == kwQuoc && !s.t[i].up {
			return i
		}
		// "Quốc khánh 2/9": the explicit date is the mention.
		if s.sameLine(k) {
			if _, _, ok := s.dateAt(k); ok {
				return k
			}
		}
		p := pdate{m: h.m, d: h.d, gran: 'd'}
		if y, ok := s.year4(k); ok {
			p.y = y
			k++
		}
		s.emit(i, k, Date, s.value(p), "date:holiday")
		return k
	}
	return i
}

// matchLunar handles "Bính Ngọ 2026", "Xuân 2026", "Tết 2026": the year is
// the mention.
func (s *dscan) matchLunar(i int) int {
	k := i
	switch {
	case s.isAny(i, dLunarStems) && s.t[i].up && s.isAny(i+1, dLunarBranches) && s.sameLine(i+1):
		k = i + 2
	case (s.is(i, kwXuan) || s.is(i, kwTet)) && s.t[i].up:
		k = i + 1
	default:
		return i
	}
	if !s.num(k) || s.t[k].nl {
		return i
	}
	y, ok := s.year4(k)
	if !ok {
		return i
	}
	s.emit(k, k+1, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
	return k + 1
}

// matchBareYear accepts a year written alone where it clearly dates
// something: "(1975 - 2025)", "(2024)", "từ 2018 đến 2021", "mưa bom 1972",
// a headline "Cần Thơ 2025: ...".
func (s *dscan) matchBareYear(i int) int {
	y, ok := s.year4(i)
	if !ok || y < 1900 || y > 2100 {
		return i
	}
	t := &s.t[i]
	if i > 0 && !t.sp && s.t[i-1].kind != dkPunct {
		return i
	}
	prevParen := i > 0 && s.punct(i-1, '(')
	prevTu := i > 0 && s.is(i-1, kwTu) && !t.nl
	if (prevParen || prevTu) && s.connector(i+1) {
		k := i + 2
		if s.is(k, kwNam) {
			k++
		}
		if y2, ok := s.year4(k); ok && y2 > y && y2-y <= 100 {
			s.emit(i, k+1, Date, s.yearRange(y, y2), "date:range")
			return k + 1
		}
	}
	if prevParen && s.punct(i+1, ')') {
		s.emit(i, i+1, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
		return i + 1
	}
	if i == 0 || t.nl || s.t[i-1].kind != dkWord {
		return i
	}
	// What follows: end of line or closing punctuation.
	n := s.at(i + 1)
	colon := false
	if n != nil && !n.nl {
		if n.kind != dkPunct {
			return i
		}
		switch n.r() {
		case '.', ',', ';', '!', '?', ')':
		case ':':
			colon = true
		default:
			return i
		}
	}
	if s.isAny(i-1, dQuantityWords) || s.isAny(i-1, dTriggers) || s.isKey(i-1, "nam") {
		return i // "hơn 2000", "viet nam 2024"
	}
	// No name or document head among the words before.
	words := 0
	for k := i - 1; k >= 0 && words < 4; k-- {
		if s.t[k].kind != dkWord {
			break
		}
		if s.isAny(k, dNameHeads) {
			return i
		}
		words++
		if s.t[k].nl {
			break
		}
	}
	if s.t[i-1].up && !colon {
		return i
	}
	if !s.t[i-1].up && words < 2 {
		return i
	}
	s.emit(i, i+1, Date, s.value(pdate{y: y, gran: 'y'}), "date:year")
	return i + 1
}

// ---------------------------------------------------------------------------
// Clock times

func (s *dscan) partOfDay(k int) (int, bool) {
	if !s.sameLine(k) {
		return 0, false
	}
	for _, p := range dPartsOfDay {
		if s.is(k, p.k) {
			return p.shift, true
		}
	}
	return 0, false
}

// matchClock reads "06:00", "15:27:10", "10h45", "23h", "15 giờ 30 (phút)",
// "3 giờ chiều", "9 giờ rưỡi".
func (s *dscan) matchClock(i int) int {
	t := &s.t[i]
	if t.nd > 2 {
		return i
	}
	if i > 0 && !t.sp {
		if p := &s.t[i-1]; p.kind != dkPunct || p.r() == ':' || p.r() == '.' || p.r() == ',' || p.r() == '/' {
			return i
		}
	}
	h, m, sec := int(t.val()), 0, -1
	j := i + 1
	form := 0
	hasMin := false
	switch {
	case s.attPunct(j, ':') && s.attNum(j+1):
		mt := &s.t[j+1]
		if mt.nd != 2 || mt.val() > 59 {
			return i
		}
		m, hasMin = int(mt.val()), true
		j += 2
		if s.attPunct(j, ':') && s.attNum(j+1) {
			st := &s.t[j+1]
			if st.nd != 2 || st.val() > 59 {
				return i
			}
			sec = int(st.val())
			j += 2
		}
		if n := s.at(j); n != nil && !n.sp && (n.kind != dkPunct || (n.r() == ':' || n.r() == '/' || n.r() == '.' || n.r() == ',') && s.attNum(j+1)) {
			return i
		}
		form = 1
	case (s.isKey(j, "h") || s.isKey(j, "g")) && !s.t[j].sp:
		j++
		if s.attNum(j) {
			mt := &s.t[j]
			if mt.nd != 2 || mt.val() > 59 {
				return i
			}
			m, hasMin = int(mt.val()), true
			j++
			if s.isKey(j, "p") || s.isKey(j, "ph") {
				if !s.t[j].sp {
					j++
				}
			}
		}
		if n := s.at(j); n != nil && !n.sp && n.kind != dkPunct {
			return i
		}
		form = 2
	case s.is(j, kwGio) && s.sameLine(j):
		j++
		if s.num(j) && s.sameLine(j) && s.t[j].nd <= 2 && s.t[j].val() <= 59 && !s.is(j+1, kwNgay) && !s.isDash(j+1) {
			m, hasMin = int(s.t[j].val()), true
			j++
			if s.is(j, kwPhut) {
				j++
			}
		} else if s.is(j, kwRuoi) {
			m, hasMin = 30, true
			j++
		}
		form = 3
	default:
		return i
	}
	if h > 24 || h == 24 && m > 0 {
		return i
	}
	shift, pod := s.partOfDay(j)
	if pod {
		if shift == 12 && h >= 1 && h <= 11 {
			if !s.is(j, kwTrua) || h <= 2 {
				if !s.is(j, kwDem) || h >= 6 {
					h += 12
				}
			}
		}
		j++
	}
	if form != 1 {
		if i > 0 && s.isAny(i-1, dDurationWords) {
			return i
		}
		trig := i > 0 && !t.nl && s.isAny(i-1, dClockTriggers)
		dateAfter := false
		if k := j; s.sameLine(k) {
			if s.punct(k, ',') || s.punct(k, '-') {
				k++
			}
			if s.is(k, kwNgay) || s.is(k, kwHom) || s.isAny(k, dDayParts3) {
				dateAfter = true
			} else if _, _, ok := s.numDate(k, true); ok && s.sameLine(k) {
				dateAfter = true
			}
		}
		if !hasMin && !pod && !trig && !dateAfter {
			return i
		}
		if s.sameLine(j) && (s.is(j, kwQua) || s.is(j, kwToi) || s.is(j, kwLien)) {
			return i // "24 giờ qua"
		}
	}
	var buf [12]byte
	s.emit(i, j, Time, string(appendClock(buf[:0], h, m, sec)), "time:clock")
	return j
}

// joinTimes gives a TIME the date of a one-day DATE in the same phrase
// ("06:00 | 15/11/2021", "23h ngày 22/12", "ngày 5/10, lúc 15h").
func (s *dscan) joinTimes() {
	for k := range s.out {
		if s.out[k].Type != Time {
			continue
		}
		if k+1 < len(s.out) && s.joinable(s.spans[k].b, s.spans[k+1].a) {
			if s.setTimeDate(k, k+1) {
				continue
			}
		}
		if k > 0 && s.joinable(s.spans[k-1].b, s.spans[k].a) {
			s.setTimeDate(k, k-1)
		}
	}
}

func (s *dscan) setTimeDate(ti, di int) bool {
	d := &s.out[di]
	if d.Type != Date || len(d.Value) != 10 || d.Value[4] != '-' || d.Value[7] != '-' {
		return false
	}
	tm := &s.out[ti]
	if len(tm.Value) == 0 || tm.Value[0] != 'T' {
		return false
	}
	tm.Value = d.Value + tm.Value
	return true
}

// joinable: the tokens in [a, b) only link a time and a date.
func (s *dscan) joinable(a, b int) bool {
	if b-a > 3 || b < a {
		return false
	}
	for k := a; k < b; k++ {
		if s.t[k].nl {
			return false
		}
		switch s.t[k].kind {
		case dkPunct:
			switch s.t[k].r() {
			case '|', ',', '-', '–', '(', ')', '/':
			default:
				return false
			}
		case dkWord:
			if _, ok := s.partOfDay(k); ok {
				continue
			}
			if !s.isAny(k, dAtWords) {
				return false
			}
		default:
			return false
		}
	}
	if b < len(s.t) && s.t[b].nl {
		return false
	}
	return true
}
