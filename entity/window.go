package entity

import (
	"context"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Windows recognizes a long document window by window, so that the scratch
// space of a call is bounded by the window, not the document, and gives
// the mentions the whole document would have given.
//
// The windows must be cut where a line ends (no sentence, and so no
// mention, crosses a line break), the first one longer than
// date.DatelineWindow bytes. Three gap rules learn words from the whole
// document and use them anywhere in it: the words of foreign names given
// in full (shortNames), the acronyms of organizations (acronyms) and
// organization names used once (repeats). A window sees the words the
// windows read before it (or beside it) had taught when its rules ran,
// and its own; when a word it did not see is one the window holds, the
// window is stale (Stale) and its caller reads it again, once all the
// document's windows have been read, with every word known. What a window
// teaches comes from rules that do not read those words, so a second
// reading teaches the same and the result is exact.
//
// A Windows is for one document. The first window must be read first (its
// Analysis dates the document); the others may then be read on several
// goroutines at once.
type Windows struct {
	r    *Recognizer
	size int // the usual window size, for the scratch
	seed maphash.Seed

	mu sync.Mutex
	// known[set] maps each word taught to its number in the order words
	// were taught, counted by taught.
	known  [numSets]map[string]int
	taught int
	// seen[i][set] is the number of words taught when window i's rule
	// for set last read them: it saw those numbered up to it.
	seen [][numSets]int
	// caps[i] holds the sorted hashes of the capitalized words of window
	// i (the only words the three rules look up).
	caps [][]uint64
}

// The document-level word sets of the gap rules.
const (
	setForeignFull = iota
	setOrgAcronym
	setOrgPhrase
	setGivenName // keys of givenNameKey
	setPlaceName // keys of placeNameKey
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
	d.mu.Lock()
	for len(d.caps) <= idx {
		d.caps = append(d.caps, nil)
		d.seen = append(d.seen, [numSets]int{})
	}
	d.mu.Unlock()
	return d.r.recognize(ctx, text, opt, &windowRun{d: d, idx: idx})
}

// Document returns the Analysis of the whole document from its text and
// its windows' sentences and mentions, put together by the caller (offsets
// in text, tokens not kept). It looks names up (CanonicalName,
// VietnameseName) in the lexicon of d's Recognizer, as the Analysis of
// the document read whole would; one built by hand would read the
// embedded lexicon alone, parsed anew.
func (d *Windows) Document(text string, sents []Sentence, ms []Mention, ref time.Time) *Analysis {
	return &Analysis{Text: text, Sentences: sents, Mentions: ms, Ref: ref, rec: d.r}
}

// Stale reports whether window idx must be read again: a word was taught
// that window idx did not see and has where the gap rules look it up.
func (d *Windows) Stale(idx int) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	caps, seen := d.caps[idx], d.seen[idx]
	has := func(s string) bool {
		_, ok := slices.BinarySearch(caps, maphash.String(d.seed, s))
		return ok
	}
	for set, m := range d.known {
		for word, n := range m {
			if n <= seen[set] {
				continue
			}
			switch set {
			case setGivenName, setPlaceName:
				// The short name or the repeated place starts at the
				// key's first part, a capitalized token.
				if has(word[:strings.IndexByte(word, 0)]) || has(word[strings.IndexByte(word, 0)+1:strings.LastIndexByte(word, 0)]) {
					return true
				}
				continue
			case setOrgPhrase:
			default:
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
	d := run.d
	d.mu.Lock()
	defer d.mu.Unlock()
	known := d.known[set]
	for word := range local {
		if _, ok := known[word]; !ok {
			d.taught++
			known[strings.Clone(word)] = d.taught
		}
	}
	for word := range known {
		local[word] = true
	}
	d.seen[run.idx][set] = d.taught
}

// shareGiven shares the given names of g (see gaps.givenNames) with the
// document's other windows.
func (run *windowRun) shareGiven(names map[[2]string]bool) {
	if run == nil {
		return
	}
	local := make(map[string]bool, len(names))
	for k := range names {
		local[givenNameKey(k)] = true
	}
	run.share(setGivenName, local)
	for k := range local {
		i, j := strings.IndexByte(k, 0), strings.LastIndexByte(k, 0)
		names[[2]string{k[:i], k[i+1 : j]}] = true
	}
}

// givenNameKey is "mid\x00given\x00" for the given-name key {mid, given}.
func givenNameKey(k [2]string) string { return k[0] + "\x00" + k[1] + "\x00" }

// sharePlaces shares the places g named after a trigger (see
// gaps.placeNames) with the document's other windows and returns them all.
func (run *windowRun) sharePlaces(names []placeName) []placeName {
	if run == nil {
		return names
	}
	local := make(map[string]bool, len(names))
	for _, p := range names {
		local[placeNameKey(p)] = true
	}
	run.share(setPlaceName, local)
	names = names[:0]
	for k := range local {
		i, j := strings.IndexByte(k, 0), strings.LastIndexByte(k, 0)
		n, _ := strconv.Atoi(k[j+1:])
		names = append(names, placeName{text: k[i+1 : j], first: k[:i], ntok: n})
	}
	return names // placeRepeats sorts them: windows teach in any order
}

// placeNameKey is "first\x00text\x00ntok" for a place name.
func placeNameKey(p placeName) string {
	return p.first + "\x00" + p.text + "\x00" + strconv.Itoa(p.ntok)
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

// hashBufs holds scratch arrays for noteCaps (*[]uint64).
var hashBufs = sync.Pool{New: func() any { return new([]uint64) }}

// noteCaps records the hashes of the window's capitalized words.
func (run *windowRun) noteCaps(text string, w *work) {
	d := run.d
	bp := hashBufs.Get().(*[]uint64)
	hs := (*bp)[:0]
	for _, ci := range w.caps {
		t := w.toks[ci]
		hs = append(hs, maphash.String(d.seed, text[t.Start:t.End]))
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	d.mu.Lock()
	d.caps[run.idx] = append(d.caps[run.idx][:0], hs...)
	d.mu.Unlock()
	*bp = hs
	hashBufs.Put(bp)
}
