package entity

import (
	"sync"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// abbreviations holds the folded keys of the abbreviations whose trailing
// dot does not end a sentence (lexdata/abbrev.tsv), read when a text is
// first split.
var abbreviations = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexFile("abbrev.tsv") {
		m[normalize.WordKey(e.Surface)] = true
	}
	return m
})

// splitSentences groups tokens into sentences. A line break always ends a
// sentence (headlines and captions often have no full stop); '.', '!', '?'
// and '…' end one when followed by space and a capital, digit, quote or
// bracket, unless the dot closes an abbreviation ("TP.", "St.") or an initial ("V.").
//
// breaks lists, in order, every token that comes after a line break or is
// one of those four marks (the tokenizer notes them): the only tokens where
// a sentence can end, so the others are not read.
func splitSentences(text string, toks []Token, breaks []int32, sents []Sentence) []Sentence {
	first := 0
	flush := func(last int) {
		if last > first {
			sents = append(sents, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		}
		first = last
	}
	for _, b := range breaks {
		i := int(b)
		t := toks[i]
		if i > first && t.Is(LineBefore) {
			flush(i)
		}
		if t.Kind != Punct {
			continue
		}
		c := text[t.Start]
		ender := c == '.' || c == '!' || c == '?' || (c == 0xE2 && text[t.Start:t.End] == "…")
		if !ender || i+1 >= len(toks) {
			continue
		}
		next := toks[i+1]
		if !next.Is(SpaceBefore) || next.Is(LineBefore) {
			continue
		}
		if !startsSentence(text, next) {
			continue
		}
		if c == '.' && i > 0 && toks[i-1].End == t.Start && toks[i-1].Kind == Word {
			prev := text[toks[i-1].Start:toks[i-1].End]
			if isAbbreviation(prev) {
				continue
			}
		}
		flush(i + 1)
	}
	flush(len(toks))
	return sents
}

func startsSentence(text string, t Token) bool {
	if t.Kind == Number || t.Is(Cap) {
		return true
	}
	if t.Kind == Punct {
		r, _ := utf8.DecodeRuneInString(text[t.Start:])
		switch r {
		case '"', '“', '\'', '‘', '(', '[', '-', '–', '—', '«':
			return true
		}
	}
	return false
}

func isAbbreviation(w string) bool {
	if n := utf8.RuneCountInString(w); n == 1 {
		return true // an initial: "V. Kalganov"
	}
	if len(w) > 6 {
		return false
	}
	// The key of at most 6 bytes fits buf, and the lookup makes no string.
	var buf [32]byte
	return abbreviations()[string(normalize.AppendWordKey(buf[:0], w))]
}
