package vnextract

import (
	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/relation"
)

// LinkForTest links the mentions of an (offsets into input, which needs no
// normalization) and builds their Document: the relation stage alone, for
// tests that give it mentions of their own, such as hand-annotated ones.
func LinkForTest(input []byte, an *entity.Analysis) *Document {
	return buildDocument(input, an, relation.Link(an), nil, nil)
}

// WithWindowForTest returns a copy of e that reads documents longer than n
// bytes in windows of n bytes (by default, documents above 256 KB are read
// in windows of 64 KB).
func (e *Extractor) WithWindowForTest(n int) *Extractor {
	c := *e
	c.window = n
	return &c
}

// WithWorkersForTest returns a copy of e whose windows are recognized by
// n goroutines (by default as windowWorkers says).
func (e *Extractor) WithWorkersForTest(n int) *Extractor {
	c := *e
	c.workers = n
	return &c
}

// WithPiecesForTest returns a copy of e that holds the normalized text of
// a document of n bytes or more read from a file in pieces (by default,
// from 16 MB).
func (e *Extractor) WithPiecesForTest(n int) *Extractor {
	c := *e
	c.pieces = n
	return &c
}
