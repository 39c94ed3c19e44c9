package date

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// This file keeps the straightforward tokenizer and rule loop that tokenize
// and run replaced, as a reference: Find must give what refFindDates
// gives for every input (TestFindDatesRef, FuzzFindDatesRef).

// refFindDates is Find with the reference tokenizer and rule loop.
func refFindDates(text string, opt Options) []Span {
	s := new(Scanner)
	s.text = text
	s.future = opt.Prefer == Future
	s.setRef(opt.Ref)
	s.t = refTokenize(text)
	for i := 0; i < len(s.t); {
		if e := s.match(i); e > i {
			i = e
		} else {
			i++
		}
	}
	s.joinClockRanges()
	s.joinTimes()
	return s.out
}

// refTokenize splits text into tokens (the tokenizer before the chunk memo).
func refTokenize(text string) []token {
	var t []token
	sp, nl := false, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				sp = true
				i++
				continue
			case isASCIILetter(c):
				t, i = refWord(t, text, i, sp, nl)
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
				t = append(t, token{s: int32(i), e: int32(j), u: uint64(v), kind: tNum, nd: uint8(nd), sp: sp, nl: nl})
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
				t = append(t, token{s: int32(i), e: int32(i + 1), u: uint64(c), kind: tPunct, sp: sp, nl: nl})
				i++
			}
			sp, nl = false, false
			continue
		}
		if _, n := decodeLatin(text, i); n > 0 {
			t, i = refWord(t, text, i, sp, nl)
			sp, nl = false, false
			continue
		}
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
		case isLatinLetter(r) || unicode.IsLetter(r):
			t, i = refWord(t, text, i, sp, nl)
		default:
			t = append(t, token{s: int32(i), e: int32(i + n), u: uint64(r), kind: tPunct, sp: sp, nl: nl})
			i += n
		}
		sp, nl = false, false
	}
	return t
}

// refWord appends the word token starting at byte i and returns its end. A word
// is a run of letters and combining marks; its key is the folded lowercase
// ASCII spelling of its letters (marks dropped), when every letter folds to
// ASCII and there are at most keyCap of them.
func refWord(t []token, text string, i int, sp, nl bool) ([]token, int) {
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
			f = asciiFold[c]
			if f == 0 {
				break loop
			}
			j++
		case c >= 0xC3 && c <= 0xC9 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 &&
			latinLow[int(c&0x1F)<<6|int(text[j+1]&0x3F)-0xC0].ok:
			f = latinLow[int(c&0x1F)<<6|int(text[j+1]&0x3F)-0xC0].fold
			diac = true
			j += 2
		case c == 0xE1 && j+2 < len(text) && text[j+1]-0xB8 <= 3 && text[j+2]&0xC0 == 0x80:
			f = latinExt[int(text[j+1]-0xB8)<<6|int(text[j+2]&0x3F)].fold
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
		if uint(k) < keyCap && f != 0 {
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
	t = append(t, token{s: int32(i), e: int32(j), u: key, kind: tWord, klen: klen, sp: sp, nl: nl, diac: diac, up: up,
		low: refLow(text[i:j])})
	return t, j
}

// refLow reports whether the word w has no upper-case letter and no ſ, and
// only letters of the Latin ranges the tokenizer knows (and marks).
func refLow(w string) bool {
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < utf8.RuneSelf:
			if r < 'a' {
				return false
			}
		case isLatinLetter(r):
			if unicode.IsUpper(r) || r == 'ſ' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// checkSameAsRef fails when Find and refFindDates differ on text, or
// when the tokens of tokenize differ from those of refTokenize.
func checkSameAsRef(t *testing.T, text string) {
	t.Helper()
	s := new(Scanner)
	s.init(text, Options{})
	if want := refTokenize(text); !reflect.DeepEqual(s.t, want) && (len(s.t) > 0 || len(want) > 0) {
		for i := range min(len(s.t), len(want)) {
			if s.t[i] != want[i] {
				t.Fatalf("%q: token %d is %+v, want %+v", text, i, s.t[i], want[i])
			}
		}
		t.Fatalf("%q: %d tokens, want %d", text, len(s.t), len(want))
	}
	// The rule starts are the words whose key starts a rule, the words too
	// long for a key that name a holiday, and every number.
	var starts []int32
	for i, w := range s.t {
		long := w.kind == tWord && w.klen == 255 && isLongHoliday(text[w.s:w.e])
		if w.kind == tNum || long || w.kind == tWord && w.klen <= startMaxLen && startKeys.get(w.key()) != 0 {
			starts = append(starts, int32(i))
		}
	}
	if !slices.Equal(s.w.starts, starts) {
		t.Fatalf("%q: rule starts %v, want %v", text, s.w.starts, starts)
	}
	ref := time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC)
	for _, opt := range []Options{{}, {Ref: ref}, {Ref: ref.Add(3*time.Hour + 55*time.Minute), Prefer: Future}} {
		got, want := Find(text, opt), refFindDates(text, opt)
		if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q (ref %v):\n got %+v\nwant %+v", text, opt.Ref, got, want)
		}
	}
}

func TestFindDatesRef(t *testing.T) {
	for _, text := range []string{
		"", "a", "1", "ngày 5/10", "Ngày 1/10, tại Hà Nội", "“Ngày” 5–6/10\u00a0năm\u2028 2024",
		"tháng\u0301 3", "\u0301ngày 3", "ſáu ngày tới", "Kia", "ngay 5 thang 10 nam 2024",
		"abcdefghijklmnopq 1/2", "xxxxxxxxxxxxxxx\xffngày 5/10", "ngày\xe1\xba 5/10", "ngàyngàyngày",
		"Thứ Hai, 15/11/2021 06:00", "北京 ngày 3/4", "×ngày÷ 5/10",
		"từ 8h đến 10h ngày 5/3", "từ 22h đến 2h sáng mai", "thứ bảy lúc 9 giờ sáng", "cách đây 3 ngày",
		"2 tiếng nữa", "ngày cuối cùng của tháng 10", "ngày 15, đoàn đến", "NGÀY 15", "Ngày Mốt",
	} {
		checkSameAsRef(t, text)
	}
	for _, text := range dateFuzzSeeds(t) {
		checkSameAsRef(t, text)
	}
}

// FuzzFindDatesRef starts from the lines of the seeds: whole documents make
// the fuzzer crawl.
func FuzzFindDatesRef(f *testing.F) {
	for _, s := range dateFuzzSeeds(f) {
		for _, line := range strings.Split(s, "\n") {
			f.Add(line)
		}
	}
	f.Fuzz(checkSameAsRef)
}
