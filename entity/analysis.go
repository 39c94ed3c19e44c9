package entity

import "time"

// Options are per-call settings of Recognizer.Recognize.
type Options struct {
	// Ref is the reference date for year-less and relative dates. When zero,
	// a dateline near the start of the text is used if there is one.
	Ref time.Time
}

// Analysis is what Recognize finds in one text.
type Analysis struct {
	// Text is the text that was analysed; all offsets point into it.
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// Mentions are sorted by Start and never overlap.
	Mentions []Mention
	// Ref is the reference date used (zero when none).
	Ref time.Time

	rec *Recognizer
	w   *work
}

// Release gives the Analysis's buffers back to its Recognizer for reuse by
// later calls. Calling it is optional (without it they are garbage
// collected); after it, the Analysis and its slices must not be used.
func (a *Analysis) Release() {
	if a == nil || a.w == nil {
		return
	}
	w := a.w
	a.w, a.Tokens, a.Sentences, a.Mentions = nil, nil, nil, nil
	if cap(w.toks) > 1<<20 {
		// Do not keep the buffers of a huge document alive.
		return
	}
	clear(w.out)
	clear(w.cands)
	w.rc = rctx{}      // holds the text
	clear(w.dates.out) // read and cleared by Recognize, unless it stopped early
	a.rec.pool.Put(w)
}

// Slice returns the text of a token.
func (a *Analysis) Slice(t Token) string { return a.Text[t.Start:t.End] }

// TokenAt returns the index of the first token that starts at or after offset.
func (a *Analysis) TokenAt(offset int) int {
	lo, hi := 0, len(a.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Tokens[m].Start < offset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SentenceOf returns the index of the sentence that contains offset, or -1.
func (a *Analysis) SentenceOf(offset int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Sentences[m].End <= offset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.Sentences) && a.Sentences[lo].Start <= offset {
		return lo
	}
	return -1
}
