package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/aggregate"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(textDoc), error](&readFn{})
	register.Emitter1[textDoc]()
	register.DoFn3x1[context.Context, textDoc, func(string), error](&extractFn{})
	register.Emitter1[string]()
	register.Combiner3[*aggregate.Table, string, string](&tableFn{})
	// The table travels between workers (partial combines) in the
	// library's own encoding.
	beam.RegisterCoder(reflect.TypeOf((*aggregate.Table)(nil)), encodeTable, decodeTable)
}

// textDoc is one document to extract: its text and where it comes from.
type textDoc struct {
	File string
	Line int // 0 when the document is a whole file
	Text string
}

// readDocuments reads the documents of the input files.
func readDocuments(s beam.Scope, c config) beam.PCollection {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.Input))
	return beam.ParDo(s, &readFn{Format: c.InputFormat, TextField: c.TextField, MaxBytes: c.MaxBytes}, files)
}

// readFn emits the documents of one file.
type readFn struct {
	Format    string // text, lines or jsonl
	TextField string
	MaxBytes  int
}

var (
	tooLarge = beam.NewCounter("vnextract", "skipped_too_large")
	badJSONL = beam.NewCounter("vnextract", "skipped_bad_jsonl")
)

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(textDoc)) error {
	name := file.Metadata.Path
	if f.Format == "text" {
		if file.Metadata.Size > int64(f.MaxBytes) {
			tooLarge.Inc(ctx, 1)
			log.Warnf(ctx, "%s: file of %d bytes is larger than --max-bytes %d: skipped", name, file.Metadata.Size, f.MaxBytes)
			return nil
		}
		data, err := file.Read(ctx)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		emit(textDoc{File: name, Text: string(data)})
		return nil
	}
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 256<<10)
	for lineNo := 1; ; lineNo++ {
		raw, n, err := readLine(br, f.MaxBytes)
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: line %d: %w", name, lineNo, err)
		}
		if n == 0 {
			return nil
		}
		line := bytes.TrimRight(raw, "\r\n")
		switch {
		case n > len(raw) || len(line) > f.MaxBytes:
			tooLarge.Inc(ctx, 1)
			log.Warnf(ctx, "%s: line %d of %d bytes is larger than --max-bytes %d: skipped", name, lineNo, n, f.MaxBytes)
		case len(bytes.TrimSpace(line)) == 0:
		case f.Format == "lines":
			emit(textDoc{File: name, Line: lineNo, Text: string(line)})
		default:
			text, err := jsonText(line, f.TextField)
			if err != nil {
				badJSONL.Inc(ctx, 1)
				log.Warnf(ctx, "%s: line %d: %v: skipped", name, lineNo, err)
				break
			}
			emit(textDoc{File: name, Line: lineNo, Text: text})
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line with its terminator, keeping at most max+2 bytes
// of it; n is the length of the whole line.
func readLine(r *bufio.Reader, max int) (line []byte, n int, err error) {
	for {
		b, err := r.ReadSlice('\n')
		n += len(b)
		if room := max + 2 - len(line); room > 0 {
			line = append(line, b[:min(len(b), room)]...)
		}
		if err != bufio.ErrBufferFull {
			return line, n, err
		}
	}
}

// jsonText returns the string field of a JSON object.
func jsonText(line []byte, field string) (string, error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return "", fmt.Errorf("not a JSON object: %w", err)
	}
	raw, ok := rec[field]
	if !ok {
		return "", fmt.Errorf("no %q field", field)
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil {
		return "", fmt.Errorf("field %q is not a string", field)
	}
	return text, nil
}

// extractFn extracts one document and emits its JSONL line.
type extractFn struct {
	RefDate string
	ex      *vnextract.Extractor
}

// Setup takes the worker's Extractor: built once per worker process and
// shared by its DoFn instances (an Extractor is safe for concurrent use).
func (f *extractFn) Setup() error {
	ex, err := newExtractor(f.RefDate)
	f.ex = ex
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, d textDoc, emit func(string)) error {
	doc, err := f.ex.Extract(ctx, []byte(d.Text))
	if err != nil {
		where := d.File
		if d.Line > 0 {
			where += ":" + strconv.Itoa(d.Line)
		}
		return fmt.Errorf("%s: %w", where, err)
	}
	emit(string(docJSON(doc, d.File, d.Line)))
	return nil
}

// extractors holds the worker process's Extractors, by reference date.
var extractors struct {
	sync.Mutex
	m map[string]*vnextract.Extractor
}

func newExtractor(refDate string) (*vnextract.Extractor, error) {
	extractors.Lock()
	defer extractors.Unlock()
	if ex := extractors.m[refDate]; ex != nil {
		return ex, nil
	}
	var opts []vnextract.Option
	if refDate != "" {
		t, err := time.Parse("2006-01-02", refDate)
		if err != nil {
			return nil, fmt.Errorf("want YYYY-MM-DD, got %q", refDate)
		}
		opts = append(opts, vnextract.WithRefDate(t))
	}
	ex, err := vnextract.New(opts...)
	if err != nil {
		return nil, err
	}
	if extractors.m == nil {
		extractors.m = make(map[string]*vnextract.Extractor)
	}
	extractors.m[refDate] = ex
	return ex, nil
}

// docJSON is the line `vnextract extract --format jsonl` prints for doc:
// "file" (and "line" when > 0) first, then the document's fields.
func docJSON(doc *vnextract.Document, file string, line int) []byte {
	return doc.AppendJSONFile(nil, file, line)
}

// tableFn merges the extracted documents into the positions table with the
// aggregate package: partial tables on each worker, merged, then rendered.
type tableFn struct {
	Format string
}

func (f *tableFn) CreateAccumulator() *aggregate.Table { return aggregate.New() }

func (f *tableFn) AddInput(t *aggregate.Table, doc string) (*aggregate.Table, error) {
	if err := t.AddJSON([]byte(doc), ""); err != nil {
		return nil, err
	}
	return t, nil
}

func (f *tableFn) MergeAccumulators(a, b *aggregate.Table) *aggregate.Table {
	a.Merge(b)
	return a
}

// ExtractOutput renders the table as one element (textio.Write adds the
// final line break).
func (f *tableFn) ExtractOutput(t *aggregate.Table) (string, error) {
	format, err := aggregate.ParseFormat(f.Format)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := aggregate.Write(&b, t.Rows(), format); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

func encodeTable(t *aggregate.Table) ([]byte, error) { return t.MarshalBinary() }

func decodeTable(b []byte) (*aggregate.Table, error) {
	t := aggregate.New()
	return t, t.UnmarshalBinary(b)
}

// writeText writes the strings of col to one file, one per line.
func writeText(s beam.Scope, filename string, col beam.PCollection) {
	textio.Write(s, filename, col)
}
