package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/vnextract/vnextract"
)

var evalCmd = &command{
	name:     "eval",
	synopsis: "--gold FILE.conll [--types PERSON,ORGANIZATION,LOCATION] [--tag-column N] [--lexicon FILE]... [--model MODEL] [--errors] [--format text|json]",
	summary:  "score the extractor against hand-annotated CoNLL data (precision, recall, F1)",
	help: `
Eval reads a CoNLL file: one token per line with its BIO tag in the last
column, a blank line between sentences and optional "-DOCSTART-" lines
between documents. Columns are separated by tabs when the line has one (a
token may then contain spaces: "Hà Nội<TAB>B-LOC"), otherwise by spaces;
syllables joined by underscores ("Hà_Nội") are read as words. Tags are O, B-TYPE and I-TYPE (IOB1 and
IOBES tags are read too); PER, ORG and LOC stand for PERSON, ORGANIZATION and
LOCATION.

The tokens of each document are joined by single spaces, one sentence per
line, and the extractor is run on that text. A predicted mention tags the
tokens it overlaps. Phrases are compared as conlleval does: a prediction is
correct only when its type and its first and last tokens equal a gold
phrase's. Eval prints precision, recall and F1 per type and overall, and
with --errors every missed and wrong phrase.

--tag-column N reads the tag in column N instead of the last, for corpora
with several tag columns (part of speech, chunk, entity, nested entity).

--types limits the scoring to some types, for example when the gold data has
no TITLE or DATE annotation. "vnextract extract --format conll" writes the
same format, so its output can be corrected by hand and used as gold data.`,
	run: runEval,
}

func runEval(e *env, c *command, args []string) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	gold := fs.String("gold", "", "the hand-annotated CoNLL `FILE` (required; - for standard input)")
	types := fs.String("types", "", "score only these comma-separated `types` (default: all)")
	tagColumn := fs.Int("tag-column", 0, "read the tag in column `N` of the CoNLL file, the token's being 1 (default: the last)")
	format := fs.String("format", "text", "output `format`: text or json")
	showErrors := fs.Bool("errors", false, "also list every missed (FN) and wrong (FP) phrase with its sentence")
	refDate := fs.String("ref-date", "", "reference `date` (YYYY-MM-DD) given to the extractor")
	var exFlags extractorFlags
	exFlags.register(fs)
	rest, code, done := parseCommandLine(e, c, fs, args)
	if done {
		return code
	}
	if *gold == "" && len(rest) == 1 {
		*gold, rest = rest[0], nil
	}
	if *gold == "" {
		return e.usageErr("--gold FILE is required")
	}
	if len(rest) > 0 {
		return e.usageErr("unexpected arguments %q", rest)
	}
	if *format != "text" && *format != "json" {
		return e.usageErr("--format: unknown format %q (want text or json)", *format)
	}
	if *tagColumn < 0 || *tagColumn == 1 {
		return e.usageErr("--tag-column: want a column after the token's (2 or more), or 0 for the last")
	}
	var keep map[string]bool
	if *types != "" {
		ts, err := parseTypes(*types)
		if err != nil {
			return e.usageErr("--types: %v", err)
		}
		keep = map[string]bool{}
		for _, t := range ts {
			keep[t.String()] = true
		}
	}
	opts, code := extractorOptions(e, *refDate, "", "", "")
	if code != 0 {
		return code
	}
	ex, err := exFlags.build(opts...)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}

	var r io.Reader = e.stdin
	name := "<stdin>"
	if *gold != "-" {
		f, err := os.Open(*gold)
		if err != nil {
			e.errorf("%s: %v", *gold, err)
			return exitFail
		}
		defer f.Close()
		r, name = f, *gold
	}
	docs, err := readCoNLLColumn(r, name, *tagColumn)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	sc, err := score(e, ex, docs, keep, *showErrors)
	if err != nil {
		e.errorf("%s: %v", name, err)
		return exitFail
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sc); err != nil {
			e.errorf("writing output: %v", err)
			return exitFail
		}
		return exitOK
	}
	sc.print(e.stdout)
	if *showErrors {
		sc.printErrors(e.stdout)
	}
	for _, t := range sc.missingGold {
		fmt.Fprintf(e.stderr, "vnextract: eval: note: the gold data has no %s phrase; --types can leave %s out of the score\n", t, t)
	}
	return exitOK
}

// counts are the phrase counts of one type.
type counts struct {
	Type      string  `json:"type,omitempty"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c *counts) finish() {
	c.Precision, c.Recall, c.F1 = 0, 0, 0
	if c.Predicted > 0 {
		c.Precision = float64(c.Correct) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		c.Recall = float64(c.Correct) / float64(c.Gold)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// scores is the result of eval.
type scores struct {
	Documents int      `json:"documents"`
	Sentences int      `json:"sentences"`
	Tokens    int      `json:"tokens"`
	Accuracy  float64  `json:"token_accuracy"`
	Overall   counts   `json:"overall"`
	Types     []counts `json:"types"`
	// Errors lists the missed and wrong phrases (with --errors).
	Errors      []evalError `json:"errors,omitempty"`
	missingGold []string
}

// evalError is a phrase missed (FN: in the gold data, not found) or wrong
// (FP: found, not in the gold data).
type evalError struct {
	Kind     string `json:"kind"`
	Type     string `json:"type"`
	Text     string `json:"text"`
	Document int    `json:"document"`
	Sentence int    `json:"sentence"`
	Context  string `json:"context"`
}

func (sc *scores) printErrors(w io.Writer) {
	if len(sc.Errors) == 0 {
		return
	}
	fmt.Fprintf(w, "\nErrors (FN: in the gold data, not found; FP: found, not in the gold data):\n")
	for _, e := range sc.Errors {
		fmt.Fprintf(w, "%s %-12s %q  (document %d, sentence %d: %s)\n", e.Kind, e.Type, e.Text, e.Document, e.Sentence, shorten(e.Context, 120))
	}
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// score runs the extractor on the documents and compares phrases.
func score(e *env, ex *vnextract.Extractor, docs []goldDoc, keep map[string]bool, withErrors bool) (*scores, error) {
	per := map[string]*counts{}
	get := func(t string) *counts {
		c := per[t]
		if c == nil {
			c = &counts{Type: t}
			per[t] = c
		}
		return c
	}
	sc := &scores{Documents: len(docs)}
	correctTags := 0
	for di, d := range docs {
		// Rebuild the text: tokens joined by spaces, one sentence per line.
		text, offs := d.text()
		doc, err := ex.Extract(e.ctx, []byte(text))
		if err != nil {
			return nil, err
		}
		// Predicted tags: a mention tags the tokens it overlaps (the first
		// mention wins on a token two mentions touch).
		ms := doc.Mentions
		for i, s := range d.sents {
			sc.Sentences++
			gold := make([]string, len(s))
			pred := make([]string, len(s))
			lastMention := -1
			k := 0
			for j, t := range s {
				gold[j] = t.tag
				pred[j] = "O"
				sp := offs[i][j]
				for k < len(ms) && ms[k].End <= sp.start {
					k++
				}
				if k < len(ms) && ms[k].Start < sp.end {
					typ := ms[k].Type.String()
					if k == lastMention {
						pred[j] = "I-" + typ
					} else {
						pred[j] = "B-" + typ
					}
					lastMention = k
				}
			}
			gc, pc := chunks(gold), chunks(pred)
			sc.Tokens += len(s)
			for j := range s {
				if sameTag(gold[j], pred[j]) {
					correctTags++
				}
			}
			set := map[chunk]bool{}
			predSet := map[chunk]bool{}
			for _, c := range pc {
				predSet[c] = true
			}
			phrase := func(c chunk) string {
				return text[offs[i][c.start].start:offs[i][c.end-1].end]
			}
			for _, c := range gc {
				if keep != nil && !keep[c.typ] {
					continue
				}
				get(c.typ).Gold++
				set[c] = true
				if withErrors && !predSet[c] {
					sc.Errors = append(sc.Errors, evalError{Kind: "FN", Type: c.typ, Text: phrase(c), Document: di + 1, Sentence: i + 1,
						Context: text[offs[i][0].start:offs[i][len(s)-1].end]})
				}
			}
			for _, c := range pc {
				if keep != nil && !keep[c.typ] {
					continue
				}
				get(c.typ).Predicted++
				if set[c] {
					get(c.typ).Correct++
				} else if withErrors {
					sc.Errors = append(sc.Errors, evalError{Kind: "FP", Type: c.typ, Text: phrase(c), Document: di + 1, Sentence: i + 1,
						Context: text[offs[i][0].start:offs[i][len(s)-1].end]})
				}
			}
		}
	}
	if sc.Tokens > 0 {
		sc.Accuracy = float64(correctTags) / float64(sc.Tokens)
	}
	names := make([]string, 0, len(per))
	for t := range per {
		names = append(names, t)
	}
	sort.Slice(names, func(i, j int) bool {
		return typeOrder(names[i]) < typeOrder(names[j]) || typeOrder(names[i]) == typeOrder(names[j]) && names[i] < names[j]
	})
	for _, t := range names {
		c := per[t]
		c.finish()
		sc.Types = append(sc.Types, *c)
		sc.Overall.Gold += c.Gold
		sc.Overall.Predicted += c.Predicted
		sc.Overall.Correct += c.Correct
		if c.Gold == 0 && keep == nil {
			sc.missingGold = append(sc.missingGold, t)
		}
	}
	sc.Overall.finish()
	if sc.Types == nil {
		sc.Types = []counts{}
	}
	return sc, nil
}

// sameTag compares tags for token accuracy, ignoring the B/I distinction
// of IOB1 versus IOB2 only through the type: O equals O, X-T equals Y-T.
func sameTag(a, b string) bool {
	pa, ta := splitTag(a)
	pb, tb := splitTag(b)
	if pa == 'O' || pb == 'O' {
		return pa == pb
	}
	return ta == tb
}

func typeOrder(t string) int {
	for i, n := range []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "TIME"} {
		if n == t {
			return i
		}
	}
	return 100
}

func (sc *scores) print(w io.Writer) {
	fmt.Fprintf(w, "processed %d tokens in %d sentences (%d documents); gold phrases: %d; found: %d; correct: %d; token accuracy: %.2f%%\n\n",
		sc.Tokens, sc.Sentences, sc.Documents, sc.Overall.Gold, sc.Overall.Predicted, sc.Overall.Correct, 100*sc.Accuracy)
	fmt.Fprintf(w, "%-14s %6s %6s %7s %9s %7s %7s\n", "TYPE", "GOLD", "FOUND", "CORRECT", "PRECISION", "RECALL", "F1")
	row := func(name string, c counts) {
		fmt.Fprintf(w, "%-14s %6d %6d %7d %8.2f%% %6.2f%% %7.2f\n", name, c.Gold, c.Predicted, c.Correct, 100*c.Precision, 100*c.Recall, 100*c.F1)
	}
	for _, c := range sc.Types {
		row(c.Type, c)
	}
	row("overall", sc.Overall)
}
