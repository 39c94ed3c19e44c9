package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/vnextract/vnextract/aggregate"
)

var aggregateCmd = &command{
	name:     "aggregate",
	synopsis: "[--format tsv|csv|jsonl] [-j N] [--max-bytes N] [FILE...]",
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
distinct facts, not of documents. With -j N, N lines are decoded at once (the
table does not depend on the order). Rows are ordered by person, organization,
title and former. A line that is not a document is reported with its file and
line number and skipped (the exit status is then 1); blank lines are skipped.

Formats: tsv and csv (a header row first), jsonl (one object per row).`,
	run: runAggregate,
}

func runAggregate(e *env, c *command, args []string) int {
	fs := flag.NewFlagSet("aggregate", flag.ContinueOnError)
	format := fs.String("format", "tsv", "output `format`: tsv, csv or jsonl")
	maxBytes := byteSize(256 << 20)
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "decode `N` documents in parallel")
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
	if *jobs < 1 {
		return e.usageErr("-j: want a positive number, got %d", *jobs)
	}
	if len(files) == 0 {
		files = []string{"-"}
		if f, ok := e.stdin.(*os.File); ok && isTerminal(f) {
			e.errorf("reading standard input (end it with Ctrl-D; -h for help)")
		}
	}
	t := aggregate.New()
	a := &aggregation{env: e, t: t, work: make(chan aggLine, 4**jobs)}
	var wg sync.WaitGroup
	for range *jobs {
		wg.Go(a.worker)
	}
	status := exitOK
	for _, name := range files {
		if err := a.file(name, int64(maxBytes)); err != nil {
			e.errorf("%v", err)
			status = exitFail
		}
		if err := e.ctx.Err(); err != nil {
			break
		}
	}
	close(a.work)
	wg.Wait()
	if err := e.ctx.Err(); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	if n := a.bad.Load(); n > 0 {
		e.errorf("%d line(s) skipped", n)
		status = exitFail
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

// aggregation is one run of the aggregate command: a reader sends the lines
// to workers that decode them into the table.
type aggregation struct {
	*env
	t    *aggregate.Table
	work chan aggLine
	bad  atomic.Int64 // lines skipped
}

// aggLine is one input line to decode.
type aggLine struct {
	name string // of the file, for messages
	no   int    // line number
	data []byte
}

func (a *aggregation) worker() {
	for l := range a.work {
		if err := a.t.AddJSON(l.data, l.name+":"+strconv.Itoa(l.no)); err != nil {
			a.errorf("%s: line %d: %v", l.name, l.no, err)
			a.bad.Add(1)
		}
	}
}

// file sends the documents of one JSONL file ("-": standard input) to the
// workers. Lines that are too long are reported and skipped; the error
// returned says why the file could not be read.
func (a *aggregation) file(path string, max int64) error {
	name := path
	var r io.Reader = a.stdin
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
	for lineNo := 1; ; lineNo++ {
		line, n, err := readLineMax(br, max+2) // +2: the line break
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s: line %d: %w", name, lineNo, err)
		}
		if n == 0 {
			return nil
		}
		doc := bytes.TrimSpace(line)
		switch {
		case int64(len(line)) < n:
			a.errorf("%s: line %d: line of %d bytes is larger than --max-bytes %d", name, lineNo, n, max)
			a.bad.Add(1)
		case len(doc) == 0:
		case doc[0] == '[':
			return fmt.Errorf("%s: line %d: a JSON array; aggregate reads one document per line (extract --format jsonl)", name, lineNo)
		default:
			select {
			case a.work <- aggLine{name, lineNo, doc}:
			case <-a.ctx.Done():
				return nil // the caller reports the cancellation
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}
