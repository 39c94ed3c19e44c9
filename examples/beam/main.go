// Command beam runs vnextract over a corpus with Apache Beam: it reads text
// files or JSONL from a glob (local or on any Beam filesystem: gs://, s3://,
// ...), extracts each document on the workers, and writes the documents as
// JSONL (the lines of `vnextract extract --format jsonl`) and the positions
// table of `vnextract aggregate`, merged by the same code (package
// github.com/vnextract/vnextract/aggregate).
//
// Locally, on Beam's Go direct runner (prism, in process):
//
//	go run . --input '../../testdata/seeds/*.txt' --output out
//
// writes out/documents.jsonl and out/positions.tsv. See the README's
// "Scaling out" section for Dataflow, Flink and Spark.
//
// Input formats (--input-format):
//
//	text   each file is one document (the default, unless the glob ends in .jsonl)
//	lines  each non-blank line of each file is one document
//	jsonl  each line is a JSON object whose --text-field (default "text") holds a document
//
// The documents' "file" field is the file's path and, for lines and jsonl,
// "line" its line number, so the table's example column points into the input.
// A document larger than --max-bytes is skipped and counted (counter
// "skipped_too_large"); a JSONL line without the text field is skipped and
// counted ("skipped_bad_jsonl").
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/vnextract/vnextract/aggregate"
)

func main() {
	var cfg config
	cfg.declare(flag.CommandLine)
	flag.Parse()
	beam.Init()
	if err := cfg.check(); err != nil {
		log.Fatalf("beam: %v", err)
	}
	p := beam.NewPipeline()
	buildPipeline(p.Root(), cfg)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: pipeline failed: %v", err)
	}
}

// config is the pipeline's flags.
type config struct {
	Input, Output string
	InputFormat   string
	TextField     string
	RefDate       string
	Format        string
	MaxBytes      int
	documentsFile string
	positionsFile string
}

func (c *config) declare(fs *flag.FlagSet) {
	fs.StringVar(&c.Input, "input", "", "`glob` of the input files (local path or any Beam filesystem URL)")
	fs.StringVar(&c.Output, "output", "", "output `directory`: documents.jsonl and positions.tsv (or .csv, .jsonl) are written there")
	fs.StringVar(&c.InputFormat, "input-format", "", "`format` of the input: text (a file is a document), lines (a line is a document) or jsonl (default: jsonl for *.jsonl, else text)")
	fs.StringVar(&c.TextField, "text-field", "text", "with --input-format jsonl, the `field` that holds the document's text")
	fs.StringVar(&c.RefDate, "ref-date", "", "reference `date` (YYYY-MM-DD) for year-less and relative dates (default: each document's dateline)")
	fs.StringVar(&c.Format, "format", "tsv", "`format` of the positions table: tsv, csv or jsonl")
	fs.IntVar(&c.MaxBytes, "max-bytes", 32<<20, "skip documents larger than this many `bytes`")
}

// check validates the flags and fills in the derived fields.
func (c *config) check() error {
	if c.Input == "" || c.Output == "" {
		return fmt.Errorf("--input and --output are required")
	}
	if c.InputFormat == "" {
		c.InputFormat = "text"
		if strings.HasSuffix(c.Input, ".jsonl") {
			c.InputFormat = "jsonl"
		}
	}
	switch c.InputFormat {
	case "text", "lines", "jsonl":
	default:
		return fmt.Errorf("--input-format: want text, lines or jsonl, got %q", c.InputFormat)
	}
	if _, err := aggregate.ParseFormat(c.Format); err != nil {
		return fmt.Errorf("--format: %v", err)
	}
	if _, err := newExtractor(c.RefDate); err != nil {
		return fmt.Errorf("--ref-date: %v", err)
	}
	if c.MaxBytes <= 0 {
		return fmt.Errorf("--max-bytes: want a positive size")
	}
	out := strings.TrimSuffix(c.Output, "/")
	c.documentsFile = join(out, "documents.jsonl")
	c.positionsFile = join(out, "positions."+c.Format)
	return nil
}

// join joins a directory and a file name, keeping a URL's scheme intact
// (path.Join would turn "gs://b" into "gs:/b").
func join(dir, name string) string {
	if i := strings.Index(dir, "://"); i >= 0 {
		return dir + "/" + name
	}
	return path.Join(dir, name)
}

// buildPipeline adds the pipeline to scope s: read, extract, write the
// documents, aggregate and write the table.
func buildPipeline(s beam.Scope, c config) {
	docs := readDocuments(s.Scope("read"), c)
	// Spread the documents over the workers: a file's lines are read by one
	// worker, but extraction is what costs.
	docs = beam.Reshuffle(s, docs)
	extracted := beam.ParDo(s.Scope("extract"), &extractFn{RefDate: c.RefDate}, docs)
	writeText(s.Scope("write_documents"), c.documentsFile, extracted)
	table := beam.Combine(s.Scope("aggregate"), &tableFn{Format: c.Format}, extracted)
	writeText(s.Scope("write_positions"), c.positionsFile, table)
}
