package vnextract

import (
	"context"
	"time"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
	"github.com/vnextract/vnextract/relation"
)

// Extractor runs the pipeline. Build it once with New; it is immutable and
// safe for concurrent use.
type Extractor struct {
	cfg config
	rec *entity.Recognizer
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

// Extract finds the mentions, entities and relations of one document.
// Offsets in the result point into input. Invalid UTF-8 is repaired (each bad
// byte read as U+FFFD, counted in Document.Report) rather than rejected; legacy
// 8-bit encodings are detected and decoded unless WithEncoding says otherwise.
// A cancelled ctx stops the work and returns ctx.Err().
func (e *Extractor) Extract(ctx context.Context, input []byte) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	text := input
	var align *normalize.Alignment
	var rep Report
	enc := e.cfg.encoding
	if e.cfg.autoEnc {
		enc, rep.EncodingConfidence = normalize.Detect(input)
	}
	rep.Encoding = enc.String()
	if enc != normalize.Unicode {
		dec, a, err := normalize.Decode(input, enc)
		if err != nil {
			return nil, err
		}
		text, align = dec, a
	}
	n := normalize.Normalizer{Tone: e.cfg.tone}
	out, a2, nrep, err := n.Normalize(text)
	if err != nil {
		return nil, err
	}
	rep.InvalidUTF8 = nrep.Invalid
	rep.FirstInvalid = nrep.FirstInvalid
	if align == nil {
		align = a2
	} else if a2 != nil {
		align = normalize.Compose(align, a2)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	an, err := e.rec.Recognize(ctx, string(out), entity.Options{Ref: e.cfg.ref})
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := relation.Link(an)
	doc := buildDocument(input, an, res, align, e.cfg.types)
	doc.Report = rep
	return doc, nil
}
