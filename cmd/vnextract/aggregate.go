package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/vnextract/vnextract/aggregate"
)

var aggregateCmd = &command{
	name:     "aggregate",
	synopsis: "[--format tsv|csv|jsonl] [--max-bytes N] [FILE...]",
	summary:  "merge 'extract --format jsonl' output into one table of positions across documents",
	help: `
Aggregate reads the output of 'vnextract extract --format jsonl' (each FILE, or
standard input when there is none or for "-"), one document per line, and
prints the positions table: one row per distinct fact (person, title,
organization, former) across all the documents, with the first and last dates
it was seen, the number of documents and of occurrences, and an example
("FILE[:LINE]@START-END": the document and the byte span of the evidence).

  vnextract extract --format jsonl -j 4 archive/*.txt | vnextract aggregate --format tsv

People and organizations are merged across documents by their names, compared
without regard to case, tone-mark style or spacing; a name written without any
diacritics joins the one accented name it folds to; an acronym that documents
tie to one full name ("VUFO") stands for it everywhere (see 'go doc
github.com/vnextract/vnextract/aggregate'). Dates are the positions' own dates,
or else the documents' reference dates.

Documents are read as a stream and not kept: memory grows with the number of
distinct facts, not of documents. Rows are ordered by person, organization,
title and former. A line that is not a document is reported with its file and
line number and skipped (the exit status is then 1); blank lines are skipped.

Formats: tsv and csv (a header row first), jsonl (one object per row).`,
	run: runAggregate,
}

func runAggregate(e *env, c *command, args []string) int {
	fs := flag.NewFlagSet("aggregate", flag.ContinueOnError)
	format := fs.String("format", "tsv", "output `format`: tsv, csv or jsonl")
	maxBytes := byteSize(256 << 20)
	fs.Var(&maxBytes, "max-bytes", "refuse input lines (documents) longer than this many `bytes` (suffixes K, M, G accepted)")
	files, code, done := parseCommandLine(e, c, fs, args)
	if done {
		return code
	}
	f, err := aggregate.ParseFormat(*format)
	if err != nil {
		return e.usageErr("--format: %v", err)
	}
	if maxBytes <= 0 {
		return e.usageErr("--max-bytes: want a positive size")
	}
	if len(files) == 0 {
		files = []string{"-"}
		if f, ok := e.stdin.(*os.File); ok && isTerminal(f) {
			e.errorf("reading standard input (end it with Ctrl-D; -h for help)")
		}
	}
	t := aggregate.New()
	status := exitOK
	for _, name := range files {
		if err := e.aggregateFile(t, name, int64(maxBytes)); err != nil {
			e.errorf("%v", err)
			status = exitFail
		}
		if err := e.ctx.Err(); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	err = aggregate.Write(w, t.Rows(), f)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		e.errorf("writing output: %v", err)
		return exitFail
	}
	return status
}

// aggregateFile adds the documents of one JSONL file ("-": standard input)
// to t. Bad lines are reported and skipped; the error returned says how many
// there were, or why the file could not be read.
func (e *env) aggregateFile(t *aggregate.Table, path string, max int64) error {
	name := path
	var r io.Reader = e.stdin
	if path == "-" {
		name = "<stdin>"
	} else {
		fh, err := os.Open(path)
		if err != nil {
			return err
		}
		defer fh.Close()
		r = fh
	}
	br := bufio.NewReaderSize(r, 256<<10)
	bad := 0
	for lineNo := 1; ; lineNo++ {
		if lineNo%1024 == 0 && e.ctx.Err() != nil {
			return nil // the caller reports the cancellation
		}
		line, n, err := readLineMax(br, max+2) // +2: the line break
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: line %d: %w", name, lineNo, err)
		}
		if n == 0 {
			break
		}
		doc := bytes.TrimSpace(line)
		switch {
		case int64(len(line)) < n:
			e.errorf("%s: line %d: line of %d bytes is larger than --max-bytes %d", name, lineNo, n, max)
			bad++
		case len(doc) == 0:
		case doc[0] == '[':
			return fmt.Errorf("%s: line %d: a JSON array; aggregate reads one document per line (extract --format jsonl)", name, lineNo)
		default:
			if aerr := t.AddJSON(doc, name+":"+strconv.Itoa(lineNo)); aerr != nil {
				e.errorf("%s: line %d: %v", name, lineNo, aerr)
				bad++
			}
		}
		if err == io.EOF {
			break
		}
	}
	if bad > 0 {
		return fmt.Errorf("%s: %d line(s) skipped", name, bad)
	}
	return nil
}
