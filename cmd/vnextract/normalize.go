package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

var normalizeCmd = &command{
	name:     "normalize",
	synopsis: "[--tone old|new|keep] [--from auto|unicode|tcvn3|vni|viscii|viqr|cp1258] [--repair RULES] [--no-repair[=RULES]] [--explain] [--fold] [--strict] [FILE...]",
	summary:  "decode legacy encodings, place tone marks in one style, unify dashes, quotes and spaces",
	help: `
Normalize copies FILE (standard input when there is none, or for "-") to
standard output in normalized Vietnamese: legacy encodings decoded to Unicode,
NFC, tone marks placed in one style and repaired where typed on the wrong
vowel, one kind of dash, quote and space. It writes one output line per input
line, keeping line breaks, and streams: memory use is bounded by the longest
line, not by the size of the input.

--from tcvn3, vni or viscii accepts the raw 8-bit bytes and also text whose
bytes were already read as Windows-1252 (the usual "Xin chµo" mojibake).
--from auto (the default) detects the encoding from the start of the input
and leaves correct Unicode Vietnamese untouched; a line that is not valid
UTF-8 in a Unicode input is detected on its own.

Typing mistakes are repaired in words that, repaired, are one Vietnamese
syllable (valid words, plain-ASCII words, names and codes stay as written):
  double-tone  the same tone typed on two vowels: "bàì" -> "bài"
  horn         the missing horn of ươ: "nguời", "đuợc" -> "người", "được"
  spelling     ngh/gh only before i, e, ê; k before i, e, ê, y; c before
               the others; qu for c + u + â, ê, y: "nghạc" -> "ngạc",
               "kủa" -> "của" (capitalized k/c words are left alone)
  viqr         in VIQR, a final "?" or "." after a vowel read as a tone in
               a one-word input, a text using the RFC 1456 escapes \? and \.
               or before other punctuation: "thu+?" -> "thử"
--repair RULES applies only the rules listed (comma-separated, or all or
none); --no-repair skips them all, --no-repair=RULES those listed.

--explain prints, instead of the text, each change with its byte offset in
the input: FILE:OFFSET: "old" -> "new" (rule), and a last line per file
with the number of changes and the repairs by rule.

--fold removes every diacritic ("Chủ tịch Đà Nẵng" -> "Chu tich Da Nang"), the
form used to match text typed without diacritics.

Invalid UTF-8 is written as U+FFFD with a warning naming the byte offset of
the first bad byte; with --strict it stops with an error.`,
	run: runNormalize,
}

// normOpts are the settings of a normalization.
type normOpts struct {
	tone    normalize.ToneStyle
	enc     normalize.Encoding
	auto    bool
	fold    bool
	strict  bool
	skip    normalize.Repairs // repair rules not applied
	explain bool
}

// noRepairFlag is --no-repair: alone it skips every rule, with =RULES the
// rules listed.
type noRepairFlag struct{ r *normalize.Repairs }

func (f noRepairFlag) String() string {
	if f.r == nil || *f.r == 0 {
		return ""
	}
	return f.r.String()
}

func (f noRepairFlag) Set(s string) error {
	switch s {
	case "true":
		*f.r = normalize.AllRepairs
		return nil
	case "false":
		*f.r = 0
		return nil
	}
	r, err := normalize.ParseRepairs(s)
	*f.r = r
	return err
}

// IsBoolFlag lets --no-repair stand without a value.
func (f noRepairFlag) IsBoolFlag() bool { return true }

// repairListFlag is --repair: the rules listed, or all or none.
type repairListFlag struct{ r *normalize.Repairs }

func (f repairListFlag) String() string {
	if f.r == nil {
		return ""
	}
	return f.r.String()
}

func (f repairListFlag) Set(s string) error {
	r, err := normalize.ParseRepairs(s)
	*f.r = r
	return err
}

// repairFlags are --repair RULES and --no-repair[=RULES], shared by
// normalize and the commands that build an extractor.
type repairFlags struct {
	only normalize.Repairs // --repair
	skip normalize.Repairs // --no-repair
}

// register declares the flags on fs.
func (f *repairFlags) register(fs *flag.FlagSet) {
	f.only = normalize.AllRepairs
	fs.Var(repairListFlag{&f.only}, "repair", "repair `RULES` to apply to mistyped words: comma-separated double-tone, horn, spelling, viqr; all or none")
	fs.Var(noRepairFlag{&f.skip}, "no-repair", "skip every repair rule, or with =`RULES` those listed")
}

// rules returns the repair rules the flags leave on.
func (f *repairFlags) rules() normalize.Repairs { return f.only &^ f.skip }

func runNormalize(e *env, c *command, args []string) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	tone := fs.String("tone", "old", "tone-mark `style`: old (hòa, thủy), new (hoà, thuỷ) or keep")
	from := fs.String("from", "auto", "input `encoding`: auto, unicode, tcvn3, vni, viscii, viqr or cp1258")
	fold := fs.Bool("fold", false, "remove every diacritic from the output (đ -> d)")
	strict := fs.Bool("strict", false, "fail on invalid UTF-8 instead of replacing it")
	var repair repairFlags
	repair.register(fs)
	explain := fs.Bool("explain", false, "print each change with its byte offset instead of the text")
	files, code, done := parseCommandLine(e, c, fs, args)
	if done {
		return code
	}
	o, err := parseNormOpts(*tone, *from)
	if err != nil {
		return e.usageErr("%v", err)
	}
	o.fold, o.strict, o.explain = *fold, *strict, *explain
	o.skip = normalize.AllRepairs &^ repair.rules()
	if len(files) == 0 {
		files = []string{"-"}
		if f, ok := e.stdin.(*os.File); ok && isTerminal(f) {
			e.errorf("reading standard input (end it with Ctrl-D; -h for help)")
		}
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	status := exitOK
	for _, f := range files {
		var r io.Reader = e.stdin
		name := "<stdin>"
		if f != "-" {
			fh, err := os.Open(f)
			if err != nil {
				e.errorf("%s: %v", f, err)
				status = exitFail
				continue
			}
			r, name = fh, f
			err = normalizeStream(e, w, r, name, o)
			fh.Close()
			if err != nil {
				status = exitFail
			}
		} else if normalizeStream(e, w, r, name, o) != nil {
			status = exitFail
		}
	}
	if err := w.Flush(); err != nil {
		e.errorf("writing output: %v", err)
		return exitFail
	}
	return status
}

func parseNormOpts(tone, from string) (normOpts, error) {
	var o normOpts
	if tone == "" {
		tone = "old"
	}
	t, err := normalize.ParseToneStyle(tone)
	if err != nil {
		return o, fmt.Errorf("--tone: %v", err)
	}
	o.tone = t
	if from == "" {
		from = "auto"
	}
	enc, err := normalize.ParseEncoding(from)
	if err != nil {
		return o, fmt.Errorf("--from: %v", err)
	}
	o.enc, o.auto = enc, enc == normalize.Auto
	return o, nil
}

// errReported is returned when the error has been printed already.
var errReported = fmt.Errorf("reported")

// normalizeStream normalizes r line by line onto w. Errors are printed
// (naming the file and byte offset) and errReported is returned.
func normalizeStream(e *env, w *bufio.Writer, r io.Reader, name string, o normOpts) error {
	br := bufio.NewReaderSize(r, 64<<10)
	enc := o.enc
	if o.auto {
		head, _ := br.Peek(64 << 10)
		enc, _ = normalize.Detect(head)
	}
	n := normalize.Normalizer{Tone: o.tone, Fold: o.fold, NoRepair: o.skip}
	var off int64
	invalid, firstInvalid := 0, int64(-1)
	nChanges := 0
	var repaired normalize.RepairCounts
	for lineNo := 1; ; lineNo++ {
		line, err := readLine(br)
		start := off
		off += int64(len(line))
		if err != nil && err != io.EOF {
			e.errorf("%s: line %d (byte %d): %v", name, lineNo, start, err)
			return errReported
		}
		if len(line) == 0 {
			break
		}
		body, term := splitTerminator(line)
		out, changes, rep, err := normalizeLine(n, body, enc, o.auto, o.explain)
		nInvalid, first := rep.Invalid, rep.FirstInvalid
		if err != nil {
			e.errorf("%s: line %d (byte %d): %v", name, lineNo, start, err)
			return errReported
		}
		if nInvalid > 0 {
			if o.strict {
				e.errorf("%s: line %d: invalid UTF-8 at byte %d", name, lineNo, start+int64(first))
				return errReported
			}
			if firstInvalid < 0 {
				firstInvalid = start + int64(first)
			}
			invalid += nInvalid
		}
		if o.explain {
			for _, c := range changes {
				fmt.Fprintf(w, "%s:%d: %q -> %q (%s)\n", name, start+int64(c.Start), c.Old, c.New, c.Rule)
			}
			nChanges += len(changes)
			for k, c := range rep.Repaired {
				repaired[k] += c
			}
		} else {
			w.Write(out)
			w.Write(term)
		}
		if err == io.EOF {
			break
		}
	}
	if o.explain {
		fmt.Fprintf(w, "%s: %d change(s)", name, nChanges)
		if s := repaired.String(); s != "" {
			fmt.Fprintf(w, "; repaired: %s", s)
		}
		fmt.Fprintln(w)
	}
	if invalid > 0 {
		e.errorf("%s: warning: %d invalid UTF-8 sequence(s) written as U+FFFD, the first at byte %d", name, invalid, firstInvalid)
	}
	return nil
}

// splitTerminator splits a line into its body and its line break (\n, \r\n
// or none).
func splitTerminator(line []byte) (body, term []byte) {
	if bytes.HasSuffix(line, []byte("\r\n")) {
		return line[:len(line)-2], line[len(line)-2:]
	}
	if bytes.HasSuffix(line, []byte("\n")) {
		return line[:len(line)-1], line[len(line)-1:]
	}
	return line, nil
}

// normalizeLine decodes (when enc is not Unicode) and normalizes one line,
// listing the changes when explain is set. In auto mode a line of a Unicode
// input that is not valid UTF-8 is detected on its own.
func normalizeLine(n normalize.Normalizer, line []byte, enc normalize.Encoding, auto, explain bool) ([]byte, []normalize.Change, normalize.Report, error) {
	n.From = enc
	if auto && enc == normalize.Unicode && !utf8.Valid(line) {
		n.From, _ = normalize.Detect(line)
	}
	if explain {
		return n.Explain(line)
	}
	out, _, rep, err := n.Normalize(line)
	return out, nil, rep, err
}
