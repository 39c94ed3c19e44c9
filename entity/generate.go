package entity

// The gen_*.tsv lexicons of lexdata are written from ../shared/data (see
// lexdata/README.md); the generated files are committed.
//go:generate go run ../internal/lexgen
