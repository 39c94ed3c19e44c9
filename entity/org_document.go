package entity

// The organizations a document names again: acronyms defined in it, names
// it has used, brand-shaped words and the acronyms cued by the words around
// them. These rules run in the gap tier, once the first two have read the
// whole text (see gaps.go).

import (
	"sort"
	"strings"
)

// isAcronym: two to eight capital letters A-Z (and Đ; a letter with a tone
// or vowel mark makes it a word in capitals: "TIẾP"), not a Roman numeral.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !('A' <= r && r <= 'Z' || r == 'Đ') {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8 && !isRoman(w)
}

// isRoman reports whether w is a Roman numeral in its standard form
// ("XV", "IV", "MMXXI"): a term of office or a congress ("khóa XV"), not
// an acronym. Letters of numerals in another order ("IDDC", "CDC") make
// no number and are acronyms.
func isRoman(w string) bool {
	if w == "" {
		return false
	}
	// Each decimal place: its one, five and ten letters, from thousands down.
	places := [...][3]byte{{'M', 0, 0}, {'C', 'D', 'M'}, {'X', 'L', 'C'}, {'I', 'V', 'X'}}
	for k, p := range places {
		one, five, ten := p[0], p[1], p[2]
		switch {
		case k > 0 && len(w) >= 2 && w[0] == one && (w[1] == five || w[1] == ten):
			w = w[2:] // 4 or 9: "CD", "IX"
			continue
		case k > 0 && len(w) >= 1 && w[0] == five:
			w = w[1:]
		}
		for r := 0; r < 3 && len(w) > 0 && w[0] == one; r++ {
			w = w[1:]
		}
	}
	return w == ""
}

// acronyms: acronyms defined in parentheses after an organization, used
// right after a title or credited at the start of a line, and then every
// other use of the same acronym.
func (g *gaps) acronyms() {
	w, n, text := g.w, g.n, g.text
	sentOf, capsLine := w.sentOf, w.capsLine
	orgAcr := map[string]bool{}
	for _, m := range g.out {
		if m.Type == Organization && isAcronym(m.Text) {
			orgAcr[m.Text] = true
		}
	}
	for _, ci := range w.caps {
		i := int(ci)
		t := w.toks[i]
		if !g.free(i) || !t.Is(AllCaps) {
			continue
		}
		word := text[t.Start:t.End]
		if !isAcronym(word) || capsLine[sentOf[i]] {
			continue
		}
		open := i >= 1 && text[w.toks[i-1].Start:w.toks[i-1].End] == "("
		closed := i+1 < n && text[w.toks[i+1].Start:w.toks[i+1].End] == ")"
		paren := open && closed && g.typeBefore(i-1) == Organization
		// "(LĐTĐ) Với mục tiêu ...": a news outlet credited at the start of a line.
		credit := open && closed && w.toks[i-1].Is(LineBefore)
		afterTitle := g.typeBefore(i) == Title && g.sameSent(i-1, i)
		if open && !closed && g.typeBefore(i-1) == Organization {
			// "(PC Thường Tín)": an acronym and a place in parentheses after a name.
			b := i + 1
			for b < n && g.free(b) && g.sameSent(i, b) && w.toks[b].Kind == Word && w.toks[b].Is(Cap) && b < i+4 {
				b++
			}
			if b > i+1 && b < n && text[w.toks[b].Start:w.toks[b].End] == ")" {
				pm := g.take(ruleOrgAcronymPlace, i, b)
				g.orgPhrases[pm.Text] = true
				continue
			}
		}
		// "TBV - Chiều 20/4": an outlet credited at the start of the text
		// or of a line; "cổ phiếu VNM", "lực lượng CSGT", "Theo AFP": a
		// body by what is said of it.
		dashCredit := (i == 0 || t.Is(LineBefore)) && i+1 < n && w.toks[i+1].Key == g.r.w.dash
		if paren || afterTitle || credit || dashCredit || g.acronymCue(i) {
			orgAcr[word] = true
		}
	}
	g.w.win.share(setOrgAcronym, orgAcr)
	g.brands()
	for _, ci := range w.caps {
		i := int(ci)
		t := w.toks[i]
		if len(orgAcr) > 0 && g.free(i) && t.Is(AllCaps) && orgAcr[text[t.Start:t.End]] && !capsLine[sentOf[i]] {
			g.take(ruleOrgAcronym, i, i+1)
		}
	}
}

// repeats: an organization name the text has used ("PC Thường Tín", or the
// foreign-looking name inside "Tổ chức VietHope") names the same body
// wherever it occurs again.
func (g *gaps) repeats() {
	w, n, text := g.w, g.n, g.text
	for mi, m := range g.out {
		if m.Type != Organization {
			continue
		}
		a := int(g.first[mi])
		b := a
		for b < n && w.toks[b].End <= m.End {
			b++
		}
		if b-a == 2 && w.has(a, bitOrgHead) {
			last := text[w.toks[a+1].Start:w.toks[a+1].End]
			if w.toks[a+1].Kind == Word && !w.toks[a+1].Is(Syllable) && !allUpper(last) && len(last) >= 4 {
				g.orgPhrases[last] = true // "Tổ chức VietHope" -> "VietHope"
			}
		}
		if b-a == 2 && w.has(a+1, bitPlace) && !w.has(a, bitOrgHead|bitPlace) && w.toks[a].Kind == Word &&
			w.toks[a].Is(Cap) && !w.toks[a].Is(AllCaps) && !w.toks[a].Is(Syllable) && w.toks[a].End-w.toks[a].Start >= 4 {
			g.orgPhrases[text[w.toks[a].Start:w.toks[a].End]] = true // "Inter Milan" -> "Inter", "Real Madrid" -> "Real"
		}
	}
	g.w.win.share(setOrgPhrase, g.orgPhrases)
	if len(g.orgPhrases) == 0 {
		return
	}
	phrases := make([]string, 0, len(g.orgPhrases))
	for p := range g.orgPhrases {
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
	for _, ci := range w.caps {
		i := int(ci)
		if i < next || !g.free(i) {
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
				ok = ok && g.free(k)
			}
			if ok {
				g.take(ruleOrgRepeat, i, b)
				next = b
				break
			}
		}
	}
}

// acronymCues are the words after which an acronym names a body: a
// share's ticker, a force, a source.
var acronymCues = [...]string{"cổ phiếu", "mã", "lực lượng", "theo", "tờ", "nhà mạng", "hãng tin"}

// acronymCue reports whether one of acronymCues stands right before token i.
func (g *gaps) acronymCue(i int) bool {
	w, text := g.w, g.text
	for _, cue := range acronymCues {
		words := strings.Count(cue, " ") + 1
		a := i - words
		if a < 0 || !g.sameSent(a, i) || w.toks[a].Kind != Word {
			continue
		}
		if lowerEqual(text[w.toks[a].Start:w.toks[i-1].End], cue) {
			return true
		}
	}
	return false
}

// brandShaped reports whether w is written as a brand, not as a
// Vietnamese or Western personal name: letters A-Z only, a capital inside
// after a lower-case letter ("ChosunBiz", "JoongAng", "SeABank"), or the
// word "bank" at its end ("Kienlongbank"). Names such as "McCain" or
// "DiCaprio" have their capital after a prefix of two or three letters and
// are not brands.
func brandShaped(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	inner := false
	for k := 1; k < len(w); k++ {
		c := w[k]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			if w[k-1] >= 'a' && k > 3 || w[k-1] >= 'a' && k == 3 && w[:3] != "Mac" {
				inner = true
			}
		default:
			return false
		}
	}
	if strings.HasSuffix(strings.ToLower(w[1:]), "bank") && len(w) > 5 {
		return true
	}
	return inner
}

// brands: a word shaped like a brand (brandShaped) names a company, a
// newspaper or a bank wherever it is free; its other uses follow.
func (g *gaps) brands() {
	w, text := g.w, g.text
	for _, ci := range w.caps {
		i := int(ci)
		t := w.toks[i]
		if !g.free(i) || t.Kind != Word || t.Is(Syllable) || !brandShaped(text[t.Start:t.End]) {
			continue
		}
		if i > 0 && w.toks[i-1].End == t.Start && w.toks[i-1].Kind == Word {
			continue // part of a longer token run
		}
		b := i + 1
		if b < g.n && w.toks[b].Kind == Word && g.free(b) && g.sameSent(i, b) && g.r.w.orgEndEn[text[w.toks[b].Start:w.toks[b].End]] {
			b++ // "ChosunBiz Group"
		}
		g.orgPhrases[text[t.Start:w.toks[b-1].End]] = true
		g.take(ruleOrgAcronym, i, b)
	}
}
