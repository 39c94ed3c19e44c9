package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/tagger"
)

var trainCmd = &command{
	name:     "train",
	synopsis: "--gold FILE... [--dev FILE | --dev-split F] [--epochs N] [--types T,...] [--tag-column N] [--trust-folds N] -o MODEL",
	summary:  "train a tagger on annotated data; use it with extract/eval/serve --model",
	help: `
Train learns a tagger from annotated documents: an averaged perceptron over
the tokens, which reads the words around each token and what the rules
found (lexicon matches, the rule mentions) and learns when to trust them.
With --model, extract, eval and serve then use its mentions in place of the
rules' for the types it was trained on.

--gold files are CoNLL (as eval reads them: one token per line, tag in the
last column or in --tag-column N, tab or space separated; a token may contain spaces or
underscores, "Hà_Nội"; a blank line between sentences; -DOCSTART- between
documents) or JSONL, one document per line:
  {"text": "...", "mentions": [{"type": "PERSON", "start": 0, "end": 12}, ...]}
with byte offsets into text (a mention's "text", when present, must equal
that slice). A file ending in .jsonl, or whose first character is '{', is
read as JSONL.

The model's mentions of a type replace the rules' or add to them as the
model's trust in that type says: model, model-first (the rules fill in),
rules-first (the model fills in) or rules (the model's are left out).
Train chooses each on held-out documents: the dev set, or without one
three models trained on two thirds of the documents each and scored on
the third left out (--trust-folds); the choice is printed.

Training is deterministic: the same data and flags give the same model.
With a dev set (--dev, or --dev-split holding out every n-th document),
training stops when the dev F1 has not improved for 3 epochs and keeps the
best epoch's model; progress and the dev F1 are printed per epoch on
standard error.`,
	run: runTrain,
}

func runTrain(e *env, c *command, args []string) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	var golds listFlag
	fs.Var(&golds, "gold", "annotated training `FILE` (CoNLL or JSONL); repeatable")
	dev := fs.String("dev", "", "annotated dev `FILE` scored after each epoch (early stopping)")
	devSplit := fs.Float64("dev-split", 0, "hold out this `fraction` of the training documents as the dev set (0: none)")
	epochs := fs.Int("epochs", 10, "at most `N` passes over the training data")
	types := fs.String("types", "", "learn only these comma-separated `types` (default: every type in the data)")
	out := fs.String("o", "", "write the model to `MODEL` (required)")
	seed := fs.Uint64("seed", 1, "`seed` of the per-epoch shuffling")
	trustFolds := fs.Int("trust-folds", 3, "without a dev set, choose the trust of each type on `N` held-out parts (negative: trust the model on every type)")
	tagColumn := fs.Int("tag-column", 0, "read the tag in column `N` of CoNLL files, the token's being 1 (default: the last)")
	minCount := fs.Int("min-count", 0, "drop features seen fewer than `N` times (default: 1, or 2 above 200,000 tokens)")
	rest, code, done := parseCommandLine(e, c, fs, args)
	if done {
		return code
	}
	golds = append(golds, rest...)
	if len(golds) == 0 {
		return e.usageErr("--gold FILE is required")
	}
	if *out == "" {
		return e.usageErr("-o MODEL is required")
	}
	if *epochs < 1 {
		return e.usageErr("--epochs: want a positive number")
	}
	if *devSplit < 0 || *devSplit >= 1 {
		return e.usageErr("--dev-split: want a fraction in [0, 1)")
	}
	if *tagColumn < 0 || *tagColumn == 1 {
		return e.usageErr("--tag-column: want a column after the token's (2 or more), or 0 for the last")
	}
	if *dev != "" && *devSplit > 0 {
		return e.usageErr("--dev and --dev-split exclude each other")
	}
	opt := tagger.Options{Epochs: *epochs, Seed: *seed, MinCount: *minCount, TrustFolds: *trustFolds}
	if *trustFolds == 0 || *trustFolds == 1 {
		return e.usageErr("--trust-folds: want at least 2, or a negative number")
	}
	if *types != "" {
		opt.Types = strings.Split(*types, ",")
	}
	var docs []tagger.Doc
	for _, g := range golds {
		ds, err := readTrainingFile(e, g, *tagColumn)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		docs = append(docs, ds...)
	}
	if *dev != "" {
		ds, err := readTrainingFile(e, *dev, *tagColumn)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		opt.Dev = ds
	} else if *devSplit > 0 {
		docs, opt.Dev = splitDev(docs, *devSplit)
	}
	if len(docs) == 0 {
		e.errorf("no training documents")
		return exitFail
	}
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	fmt.Fprintf(e.stderr, "vnextract: train: %d documents (%d for dev); reading them...\n", len(docs), len(opt.Dev))
	opt.Progress = func(ep tagger.Epoch) {
		line := fmt.Sprintf("epoch %d/%d: %.1fs, %.0f tokens/s, %d sentences updated", ep.N, *epochs,
			ep.Train.Seconds(), float64(ep.Tokens)/ep.Train.Seconds(), ep.Mistakes)
		if ep.DevScored {
			line += fmt.Sprintf(", dev F1 %.4f", ep.DevF1)
			if ep.Best {
				line += " (best)"
			}
		}
		fmt.Fprintf(e.stderr, "vnextract: train: %s\n", line)
	}
	start := time.Now()
	m, st, err := tagger.Train(e.ctx, rec, docs, opt)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	size, err := writeModel(m, *out)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	fmt.Fprintf(e.stderr, "vnextract: train: %d sentences, %d tokens read in %.1fs; %d epochs (best %d) in %.1fs total; types %s\n",
		st.Sentences, st.Tokens, st.Prepare.Seconds(), st.Epochs, st.BestEpoch, time.Since(start).Seconds(), strings.Join(m.Types(), ","))
	if st.Skipped > 0 {
		fmt.Fprintf(e.stderr, "vnextract: train: note: %d gold mentions left out (overlapping another, or on no token)\n", st.Skipped)
	}
	if st.TrustDocs > 0 {
		var trust []string
		for _, t := range m.Types() {
			trust = append(trust, t+" "+m.Trust(t).String())
		}
		fmt.Fprintf(e.stderr, "vnextract: train: trust chosen on %d held-out documents: %s\n", st.TrustDocs, strings.Join(trust, ", "))
	}
	fmt.Fprintf(e.stderr, "vnextract: train: wrote %s: %d features, %s\n", *out, st.Features, sizeString(size))
	return exitOK
}

// splitDev holds out every n-th document (n = 1/frac, rounded) as dev.
func splitDev(docs []tagger.Doc, frac float64) (train, dev []tagger.Doc) {
	n := int(1/frac + 0.5)
	if n < 2 {
		n = 2
	}
	for i, d := range docs {
		if i%n == n-1 {
			dev = append(dev, d)
		} else {
			train = append(train, d)
		}
	}
	return train, dev
}

// writeModel writes m to path through a temporary file, so that a failed
// write leaves no half model behind, and returns its size.
func writeModel(m *tagger.Model, path string) (int64, error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return 0, err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return 0, fmt.Errorf("writing %s: %w", path, err)
	}
	return n, nil
}

// readTrainingFile reads annotated documents from a CoNLL or JSONL file
// ("-": standard input).
func readTrainingFile(e *env, path string, tagColumn int) ([]tagger.Doc, error) {
	var r io.Reader = e.stdin
	name := "<stdin>"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer f.Close()
		r, name = f, path
	}
	br := bufio.NewReaderSize(r, 64<<10)
	jsonl := strings.HasSuffix(path, ".jsonl")
	if !jsonl {
		head, _ := br.Peek(4096)
		head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
		jsonl = len(head) > 0 && head[0] == '{'
	}
	if jsonl {
		return readJSONL(br, name)
	}
	gd, err := readCoNLLColumn(br, name, tagColumn)
	if err != nil {
		return nil, err
	}
	docs := make([]tagger.Doc, 0, len(gd))
	for _, d := range gd {
		docs = append(docs, conllDoc(&d))
	}
	return docs, nil
}

// conllDoc turns a CoNLL document into a training document: the text eval
// runs the extractor on, with the gold phrases as mentions.
func conllDoc(d *goldDoc) tagger.Doc {
	text, offs := d.text()
	doc := tagger.Doc{Text: text}
	for i, s := range d.sents {
		tags := make([]string, len(s))
		for k, t := range s {
			tags[k] = t.tag
		}
		for _, c := range chunks(tags) {
			doc.Mentions = append(doc.Mentions, tagger.Span{Type: c.typ, Start: offs[i][c.start].start, End: offs[i][c.end-1].end})
		}
	}
	return doc
}

// trainLine is one line of a JSONL training file.
type trainLine struct {
	Text     *string `json:"text"`
	Mentions []struct {
		Type  string  `json:"type"`
		Start *int    `json:"start"`
		End   *int    `json:"end"`
		Text  *string `json:"text"`
	} `json:"mentions"`
}

// readJSONL reads JSONL training documents; errors name the line.
func readJSONL(br *bufio.Reader, name string) ([]tagger.Doc, error) {
	var docs []tagger.Doc
	for lineNo := 1; ; lineNo++ {
		raw, err := readLine(br)
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s:%d: %w", name, lineNo, err)
		}
		if lineNo == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
		}
		if line := bytes.TrimSpace(raw); len(line) > 0 {
			var jd trainLine
			if jerr := json.Unmarshal(line, &jd); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, lineNo, jerr)
			}
			d, derr := jd.doc()
			if derr != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, lineNo, derr)
			}
			docs = append(docs, d)
		}
		if err == io.EOF {
			break
		}
	}
	return docs, nil
}

func (jd *trainLine) doc() (tagger.Doc, error) {
	if jd.Text == nil {
		return tagger.Doc{}, errors.New(`no "text"`)
	}
	d := tagger.Doc{Text: *jd.Text}
	for i, m := range jd.Mentions {
		if m.Type == "" || m.Start == nil || m.End == nil {
			return d, fmt.Errorf("mention %d: want type, start and end", i+1)
		}
		s, en := *m.Start, *m.End
		if s < 0 || en > len(d.Text) || s >= en {
			return d, fmt.Errorf("mention %d: [%d, %d) is not a span of the text (%d bytes)", i+1, s, en, len(d.Text))
		}
		if m.Text != nil && *m.Text != d.Text[s:en] {
			return d, fmt.Errorf("mention %d: text %q, but the text at [%d, %d) is %q", i+1, *m.Text, s, en, d.Text[s:en])
		}
		d.Mentions = append(d.Mentions, tagger.Span{Type: m.Type, Start: s, End: en})
	}
	return d, nil
}

// modelOption loads the model file of a --model flag.
func modelOption(path string) (vnextract.Option, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := tagger.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return vnextract.WithTagger(m), nil
}
