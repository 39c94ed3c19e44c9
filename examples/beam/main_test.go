package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/aggregate"
)

func TestMain(m *testing.M) {
	ptest.Main(m) // parses the flags and initializes Beam
}

const seedGlob = "../../testdata/seeds/*.txt"

// runners are the local runners the pipeline is tested on: prism (Beam's
// local runner, the default) and the Go SDK's original direct runner.
var runners = map[string]func(context.Context, *beam.Pipeline) (beam.PipelineResult, error){
	"prism":  prism.Execute,
	"direct": direct.Execute,
}

// runPipeline runs the pipeline of c on the named runner.
func runPipeline(t *testing.T, runner string, c config) {
	t.Helper()
	if err := c.check(); err != nil {
		t.Fatal(err)
	}
	p := beam.NewPipeline()
	buildPipeline(p.Root(), c)
	if _, err := runners[runner](context.Background(), p); err != nil {
		t.Fatalf("%s: %v", runner, err)
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// TestPipelineSeeds runs the pipeline on the seeds and checks that it writes
// every document and the very table that the aggregate package makes of
// the same documents extracted one by one.
func TestPipelineSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Beam pipelines")
	}
	paths, err := filepath.Glob(seedGlob)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	want := aggregate.New()
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		want.Add(doc, p)
	}
	var wantTSV strings.Builder
	if err := aggregate.Write(&wantTSV, want.Rows(), aggregate.TSV); err != nil {
		t.Fatal(err)
	}
	multi := false
	for _, r := range want.Rows() {
		multi = multi || r.Documents >= 2
	}
	if !multi {
		t.Fatal("no fact of the seeds is in two documents: the test would not show the merge")
	}

	for runner := range runners {
		t.Run(runner, func(t *testing.T) {
			out := t.TempDir()
			runPipeline(t, runner, config{Input: seedGlob, Output: out, Format: "tsv", TextField: "text", MaxBytes: 32 << 20})
			docs := readLines(t, filepath.Join(out, "documents.jsonl"))
			if len(docs) != len(paths) {
				t.Errorf("%d documents written, want %d", len(docs), len(paths))
			}
			seen := map[string]bool{}
			for _, d := range docs {
				for _, p := range paths {
					if strings.HasPrefix(d, `{"file":"`+p+`",`) {
						seen[p] = true
					}
				}
			}
			if len(seen) != len(paths) {
				t.Errorf("documents of %d of the %d seeds written", len(seen), len(paths))
			}
			got, err := os.ReadFile(filepath.Join(out, "positions.tsv"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != wantTSV.String() {
				t.Errorf("positions.tsv differs from the aggregate package's table:\n got %s\nwant %s", got, wantTSV.String())
			}
		})
	}
}

// TestPipelineLinesAndJSONL reads documents one per line, as plain text and
// as JSONL records, and checks the line numbers and the skipped lines.
func TestPipelineLinesAndJSONL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Beam pipelines")
	}
	dir := t.TempDir()
	a := "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Phan Anh Sơn phát biểu tại Hà Nội."
	b := "Chủ tịch VUFO Phan Anh Sơn tiếp Đại sứ Nga."
	lines := filepath.Join(dir, "news.txt")
	if err := os.WriteFile(lines, []byte(a+"\n\n"+b+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	records := filepath.Join(dir, "news.jsonl")
	jsonl := `{"id":1,"text":"` + a + `"}` + "\n" + `{"id":2}` + "\n" + `not json` + "\n" + `{"text":"` + b + `"}` + "\n"
	if err := os.WriteFile(records, []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		input, format string
		lines         []int // line numbers of the documents written
	}{
		{lines, "lines", []int{1, 3}},
		{records, "", []int{1, 4}}, // .jsonl: read as JSONL
	} {
		out := filepath.Join(dir, "out-"+filepath.Base(tc.input))
		runPipeline(t, "prism", config{Input: tc.input, Output: out, InputFormat: tc.format, Format: "csv", TextField: "text", MaxBytes: 1 << 20})
		docs := readLines(t, filepath.Join(out, "documents.jsonl"))
		got := map[int]bool{}
		for _, d := range docs {
			var head struct {
				File string
				Line int
			}
			if err := json.Unmarshal([]byte(d), &head); err != nil || head.File != tc.input {
				t.Errorf("%s: document %.80s: file %q, error %v", tc.input, d, head.File, err)
			}
			got[head.Line] = true
		}
		for _, n := range tc.lines {
			if !got[n] {
				t.Errorf("%s: no document for line %d in %q", tc.input, n, docs)
			}
		}
		if len(docs) != len(tc.lines) {
			t.Errorf("%s: %d documents, want %d", tc.input, len(docs), len(tc.lines))
		}
		table := readLines(t, filepath.Join(out, "positions.csv"))
		want := []string{strings.Join(aggregate.Columns, ","),
			"Phan Anh Sơn,Chủ tịch,Liên hiệp các tổ chức hữu nghị Việt Nam,false,,,2,2," + tc.input + ":" + strconv.Itoa(tc.lines[0]) + "@0-" + strconv.Itoa(len(a))}
		if strings.Join(table, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: table\n%s\nwant\n%s", tc.input, strings.Join(table, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		c   config
		err string
	}{
		{config{Output: "o", Format: "tsv", MaxBytes: 1}, "--input and --output are required"},
		{config{Input: "i", Output: "o", InputFormat: "xml", Format: "tsv", MaxBytes: 1}, "--input-format"},
		{config{Input: "i", Output: "o", Format: "xml", MaxBytes: 1}, "--format"},
		{config{Input: "i", Output: "o", Format: "tsv", RefDate: "1/10", MaxBytes: 1}, "--ref-date"},
		{config{Input: "i", Output: "o", Format: "tsv"}, "--max-bytes"},
	} {
		err := tc.c.check()
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%+v: error %v, want %q", tc.c, err, tc.err)
		}
	}
	c := config{Input: "gs://bucket/news/*.jsonl", Output: "gs://bucket/out/", Format: "csv", MaxBytes: 1}
	if err := c.check(); err != nil {
		t.Fatal(err)
	}
	if c.InputFormat != "jsonl" || c.documentsFile != "gs://bucket/out/documents.jsonl" || c.positionsFile != "gs://bucket/out/positions.csv" {
		t.Errorf("derived %+v", c)
	}
}

func TestReadLine(t *testing.T) {
	r := bufio.NewReaderSize(strings.NewReader("short\n"+strings.Repeat("x", 100)+"\nlast"), 16)
	for _, want := range []struct {
		line string
		n    int
	}{{"short\n", 6}, {strings.Repeat("x", 12), 101}, {"last", 4}} {
		line, n, _ := readLine(r, 10)
		if string(line) != want.line || n != want.n {
			t.Errorf("readLine = %q, %d; want %q, %d", line, n, want.line, want.n)
		}
	}
}

func TestJSONText(t *testing.T) {
	for _, tc := range []struct{ in, text, err string }{
		{`{"text":"a\nb"}`, "a\nb", ""},
		{`{"body":"a"}`, "", `no "text" field`},
		{`{"text":3}`, "", "not a string"},
		{`[1]`, "", "not a JSON object"},
	} {
		text, err := jsonText([]byte(tc.in), "text")
		if text != tc.text || (err == nil) != (tc.err == "") || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("jsonText(%s) = %q, %v", tc.in, text, err)
		}
	}
}

// TestTableFnMerge drives the combiner as a runner does with several
// bundles: partial tables, encoded and decoded between workers, merged. The
// table must be the one a single accumulator makes.
func TestTableFnMerge(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(seedGlob)
	var docs []string
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(docJSON(doc, p, 0)))
	}
	fn := &tableFn{Format: "tsv"}
	add := func(docs []string) *aggregate.Table {
		acc := fn.CreateAccumulator()
		for _, d := range docs {
			if acc, err = fn.AddInput(acc, d); err != nil {
				t.Fatal(err)
			}
		}
		return acc
	}
	want, err := fn.ExtractOutput(add(docs))
	if err != nil {
		t.Fatal(err)
	}
	var parts []*aggregate.Table
	for i := range docs { // one bundle per document, each through the coder
		b, err := encodeTable(add(docs[i : i+1]))
		if err != nil {
			t.Fatal(err)
		}
		p, err := decodeTable(b)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, p)
	}
	acc := fn.CreateAccumulator()
	for i := len(parts) - 1; i >= 0; i-- {
		acc = fn.MergeAccumulators(acc, parts[i])
	}
	got, err := fn.ExtractOutput(acc)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("merged table\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(want, "\t2\t") {
		t.Error("no fact in two documents")
	}
	if _, err := fn.AddInput(fn.CreateAccumulator(), "not json"); err == nil {
		t.Error("AddInput accepted a line that is not a document")
	}
}
