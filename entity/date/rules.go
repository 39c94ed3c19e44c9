package date

import "fmt"

func (s *Scanner) emit(a, b int, typ Kind, value, rule string) {
	start, end := int(s.t[a].s), int(s.t[b-1].e)
	s.out = append(s.out, Span{Kind: typ, Start: start, End: end, Text: s.text[start:end], Value: value, Rule: rule})
	s.spans = append(s.spans, tokSpan{a, b})
}

// run tries the rules at every token not consumed by an earlier match, left
// to right. Only the tokens in s.starts can start a match (match returns i at
// any other), so only those are tried.
func (s *Scanner) run() {
	next := 0 // first token not consumed
	for _, i := range s.w.starts {
		if int(i) < next {
			continue
		}
		if e := s.match(int(i)); e > int(i) {
			next = e
		}
	}
	s.joinClockRanges()
	s.joinTimes()
}

// match tries every rule at token i and returns the index after what it
// consumed (i when nothing matched). A word rule is tried only at a word
// whose key is one of the rule's start words.
func (s *Scanner) match(i int) int {
	t := &s.t[i]
	switch t.kind {
	case tNum:
		for _, f := range numRules {
			if e := f(s, i); e > i {
				return e
			}
		}
	case tWord:
		if t.klen == 255 {
			return s.matchLongHoliday(i)
		}
		if t.klen > startMaxLen {
			return i
		}
		rules := startKeys.get(t.key())
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
	match func(*Scanner, int) int
	start []keyword
}

// startKeys maps the folded key of every word a word rule can start at to
// the set of those rules (bit x for wordRules[x]); startMaxLen is the longest
// such key.
var (
	startKeys   keyMap
	startMaxLen uint8
)

// set is a set of small indexes (of rules, of the entries of a word list):
// bit x for index x. It holds setCap of them; keyMap.build refuses more,
// so a rule or word added past the last bit is an error at start-up, not a
// silent loss.
type set uint32

const setCap = 32

// keyMap maps packed keys (see packKey) to sets. It is a perfect hash
// table: build picks a multiplier under which no two keys share a slot, so
// a lookup is one probe. Key zero, that of the empty word, is never added
// and finds the empty set in any empty slot.
type keyMap struct {
	mul  uint64
	keys [512]uint64
	vals [512]set
}

func (km *keyMap) slot(k uint64) int { return int((k * km.mul) >> 55) }

// build fills the table from lists: the set of a key holds x when the key
// is that of a keyword of lists[x]. It fails when there are more lists than
// a set holds, or more keys than the table.
func (km *keyMap) build(lists [][]keyword) error {
	if len(lists) > setCap {
		return fmt.Errorf("date: %d keyword lists, a set holds %d", len(lists), setCap)
	}
	sets := map[uint64]set{}
	for x, l := range lists {
		for _, k := range l {
			sets[k.key] |= 1 << x
		}
	}
	mul := uint64(0x9E3779B97F4A7C15)
	for range 1 << 20 {
		if km.fill(mul, sets) {
			return nil
		}
		mul = mul*6364136223846793005 + 1442695040888963407 | 1
	}
	return fmt.Errorf("date: no perfect hash for %d keys in %d slots", len(sets), len(km.keys))
}

// fill fills the table with sets under the multiplier mul; it fails when
// two keys share a slot.
func (km *keyMap) fill(mul uint64, sets map[uint64]set) bool {
	*km = keyMap{mul: mul}
	for k, v := range sets {
		x := km.slot(k)
		if km.keys[x] != 0 {
			return false
		}
		km.keys[x], km.vals[x] = k, v
	}
	return true
}

func (km *keyMap) get(k uint64) set {
	x := km.slot(k)
	if km.keys[x] != k {
		return 0
	}
	return km.vals[x]
}

var numRules []func(*Scanner, int) int
var wordRules []wordRule

func init() {
	numRules = []func(*Scanner, int) int{
		(*Scanner).matchClock,
		func(s *Scanner, i int) int { return s.matchNumeric(i, i) },
		(*Scanner).matchCount,
		(*Scanner).matchBareYear,
		(*Scanner).matchCompact,
		(*Scanner).matchDayMonth,
	}
	var numberWords, holidayStarts, podWords []keyword
	for _, p := range partsOfDay {
		podWords = append(podWords, p.k)
	}
	for _, u := range unitWords {
		numberWords = append(numberWords, u.k)
	}
	for _, h := range holidays {
		holidayStarts = append(holidayStarts, h.words[0])
	}
	lunarStarts := []keyword{ongTao[3]}
	for _, h := range lunarHolidays {
		lunarStarts = append(lunarStarts, h.words[0])
	}
	wordRules = []wordRule{
		{(*Scanner).matchLunarDate, []keyword{kwRam}},
		{(*Scanner).matchLunarMark, []keyword{kwAm, kwAL, kwNhuan, kwTet}},
		{(*Scanner).matchDayNoun, []keyword{kwNgay, kwMong, kwMung}},
		{(*Scanner).matchMonth, []keyword{kwDau, kwCuoi, kwGiua, kwThang}},
		{(*Scanner).matchYear, []keyword{kwDau, kwCuoi, kwGiua, kwNam}},
		{(*Scanner).matchQuarter, []keyword{kwQuy, kwQui}},
		{(*Scanner).matchWeek, []keyword{kwDau, kwCuoi, kwTuan}},
		{(*Scanner).matchPeriod, []keyword{kwGiai, kwNhiem, kwThoi}},
		{(*Scanner).matchHom, []keyword{kwHom, kwBua}},
		{(*Scanner).matchNow, []keyword{kwBay}},
		{(*Scanner).matchMidnight, []keyword{kwNua, kwGiua}},
		{(*Scanner).matchSeason, []keyword{kwMua}},
		{(*Scanner).matchWeekday, []keyword{kwThu, kwChu, kwChua}},
		{(*Scanner).matchHoliday, holidayStarts},
		{(*Scanner).matchLunar, append([]keyword{kwXuan, kwTet}, lunarStems...)},
		{(*Scanner).matchNumberWord, numberWords},
		{(*Scanner).matchPartOfDay, append(podWords, kwBuoi)},
		{(*Scanner).matchAgo, []keyword{kwCach}},
		{(*Scanner).matchSamePeriod, []keyword{kwCung}},
		{(*Scanner).matchLunarHoliday, lunarStarts},
	}
	starts := make([][]keyword, len(wordRules))
	for x, r := range wordRules {
		starts[x] = r.start
		for _, k := range r.start {
			startMaxLen = max(startMaxLen, k.klen)
		}
	}
	units := make([][]keyword, len(unitWords))
	for x, u := range unitWords {
		units[x] = []keyword{u.k}
	}
	if err := startKeys.build(starts); err != nil {
		panic(err)
	}
	if err := unitKeys.build(units); err != nil {
		panic(err)
	}

}
