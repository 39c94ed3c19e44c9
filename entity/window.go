package entity

import (
	"context"
	"hash/maphash"
	"slices"
	"strings"
	"unicode/utf8"
)

// Windows recognizes a long document window by window, so that the scratch
// space of a call is bounded by the window, not the document, and gives
// the mentions the whole document would have given.
//
// The windows must be cut where a line ends (no sentence, and so no
// mention, crosses a line break), the first one longer than
// date.DatelineWindow bytes, and read in order with Recognize. Three gap
// rules learn words from the whole document and use them anywhere in it:
// the words of foreign names given in full (shortNames), the acronyms of
// organizations (acronyms) and organization names used once (repeats).
// A window sees what the windows before it and itself taught; when a later
// window teaches a word that the earlier window holds, that window is
// stale (Stale) and its caller reads it again, with all the document's
// words known. What a window teaches comes from rules that do not read
// those words, so a second reading teaches the same and the result is
// exact.
//
// A Windows is for one document and one goroutine.
type Windows struct {
	r    *Recognizer
	size int // the usual window size, for the scratch
	// known[set] maps each word taught to the first window that taught it.
	known [numSets]map[string]int
	// caps[i] holds the sorted hashes of the capitalized words of window
	// i (the only words the three rules look up).
	caps [][]uint64
	seed maphash.Seed
	hs   []uint64 // scratch for noteCaps

}

// The document-level word sets of the gap rules.
const (
	setForeignFull = iota
	setOrgAcronym
	setOrgPhrase
	numSets
)

// windowRun is one reading of window idx of d.
type windowRun struct {
	d   *Windows
	idx int
}

// NewWindows starts the windowed recognition of one document whose
// windows are mostly at most size bytes: the per-token scratch is sized
// for that once, not regrown each time a window is longer than those
// before it.
func (r *Recognizer) NewWindows(size int) *Windows {
	d := &Windows{r: r, size: size, seed: maphash.MakeSeed()}
	for i := range d.known {
		d.known[i] = map[string]int{}
	}
	return d
}

// Recognize reads window idx (0, 1, 2, ... in document order, then again
// for stale ones) of the document. text is the window, offsets in the
// Analysis are relative to it. For every window after the first, opt.Ref
// must be the Ref of the first window's Analysis: the first window's
// dateline, or opt.Ref, dates the whole document, and no later window is
// searched for one.
func (d *Windows) Recognize(ctx context.Context, idx int, text string, opt Options) (*Analysis, error) {
	for len(d.caps) <= idx {
		d.caps = append(d.caps, nil)
	}
	return d.r.recognize(ctx, text, opt, &windowRun{d: d, idx: idx})
}

// Stale reports whether window idx must be read again: a later window
// taught a word that window idx has where the gap rules look it up.
func (d *Windows) Stale(idx int) bool {
	caps := d.caps[idx]
	has := func(s string) bool {
		_, ok := slices.BinarySearch(caps, maphash.String(d.seed, s))
		return ok
	}
	for set, m := range d.known {
		for word, first := range m {
			if first <= idx {
				continue
			}
			if set != setOrgPhrase {
				if has(word) {
					return true
				}
				continue
			}
			// A phrase matches from a capitalized token it covers whole
			// ("PC Thường Tín" from "PC"): any prefix may be that token.
			for k := 1; k <= len(word); k++ {
				if (k == len(word) || utf8.RuneStart(word[k])) && has(word[:k]) {
					return true
				}
			}
		}
	}
	return false
}

// share adds the words of local, which the current window found, to the
// document's set and then the document's words to local. A nil run (not
// a window) leaves local alone.
func (run *windowRun) share(set int, local map[string]bool) {
	if run == nil {
		return
	}
	known := run.d.known[set]
	for word := range local {
		if _, ok := known[word]; !ok {
			known[strings.Clone(word)] = run.idx
		}
	}
	for word := range known {
		local[word] = true
	}
}

// reserve sizes w's token arrays for a window of d.size bytes, as
// tokenizeWith would for a text of that length.
func (run *windowRun) reserve(w *work) {
	if want := run.d.size/4 + 16; cap(w.toks) < want {
		w.toks = make([]Token, 0, want)
		w.marks = make([]uint64, 0, want)
	}
	w.dates.Words().Reset(run.d.size)
}

// noteCaps records the hashes of the window's capitalized words.
func (run *windowRun) noteCaps(text string, w *work) {
	d := run.d
	hs := d.hs[:0]
	for _, ci := range w.caps {
		t := w.toks[ci]
		hs = append(hs, maphash.String(d.seed, text[t.Start:t.End]))
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	d.caps[run.idx] = append(d.caps[run.idx][:0], hs...)
	d.hs = hs
}
