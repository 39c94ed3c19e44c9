package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract"
)

// bigDocument returns start followed by the seeds, again and again, up to
// more than streamBytes.
func bigDocument(t *testing.T, start []byte) []byte {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NotEmpty(t, files)
	big := start
	for len(big) < streamBytes+1 {
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			big = append(append(big, b...), '\n')
		}
	}
	return big
}

// TestExtractStreamsLargeJSON checks that a document larger than
// streamBytes, whose JSON is written as it is encoded, comes out byte for
// byte as a rendered one would: alone (json), with another file (json
// array) and as JSONL.
func TestExtractStreamsLargeJSON(t *testing.T) {
	big := bigDocument(t, nil)
	dir := t.TempDir()
	bigPath, smallPath := filepath.Join(dir, "big.txt"), filepath.Join(dir, "small.txt")
	require.NoError(t, os.WriteFile(bigPath, big, 0o644))
	require.NoError(t, os.WriteFile(smallPath, big[:5000], 0o644))

	ex, err := vnextract.New()
	require.NoError(t, err)
	docOf := func(in []byte) *vnextract.Document {
		d, err := ex.Extract(context.Background(), in)
		require.NoError(t, err)
		return d
	}
	bigDoc, smallDoc := docOf(big), docOf(big[:5000])
	indent := func(b []byte, prefix string) string {
		var buf bytes.Buffer
		require.NoError(t, json.Indent(&buf, b, prefix, "  "))
		return buf.String()
	}

	out, errs, code := runCmd(t, "", "extract", bigPath)
	require.Equal(t, exitOK, code, errs)
	require.Equal(t, indent(docJSON(bigDoc, bigPath, 0, false), "")+"\n", out)

	out, errs, code = runCmd(t, "", "extract", smallPath, bigPath)
	require.Equal(t, exitOK, code, errs)
	want := "[\n  " + indent(docJSON(smallDoc, smallPath, 0, true), "  ") + ",\n  " +
		indent(docJSON(bigDoc, bigPath, 0, true), "  ") + "\n]\n"
	require.Equal(t, want, out)

	out, errs, code = runCmd(t, "", "extract", "--format", "jsonl", bigPath, smallPath)
	require.Equal(t, exitOK, code, errs)
	require.Equal(t, string(docJSON(bigDoc, bigPath, 0, true))+"\n"+string(docJSON(smallDoc, smallPath, 0, true))+"\n", out)
}

// TestExtractStreamsInvalidUTF8 checks the report of a streamed document:
// a warning before its JSON, or with --strict an error and no JSON at all
// (the array around the other document stays well formed).
func TestExtractStreamsInvalidUTF8(t *testing.T) {
	big := bigDocument(t, []byte("Tin mới \xff\n"))
	dir := t.TempDir()
	bigPath, smallPath := filepath.Join(dir, "big.txt"), filepath.Join(dir, "small.txt")
	require.NoError(t, os.WriteFile(bigPath, big, 0o644))
	small := big[bytes.IndexByte(big, '\n')+1 : 5000]
	small = small[:bytes.LastIndexByte(small, '\n')+1] // whole lines: valid UTF-8
	require.NoError(t, os.WriteFile(smallPath, small, 0o644))

	out, errs, code := runCmd(t, "", "extract", bigPath)
	require.Equal(t, exitOK, code, errs)
	require.Contains(t, errs, "1 invalid UTF-8 sequence(s) read as U+FFFD, the first at byte 10")
	require.True(t, json.Valid([]byte(out)))

	out, errs, code = runCmd(t, "", "extract", "--strict", smallPath, bigPath)
	require.Equal(t, exitFail, code)
	require.Contains(t, errs, bigPath+": invalid UTF-8 at byte 10")
	var docs []json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &docs), out)
	require.Len(t, docs, 1)
}
