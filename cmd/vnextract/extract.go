package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/normalize"
)

var extractCmd = &command{
	name:     "extract",
	synopsis: "[--format json|jsonl|conll|html] [--ref-date YYYY-MM-DD] [--prefer past|future] [--lexicon FILE]... [--model MODEL] [--repair RULES] [--no-repair[=RULES]] [-j N] [--lines] [FILE...]",
	summary:  "find mentions, entities and relations; print JSON, JSONL, CoNLL or HTML",
	help: `
Extract reads each FILE (standard input when there is none, or for "-") as one
document and prints the people, titles, organizations, places and dates it
mentions, the entities they name and the position and alias relations between
them. Offsets are byte offsets into the input.

Formats:
  json   one JSON object (contract v1); several inputs give a JSON array of
         objects with a "file" field
  jsonl  one JSON object per line, each with a "file" field (and "line" with --lines)
  conll  one "token<TAB>BIO-tag" line per token, a blank line between sentences,
         "-DOCSTART-<TAB>O" before each document when there are several
  html   one self-contained page with the entities highlighted and the
         relations listed under the text

With --lines every input line is a document: the input is streamed in bounded
memory, whatever its size, and blank lines are skipped; a line larger than
--max-bytes (32 MiB by default) is refused. A file is one document whatever
its size: above 256 KB it is read in windows of 64 KB, and from 1 MiB on, in
JSON or JSONL, it is extracted straight into the output, read from the file
as the work needs it rather than held whole. With -j N, N documents are
processed at once; the output is always in input order.

A user lexicon (--lexicon, repeatable) is a UTF-8 text file with one entry per
line, TYPE<TAB>surface form[<TAB>canonical name], where TYPE is PERSON, TITLE,
ORGANIZATION (ORG) or LOCATION (LOC); blank lines and lines starting with '#'
are ignored (see entity/lexdata/README.md). Example:

  ORGANIZATION	Liên hiệp các tổ chức hữu nghị Việt Nam
  ORG	VUFO	Liên hiệp các tổ chức hữu nghị Việt Nam
  PERSON	Vyacheslav Kalganov

Invalid UTF-8 is read as U+FFFD with a warning naming the byte offset of the
first bad byte; with --strict it is an error. Legacy 8-bit encodings (TCVN3,
VNI, VISCII, ...) are detected and decoded unless --from says otherwise.`,
	run: runExtract,
}

// extractOpts are the flags of extract.
type extractOpts struct {
	format   string
	refDate  string
	prefer   string
	exFlags  extractorFlags
	jobs     int
	lines    bool
	types    string
	tone     string
	from     string
	strict   bool
	maxBytes byteSize
}

func (o *extractOpts) declare(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "json", "output `format`: json, jsonl, conll or html")
	fs.StringVar(&o.refDate, "ref-date", "", "reference `date` (YYYY-MM-DD) for year-less and relative dates (default: the document's dateline)")
	fs.StringVar(&o.prefer, "prefer", "past", "`direction` of year-less dates, bare weekdays and clock times alone from the reference date: past (nearest) or future (next)")
	o.exFlags.register(fs)
	fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "process `N` documents in parallel")
	fs.BoolVar(&o.lines, "lines", false, "treat each input line as a separate document (streams large inputs)")
	fs.StringVar(&o.types, "types", "", "only output mentions of these comma-separated `types` (PERSON,TITLE,ORGANIZATION,LOCATION,DATE,TIME)")
	fs.StringVar(&o.tone, "tone", "old", "tone-mark `style` of normalized forms: old (hòa), new (hoà) or keep")
	fs.StringVar(&o.from, "from", "auto", "input `encoding`: auto, unicode, tcvn3, vni, viscii, viqr or cp1258")
	fs.BoolVar(&o.strict, "strict", false, "fail on invalid UTF-8 instead of replacing it")
	o.maxBytes = 32 << 20
	fs.Var(&o.maxBytes, "max-bytes", "with --lines, refuse lines larger than this many `bytes` (suffixes K, M, G accepted)")
}

func runExtract(e *env, c *command, args []string) int {
	var o extractOpts
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	o.declare(fs)
	files, code, done := parseCommandLine(e, c, fs, args)
	if done {
		return code
	}
	switch o.format {
	case "json", "jsonl", "conll", "html":
	default:
		return e.usageErr("--format: unknown format %q (want json, jsonl, conll or html)", o.format)
	}
	if o.maxBytes <= 0 {
		return e.usageErr("--max-bytes: want a positive size")
	}
	if o.jobs < 1 {
		return e.usageErr("-j: want a positive number, got %d", o.jobs)
	}
	opts, code := extractorOptions(e, o.refDate, o.types, o.tone, o.from)
	if code != 0 {
		return code
	}
	prefer, err := date.ParseDirection(o.prefer)
	if err != nil {
		return e.usageErr("--prefer: want past or future, got %q", o.prefer)
	}
	opts = append(opts, vnextract.WithDatePreference(prefer))
	ex, err := o.exFlags.build(opts...)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	if len(files) == 0 {
		files = []string{"-"}
		if f, ok := e.stdin.(*os.File); ok && isTerminal(f) {
			e.errorf("reading standard input (end it with Ctrl-D; -h for help)")
		}
	}
	x := &extraction{env: e, ex: ex, opts: &o, files: files}
	return x.run()
}

// extractorOptions turns the shared flags into Options; a non-zero code
// means a usage error was printed.
func extractorOptions(e *env, refDate, types, tone, from string) ([]vnextract.Option, int) {
	var opts []vnextract.Option
	ref, err := parseRefDate(refDate)
	if err != nil {
		return nil, e.usageErr("--ref-date: %v", err)
	}
	if !ref.IsZero() {
		opts = append(opts, vnextract.WithRefDate(ref))
	}
	if types != "" {
		ts, err := parseTypes(types)
		if err != nil {
			return nil, e.usageErr("--types: %v", err)
		}
		opts = append(opts, vnextract.WithTypes(ts...))
	}
	if tone != "" {
		ts, err := normalize.ParseToneStyle(tone)
		if err != nil {
			return nil, e.usageErr("--tone: %v", err)
		}
		opts = append(opts, vnextract.WithToneStyle(ts))
	}
	if from != "" && from != "auto" {
		enc, err := normalize.ParseEncoding(from)
		if err != nil {
			return nil, e.usageErr("--from: %v", err)
		}
		opts = append(opts, vnextract.WithEncoding(enc))
	}
	return opts, 0
}

// extraction is one run of the extract command.
type extraction struct {
	*env
	ex    *vnextract.Extractor
	opts  *extractOpts
	files []string
	multi bool // more than one document in the output
}

// job is one document to process; its fields below the line are filled by a
// worker, which then closes done.
type job struct {
	idx    int    // position in the output
	name   string // for messages: the path, or <stdin>
	file   string // for the JSON "file" field: the path, or "-"
	path   string // read by the worker when data is nil
	line   int    // 1-based line number with --lines
	base   int64  // byte offset of data in its file (--lines)
	data   []byte
	srcErr error
	pos    int64 // --lines: bytes of input consumed up to the end of this line
	done   chan struct{}

	out  []byte
	err  error
	warn string
	// stream is set instead of out for a large document in JSON or JSONL:
	// the writer extracts it straight into the output (streamDoc).
	stream bool

	// sub holds the documents of a batch: with --lines, consecutive short
	// lines travel as one job so that workers are not starved by hand-offs.
	sub []*job
}

// Batch limits for --lines: a batch is sent when it holds this many lines or bytes.
const (
	batchLines = 256
	batchBytes = 256 << 10
)

func (x *extraction) run() int {
	ctx, cancel := context.WithCancel(x.ctx)
	defer cancel()
	x.multi = x.opts.lines || len(x.files) > 1
	nj := x.opts.jobs
	queue := make(chan *job, 8*nj)
	work := make(chan *job, 4*nj)

	var total int64 // progress total: files, or bytes with --lines
	if x.opts.lines {
		for _, f := range x.files {
			st, err := os.Stat(f)
			if f == "-" || err != nil || !st.Mode().IsRegular() {
				total = -1
				break
			}
			total += st.Size()
		}
	} else {
		total = int64(len(x.files))
	}
	var prog *progress
	if (x.opts.lines && total > 1<<20) || (!x.opts.lines && total > 3) {
		prog = newProgress(x.stderr, total, x.opts.lines)
	}

	go x.produce(ctx, queue, work)
	for range nj {
		go func() {
			for j := range work {
				x.process(ctx, j)
				close(j.done)
			}
		}()
	}

	status := exitOK
	w := bufio.NewWriterSize(x.stdout, 64<<10)
	f := newFormatter(x.opts.format, x.multi)
	var werr error
	write := func(b []byte) {
		if werr == nil {
			_, werr = w.Write(b)
		}
	}
	write(f.begin())
	n := 0
	for j := range queue {
		<-j.done
		items := j.sub
		if items == nil {
			items = []*job{j}
		}
		for _, it := range items {
			if it.stream && it.err == nil && werr == nil {
				prog.clear()
				var err error
				if it.err, err = x.streamDoc(ctx, w, it, f.separator(n)); err != nil {
					werr = err
				} else if it.err == nil {
					n++
				}
			}
			if it.err != nil {
				prog.clear()
				x.errorf("%v", it.err)
				status = exitFail
			} else if !it.stream {
				if it.warn != "" {
					prog.clear()
					x.errorf("%s", it.warn)
				}
				write(f.separator(n))
				write(it.out)
				n++
			}
			it.out, it.data = nil, nil
		}
		if x.opts.lines {
			prog.set(j.pos, n)
		} else {
			prog.add(1, n)
		}
		if werr != nil {
			break
		}
	}
	write(f.end())
	if werr == nil {
		werr = w.Flush()
	}
	prog.finish()
	if werr != nil {
		cancel()
		x.errorf("writing output: %v", werr)
		return exitFail
	}
	return status
}

// produce sends the jobs in input order to the queue (which the writer reads
// in order) and to the workers.
func (x *extraction) produce(ctx context.Context, queue, work chan<- *job) {
	defer close(queue)
	defer close(work)
	idx := 0
	send := func(j *job) bool {
		j.done = make(chan struct{})
		j.idx = idx
		idx++
		for _, d := range j.sub { // a batch: number its documents
			d.idx = idx - 1
			idx++
		}
		if j.sub != nil {
			idx--
		}
		select {
		case queue <- j:
		case <-ctx.Done():
			return false
		}
		if j.srcErr != nil {
			j.err = j.srcErr
			close(j.done)
			return true
		}
		select {
		case work <- j:
			return true
		case <-ctx.Done():
			j.err = ctx.Err()
			close(j.done)
			return false
		}
	}
	var pos int64
	for _, f := range x.files {
		name, file := f, f
		if f == "-" {
			name = "<stdin>"
		}
		if !x.opts.lines {
			if !send(&job{name: name, file: file, path: f}) {
				return
			}
			continue
		}
		if !x.produceLines(ctx, send, f, name, &pos) {
			return
		}
	}
}

// produceLines sends one job per non-blank line of the file f; it returns
// false when the context is done.
func (x *extraction) produceLines(ctx context.Context, send func(*job) bool, f, name string, pos *int64) bool {
	var r io.Reader
	if f == "-" {
		r = x.stdin
	} else {
		fh, err := os.Open(f)
		if err != nil {
			return send(&job{name: name, file: f, srcErr: fmt.Errorf("%s: %w", name, err)})
		}
		defer fh.Close()
		r = fh
	}
	br := bufio.NewReaderSize(r, 256<<10)
	var off int64
	max := int64(x.opts.maxBytes)
	var batch *job
	batched := 0
	flush := func() bool {
		if batch == nil {
			return true
		}
		b := batch
		batch, batched = nil, 0
		return send(b)
	}
	for lineNo := 1; ; lineNo++ {
		line, n, err := readLineMax(br, max+2) // +2: the line break
		start := off
		off += n
		*pos += n
		if err != nil && err != io.EOF {
			return flush() && send(&job{name: name, file: f, line: lineNo,
				srcErr: fmt.Errorf("%s: line %d (byte %d): %w", name, lineNo, start, err)})
		}
		if n == 0 {
			return flush()
		}
		if int64(len(line)) < n || int64(len(bytes.TrimRight(line, "\r\n"))) > max {
			if !flush() || !send(&job{name: name, file: f, line: lineNo, srcErr: fmt.Errorf(
				"%s: line %d (byte %d): line of %d bytes is larger than --max-bytes %d", name, lineNo, start, n, max)}) {
				return false
			}
			if err == io.EOF {
				return true
			}
			continue
		}
		doc := bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(doc)) > 0 {
			if batch == nil {
				batch = &job{name: name, file: f}
			}
			batch.sub = append(batch.sub, &job{name: name, file: f, line: lineNo, base: start, data: doc, pos: *pos})
			batched += len(doc)
			batch.pos = *pos
			if len(batch.sub) >= batchLines || batched >= batchBytes {
				if !flush() {
					return false
				}
			}
		}
		if err == io.EOF {
			return flush()
		}
	}
}

// readLineMax reads one line with its terminator, keeping at most max bytes
// of it (the rest is read and dropped). n is the length of the whole line.
func readLineMax(r *bufio.Reader, max int64) (line []byte, n int64, err error) {
	for {
		b, err := r.ReadSlice('\n')
		n += int64(len(b))
		if room := max - int64(len(line)); room > 0 {
			if int64(len(b)) > room {
				b = b[:room]
			}
			line = append(line, b...)
		}
		if err != bufio.ErrBufferFull {
			return line, n, err
		}
	}
}

// readLine reads one line, with its terminator, however long it is.
func readLine(r *bufio.Reader) ([]byte, error) {
	b, err := r.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return append([]byte(nil), b...), err
	}
	buf := append([]byte(nil), b...)
	for err == bufio.ErrBufferFull {
		b, err = r.ReadSlice('\n')
		buf = append(buf, b...)
	}
	return buf, err
}

// process reads (if needed), extracts and renders one document.
func (x *extraction) process(ctx context.Context, j *job) {
	if j.sub != nil {
		for _, d := range j.sub {
			x.process(ctx, d)
		}
		return
	}
	jsonOut := x.opts.format == "json" || x.opts.format == "jsonl"
	if j.data == nil {
		if st, err := os.Stat(j.path); jsonOut && j.path != "-" && err == nil && st.Mode().IsRegular() && st.Size() >= streamBytes {
			// Read by the writer as it extracts (streamDoc).
			j.stream = true
			return
		}
		data, err := x.readDoc(j.path)
		if err != nil {
			j.err = fmt.Errorf("%s: %w", j.name, err)
			return
		}
		j.data = data
	}
	where := j.where()
	if len(j.data) >= streamBytes && jsonOut {
		// Extracted by the writer, straight into the output (streamDoc).
		j.stream = true
		return
	}
	doc, err := x.ex.Extract(ctx, j.data)
	if err != nil {
		j.err = fmt.Errorf("%s: %w", where, err)
		return
	}
	if j.warn, j.err = x.checkReport(j, where, doc.Report); j.err != nil {
		return
	}
	j.out = x.render(j, doc)
	j.data = nil
}

// where names a job's document in messages.
func (j *job) where() string {
	if j.line > 0 {
		return fmt.Sprintf("%s: line %d", j.name, j.line)
	}
	return j.name
}

// checkReport returns the warning to print for a document whose Report is
// rep, or, with --strict, the error that refuses it.
func (x *extraction) checkReport(j *job, where string, rep vnextract.Report) (warn string, err error) {
	if rep.InvalidUTF8 == 0 {
		return "", nil
	}
	at := int64(rep.FirstInvalid) + j.base
	if x.opts.strict {
		return "", fmt.Errorf("%s: invalid UTF-8 at byte %d", where, at)
	}
	return fmt.Sprintf("%s: warning: %d invalid UTF-8 sequence(s) read as U+FFFD, the first at byte %d", where, rep.InvalidUTF8, at), nil
}

// streamBytes is the input size from which a document in JSON or JSONL
// is extracted straight into the output (vnextract.ExtractJSON) rather
// than into a Document rendered first: the Document costs about a hundred
// bytes per mention, and its JSON a few times the input.
const streamBytes = 1 << 20

// streamDoc extracts j.data, or the file j.path when it is nil (read as
// the extraction needs it, never held whole), and writes its JSON to w as
// render would have made it, after before (the separator from the
// document before), once its report is checked. It returns the error of
// the extraction (nothing written) or of w.
func (x *extraction) streamDoc(ctx context.Context, w io.Writer, j *job, before []byte) (extractErr, writeErr error) {
	data := j.data
	j.data = nil
	started := false
	out := w
	check := func(rep vnextract.Report) error {
		warn, err := x.checkReport(j, j.where(), rep)
		if err != nil {
			return err
		}
		if warn != "" {
			x.errorf("%s", warn)
		}
		started = true
		if _, err := w.Write(before); err != nil {
			return err
		}
		prefix := ""
		if x.opts.format == "json" && x.multi {
			prefix = "  "
			if _, err := io.WriteString(w, prefix); err != nil {
				return err
			}
		}
		if x.opts.format == "json" {
			out = newIndentWriter(w, prefix, "  ")
		}
		if withFile := x.opts.format == "jsonl" || x.multi; withFile {
			head := docJSON(&vnextract.Document{}, j.file, j.line, true)
			// head is {"file":...,"mentions":null,...}: its fields up to
			// the document's own, then the document's JSON without its
			// brace.
			head = head[:bytes.Index(head, []byte(`"mentions":`))]
			if _, err := out.Write(head); err != nil {
				return err
			}
			out = &skipFirst{w: out}
		}
		return nil
	}
	// out is read when the extraction writes, after check has set it.
	write := writerFunc(func(p []byte) (int, error) { return out.Write(p) })
	var err error
	if data != nil {
		err = x.ex.ExtractJSON(ctx, data, write, check)
	} else {
		err = x.extractFile(ctx, j.path, write, check)
	}
	if err != nil {
		if started { // the output is cut short: w failed, or the file
			return nil, fmt.Errorf("%s: %w", j.where(), err)
		}
		return fmt.Errorf("%s: %w", j.where(), err), nil
	}
	if x.opts.format == "jsonl" || !x.multi {
		_, err = w.Write([]byte{'\n'})
	}
	return nil, err
}

// bigFile is the least size of a file extracted under a memory limit
// (see bigFileLimit): below it the peak is small anyway.
const bigFile = 16 << 20

// extractFile is ExtractJSONFrom of the file path.
func (x *extraction) extractFile(ctx context.Context, path string, w io.Writer, check func(vnextract.Report) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.Size() >= bigFile {
		defer bigFileLimits.leave(bigFileLimits.enter(st.Size()))
	}
	return x.ex.ExtractJSONFrom(ctx, f, st.Size(), w, check)
}

// writerFunc is an io.Writer made of a function.
type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// skipFirst writes to w all but the first byte written to it.
type skipFirst struct {
	w       io.Writer
	skipped bool
}

func (s *skipFirst) Write(p []byte) (int, error) {
	if !s.skipped && len(p) > 0 {
		s.skipped = true
		n, err := s.w.Write(p[1:])
		return n + 1, err
	}
	return s.w.Write(p)
}

// readDoc reads a whole file ("-": standard input), whatever its size: a
// long document is extracted window by window (see vnextract.Extract).
func (x *extraction) readDoc(path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(x.stdin)
	}
	return os.ReadFile(path) // sized from the file's length: read in one piece
}

// render formats one document.
func (x *extraction) render(j *job, doc *vnextract.Document) []byte {
	switch x.opts.format {
	case "jsonl":
		b := docJSON(doc, j.file, j.line, true)
		return append(b, '\n')
	case "json":
		b := docJSON(doc, j.file, j.line, x.multi)
		var buf bytes.Buffer
		prefix := ""
		if x.multi {
			prefix = "  "
			buf.WriteString(prefix)
		}
		if err := json.Indent(&buf, b, prefix, "  "); err != nil {
			return b
		}
		if !x.multi {
			buf.WriteByte('\n')
		}
		return buf.Bytes()
	case "conll":
		var buf bytes.Buffer
		if x.multi {
			buf.WriteString("-DOCSTART-\tO\n\n")
		}
		writeCoNLL(&buf, j.data, doc)
		return buf.Bytes()
	case "html":
		var buf bytes.Buffer
		title := j.file
		if j.line > 0 {
			title += ":" + strconv.Itoa(j.line)
		}
		writeHTMLDoc(&buf, "d"+strconv.Itoa(j.idx+1), title, j.data, doc)
		return buf.Bytes()
	}
	return nil
}

// docJSON marshals doc compactly, with "file" (and "line" when > 0) fields
// first when withFile is set.
func docJSON(doc *vnextract.Document, file string, line int, withFile bool) []byte {
	if !withFile {
		return doc.AppendJSON(nil)
	}
	return doc.AppendJSONFile(make([]byte, 0, 64+len(file)+128*len(doc.Mentions)), file, line)
}

// formatter writes what goes around and between rendered documents.
type formatter struct {
	format string
	multi  bool
}

func newFormatter(format string, multi bool) *formatter {
	return &formatter{format: format, multi: multi}
}

func (f *formatter) begin() []byte {
	switch {
	case f.format == "json" && f.multi:
		return []byte("[\n")
	case f.format == "html":
		return htmlHeader()
	}
	return nil
}

func (f *formatter) separator(n int) []byte {
	if f.format == "json" && f.multi && n > 0 {
		return []byte(",\n")
	}
	return nil
}

func (f *formatter) end() []byte {
	switch {
	case f.format == "json" && f.multi:
		return []byte("\n]\n")
	case f.format == "html":
		return htmlFooter()
	}
	return nil
}
