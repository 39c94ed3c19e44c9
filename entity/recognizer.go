package entity

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/internal/ac"
	"github.com/vnextract/vnextract/normalize"
)

// Recognizer finds mentions in normalized Vietnamese text. Build it once with
// NewRecognizer; it is immutable and safe for concurrent use.
type Recognizer struct {
	vocab *ac.Vocab
	// auto matches the entries of two or more tokens; one-token entries are
	// looked up by key in single, which is faster than the automaton and
	// lets a lower-case word skip the names it cannot be.
	auto    *ac.Automaton
	single  singleIndex
	entries []lexEntry
	// quick holds what the matcher checks of every raw match, apart from
	// entries so that rejecting one touches a few bytes, not a whole entry.
	quick []entryQuick
	// tokInfo holds what verify reads of each token of the entries,
	// entry after entry (entryQuick.tok is where an entry's start).
	tokInfo []tokInfo
	w       wordIDs
	pool    sync.Pool // *work

	factsOnce sync.Once
	lexFacts  *lexFacts // see facts
}

// entryQuick is the part of a lexEntry the matcher reads first.
type entryQuick struct {
	bit kindSet
	// capFirst: the entry names something and starts with a capital, so in
	// prose it matches only at a capitalized token.
	capFirst bool
	needCaps bool // lexEntry.needCaps
	org      bool // the entry's kind is KindOrg
	// tok and ntok locate the entry's tokens in Recognizer.tokInfo.
	tok, ntok int32
}

// tokInfo is a token of a lexicon entry, as verify checks it: the entry's
// markHash, caps and acronym at that token, side by side so that checking
// a match reads one short run of memory.
type tokInfo struct {
	markHash uint64
	caps     bool
	acronym  bool
}

// lexEntry is a compiled lexicon entry.
type lexEntry struct {
	kind      Kind
	bit       kindSet
	needCaps  bool // the entry names something, so its capitals must match
	surface   string
	canonical string
	ntok      int
	caps      []bool   // per token: capitalized in the surface
	acronym   []bool   // per token: all capitals in the surface
	markHash  []uint64 // per token: hash of marks (0 when "")
}

// NewRecognizer compiles the embedded lexicons plus extra entries (for
// example from ParseLexicon) into one matcher. Without extra entries it
// reads them already compiled, from the embedded snapshot (snapshot.go).
func NewRecognizer(extra []LexiconEntry) (*Recognizer, error) {
	if len(extra) == 0 {
		if r, err := loadSnapshot(); err == nil {
			return r, nil
		}
	}
	c, err := compileRecognizer(extra)
	if err != nil {
		return nil, err
	}
	return c.r, nil
}

// compileRecognizer compiles the embedded lexicons plus extra entries: the
// reference the snapshot is written from and tested against.
func compileRecognizer(extra []LexiconEntry) (*compiled, error) {
	r := &Recognizer{vocab: ac.NewVocab()}
	var b ac.Builder
	intern := func(folded []byte) int32 { return r.vocab.Intern(string(folded)) }
	var tk tokens
	// Sized once, and the per-token slices of the entries cut from shared
	// arrays: with the generated lexicons there are tens of thousands.
	n := len(DefaultLexicon()) + len(extra)
	r.entries = make([]lexEntry, 0, n)
	r.quick = make([]entryQuick, 0, n)
	r.tokInfo = make([]tokInfo, 0, 2*n) // entries have two tokens on average, a little fewer
	singles := make([][2]int32, 0, n)   // key, entry
	var bools arena[bool]
	var keys arena[int32]
	var hashes arena[uint64]
	var mk []byte // a mark key
	lists := map[Kind][]LexiconEntry{}
	pairs := map[uint64]bool{}      // see wordIDs.wordPairs
	var ministries []ministry       // see wordIDs.ministries
	placePairs := map[uint64]bool{} // see wordIDs.placePairs
	add := func(e LexiconEntry) error {
		if e.Kind.wordList() {
			lists[e.Kind] = append(lists[e.Kind], e)
			return nil
		}
		tk.tokenize(e.Surface, intern)
		toks := tk.toks
		if len(toks) == 0 {
			return fmt.Errorf("entity: lexicon %s:%d: surface %q has no words", e.Source, e.Line, e.Surface)
		}
		le := lexEntry{kind: e.Kind, bit: kindBit(e.Kind), needCaps: needsCaps(e.Kind), surface: e.Surface, canonical: e.Canonical, ntok: len(toks)}
		pat := keys.take(len(toks))
		le.caps, le.acronym = bools.take(len(toks)), bools.take(len(toks))
		le.markHash = hashes.take(len(toks))
		for i, t := range toks {
			w := e.Surface[t.Start:t.End]
			pat[i] = t.Key
			le.caps[i] = t.Is(Cap)
			le.acronym[i] = t.Is(AllCaps)
			if t.Is(Marked) {
				mk = normalize.AppendMarkKey(mk[:0], w)
				le.markHash[i] = hashBytes(mk)
			}
		}
		if e.Kind == KindOrg || e.Kind == KindOrgHead || e.Kind == KindTitle || e.Kind == KindEvent {
			for i := 1; i < len(toks); i++ {
				p, t := toks[i-1], toks[i]
				if p.Kind == Word && p.Is(Cap) && !p.Is(AllCaps) && t.Kind == Word && !t.Is(Cap) && t.Is(SpaceBefore) {
					pairs[pairKey(p.Key, t.Key)] = true
				}
			}
		}
		if e.Kind == KindProvince || e.Kind == KindCountry || e.Kind == KindCity {
			for i := 1; i < len(toks); i++ {
				if toks[i-1].Is(Cap) && toks[i].Is(Cap) {
					placePairs[pairKey(toks[i-1].Key, toks[i].Key)] = true
				}
			}
		}
		if e.Kind == KindOrg && len(toks) >= 2 && e.Surface[:toks[0].End] == "Bộ" && toks[1].Is(Cap) && !toks[1].Is(AllCaps) &&
			e.Canonical == "" {
			// A ministry by its full name, which news also writes after
			// its minister's title without "Bộ" ("Bộ trưởng Công Thương").
			ministries = append(ministries, ministry{keys: slices.Clone(pat[1:]), name: e.Surface})
		}
		if len(pat) == 1 {
			singles = append(singles, [2]int32{pat[0], int32(len(r.entries))})
		} else {
			b.Add(pat, int32(len(r.entries)))
		}
		r.entries = append(r.entries, le)
		r.quick = append(r.quick, entryQuick{bit: le.bit, capFirst: le.needCaps && le.caps[0], needCaps: le.needCaps,
			org: le.kind == KindOrg, tok: int32(len(r.tokInfo)), ntok: int32(le.ntok)})
		for j := range le.ntok {
			r.tokInfo = append(r.tokInfo, tokInfo{markHash: le.markHash[j], caps: le.caps[j], acronym: le.acronym[j]})
		}
		return nil
	}
	for _, e := range DefaultLexicon() {
		if err := add(e); err != nil {
			return nil, err
		}
	}
	for _, e := range extra {
		if e.Kind == "" {
			return nil, fmt.Errorf("entity: lexicon entry %q has no kind", e.Surface)
		}
		if e.Kind == KindAbbrev {
			// The tokenizer reads them, before any recognizer.
			return nil, fmt.Errorf("entity: lexicon %s:%d: abbreviations come from the embedded lexicon only", e.Source, e.Line)
		}
		if err := add(e); err != nil {
			return nil, err
		}
	}
	var err error
	if r.w, err = internWords(r.vocab, lists); err != nil {
		return nil, err
	}
	r.w.wordPairs, r.w.ministries, r.w.placePairs = pairs, ministries, placePairs
	r.auto = b.Build()
	r.single = newSingleIndex(singles, r.vocab.Len(), r.entries, r.quick)
	r.pool.New = func() any { return new(work) }
	return &compiled{r: r, singles: singles, lists: lists}, nil
}

// arena hands out slices cut from shared arrays, so that many small slices
// made once cost few allocations. A slice taken is never handed out again.
type arena[T any] struct{ buf []T }

func (a *arena[T]) take(n int) []T {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]T, 0, max(4096, n))
	}
	m := len(a.buf)
	a.buf = a.buf[:m+n]
	return a.buf[m : m+n : m+n]
}

// work is the per-call scratch space, pooled.
type work struct {
	tokens
	matches []lexMatch
	// accented is set for the sentence that starts at token accFirst when
	// most of its words carry diacritics: there an unaccented word is not a
	// name written without them (see sentenceAccented).
	accented bool
	accFirst int
	sorted   []lexMatch
	fill     []int32
	first    []int32 // per token: index of its first match in matches
	kinds    []kindSet
	cands    []cand
	taken    []bool
	busy     []bool
	owner    []int32
	sentOf   []int32
	caps     []int32 // capitalized words, by token index
	capsLine []bool  // per sentence: written in capitals
	order    []uint64
	out      []Mention
	dates    date.Scanner // the date grammar, fed its words by tokenizeDated
	rc       rctx         // the context of the stage-1 rules (stage1)
	gaps     gaps         // the state of the gap rules (stage2)
	win      *windowRun   // set while a window of a longer document is read
}

// lexMatch is a verified lexicon match over tokens [start, end).
type lexMatch struct {
	start, end int32
	entry      int32
	bit        kindSet // the entry's kind
}

// kindSet has one bit per lexicon kind: the kinds of the matches that start at a token.
type kindSet uint32

func kindBit(k Kind) kindSet {
	if k.wordList() {
		return 0 // never matched
	}
	for i, x := range Kinds {
		if x == k {
			return 1 << uint(i)
		}
	}
	return 0
}

var (
	bitFamily     = kindBit(KindFamily)
	bitGiven      = kindBit(KindGiven)
	bitHonorific  = kindBit(KindHonorific)
	bitTitle      = kindBit(KindTitle)
	bitOrgHead    = kindBit(KindOrgHead)
	bitOrg        = kindBit(KindOrg)
	bitLocTrigger = kindBit(KindLocTrigger)
	bitStop       = kindBit(KindStop)
	bitPerson     = kindBit(KindPerson)
	bitEvent      = kindBit(KindEvent)
	bitPlace      = kindBit(KindCountry) | kindBit(KindProvince) | kindBit(KindCity) |
		kindBit(KindRegion) | kindBit(KindLocation)
)

// Recognize finds the mentions of text, which should be normalized (NFC).
// It returns ctx.Err() if ctx is cancelled while it works.
func (r *Recognizer) Recognize(ctx context.Context, text string, opt Options) (*Analysis, error) {
	return r.recognize(ctx, text, opt, nil)
}

// recognize is Recognize; with win, text is one window of a longer
// document (see Windows).
func (r *Recognizer) recognize(ctx context.Context, text string, opt Options, win *windowRun) (*Analysis, error) {
	w := r.pool.Get().(*work)
	w.win = win
	defer func() { w.win = nil }()
	if win != nil {
		win.reserve(w)
	}
	w.tokenizeDated(text, r.vocab, w.dates.Words())
	r.softenBreaks(text, w)
	a := &Analysis{Text: text, Ref: opt.Ref, rec: r, w: w}
	// A short text is read for its dateline together with its dates, below.
	// Only a document's first window has its dateline.
	shortUndated := win == nil && a.Ref.IsZero() && len(text) <= date.DatelineWindow
	if a.Ref.IsZero() && !shortUndated && (win == nil || win.idx == 0) {
		if t, ok := FindDateline(text); ok {
			a.Ref = t
		}
	}
	// The dates, from the date tokens made with the others: read now, while
	// those are fresh in the cache, and added to the candidates after the
	// grammar's (resolve breaks ties by that order).
	var dates []date.Span
	dates, a.Ref = w.dates.FindWords(text, date.Options{Ref: a.Ref, Prefer: opt.Prefer}, shortUndated)
	r.match(text, w)
	if err := ctx.Err(); err != nil {
		a.Release()
		return nil, err
	}
	w.cands = w.cands[:0]
	for si, s := range w.sents {
		if si%256 == 255 {
			if err := ctx.Err(); err != nil {
				a.Release()
				return nil, err
			}
		}
		r.stage1(text, w, s)
	}
	for _, sp := range dates {
		m := dateMention(sp)
		id := ruleDate
		if m.Type == Time {
			id = ruleTime
		}
		w.cands = append(w.cands, cand{m: m, rule: id})
	}
	w.dates.Clear()
	w.out = resolve(w.cands, w.out[:0], &w.busy, &w.order, len(text))
	if err := ctx.Err(); err != nil {
		a.Release()
		return nil, err
	}
	w.out = r.stage2(text, w, w.out)
	if win != nil {
		win.noteCaps(text, w)
	}
	a.Tokens, a.Sentences, a.Mentions = w.toks, w.sents, w.out
	return a, nil
}
