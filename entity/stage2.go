package entity

import (
	"slices"
	"sort"
	"strings"
)

// stage2 fills gaps left by the lexicon and grammar rules, using what they
// found: names right after a title, foreign-looking capitalized runs, acronyms
// the text defines or uses as an organization, and short references to
// people named in full elsewhere in the text.
func (r *Recognizer) stage2(text string, w *work, out []Mention) []Mention {
	n := len(w.toks)
	w.taken = grow(w.taken, n)
	for i := range w.taken {
		w.taken[i] = false
	}
	// owner[i] is the mention covering token i (index into out), -1 if none.
	w.owner = grow(w.owner, n)
	owner := w.owner
	for i := range owner {
		owner[i] = -1
	}
	tokAt := func(off int) int {
		return sort.Search(n, func(i int) bool { return w.toks[i].Start >= off })
	}
	spans := make([][2]int, len(out))
	// first[mi] is tokAt(out[mi].Start): out is sorted by start, so one
	// cursor walks the tokens once instead of a search per mention.
	first := make([]int32, len(out))
	cur := 0
	for mi, m := range out {
		for cur < n && w.toks[cur].Start < m.Start {
			cur++
		}
		first[mi] = int32(cur)
		// Every token that shares a byte with the mention is taken (a date
		// may start inside a token: "Ngọ1000").
		a := cur
		for a > 0 && w.toks[a-1].End > m.Start {
			a--
		}
		b := a
		for b < n && w.toks[b].Start < m.End {
			w.taken[b] = true
			owner[b] = int32(mi)
			b++
		}
		spans[mi] = [2]int{a, b}
	}
	// match filled these in (see there).
	sentOf, caps, capsLine := w.sentOf, w.caps, w.capsLine
	var added []Mention
	take := func(typ Type, a, b int, rule string) *Mention {
		for i := a; i < b; i++ {
			w.taken[i] = true
		}
		s, e := w.toks[a].Start, w.toks[b-1].End
		added = append(added, Mention{Type: typ, Start: s, End: e, Text: text[s:e], Rule: rule})
		return &added[len(added)-1]
	}
	free := func(i int) bool { return i >= 0 && i < n && !w.taken[i] }
	sameSent := func(a, b int) bool { return b < n && sentOf[a] == sentOf[b] && !w.toks[b].Is(LineBefore) }
	capWord := func(i int) bool {
		t := w.toks[i]
		// An initialed name ("V.Kalganov") starts with a capital too, so Cap covers it.
		return t.Kind == Word && t.Is(Cap) && !t.Is(AllCaps) && !hasDigit(text[t.Start:t.End]) &&
			!w.has(i, bitStop|bitTitle|bitOrgHead|bitHonorific|bitEvent|bitLocTrigger)
	}
	capRun := func(a int, max int) int {
		b := a
		for b < n && b < a+max && free(b) && (b == a || sameSent(a, b)) && capWord(b) {
			b++
			// "Lee Jae-myung", "Jean-Pierre": a hyphen written against both words.
			if b+1 < n && free(b) && free(b+1) && w.toks[b].Key == r.w.dash && w.toks[b].Start == w.toks[b-1].End &&
				w.toks[b+1].Start == w.toks[b].End && w.toks[b+1].Kind == Word {
				b += 2
			}
			// "Ursula von der Leyen"
			for b+1 < n && b > a && free(b) && sameSent(a, b) && nameParticles[text[w.toks[b].Start:w.toks[b].End]] &&
				free(b+1) && capWord(b+1) {
				b++
			}
		}
		return b
	}

	// 1. Names right after a title, or after a title and its organization or
	//    country: "Tổng thống Palestine Mahmoud Abbas", "Tổng thống Nga Putin".
	foreignFull := map[string]bool{}
	for mi, m := range out {
		if m.Type != Title {
			continue
		}
		j := spans[mi][1]
		if j < n && !w.taken[j] {
			// nothing between
		} else if j < n && owner[j] >= 0 && (out[owner[j]].Type == Organization || out[owner[j]].Type == Location) && sameSent(spans[mi][0], j) {
			j = spans[owner[j]][1]
		} else {
			continue
		}
		if j >= n || !sameSent(spans[mi][0], j) || !free(j) || !capWord(j) {
			continue
		}
		b := capRun(j, 4)
		if b == j+1 && b < n && sameSent(j, b) && w.toks[b].Kind == Word && !w.toks[b].Is(Cap) &&
			w.toks[j].Is(Syllable) {
			continue // "Trưởng khoa Lịch sử": a field, not a name
		}
		pm := take(Person, j, b, "person:after-title")
		if b-j >= 2 && w.has(j, bitFamily) {
			pm.Person = &NameParts{Family: text[w.toks[j].Start:w.toks[j].End],
				Given: text[w.toks[b-1].Start:w.toks[b-1].End]}
			if b-j > 2 {
				pm.Person.Middle = text[w.toks[j+1].Start:w.toks[b-2].End]
			}
		}
	}

	// 2. Foreign-looking capitalized runs of two to four words.
	next := 0 // the token after the last run tried is not tried again
	for _, ci := range caps {
		i := int(ci)
		if i < next || !free(i) || !capWord(i) || (i > 0 && free(i-1) && capWord(i-1) && sameSent(i-1, i)) {
			continue
		}
		b := capRun(i, 5)
		next = b + 1
		if b-i < 2 || b-i > 4 {
			continue
		}
		foreign := false
		for k := i; k < b; k++ {
			t := w.toks[k]
			if t.Kind == Word && !t.Is(Syllable) && !nameParticles[text[t.Start:t.End]] {
				foreign = true
			}
		}
		if foreign && !eventBefore(w, i, sentOf) {
			last := text[w.toks[b-1].Start:w.toks[b-1].End]
			switch {
			case englishOrgWords[last]:
				take(Organization, i, b, "org:foreign")
			case englishEventWords[last]:
			default:
				take(Person, i, b, "person:foreign")
			}
		}
	}
	for _, m := range append(out, added...) {
		if m.Type != Person || m.Person != nil {
			continue
		}
		a := tokAt(m.Start)
		b := a
		for b < n && w.toks[b].End <= m.End {
			b++
		}
		if b-a >= 2 {
			foreignFull[text[w.toks[a].Start:w.toks[a].End]] = true
			foreignFull[text[w.toks[b-1].Start:w.toks[b-1].End]] = true
		}
		if b-a == 1 {
			// "V.Kalganov" -> "Kalganov"
			word := text[w.toks[a].Start:w.toks[a].End]
			if isInitialed(word) {
				for k := len(word) - 1; k >= 0; k-- {
					if word[k] == '.' {
						foreignFull[word[k+1:]] = true
						break
					}
				}
			}
		}
	}

	// 3. Acronyms: defined in parentheses after an organization, used right
	//    after a title, and then every other use of the same acronym.
	orgAcr := map[string]bool{}
	orgPhrases := map[string]bool{} // multi-word names found in stage 2, repeated below
	for _, m := range out {
		if m.Type == Organization && isAcronym(m.Text) {
			orgAcr[m.Text] = true
		}
	}
	lastTypeBefore := func(i int) Type {
		if i-1 >= 0 && owner[i-1] >= 0 {
			return out[owner[i-1]].Type
		}
		return 0
	}
	for _, ci := range caps {
		i := int(ci)
		t := w.toks[i]
		if !free(i) || !t.Is(AllCaps) {
			continue
		}
		word := text[t.Start:t.End]
		if !isAcronym(word) || capsLine[sentOf[i]] {
			continue
		}
		open := i >= 1 && text[w.toks[i-1].Start:w.toks[i-1].End] == "("
		closed := i+1 < n && text[w.toks[i+1].Start:w.toks[i+1].End] == ")"
		paren := open && closed && lastTypeBefore(i-1) == Organization
		// "(LĐTĐ) Với mục tiêu ...": a news outlet credited at the start of a line.
		credit := open && closed && w.toks[i-1].Is(LineBefore)
		afterTitle := lastTypeBefore(i) == Title && sameSent(i-1, i)
		if open && !closed && lastTypeBefore(i-1) == Organization {
			// "(PC Thường Tín)": an acronym and a place in parentheses after a name.
			b := i + 1
			for b < n && free(b) && sameSent(i, b) && w.toks[b].Kind == Word && w.toks[b].Is(Cap) && b < i+4 {
				b++
			}
			if b > i+1 && b < n && text[w.toks[b].Start:w.toks[b].End] == ")" {
				pm := take(Organization, i, b, "org:acronym+place")
				orgPhrases[pm.Text] = true
				continue
			}
		}
		if paren || afterTitle || credit {
			orgAcr[word] = true
		}
	}
	for _, ci := range caps {
		i := int(ci)
		t := w.toks[i]
		if len(orgAcr) > 0 && free(i) && t.Is(AllCaps) && orgAcr[text[t.Start:t.End]] && !capsLine[sentOf[i]] {
			take(Organization, i, i+1, "org:acronym")
		}
	}

	// Repeats: an organization name the text has used ("PC Thường Tín", or the
	// foreign-looking name inside "Tổ chức VietHope") names the same body
	// wherever it occurs again.
	for mi, m := range out {
		if m.Type != Organization {
			continue
		}
		a := int(first[mi])
		b := a
		for b < n && w.toks[b].End <= m.End {
			b++
		}
		if b-a == 2 && w.has(a, bitOrgHead) {
			last := text[w.toks[a+1].Start:w.toks[a+1].End]
			if w.toks[a+1].Kind == Word && !w.toks[a+1].Is(Syllable) && !allUpper(last) && len(last) >= 4 {
				orgPhrases[last] = true // "Tổ chức VietHope" -> "VietHope"
			}
		}
	}
	if len(orgPhrases) > 0 {
		phrases := make([]string, 0, len(orgPhrases))
		for p := range orgPhrases {
			phrases = append(phrases, p)
		}
		// Longest first, then alphabetical: the result must not depend on map order.
		sort.Slice(phrases, func(a, b int) bool {
			if len(phrases[a]) != len(phrases[b]) {
				return len(phrases[a]) > len(phrases[b])
			}
			return phrases[a] < phrases[b]
		})
		next := 0
		for _, ci := range caps {
			i := int(ci)
			if i < next || !free(i) {
				continue
			}
			for _, phrase := range phrases {
				if !strings.HasPrefix(text[w.toks[i].Start:], phrase) {
					continue
				}
				b := i
				for b < n && w.toks[b].End <= w.toks[i].Start+len(phrase) {
					b++
				}
				if w.toks[b-1].End != w.toks[i].Start+len(phrase) || (b < n && w.toks[b].Start == w.toks[b-1].End && w.toks[b].Kind == Word) {
					continue // must end at a token boundary
				}
				ok := true
				for k := i; k < b; k++ {
					ok = ok && free(k)
				}
				if ok {
					take(Organization, i, b, "org:repeat")
					next = b
					break
				}
			}
		}
	}

	// 4. Short references to foreign people named in full: "Kalganov", "Putin".
	for _, ci := range caps {
		if len(foreignFull) == 0 {
			break
		}
		i := int(ci)
		t := w.toks[i]
		if free(i) && foreignFull[text[t.Start:t.End]] &&
			!(i+1 < n && free(i+1) && capWord(i+1) && sameSent(i, i+1)) {
			take(Person, i, i+1, "person:short")
		}
	}

	if len(added) == 0 {
		return out
	}
	return mergeByStart(out, added)
}

// mergeByStart merges the mentions of added into out, which is sorted by
// start, and returns the result sorted by start. Mentions never share a
// start (none overlap), so the order is total.
func mergeByStart(out, added []Mention) []Mention {
	slices.SortFunc(added, func(a, b Mention) int { return a.Start - b.Start })
	n, m := len(out), len(added)
	out = slices.Grow(out, m)[:n+m]
	// Merge from the back, so that nothing in out is overwritten before it moves.
	i, j := n-1, m-1
	for k := n + m - 1; j >= 0; k-- {
		if i >= 0 && out[i].Start > added[j].Start {
			out[k] = out[i]
			i--
		} else {
			out[k] = added[j]
			j--
		}
	}
	return out
}

// isAcronym: two to eight capital letters A-Z (and Đ; a letter with a tone
// or vowel mark makes it a word in capitals: "TIẾP"), not a Roman numeral.
func isAcronym(w string) bool {
	n := 0
	roman := true
	for _, r := range w {
		if !('A' <= r && r <= 'Z' || r == 'Đ') {
			return false
		}
		switch r {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			roman = false
		}
		n++
	}
	return n >= 2 && n <= 8 && !roman
}

// englishOrgWords end organization names written in English ("George School").
var englishOrgWords = map[string]bool{
	"School": true, "University": true, "College": true, "Institute": true, "Foundation": true,
	"Fund": true, "Group": true, "Corporation": true, "Corp": true, "Company": true, "Bank": true,
	"Airlines": true, "Association": true, "Council": true, "Organization": true, "Organisation": true,
	"International": true, "Vision": true, "Purse": true, "Club": true, "Center": true, "Centre": true,
	"Hospital": true, "Agency": true, "Committee": true, "Party": true, "Union": true, "News": true,
	"Times": true, "Post": true, "Ministry": true, "Society": true, "Alliance": true, "Network": true,
}

// englishEventWords end names of events, not of people ("Happy Fest").
var englishEventWords = map[string]bool{
	"Fest": true, "Festival": true, "Expo": true, "Summit": true, "Forum": true, "Award": true,
	"Awards": true, "Cup": true, "Games": true, "Show": true, "Week": true, "Day": true,
}

// eventBefore reports whether an event or prize name starts in the four
// tokens before i ("Giải thưởng Hòa bình Romesh Chandra").
func eventBefore(w *work, i int, sentOf []int32) bool {
	for k := i - 1; k >= 0 && k >= i-4 && sentOf[k] == sentOf[i]; k-- {
		if w.has(k, bitEvent) {
			return true
		}
	}
	return false
}

// hasDigit reports whether w holds an ASCII digit ("V3", "SK9"): not a name's word.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}
