package entity

// The people a document names by their context and again: a name after a
// title, foreign-looking runs, and one sense per document (the given names
// and foreign names of people named in full name them again later). These
// rules run in the gap tier, once the first two have read the whole text.

import (
	"strings"
)

// afterTitle: a name right after a title, or after a title and its
// organization or country: "Tổng thống Palestine Mahmoud Abbas", "Tổng
// thống Nga Putin".
func (g *gaps) afterTitle() {
	w, n, text, owner, out := g.w, g.n, g.text, g.w.owner, g.out
	for mi, m := range out {
		if m.Type != Title {
			continue
		}
		j := g.spans[mi][1]
		if j < n && !w.taken[j] {
			// nothing between
		} else if j < n && owner[j] >= 0 && (out[owner[j]].Type == Organization || out[owner[j]].Type == Location) && g.sameSent(g.spans[mi][0], j) {
			j = g.spans[owner[j]][1]
		} else {
			continue
		}
		if j >= n || !g.sameSent(g.spans[mi][0], j) || !g.free(j) {
			continue
		}
		if e, name := g.ministryAt(m.Text, j); e > j {
			g.take(ruleOrgMinistry, j, e).Canonical = name
			continue
		}
		if !g.runWord(j) {
			continue
		}
		b, words := g.capRun(j, 4)
		if words < 4 && g.stopLast(b) {
			b++ // "Đại sứ Trung Quốc Hùng Ba": a stop word that is a syllable of the name
		}
		if b == j+1 && b < n && g.sameSent(j, b) && w.toks[b].Kind == Word && !w.toks[b].Is(Cap) &&
			w.toks[j].Is(Syllable) {
			continue // "Trưởng khoa Lịch sử": a field, not a name
		}
		if b == j+1 && w.toks[j].Is(Syllable) && departmentTitle(m.Text) {
			continue // "Trưởng khoa Nhi": the department's field
		}
		pm := g.take(rulePersonAfterTitle, j, b)
		if b-j >= 2 && w.has(j, bitFamily) {
			pm.Person = &NameParts{Family: text[w.toks[j].Start:w.toks[j].End],
				Given: text[w.toks[b-1].Start:w.toks[b-1].End]}
			if b-j > 2 {
				pm.Person.Middle = text[w.toks[j+1].Start:w.toks[b-2].End]
			}
		}
	}
}

// foreignRuns: foreign-looking capitalized runs of two to four words, a
// person's name unless the last word names an organization or an event
// ("George School", "Happy Fest"). Then it notes the words of the foreign
// names given in full, for shortNames.
func (g *gaps) foreignRuns() {
	w, text := g.w, g.text
	next := 0 // the token after the last run tried is not tried again
	for _, ci := range w.caps {
		i := int(ci)
		if i < next || !g.free(i) || !g.runWord(i) || (i > 0 && g.free(i-1) && g.capWord(i-1) && g.sameSent(i-1, i)) {
			continue
		}
		b, words := g.capRun(i, 5)
		next = b + 1
		// A name transcribed into Vietnamese syllables joined by hyphens
		// ("Pu-tin", "Đô-nan Trăm") is foreign though every syllable is
		// Vietnamese; one such word alone is a name when it has three
		// syllables or more ("Xi-rin-xca").
		hyphens, transcribed := g.transcription(i, b)
		if transcribed && transcribedLoanwords[strings.ToLower(text[w.toks[i].Start:w.toks[g.hyphenEnd(i)-1].End])] {
			continue // "Ka-ra-ô-kê là thú vui": a word borrowed, not a name
		}
		if words < 1 || words > 4 || words == 1 && !(transcribed && hyphens >= 2) || b-i < 2 {
			continue
		}
		if b+1 < g.n && w.toks[b].Key == g.r.w.dash && w.toks[b].Start == w.toks[b-1].End && w.toks[b+1].Kind == Number {
			continue // "Sars-CoV-2": a code
		}
		foreign := transcribed
		for k := i; k < b; k++ {
			t := w.toks[k]
			if t.Kind == Word && !t.Is(Syllable) && !g.r.w.particles[text[t.Start:t.End]] {
				foreign = true
			}
		}
		if transcribed && g.locativeBefore(i) {
			// "tại Xít-ni", "sang Ma-lai-xi-a": a place.
			g.take(rulePlaceForeignRun, i, b)
			continue
		}
		if foreign && !eventBefore(w, i, w.sentOf) {
			last := text[w.toks[b-1].Start:w.toks[b-1].End]
			switch {
			case g.r.w.orgEndEn[last]:
				g.take(ruleOrgForeignRun, i, b)
			case g.r.w.eventEndEn[last]:
			default:
				g.take(rulePersonForeignRun, i, initialDot(text, w.toks, g.r.w.dot, b)) // "Út T."
			}
		}
	}
	for _, m := range append(g.out, g.added...) {
		if m.Type != Person {
			continue
		}
		if m.Person != nil && m.Person.Family != "" {
			g.noteGiven(m.Person)
			continue
		}
		a := g.tokAt(m.Start)
		b := a
		for b < g.n && w.toks[b].End <= m.End {
			b++
		}
		viet := true
		for k := a; k < b; k++ {
			viet = viet && w.toks[k].Is(Syllable)
		}
		if viet {
			// "Tấn Trường", "Minh Anh": Vietnamese names without the
			// family name, read again as given names are (one word alone,
			// "anh Tuấn", is too weak a clue).
			if b-a >= 2 {
				g.noteGiven(&NameParts{Middle: text[w.toks[b-2].Start:w.toks[b-2].End], Given: text[w.toks[b-1].Start:w.toks[b-1].End]})
			}
			continue
		}
		// A syllable of a hyphenated word ("Ba" of "Ba-rắc") is no name
		// alone.
		joinedDash := func(k int) bool {
			return k > a && k < b && w.toks[k].Key == g.r.w.dash && w.toks[k].Start == w.toks[k-1].End
		}
		if b-a >= 2 && !joinedDash(a+1) {
			g.foreignFull[text[w.toks[a].Start:w.toks[a].End]] = true
		}
		if b-a >= 2 && !joinedDash(b-2) {
			g.foreignFull[text[w.toks[b-1].Start:w.toks[b-1].End]] = true
		} else if b-a >= 2 && transcribedAt(w.toks[:g.n], g.r.w.dash, a) {
			// "Pu-tin" after "Vla-đi-mia Pu-tin": the last word whole.
			k := b - 1
			for k-2 > a && joinedDash(k-1) {
				k -= 2
			}
			if k > a {
				g.foreignFull[text[w.toks[k].Start:w.toks[b-1].End]] = true
			}
		}
		if b-a == 1 {
			// "V.Kalganov" -> "Kalganov"; "ông Trump" -> "Trump"
			word := text[w.toks[a].Start:w.toks[a].End]
			if w.toks[a].Kind == Word && !w.toks[a].Is(Syllable) && !w.toks[a].Is(AllCaps) && !isInitialed(word) {
				g.foreignFull[word] = true
			}
			if isInitialed(word) {
				for k := len(word) - 1; k >= 0; k-- {
					if word[k] == '.' {
						g.foreignFull[word[k+1:]] = true
						break
					}
				}
			}
		}
	}
	g.w.win.share(setForeignFull, g.foreignFull)
	g.w.win.shareGiven(g.givenNames)
}

// transcription counts the hyphens inside the words of tokens [a, b) and
// reports whether one of them joins a lower-case syllable to the word before
// it, as a foreign name transcribed into Vietnamese is written ("Pu-tin",
// "Vla-đi-mia"); a compound of places joins capitalized words ("Việt-Nga").
func (g *gaps) transcription(a, b int) (hyphens int, transcribed bool) {
	w := g.w
	for k := a + 1; k+1 < b; k++ {
		if w.toks[k].Key != g.r.w.dash || w.toks[k].Start != w.toks[k-1].End || w.toks[k+1].Start != w.toks[k].End {
			continue
		}
		hyphens++
		if nt := w.toks[k+1]; nt.Kind == Word && !nt.Is(Cap) {
			transcribed = true
		}
	}
	return hyphens, transcribed
}

// transcribedLoanwords are common words borrowed into Vietnamese and
// written syllable by syllable, which a sentence may start with.
var transcribedLoanwords = map[string]bool{
	"ka-ra-ô-kê": true, "ra-đi-ô": true, "vi-ta-min": true, "sô-cô-la": true, "ki-lô-gam": true,
	"ki-lô-mét": true, "ki-lô-oát": true, "xăng-ti-mét": true, "mi-li-mét": true, "pi-a-nô": true,
	"ma-két-tinh": true, "ô-tô": true, "mô-tô": true, "vi-rút": true, "vắc-xin": true, "ti-vi": true,
	"ghi-ta": true, "ba-lô": true, "a-xít": true, "ô-xy": true, "các-bon": true, "pa-nô": true,
	"xô-viết": true, "bê-tông": true, "xi-măng": true, "pê-đan": true, "ben-zen": true, "in-tơ-nét": true,
}

// hyphenEnd returns the end of the hyphenated word that starts at token
// i ("Ka-ra-ô-kê"), i+1 when no hyphen follows it.
func (g *gaps) hyphenEnd(i int) int {
	toks := g.w.toks[:g.n]
	e := i + 1
	for e+1 < g.n && toks[e].Key == g.r.w.dash && toks[e].Start == toks[e-1].End && toks[e+1].Start == toks[e].End &&
		toks[e+1].Kind == Word {
		e += 2
	}
	return e
}

// locativeWords are the prepositions after which a transcribed name is a
// place: "tại", "ở", "sang", "đến", "tới".
var locativeWords = [...]string{"tại", "ở", "sang", "đến", "tới"}

// locativeBefore reports whether a word of locativeWords is right before
// token i, in its sentence.
func (g *gaps) locativeBefore(i int) bool {
	if i == 0 || !g.sameSent(i-1, i) || g.w.toks[i-1].Kind != Word {
		return false
	}
	p := g.word(i - 1)
	for _, l := range locativeWords {
		if lowerEqual(p, l) {
			return true
		}
	}
	return false
}

// noteGiven notes the given name of a Vietnamese person the text names,
// alone and, when the name has a middle, with the syllable before it
// ("Toàn" and "Văn Toàn" for "Nguyễn Văn Toàn").
func (g *gaps) noteGiven(p *NameParts) {
	if p.Given == "" || !startsUpper(p.Given) {
		return
	}
	g.givenNames[[2]string{"", p.Given}] = true
	if p.Middle != "" {
		mid := p.Middle[strings.LastIndexByte(p.Middle, ' ')+1:]
		if startsUpper(mid) {
			g.givenNames[[2]string{mid, p.Given}] = true
		}
	}
}

// shortNames: short references to people named in full: "Kalganov",
// "Putin" for foreign names; the given name, alone or with the syllable
// before it, for Vietnamese ones ("Toàn", "Văn Toàn" after "Nguyễn Văn
// Toàn"). A capitalized word next to the short name makes it part of
// another name, so it is not taken; nor is a word that names a place or a
// body.
func (g *gaps) shortNames() {
	w, text := g.w, g.text
	if len(g.foreignFull) == 0 && len(g.givenNames) == 0 {
		return
	}
	capNext := func(i int) bool { return i < g.n && g.free(i) && g.capWord(i) && g.sameSent(i-1, i) }
	// A word that starts sentences ("Toàn bộ") is a name inside one, or at
	// the start of one when a verb follows it ("Toàn chia sẻ").
	nameWord := func(i int) bool {
		if g.capWord(i) {
			return true
		}
		t := w.toks[i]
		return (i > 0 && g.sameSent(i-1, i) || i+1 < g.n && w.toks[i+1].Kind == Word && g.subjectNext(i+1)) &&
			t.Kind == Word && t.Is(Cap) && !t.Is(AllCaps) &&
			!w.has(i, bitTitle|bitOrgHead|bitHonorific|bitEvent|bitLocTrigger)
	}
	for _, ci := range w.caps {
		i := int(ci)
		t := w.toks[i]
		if !g.free(i) {
			continue
		}
		word := text[t.Start:t.End]
		if g.foreignFull[word] && !capNext(i+1) {
			g.take(rulePersonShort, i, i+1)
			continue
		}
		if e := g.compoundEnd(i); e > i+1 && g.foreignFull[text[t.Start:w.toks[e-1].End]] && !capNext(e) {
			g.take(rulePersonShort, i, e) // "Pu-tin"
			continue
		}
		// Next to a capitalized word, taken or not, the given name is part
		// of another name ("Việt Đức").
		if len(g.givenNames) == 0 || !nameWord(i) || !t.Is(Syllable) || w.has(i, bitPlace|bitOrg) ||
			(i > 0 && w.toks[i-1].Is(Cap) && g.sameSent(i-1, i)) {
			continue
		}
		capAfter := func(k int) bool { return k < g.n && w.toks[k].Is(Cap) && g.sameSent(i, k) }
		// Inside a phrase written in title case ("Kế hoạch Hòa bình"), or
		// in a compound of places ("Việt - Mỹ"), it is a word of that.
		if i > 1 && g.sameSent(i-2, i) && w.toks[i-2].Kind == Word && w.toks[i-2].Is(Cap) || g.dashAfter(i) {
			continue
		}
		// "Văn Toàn": two syllables written with one space.
		if i+1 < g.n && g.free(i+1) && g.sameSent(i, i+1) && nameWord(i+1) && w.toks[i+1].Is(Syllable) &&
			!w.has(i+1, bitPlace|bitOrg) && !capAfter(i+2) &&
			w.toks[i+1].Start == t.End+1 && g.givenNames[[2]string{word, g.word(i + 1)}] {
			g.take(rulePersonShort, i, i+2)
			continue
		}
		if g.givenNames[[2]string{"", word}] && !capAfter(i+1) && (!g.clauseStart(i) || g.subjectNext(i+1)) {
			g.take(rulePersonShort, i, i+1)
		}
	}
}

// compoundEnd returns the end of the transcribed word that starts at token
// i ("Pu-tin"), its syllables free, or i when none starts there.
func (g *gaps) compoundEnd(i int) int {
	toks := g.w.toks[:g.n]
	if !transcribedAt(toks, g.r.w.dash, i) {
		return i
	}
	e := g.hyphenEnd(i)
	for k := i; k < e; k++ {
		if !g.free(k) {
			return i
		}
	}
	return e
}

// dashAfter reports whether a dash follows token i and a capitalized word
// follows the dash, on the same line.
func (g *gaps) dashAfter(i int) bool {
	return i+2 < g.n && g.w.toks[i+1].Key == g.r.w.dash && g.sameSent(i, i+2) && g.w.toks[i+2].Is(Cap)
}

// clauseStart reports whether token i starts a sentence or follows
// punctuation, where a capitalized given name may be a common word
// ("Minh bạch", "Hòa bình") rather than a name.
func (g *gaps) clauseStart(i int) bool {
	return i == 0 || !g.sameSent(i-1, i) || g.w.toks[i-1].Kind != Word
}

// subjectWords are the words that follow a name standing as the subject:
// "Hùng bị bắt", "Mai cho biết".
var subjectWords = [...]string{"bị", "đã", "đang", "sẽ", "cũng", "không", "chưa", "vẫn", "được", "là", "và", "cho", "nói", "kể",
	"khai", "thừa", "cùng", "với", "mới", "liền", "từng", "rất", "thì", "còn", "nhận", "đi", "về", "ở", "tại", "có", "chia", "cười", "muốn"}

// subjectNext reports whether token k, after a given name, is
// punctuation, the end of the text or a word of subjectWords.
func (g *gaps) subjectNext(k int) bool {
	if k >= g.n || g.w.toks[k].Kind != Word {
		return true
	}
	w := g.word(k)
	for _, s := range subjectWords {
		if lowerEqual(w, s) {
			return true
		}
	}
	return false
}

// stopLast reports whether token b, right after a run of capitalized
// words, is a capitalized one-word stop word ("Ba", "Được") that ends the
// run as its last syllable: it is written against the run, nothing
// capitalized follows it, and it is no title, head or trigger.
func (g *gaps) stopLast(b int) bool {
	w := g.w
	if b+1 > g.n || !g.free(b) || !g.sameSent(b-1, b) || !w.toks[b].Is(SpaceBefore) {
		return false
	}
	t := w.toks[b]
	if t.Kind != Word || !t.Is(Cap) || t.Is(AllCaps) || !t.Is(Syllable) ||
		w.has(b, bitTitle|bitOrgHead|bitHonorific|bitEvent|bitLocTrigger) {
		return false
	}
	if se, _ := w.longest(b, bitStop); se != b+1 {
		return false
	}
	return b+1 >= g.n || !g.sameSent(b, b+1) || !w.toks[b+1].Is(Cap)
}

// ministryAt returns the end of the ministry of the lexicon named at token
// j without "Bộ" after its minister's title ("Bộ trưởng", "Thứ trưởng"),
// and its full name; -1 if there is none.
func (g *gaps) ministryAt(title string, j int) (int, string) {
	if !strings.HasSuffix(title, "ộ trưởng") && !strings.HasSuffix(title, "ứ trưởng") || !g.w.toks[j].Is(Cap) {
		return -1, ""
	}
	for _, m := range g.r.w.ministries {
		e := j + len(m.keys)
		if e > g.n || !g.sameSent(j, e-1) {
			continue
		}
		ok := true
		for k, key := range m.keys {
			ok = ok && g.free(j+k) && g.w.toks[j+k].Key == key
		}
		if ok {
			return e, m.name
		}
	}
	return -1, ""
}

// departmentTitle reports whether the title ends with the word of a
// department ("Trưởng khoa", "Phó Trưởng phòng"), whose field may follow
// it as one capitalized word ("khoa Nhi"), not a name.
func departmentTitle(title string) bool {
	sp := strings.LastIndexByte(title, ' ')
	last := title[sp+1:]
	return sp > 0 && (last == "khoa" || last == "phòng" || last == "ban")
}
