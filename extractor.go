package vnextract

import (
	"context"
	"runtime"
	"sync"
	"time"
	"unsafe"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/normalize"
	"github.com/vnextract/vnextract/relation"
)

// Extractor runs the pipeline. Build it once with New; it is immutable and
// safe for concurrent use.
type Extractor struct {
	cfg config
	rec *entity.Recognizer
	// window is the size of the windows a longer document is read in
	// (defaultWindow when 0; tests set it small), and workers the number
	// of goroutines that recognize them (when 0: see windowWorkers).
	window, workers int
	// pieces is the least size of a document read from a file whose
	// normalized text is held in pieces (minPieces when 0; tests set it
	// small).
	pieces int
}

// New builds an Extractor: it loads and compiles the embedded lexicons plus
// any entries added with WithLexicon.
func New(opts ...Option) (*Extractor, error) {
	cfg := config{tone: normalize.ToneOld, autoEnc: true}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	rec, err := entity.NewRecognizer(cfg.lexicon)
	if err != nil {
		return nil, err
	}
	return &Extractor{cfg: cfg, rec: rec}, nil
}

// WithRefDate returns an Extractor that shares e's compiled lexicons but uses
// ref as its reference date (see the WithRefDate option). A zero ref removes it.
func (e *Extractor) WithRefDate(ref time.Time) *Extractor {
	c := *e
	if ref.IsZero() {
		c.cfg.ref = time.Time{}
	} else {
		c.cfg.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	return &c
}

// WithDatePreference returns a copy of e that resolves dates in direction
// p (see the option WithDatePreference; an unknown p is read as date.Past).
func (e *Extractor) WithDatePreference(p date.Direction) *Extractor {
	c := *e
	c.cfg.prefer = p
	if p != date.Future {
		c.cfg.prefer = date.Past
	}
	return &c
}

// WithRepairs returns a copy of e that applies the repair rules r (see the
// option WithRepairs; rules outside normalize.AllRepairs are ignored).
func (e *Extractor) WithRepairs(r normalize.Repairs) *Extractor {
	c := *e
	c.cfg.noRepair = normalize.AllRepairs &^ r
	return &c
}

// Extract finds the mentions, entities and relations of one document.
// Offsets in the result point into input. Invalid UTF-8 is repaired (each bad
// byte read as U+FFFD, counted in Document.Report) rather than rejected; legacy
// 8-bit encodings are detected and decoded unless WithEncoding says otherwise.
// A cancelled ctx stops the work and returns ctx.Err().
func (e *Extractor) Extract(ctx context.Context, input []byte) (*Document, error) {
	a, err := e.analyze(ctx, &source{mem: input, size: len(input)})
	if err != nil {
		return nil, err
	}
	defer a.release()
	if a.list != nil {
		// The Document holds more per mention than the entity.Mention
		// made here.
		a.an.Mentions = make([]entity.Mention, len(a.list.Mentions))
		var parts []entity.NameParts // a grown array leaves the old one to the pointers into it
		for i := range a.an.Mentions {
			var p entity.NameParts
			m := &a.an.Mentions[i]
			if *m = a.list.At(i, a.ntext, &p); m.Person != nil {
				parts = append(parts, p)
				m.Person = &parts[len(parts)-1]
			}
		}
	}
	doc := buildDocument(a.input, a.an, a.res, a.align, e.cfg.types)
	doc.Report = a.rep
	return doc, nil
}

// analyzed is a document recognized and linked, before it is output: its
// analysis holds offsets into the normalized text, which align maps back
// to input (nil: the same bytes).
type analyzed struct {
	input []byte // nil when the input is read from src as needed
	src   *source
	an    *entity.Analysis
	// list, when not nil, holds the mentions instead of an.Mentions (a
	// long document's, see analyzeWindows).
	list  *relation.MentionList
	ntext relation.TextSource // the normalized text, for list
	res   *relation.Result
	align spanMapper
	rep   Report
	// The pooled buffers the analysis lives in: the normalized text's
	// (nil: none), and for a windowed document free, which gives back
	// its own.
	text *[]byte
	free func()
}

// mentions returns the number of mentions of a.
func (a *analyzed) mentions() int {
	if a.list != nil {
		return len(a.list.Mentions)
	}
	return len(a.an.Mentions)
}

// mention returns mention i of a, its name parts in *parts when it is
// kept compactly.
func (a *analyzed) mention(i int, parts *entity.NameParts) entity.Mention {
	if a.list != nil {
		return a.list.At(i, a.ntext, parts)
	}
	return a.an.Mentions[i]
}

// release gives a's buffers back for the next document; a must not be
// used after it.
func (a *analyzed) release() {
	if a.free != nil {
		a.free()
		a.free = nil
		return
	}
	if a.an != nil {
		a.an.Release()
	}
	if a.text != nil {
		putTextBuf(a.text)
		a.text = nil
	}
}

// analyze normalizes, recognizes and links the input src: the work of
// Extract before the output is built.
func (e *Extractor) analyze(ctx context.Context, src *source) (*analyzed, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n := normalize.Normalizer{Tone: e.cfg.tone, From: e.cfg.encoding, NoRepair: e.cfg.noRepair}
	if e.cfg.autoEnc {
		// Detected here rather than with From: Auto, which would also
		// report the detector's confidence: Report.EncodingConfidence
		// stays 1, as the JSON output has it.
		head, err := src.detectSample()
		if err != nil {
			return nil, err
		}
		n.From, _ = normalize.Detect(head)
	}
	if size, min := e.windowSize(); src.size > min && e.cfg.model == nil && n.From != normalize.Auto {
		return e.analyzeWindows(ctx, src, n, size)
	}
	input, err := src.all()
	if err != nil {
		return nil, err
	}
	// The normalized text is only read until the output has copied what
	// it keeps, so its storage is reused from call to call.
	bp := textBufs.Get().(*[]byte)
	a := &analyzed{input: input, src: src, text: bp}
	done := false
	defer func() {
		if !done {
			a.release()
		}
	}()
	if need := len(input) + len(input)/8 + 16; cap(*bp) < need && need <= maxPooledText {
		*bp = make([]byte, 0, need)
	}
	out, align, nrep, err := n.NormalizeInto(*bp, input)
	if err != nil {
		return nil, err
	}
	a.rep = Report{Encoding: nrep.Encoding.String(), EncodingConfidence: nrep.Confidence,
		InvalidUTF8: nrep.Invalid, FirstInvalid: nrep.FirstInvalid, Retoned: nrep.Retoned, Repaired: nrep.Repaired}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The recognizer only reads the text during this call, and every string
	// the output keeps is copied out of it, so no copy is made here.
	an, err := e.rec.Recognize(ctx, unsafe.String(unsafe.SliceData(out), len(out)), entity.Options{Ref: e.cfg.ref, Prefer: e.cfg.prefer})
	if err != nil {
		return nil, err
	}
	a.an = an
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if e.cfg.model != nil {
		an.Mentions = e.cfg.model.Apply(an)
	}
	a.res = relation.Link(an)
	if align != nil {
		a.align = align
	}
	done = true
	return a, nil
}

// windowSize returns the size of the windows of a long document, and the
// size above which a document is long: news articles, and anything whose
// scratch space is a few megabytes, take the one-piece path.
func (e *Extractor) windowSize() (size, min int) {
	if e.window > 0 {
		return e.window, e.window
	}
	return defaultWindow, 4 * defaultWindow
}

// windowWorkers returns how many goroutines recognize the windows of a
// long document of n bytes.
func (e *Extractor) windowWorkers(n int) int {
	if e.workers > 0 {
		return e.workers
	}
	size, _ := e.windowSize()
	return windowWorkers(n, size, runtime.GOMAXPROCS(0))
}

// textBufs holds storage for normalized texts (*[]byte).
var textBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledText bounds the normalized-text storage kept for reuse: larger
// documents are rare, and their buffers are left to the collector.
const maxPooledText = 4 << 20

func putTextBuf(bp *[]byte) {
	if cap(*bp) > maxPooledText {
		*bp = nil
	}
	textBufs.Put(bp)
}
