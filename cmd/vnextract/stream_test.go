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

// TestExtractStreamsLargeJSON checks that a document larger than
// streamBytes, whose JSON is written as it is encoded, comes out byte for
// byte as a rendered one would: alone (json), with another file (json
// array) and as JSONL.
func TestExtractStreamsLargeJSON(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NotEmpty(t, files)
	var big []byte
	for len(big) < streamBytes+1 {
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			big = append(append(big, b...), '\n')
		}
	}
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
