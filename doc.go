// Package vnextract reads Vietnamese text and finds who holds which position in
// which organization, and when.
//
// One call runs the whole pipeline:
//
//	input bytes -> normalize -> entity -> relation -> Document
//
// normalize decodes legacy encodings, composes NFC, places tone marks in one
// style and unifies dashes, quotes and spaces, keeping a map back to the input;
// entity finds PERSON, TITLE, ORGANIZATION, LOCATION, DATE and TIME mentions;
// relation clusters mentions into entities and links them into position and
// alias relations. Every offset in the returned Document points into the
// caller's input: input[m.Start:m.End] == m.Text for every mention, whatever
// the normalizer repaired.
//
// An Extractor is built once with New (the embedded lexicons are compiled then)
// and is safe for concurrent use by many goroutines:
//
//	ex, err := vnextract.New()
//	if err != nil { ... }
//	doc, err := ex.Extract(ctx, []byte("Chủ tịch nước Lương Cường tiếp Đại sứ ..."))
//	for _, p := range doc.Positions() { ... }
//
// A Document marshals to the JSON contract v1 (docs/DESIGN.md §2) with encoding/json.
// For a document too large to hold as a Document (a book, a dump), ExtractJSON
// writes the same JSON straight from the analysis, and ExtractJSONFrom reads the
// input from an io.ReaderAt (a file) as it goes, never holding it whole.
package vnextract
