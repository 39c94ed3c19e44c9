package main

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedsJSONL is `vnextract extract --format jsonl` on the seeds.
func seedsJSONL(t *testing.T) string {
	t.Helper()
	out, errs, code := runCmd(t, "", append([]string{"extract", "--format", "jsonl"}, seeds(t)...)...)
	require.Equal(t, exitOK, code, errs)
	return out
}

func TestAggregateSeeds(t *testing.T) {
	in := seedsJSONL(t)
	out, errs, code := runCmd(t, in, "aggregate", "--format", "tsv")
	require.Equal(t, exitOK, code, errs)
	require.Empty(t, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Equal(t, "person\ttitle\torganization\tformer\tfirst_date\tlast_date\tdocuments\tmentions\texample", lines[0])
	rows := map[[4]string][]string{}
	multi := 0
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		require.Len(t, f, 9, l)
		k := [4]string{f[0], f[1], f[2], f[3]}
		require.NotContains(t, rows, k, "one row per distinct fact")
		rows[k] = f
		if n, _ := strconv.Atoi(f[6]); n >= 2 {
			multi++
		}
		m, _ := strconv.Atoi(f[7])
		n, _ := strconv.Atoi(f[6])
		assert.GreaterOrEqual(t, m, n, "mentions >= documents: %s", l)
		assert.LessOrEqual(t, f[4], f[5], "first_date <= last_date: %s", l)
	}
	// People named in several seed files, each one row counted across files.
	for _, tc := range []struct {
		person, title, org, first, last string
		docs                            string
	}{
		// 000 and 002 ("Chính phủ"); 003 says "Chính phủ Việt Nam", another row.
		{"Phạm Minh Chính", "Thủ tướng", "Chính phủ", "2021-11-15", "2021-11-15", "2"},
		// 002 names the full name; 004 writes VUFO, which the document ties to it.
		{"Nguyễn Phương Nga", "Chủ tịch", "Liên hiệp các tổ chức hữu nghị Việt Nam", "2021-06-20", "2021-11-15", "2"},
		// "Chủ tịch" in 000, "chủ tịch" in 002.
		{"Hồ Chí Minh", "Chủ tịch", "", "2021-11-15", "2021-11-15", "2"},
	} {
		f, ok := rows[[4]string{tc.person, tc.title, tc.org, "false"}]
		if assert.True(t, ok, "no row for %s %s %s", tc.person, tc.title, tc.org) {
			assert.Equal(t, []string{tc.first, tc.last, tc.docs}, f[4:7], tc.person)
			assert.Regexp(t, `^\.\./\.\./testdata/seeds/\d{3}_[0-9a-f]+\.txt@\d+-\d+$`, f[8])
		}
	}
	assert.Contains(t, rows, [4]string{"Phạm Minh Chính", "Thủ tướng", "Chính phủ Việt Nam", "false"})
	assert.Contains(t, rows, [4]string{"Vũ Xuân Hồng", "Chủ tịch", "Liên hiệp các tổ chức hữu nghị Việt Nam", "true"})
	assert.GreaterOrEqual(t, multi, 3)

	// The documents in another order, from a file: the same table.
	docs := strings.SplitAfter(in, "\n")
	slices.Reverse(docs)
	out2, errs, code := runCmd(t, "", "aggregate", writeFile(t, "docs.jsonl", []byte(strings.Join(docs, ""))))
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, out, out2)

	// Split over two files, with blank lines: the same table.
	half := len(docs) / 2
	a := writeFile(t, "a.jsonl", []byte("\n"+strings.Join(docs[:half], "")+"\n\n"))
	b := writeFile(t, "b.jsonl", []byte(strings.Join(docs[half:], "")))
	out3, errs, code := runCmd(t, "", "aggregate", a, b)
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, out, out3)
}

func TestAggregateFormats(t *testing.T) {
	in := seedsJSONL(t)
	tsv, _, code := runCmd(t, in, "aggregate")
	require.Equal(t, exitOK, code)
	tsvLines := strings.Split(strings.TrimSuffix(tsv, "\n"), "\n")

	out, errs, code := runCmd(t, in, "aggregate", "--format", "csv")
	require.Equal(t, exitOK, code, errs)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, len(tsvLines))
	for i, r := range recs {
		assert.Equal(t, strings.Split(tsvLines[i], "\t"), r)
	}

	out, errs, code = runCmd(t, in, "aggregate", "--format", "jsonl")
	require.Equal(t, exitOK, code, errs)
	jl := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, jl, len(tsvLines)-1, "no header in jsonl")
	for i, l := range jl {
		var row map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &row))
		f := strings.Split(tsvLines[i+1], "\t")
		assert.Equal(t, f[0], row["person"])
		assert.Equal(t, f[3] == "true", row["former"])
		assert.Equal(t, f[6], strconv.Itoa(int(row["documents"].(float64))))
	}
}

func TestAggregateBadInput(t *testing.T) {
	in := seedsJSONL(t)
	good, _, _ := runCmd(t, in, "aggregate")
	docs := strings.SplitAfter(in, "\n")
	bad := docs[0] + "not json\n" + "{}\n" + strings.Join(docs[1:], "")
	out, errs, code := runCmd(t, bad, "aggregate")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "<stdin>: line 2: not a JSON document")
	assert.Contains(t, errs, "<stdin>: line 3: not a vnextract document")
	assert.Contains(t, errs, "aggregate: 2 line(s) skipped")
	assert.Equal(t, good, out, "the good lines still make the table")

	_, errs, code = runCmd(t, `[{"mentions":[]}]`, "aggregate")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "a JSON array")

	_, errs, code = runCmd(t, docs[0], "aggregate", "--max-bytes", "100")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "larger than --max-bytes 100")

	_, errs, code = runCmd(t, "", "aggregate", "no/such/file.jsonl")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "no/such/file.jsonl")

	_, errs, code = runCmd(t, "", "aggregate", "--format", "xml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, `unknown format "xml"`)

	out, _, code = runCmd(t, "", "aggregate", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage: vnextract aggregate")

	// No input: the header alone.
	out, _, code = runCmd(t, "", "aggregate", "--format", "csv")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "person,title,organization,former,first_date,last_date,documents,mentions,example\n", out)
}

// Workers report bad lines from their own goroutines; the messages must
// reach stderr whole, one per line, whatever the caller's writer is (run
// under -race, an unserialized bytes.Buffer fails here).
func TestAggregateManyBadLinesFromWorkers(t *testing.T) {
	const n = 200
	var b strings.Builder
	for range n {
		b.WriteString("not json\n")
	}
	out, errs, code := runCmd(t, b.String(), "aggregate", "-j", "4")
	assert.Equal(t, exitFail, code)
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	require.Len(t, lines, n+1, "one message per bad line and the summary")
	for _, l := range lines[:n] {
		assert.Regexp(t, `^vnextract: aggregate: <stdin>: line \d+: not a JSON document`, l)
	}
	assert.Equal(t, "vnextract: aggregate: 200 line(s) skipped", lines[n])
	assert.NotEmpty(t, out, "the header is still written")
}
