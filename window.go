package vnextract

import (
	"bytes"
	"cmp"
	"context"
	"sort"
	"sync"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
	"github.com/vnextract/vnextract/relation"
)

// defaultWindow is the size in input bytes of the windows a long document
// is read in: large enough that the per-call costs vanish, small enough that
// the recognizer's per-token scratch space (tens of bytes per input byte)
// stays a few megabytes and is reused from window to window and call to call.
// (Measured whole-process on the 1.8 MB document: 64 KB peaks a few MB lower
// than 256 KB, at the same speed.)
const defaultWindow = 64 << 10

// minManyWorkers is the least document size whose windows are recognized
// on more than two goroutines. Each worker has a window's scratch (a few
// MB): beside a document below this size, one worker per core up to two
// is what pays (measured with BenchmarkExtractWorkers -cpu 2: two take
// 0.5-0.6 of one's time from 300 KB up), and more cores add more to the
// peak than they save.
const minManyWorkers = 8 << 20

// windowWorkers returns how many goroutines recognize the windows (of
// window bytes) of a document of n bytes on procs processors: one per
// processor, at most two below minManyWorkers and four above, and no more
// than the windows after the first, which the caller reads alone.
func windowWorkers(n, window, procs int) int {
	limit := 2
	if n >= minManyWorkers {
		limit = 4
	}
	return max(1, min(procs, limit, n/max(window, 1)-1))
}

// minPieces is the least size of a document read from a file whose
// normalized text is held in pieces (windowText) rather than whole: the
// pieces are normalized again each time the relation stage or the output
// reads them (measured whole-process on a 10 MB document: a quarter more
// CPU time for 10 MB less peak RSS), which pays only where the text is a
// large part of the peak.
const minPieces = 16 << 20

// minFirstWindow is the least size of a document's first window: its
// dateline is looked for in the first date.DatelineWindow (1000) bytes of
// normalized text, which must all be in it.
const minFirstWindow = 4 << 10

// analyzeWindows is analyze for a document longer than one window: each
// window is normalized and recognized on its own, into one normalized text
// for the whole document, and the relations are linked once over the whole.
// The result is the one analyze gives reading the document whole.
//
// The input is src: in memory, or read window by window (then the
// normalized text is always a copy, and the input is never held whole).
func (e *Extractor) analyzeWindows(ctx context.Context, src *source, n normalize.Normalizer, size int) (_ *analyzed, err error) {
	// A window of a file read again, which changed, is an error.
	defer catchTextError(&err)
	input := src.mem // nil when src is read
	bp := textBufs.Get().(*[]byte)
	if need := size + size/8 + 16; cap(*bp) < need && need <= maxPooledText {
		*bp = make([]byte, 0, need)
	}
	// whole is the normalized text of the document, nil as long as it is
	// the input itself (the windows read so far needed no change, and the
	// input is in memory): then the input is read, not a copy.
	var whole []byte
	// The document-sized arrays are only read until the output has copied
	// what it keeps, so they are reused from call to call.
	db := docBufs.Get().(*docArrays)
	// The mentions are kept compactly (24 bytes, where an entity.Mention
	// takes 112 and its strings keep its window's text alive).
	ms := &db.ms
	ms.Reset(0, true)
	var sents []relation.Span // the relation stage needs only their spans
	free := func() {
		ms.Reset(0, false) // the extras' strings point into the text
		db.whole, db.sents = whole[:0], sents[:0]
		docBufs.Put(db)
		putTextBuf(bp)
	}
	done := false
	defer func() {
		if !done {
			free()
		}
	}()
	// An input read from a file leaves no text in memory: each window's
	// is a string of its own until its mentions are kept, and the
	// relation stage reads them again from pieces.
	var pieces *windowText
	if minSize := cmp.Or(e.pieces, minPieces); input == nil && src.size >= minSize {
		pieces = &windowText{src: src, n: n}
	}
	text := func(w windowSpan) string {
		if pieces != nil {
			if w.text != "" {
				return w.text
			}
			return pieces.window(w)
		}
		b := input
		if whole != nil {
			b = whole
		}
		return unsafe.String(unsafe.SliceData(b[w.norm:]), w.end-w.norm)
	}
	wd := e.rec.NewWindows(size)
	var (
		wins []windowSpan
		rep  = Report{FirstInvalid: -1}
		ref  = e.cfg.ref
		alnd bool // some window's normalized text differs from its input
	)
	opt := entity.Options{Ref: ref, Prefer: e.cfg.prefer}
	// add appends the mentions and sentences of window i, in order.
	add := func(i int, wms []entity.Mention, wsents []entity.Sentence) {
		w := &wins[i]
		w.first = len(ms.Mentions)
		ms.Mentions = appendCompact(ms, ms.Mentions, wms, text(*w), w.norm)
		w.text = "" // its mentions keep nothing of it
		for _, s := range wsents {
			sents = append(sents, relation.Span{Start: s.Start + w.norm, End: s.End + w.norm})
		}
	}
	// After the first window (which dates the document), the windows are
	// recognized by a pool of workers while this goroutine normalizes the
	// next ones and adds the results in order.
	var pool *windowPool
	defer func() {
		if pool != nil {
			pool.stop()
		}
	}()
	for off := 0; off < src.size; {
		in, err := src.window(off, size, len(wins) == 0)
		if err != nil {
			return nil, err
		}
		end := off + len(in)
		out, align, nrep, err := n.NormalizeInto(*bp, in)
		if err != nil {
			return nil, err
		}
		if len(wins) == 0 {
			rep.Encoding, rep.EncodingConfidence = nrep.Encoding.String(), nrep.Confidence
		}
		rep.InvalidUTF8 += nrep.Invalid
		if rep.FirstInvalid < 0 && nrep.FirstInvalid >= 0 {
			rep.FirstInvalid = off + nrep.FirstInvalid
		}
		rep.Retoned += nrep.Retoned
		for i := range rep.Repaired {
			rep.Repaired[i] += nrep.Repaired[i]
		}
		if !align.Identity() {
			alnd = true
		} else {
			align = nil
		}
		w := windowSpan{in: off, norm: off, end: end, align: align}
		if pieces != nil {
			w.norm = pieces.size
			pieces.size += len(out)
			w.end = pieces.size
			w.text = string(out)
		} else if whole != nil || unsafe.SliceData(out) != unsafe.SliceData(in) {
			if whole == nil {
				// Unicode text normalizes to as many bytes or fewer; a
				// legacy encoding grows, and whole with it (the strings
				// already taken stay valid).
				whole = append(reuse(db.whole, src.size+src.size/64+16), input[:off]...)
			}
			w.norm = len(whole)
			whole = append(whole, out...)
			w.end = len(whole)
		}
		idx := len(wins)
		wins = append(wins, w)
		off = end
		if pool != nil {
			if err := pool.send(idx, text(w), add); err != nil {
				return nil, err
			}
			continue
		}
		an, err := wd.Recognize(ctx, idx, text(w), opt)
		if err != nil {
			return nil, err
		}
		if idx == 0 {
			ref = an.Ref
			opt.Ref = ref
			// The rest of the document is guessed to be as dense as the
			// first window: growing by doubling would allocate the
			// mentions twice over.
			ms.Mentions = reuse(ms.Mentions, estimate(len(an.Mentions), end, src.size))
			sents = reuse(db.sents, estimate(len(an.Sentences), end, src.size))
		}
		add(idx, an.Mentions, an.Sentences)
		an.Release()
		if idx == 0 && off < src.size {
			if workers := e.windowWorkers(src.size); workers > 1 {
				pool = startWindowPool(ctx, wd, opt, workers)
			}
		}
	}
	if pool != nil {
		if err := pool.drain(add, true); err != nil {
			return nil, err
		}
	}
	if pieces != nil {
		pieces.wins = wins
	}
	// A window that holds a word a later window taught is read again.
	var again map[int][]relation.Mention
	for i, w := range wins {
		if !wd.Stale(i) {
			continue
		}
		an, err := wd.Recognize(ctx, i, text(w), opt)
		if err != nil {
			return nil, err
		}
		if again == nil {
			again = map[int][]relation.Mention{}
		}
		again[i] = appendCompact(ms, nil, an.Mentions, text(w), w.norm)
		an.Release()
	}
	if again != nil {
		ms.Mentions = spliceInPlace(ms.Mentions, wins, again)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The text is whole (or the input), which is only read from now on,
	// so it is not copied; or it is in pieces.
	all := input
	if whole != nil {
		all = whole
	}
	// The analysis gives the relation stage the recognizer's lexicon; the
	// mentions and sentences it links are ms and sents.
	an := wd.Document(unsafe.String(unsafe.SliceData(all), len(all)), nil, nil, ref)
	var ntext relation.TextSource = relation.Text(an.Text)
	if pieces != nil {
		ntext = pieces
	}
	a := &analyzed{input: input, src: src, an: an, list: ms, ntext: ntext, res: relation.LinkList(an, ms, sents, ntext), rep: rep, free: free}
	if alnd {
		a.align = windowAlignment(wins)
	}
	done = true
	return a, nil
}

// windowPool recognizes windows on worker goroutines; results are taken
// in window order.
type windowPool struct {
	cancel  context.CancelFunc
	jobs    chan *windowJob
	pending []*windowJob // sent, not yet added, in window order
	wg      sync.WaitGroup
	// free holds the jobs already added, whose arrays the next ones reuse.
	free []*windowJob
}

// windowJob is one window for a worker, and its result.
type windowJob struct {
	idx   int
	text  string
	ms    []entity.Mention // offsets in the window
	sents []entity.Sentence
	err   error
	done  chan struct{}
}

func startWindowPool(ctx context.Context, wd *entity.Windows, opt entity.Options, workers int) *windowPool {
	ctx, cancel := context.WithCancel(ctx)
	p := &windowPool{cancel: cancel, jobs: make(chan *windowJob, workers)}
	for range workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				an, err := wd.Recognize(ctx, j.idx, j.text, opt)
				if err != nil {
					j.err = err
				} else {
					// The Analysis's arrays go back to the recognizer.
					j.ms = append(j.ms[:0], an.Mentions...)
					j.sents = append(j.sents[:0], an.Sentences...)
					an.Release()
				}
				close(j.done)
			}
		}()
	}
	return p
}

// send queues window idx, after adding the results that are ready; at
// most as many windows as workers wait, so memory stays bounded.
func (p *windowPool) send(idx int, text string, add func(int, []entity.Mention, []entity.Sentence)) error {
	if err := p.drain(add, false); err != nil {
		return err
	}
	for len(p.pending) >= 2*cap(p.jobs) {
		// Wait for the oldest.
		<-p.pending[0].done
		if err := p.drain(add, false); err != nil {
			return err
		}
	}
	j := &windowJob{}
	if n := len(p.free); n > 0 {
		j = p.free[n-1]
		p.free = p.free[:n-1]
	}
	j.idx, j.text, j.done = idx, text, make(chan struct{})
	p.pending = append(p.pending, j)
	p.jobs <- j
	return nil
}

// drain adds the finished windows at the head of pending, or all of them
// when wait is set.
func (p *windowPool) drain(add func(int, []entity.Mention, []entity.Sentence), wait bool) error {
	for len(p.pending) > 0 {
		j := p.pending[0]
		if wait {
			<-j.done
		} else {
			select {
			case <-j.done:
			default:
				return nil
			}
		}
		if j.err != nil {
			return j.err
		}
		add(j.idx, j.ms, j.sents)
		clear(j.ms) // their strings point into the text
		p.free = append(p.free, j)
		p.pending[0] = nil
		p.pending = p.pending[1:]
	}
	return nil
}

// stop ends the workers (after an error, once they finish their window).
func (p *windowPool) stop() {
	p.cancel()
	close(p.jobs)
	p.wg.Wait()
}

// windowSpan is one window: where it starts in the input and where its
// normalized text is in the document's, with the alignment between them
// (nil: the same bytes), and the index of its first mention.
type windowSpan struct {
	in, norm, end int
	align         *normalize.Alignment
	first         int
	// text is the window's normalized text while it is being recognized,
	// when the document's is held in pieces.
	text string
}

// cutWindow returns the end of the window that starts at off: the line
// break at or before off+size (the window after begins with it, as its
// text would in the whole), or the end of the line when the line is
// longer than size. A line break always ends a sentence, so no sentence,
// and no mention, is cut.
func cutWindow(input []byte, off, size int, first bool) int {
	if first {
		size = max(size, minFirstWindow)
	}
	lim := off + size
	if lim >= len(input) {
		return len(input)
	}
	if i := bytes.LastIndexByte(input[off+1:lim+1], '\n'); i >= 0 {
		return off + 1 + i
	}
	if i := bytes.IndexByte(input[lim+1:], '\n'); i >= 0 {
		return lim + 1 + i
	}
	return len(input)
}

// docArrays are the arrays of a windowed document, kept for the next.
type docArrays struct {
	whole []byte
	ms    relation.MentionList
	sents []relation.Span
}

var docBufs = sync.Pool{New: func() any { return new(docArrays) }}

// reuse returns b emptied if it has room for n items, else a new slice.
func reuse[T any](b []T, n int) []T {
	if cap(b) >= n {
		return b[:0]
	}
	return make([]T, 0, n)
}

// estimate returns room for the items of a document of total bytes that
// has n items in its first done bytes, with a margin.
func estimate(n, done, total int) int {
	return int(float64(n)*float64(total)/float64(max(done, 1))*1.1) + 64
}

// appendCompact appends ms, whose offsets point into text, compacted by
// list and moved by off bytes, to dst.
func appendCompact(list *relation.MentionList, dst []relation.Mention, ms []entity.Mention, text string, off int) []relation.Mention {
	for i := range ms {
		c := list.Compact(&ms[i], text)
		c.Start += off
		c.End += off
		dst = append(dst, c)
	}
	return dst
}

// spliceInPlace is spliceWindows in ms's own array when it has room: a
// second array of the document's mentions would double their memory for
// the sake of the few windows that are read again. The mentions of the
// windows between two stale ones move as runs, those that move right
// first, from the last, then those that move left, from the first: no
// run is then written over one that has yet to move.
func spliceInPlace[M any](ms []M, wins []windowSpan, again map[int][]M) []M {
	// end returns the end in ms of window i's old mentions.
	end := func(i int) int {
		if i+1 < len(wins) {
			return wins[i+1].first
		}
		return len(ms)
	}
	total := len(ms)
	for i, a := range again {
		total += len(a) - (end(i) - wins[i].first)
	}
	if total > cap(ms) {
		return spliceWindows(ms, wins, again)
	}
	// The runs of windows not read again: their old start and end, and
	// their new start.
	type run struct{ from, to, at int }
	var runs []run
	at := 0
	for i := 0; i < len(wins); {
		if a, ok := again[i]; ok {
			at += len(a)
			i++
			continue
		}
		j := i + 1
		for j < len(wins) {
			if _, ok := again[j]; ok {
				break
			}
			j++
		}
		r := run{from: wins[i].first, to: end(j - 1), at: at}
		runs = append(runs, r)
		at += r.to - r.from
		i = j
	}
	out := ms[:max(total, len(ms))]
	for k := len(runs) - 1; k >= 0; k-- {
		if r := runs[k]; r.at > r.from {
			copy(out[r.at:], ms[r.from:r.to])
		}
	}
	for _, r := range runs {
		if r.at < r.from {
			copy(out[r.at:], ms[r.from:r.to])
		}
	}
	// The windows read again fill the gaps between the runs.
	at = 0
	for i := range wins {
		if a, ok := again[i]; ok {
			at += copy(out[at:], a)
		} else {
			at += end(i) - wins[i].first
		}
	}
	clear(out[total:]) // an entity.Mention's strings point into the text
	return out[:total]
}

// spliceWindows returns ms with the mentions of each window in again
// replaced by the new ones, in a new array: the reference spliceInPlace
// is tested against.
func spliceWindows[M any](ms []M, wins []windowSpan, again map[int][]M) []M {
	out := make([]M, 0, len(ms)+len(ms)/16)
	for i, w := range wins {
		if a, ok := again[i]; ok {
			out = append(out, a...)
			continue
		}
		end := len(ms)
		if i+1 < len(wins) {
			end = wins[i+1].first
		}
		out = append(out, ms[w.first:end]...)
	}
	return out
}

// spanMapper maps a span of the normalized text to the input.
type spanMapper interface {
	InputSpan(start, end int) (int, int)
}

// windowAlignment maps the normalized text of a windowed document to its
// input, window by window.
type windowAlignment []windowSpan

// at returns the window that holds normalized offset off (the last one
// for the end of the text).
func (wa windowAlignment) at(off int) *windowSpan {
	i := sort.Search(len(wa), func(i int) bool { return wa[i].end > off })
	if i == len(wa) {
		i--
	}
	return &wa[i]
}

// InputSpan maps [start, end) of the normalized text to the input.
func (wa windowAlignment) InputSpan(start, end int) (int, int) {
	w := wa.at(start)
	if end <= start || end <= w.end {
		if w.align == nil {
			return w.in + start - w.norm, w.in + max(end, start) - w.norm
		}
		s, e := w.align.InputSpan(start-w.norm, end-w.norm)
		return w.in + s, w.in + e
	}
	// A span over windows (evidence of several sentences): each end in
	// its own window.
	s, _ := wa.InputSpan(start, start)
	v := wa.at(end - 1)
	_, e := wa.InputSpan(max(start, v.norm), end)
	return s, e
}
