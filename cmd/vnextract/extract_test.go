package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonDoc is the JSON contract as the tests read it.
type jsonDoc struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	RefDate  string `json:"ref_date"`
	Mentions []struct {
		ID, Type, Text, Normalized, Value string
		Start, End                        int
	} `json:"mentions"`
	Entities []struct {
		ID, Type, Name string
		Mentions       []string
	} `json:"entities"`
	Relations []struct {
		ID, Type string
		Args     map[string]string
	} `json:"relations"`
}

// checkOffsets checks the contract: text == input[start:end].
func checkOffsets(t *testing.T, input []byte, d *jsonDoc) {
	t.Helper()
	ids := map[string]bool{}
	for _, m := range d.Mentions {
		require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(input), "mention %s [%d,%d) out of range", m.ID, m.Start, m.End)
		if bytes.Equal(bytes.ToValidUTF8(input[m.Start:m.End], []byte("\uFFFD")), []byte(m.Text)) {
			ids[m.ID] = true
			continue
		}
		t.Errorf("mention %s: text %q != input[%d:%d] %q", m.ID, m.Text, m.Start, m.End, input[m.Start:m.End])
	}
	for _, r := range d.Relations {
		for role, id := range r.Args {
			assert.True(t, ids[id], "relation %s: %s %s is not a mention", r.ID, role, id)
		}
	}
}

func TestExtractJSONSeed(t *testing.T) {
	p := seed(t, "000_1d3b2b95b4575efa.txt")
	input, err := os.ReadFile(p)
	require.NoError(t, err)
	out, errs, code := runCmd(t, "", "extract", p)
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, errs)
	var d jsonDoc
	mustJSON(t, out, &d)
	assert.Empty(t, d.File, "one input: the bare contract object")
	assert.NotEmpty(t, d.Mentions)
	checkOffsets(t, input, &d)
	types := map[string]bool{}
	for _, m := range d.Mentions {
		types[m.Type] = true
	}
	for _, ty := range []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE"} {
		assert.True(t, types[ty], "no %s mention in seed 000", ty)
	}
	assert.True(t, strings.HasPrefix(out, "{\n  \""), "json is indented")

	// The same from standard input.
	out2, errs, code := runCmd(t, string(input), "extract")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, out, out2)
}

func TestExtractAllSeedsJSONLOrdered(t *testing.T) {
	ps := seeds(t)
	// Many inputs, processed in parallel, must come out in input order.
	var args []string
	for range 4 {
		args = append(args, ps...)
	}
	out, errs, code := runCmd(t, "", append([]string{"extract", "--format", "jsonl", "-j", "4"}, args...)...)
	require.Equal(t, exitOK, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, len(args))
	for i, l := range lines {
		var d jsonDoc
		mustJSON(t, l, &d)
		assert.Equal(t, args[i], d.File)
		if i < len(ps) {
			input, err := os.ReadFile(args[i])
			require.NoError(t, err)
			checkOffsets(t, input, &d)
		}
	}
	// -j 1 gives the same bytes.
	out1, _, code := runCmd(t, "", append([]string{"extract", "--format", "jsonl", "-j", "1"}, args...)...)
	require.Equal(t, exitOK, code)
	assert.Equal(t, out1, out)

	// json with several inputs: an array of objects with "file".
	out, errs, code = runCmd(t, "", append([]string{"extract"}, ps...)...)
	require.Equal(t, exitOK, code, errs)
	var arr []jsonDoc
	mustJSON(t, out, &arr)
	require.Len(t, arr, len(ps))
	assert.Equal(t, ps[1], arr[1].File)
}

func TestExtractMissingFile(t *testing.T) {
	p := seed(t, "000_1d3b2b95b4575efa.txt")
	missing := filepath.Join("testdata", "no-such-file.txt")
	out, errs, code := runCmd(t, "", "extract", "--format", "jsonl", missing, p)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "vnextract: extract: testdata/no-such-file.txt: open testdata/no-such-file.txt: no such file or directory")
	// The readable file is still processed.
	assert.Equal(t, 1, strings.Count(out, "\n"))
	assert.Contains(t, out, `"file":"`+p+`"`)

	_, errs, code = runCmd(t, "", "extract", t.TempDir())
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "is a directory")
}

func TestExtractEmpty(t *testing.T) {
	p := writeFile(t, "empty.txt", nil)
	for _, f := range []string{"json", "jsonl", "conll", "html"} {
		out, errs, code := runCmd(t, "", "extract", "--format", f, p)
		require.Equal(t, exitOK, code, "%s: %s", f, errs)
		assert.Empty(t, errs)
		if f == "json" {
			var d jsonDoc
			mustJSON(t, out, &d)
			assert.Empty(t, d.Mentions)
			assert.Contains(t, out, `"mentions": []`)
		}
	}
	out, _, code := runCmd(t, "", "extract", "--format", "jsonl", "--lines", p)
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
}

func TestExtractInvalidUTF8(t *testing.T) {
	input := []byte("Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản.\n\xff\xfe Ngày 1/10, tại Hà Nội.\n")
	p := writeFile(t, "bad.txt", input)
	out, errs, code := runCmd(t, "", "extract", "--from", "unicode", p)
	require.Equal(t, exitOK, code, errs)
	at := bytes.IndexByte(input, 0xff)
	assert.Contains(t, errs, fmt.Sprintf("vnextract: extract: %s: warning: 2 invalid UTF-8", p))
	assert.Contains(t, errs, fmt.Sprintf("the first at byte %d", at))
	var d jsonDoc
	mustJSON(t, out, &d)
	checkOffsets(t, input, &d)

	_, errs, code = runCmd(t, "", "extract", "--strict", "--from", "unicode", p)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, fmt.Sprintf("vnextract: extract: %s: invalid UTF-8 at byte %d", p, at))

	// With --lines the offset is still counted from the start of the file.
	out, errs, code = runCmd(t, "", "extract", "--strict", "--from", "unicode", "--lines", "--format", "jsonl", p)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, fmt.Sprintf("%s: line 2: invalid UTF-8 at byte %d", p, at))
	assert.Equal(t, 1, strings.Count(out, "\n"), "line 1 is still written")
}

func TestExtractLines(t *testing.T) {
	long := strings.Repeat("Chủ tịch Phan Anh Sơn phát biểu. ", 9000) // ~320 KB: longer than the reader's buffer
	input := "Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản.\n\n   \n" + long + "\r\nNgày 1/10, tại Hà Nội.\n"
	p := writeFile(t, "lines.txt", []byte(input))
	out, errs, code := runCmd(t, "", "extract", "--lines", "--format", "jsonl", "-j", "3", p)
	require.Equal(t, exitOK, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3, "blank lines are skipped")
	wantLines := []int{1, 4, 5}
	srcLines := strings.Split(input, "\n")
	for i, l := range lines {
		var d jsonDoc
		mustJSON(t, l, &d)
		assert.Equal(t, p, d.File)
		assert.Equal(t, wantLines[i], d.Line)
		src := strings.TrimRight(srcLines[d.Line-1], "\r")
		checkOffsets(t, []byte(src), &d)
		assert.NotEmpty(t, d.Mentions, "line %d", d.Line)
	}
	assert.True(t, strings.HasPrefix(lines[0], `{"file":"`+p+`","line":1,`))

	// From standard input.
	out2, errs, code := runCmd(t, input, "extract", "--lines", "--format", "jsonl")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, strings.ReplaceAll(out, `"file":"`+p+`"`, `"file":"-"`), out2)
}

func TestExtractConll(t *testing.T) {
	p := seed(t, "000_1d3b2b95b4575efa.txt")
	out, errs, code := runCmd(t, "", "extract", "--format", "conll", p)
	require.Equal(t, exitOK, code, errs)
	docs, err := readCoNLL(strings.NewReader(out), "out")
	require.NoError(t, err, "the conll output reads back")
	require.Len(t, docs, 1)
	nB := 0
	for _, s := range docs[0].sents {
		for _, tok := range s {
			assert.NotContains(t, tok.text, " ")
			if strings.HasPrefix(tok.tag, "B-") {
				nB++
			}
		}
	}
	var d jsonDoc
	j, _, _ := runCmd(t, "", "extract", p)
	mustJSON(t, j, &d)
	assert.Equal(t, len(d.Mentions), nB, "one B- tag per mention")

	// Several documents are separated by -DOCSTART-.
	out, _, code = runCmd(t, "", "extract", "--format", "conll", p, p)
	require.Equal(t, exitOK, code)
	assert.Equal(t, 2, strings.Count(out, "-DOCSTART-\tO\n"))
}

func TestExtractLexicon(t *testing.T) {
	text := "Ông Zyxwv Qwertyu, Chủ tịch Hội Bảo tồn Kỳ lân, đã đến Xứ Wakanda.\n"
	p := writeFile(t, "doc.txt", []byte(text))
	out, errs, code := runCmd(t, "", "extract", "--lexicon", "testdata/lexicon.tsv", p)
	require.Equal(t, exitOK, code, errs)
	var d jsonDoc
	mustJSON(t, out, &d)
	found := map[string]string{}
	for _, m := range d.Mentions {
		found[m.Text] = m.Type
	}
	assert.Equal(t, "PERSON", found["Zyxwv Qwertyu"], "mentions: %v", found)
	assert.Equal(t, "ORGANIZATION", found["Hội Bảo tồn Kỳ lân"], "mentions: %v", found)
	assert.Equal(t, "LOCATION", found["Xứ Wakanda"], "mentions: %v", found)

	bad := writeFile(t, "bad.tsv", []byte("PERSON\tAn Bình\nPERSON An Bình\n"))
	_, errs, code = runCmd(t, "", "extract", "--lexicon", bad, p)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, bad+":2:")

	_, errs, code = runCmd(t, "", "extract", "--lexicon", "testdata/none.tsv", p)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "testdata/none.tsv: no such file or directory")
}

func TestExtractTypes(t *testing.T) {
	p := seed(t, "000_1d3b2b95b4575efa.txt")
	out, errs, code := runCmd(t, "", "extract", "--types", "PER,DATE", p)
	require.Equal(t, exitOK, code, errs)
	var d jsonDoc
	mustJSON(t, out, &d)
	require.NotEmpty(t, d.Mentions)
	for _, m := range d.Mentions {
		assert.Contains(t, []string{"PERSON", "DATE"}, m.Type)
	}
	_, _, code = runCmd(t, "", "extract", "--types", "PER,MISC", p)
	assert.Equal(t, exitUsage, code)
}

func TestExtractRefDate(t *testing.T) {
	p := writeFile(t, "d.txt", []byte("Ngày 1/10, tại Hà Nội đã diễn ra phiên bế mạc.\n"))
	out, errs, code := runCmd(t, "", "extract", "--ref-date", "2025-10-02", p)
	require.Equal(t, exitOK, code, errs)
	var d jsonDoc
	mustJSON(t, out, &d)
	assert.Equal(t, "2025-10-02", d.RefDate)
	var values []string
	for _, m := range d.Mentions {
		if m.Type == "DATE" {
			values = append(values, m.Value)
		}
	}
	assert.Contains(t, values, "2025-10-01")
}

// TestExtractLarge runs extract on a 50 MB input, in separate processes
// whose peak RSS is checked: as one document (read in windows, its JSON
// written as it is encoded) and with --lines, streamed line by line.
func TestExtractLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	seedText, err := os.ReadFile(seed(t, "000_1d3b2b95b4575efa.txt"))
	require.NoError(t, err)
	doc := bytes.ReplaceAll(bytes.TrimSpace(seedText), []byte("\n"), []byte(" "))
	// One line in 20 is a document; the others are blank (long runs of
	// spaces), which are read and skipped, so the test stays fast.
	filler := append(bytes.Repeat([]byte(" "), len(doc)), '\n')
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	require.NoError(t, err)
	w := bufio.NewWriter(f)
	docs, size := 0, 0
	for i := 0; size < 50<<20; i++ {
		if i%20 == 0 {
			w.Write(doc)
			w.WriteByte('\n')
			docs++
		} else {
			w.Write(filler)
		}
		size += len(doc) + 1
	}
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())

	// run runs extract with args and returns its number of output lines
	// and its peak RSS.
	run := func(args ...string) (lines int, rss int64) {
		exe, err := os.Executable()
		require.NoError(t, err)
		cmd := exec.Command(exe, append([]string{"extract"}, args...)...)
		hwm := filepath.Join(t.TempDir(), "hwm")
		cmd.Env = append(os.Environ(), "VNEXTRACT_TEST_MAIN=1", "VNEXTRACT_TEST_PEAK_RSS="+hwm)
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		require.NoError(t, cmd.Start())
		sc := bufio.NewScanner(out)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			if lines == 0 && args[0] == "--format" && args[1] == "jsonl" && !bytes.HasPrefix(sc.Bytes(), []byte(`{"file":`)) {
				t.Errorf("not a JSONL document: %.80s", sc.Bytes())
			}
			lines++
		}
		require.NoError(t, sc.Err())
		require.NoError(t, cmd.Wait(), errb.String())
		if kb, err := os.ReadFile(hwm); err == nil {
			n, err := strconv.ParseInt(string(kb), 10, 64)
			require.NoError(t, err)
			rss = n << 10
		} else if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			// No /proc: rusage, which may include this process's own
			// peak (see writePeakRSS).
			rss = ru.Maxrss * 1024 // kilobytes on Linux
		}
		if rss > 0 {
			t.Logf("extract %v: peak RSS %d MiB for %d MiB of input", args[:len(args)-1], rss>>20, size>>20)
		}
		return lines, rss
	}

	// As one document the input and its normalized text are held (the
	// relations are linked over the whole), but no per-token scratch
	// beyond a window and no rendered JSON: 89 MiB measured (the one-piece
	// path peaked at 327 MB for a 10 MB document). With --lines only a
	// batch of lines is held: 45 MiB measured.
	lines, rss := run("--format", "jsonl", p)
	assert.Equal(t, 1, lines)
	if !raceEnabled && rss > 0 {
		assert.Less(t, rss, int64(150<<20))
	}
	lines, rss = run("--format", "jsonl", "--lines", "-j", "2", p)
	assert.Equal(t, docs, lines)
	if !raceEnabled && rss > 0 {
		assert.Less(t, rss, int64(100<<20))
	}
}

// TestExtractLinesBatches sends more lines than one batch holds, with an
// oversized line in the middle: every document comes out once, in input
// order, the bad line is reported with its number, and -j 1 and -j 3 agree.
func TestExtractLinesBatches(t *testing.T) {
	var in strings.Builder
	const n = 3*batchLines + 17
	for i := 1; i <= n; i++ {
		if i == batchLines+5 {
			in.WriteString(strings.Repeat("x", 300) + "\n") // larger than --max-bytes below
			continue
		}
		fmt.Fprintf(&in, "Ngày %d/1, Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản.\n", i%28+1)
	}
	var outs [2]string
	for k, j := range []string{"1", "3"} {
		out, errOut, code := runCmd(t, in.String(), "extract", "--lines", "--format", "jsonl", "--max-bytes", "200", "-j", j)
		if code != 1 {
			t.Fatalf("-j %s: exit %d, want 1 (one bad line); stderr %q", j, code, errOut)
		}
		if !strings.Contains(errOut, fmt.Sprintf("line %d", batchLines+5)) {
			t.Errorf("-j %s: stderr %q does not name the bad line", j, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != n-1 {
			t.Fatalf("-j %s: %d documents, want %d", j, len(lines), n-1)
		}
		prev := 0
		for _, l := range lines {
			var d struct{ Line int }
			if err := json.Unmarshal([]byte(l), &d); err != nil {
				t.Fatal(err)
			}
			if d.Line <= prev {
				t.Fatalf("-j %s: line %d after line %d", j, d.Line, prev)
			}
			prev = d.Line
		}
		outs[k] = out
	}
	if outs[0] != outs[1] {
		t.Error("-j 1 and -j 3 give different output")
	}
}

// TestExtractRepairFlags: extract repairs a mistyped title by default and
// keeps it with --no-repair or a --repair list without its rule; the
// offsets point into the input either way.
func TestExtractRepairFlags(t *testing.T) {
	in := "Bộ truởng Trần Văn Lâm thăm nguời dân.\n"
	tests := []struct {
		args  []string
		title string // the title's normalized form, "" for none
	}{
		{nil, "Bộ trưởng"},
		{[]string{"--repair", "horn"}, "Bộ trưởng"},
		{[]string{"--no-repair"}, ""},
		{[]string{"--repair", "spelling,double-tone"}, ""},
		{[]string{"--no-repair=horn"}, ""},
	}
	for _, tc := range tests {
		out, errs, code := runCmd(t, in, append([]string{"extract", "--format", "jsonl"}, tc.args...)...)
		require.Equal(t, exitOK, code, errs)
		var doc struct {
			Mentions []struct {
				Type, Text, Normalized string
				Start, End             int
			}
		}
		require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
		title := ""
		for _, m := range doc.Mentions {
			assert.Equal(t, m.Text, in[m.Start:m.End], "%v", tc.args)
			if m.Type == "TITLE" {
				title = m.Normalized
			}
		}
		assert.Equal(t, tc.title, title, "%v", tc.args)
	}
	for _, c := range []string{"extract", "serve", "eval"} {
		_, errs, code := runCmd(t, in, c, "--repair", "horns")
		assert.Equal(t, exitUsage, code, c)
		assert.Contains(t, errs, `unknown repair rule "horns"`, c)
	}
}
