package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChunks(t *testing.T) {
	tags := []string{"B-PERSON", "I-PERSON", "O", "I-LOCATION", "I-LOCATION", "B-LOCATION", "I-ORGANIZATION", "S-DATE", "B-TITLE", "E-TITLE", "I-TITLE"}
	assert.Equal(t, []chunk{
		{"PERSON", 0, 2},
		{"LOCATION", 3, 5}, // IOB1: I- after O starts a phrase
		{"LOCATION", 5, 6},
		{"ORGANIZATION", 6, 7}, // a type change starts a phrase
		{"DATE", 7, 8},
		{"TITLE", 8, 10},
		{"TITLE", 10, 11}, // I- after E- starts a phrase
	}, chunks(tags))
	assert.Empty(t, chunks([]string{"O", "O"}))
}

func TestNormTag(t *testing.T) {
	for in, want := range map[string]string{"O": "O", "B-PER": "B-PERSON", "I-org": "I-ORGANIZATION", "U-LOC": "S-LOCATION", "L-LOC": "E-LOCATION", "B-MISC": "B-MISC", "B-DATE": "B-DATE"} {
		got, ok := normTag(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"X-PER", "B", "BPER", "o", ""} {
		_, ok := normTag(in)
		assert.False(t, ok, in)
	}
}

func TestReadCoNLL(t *testing.T) {
	docs, err := readCoNLL(strings.NewReader("\uFEFF-DOCSTART- -X- O\n\nA\tB-PER\nB  I-PER\nc O\n\n\nd O\n-DOCSTART-\tO\ne B-LOC"), "x")
	require.NoError(t, err)
	require.Len(t, docs, 2)
	require.Len(t, docs[0].sents, 2)
	assert.Equal(t, []goldToken{{"A", "B-PERSON"}, {"B", "I-PERSON"}, {"c", "O"}}, docs[0].sents[0])
	assert.Equal(t, []goldToken{{"e", "B-LOCATION"}}, docs[1].sents[0])

	_, err = readCoNLL(strings.NewReader("A B-PER\nlonely\n"), "f.conll")
	assert.EqualError(t, err, `f.conll:2 (byte 8): want TOKEN and TAG separated by a tab or space, found one column "lonely"`)
	_, err = readCoNLL(strings.NewReader("A B-PER\nb \xff O\n"), "f.conll")
	assert.EqualError(t, err, "f.conll:2: invalid UTF-8 at byte 10")
}

func TestEval(t *testing.T) {
	out, errs, code := runCmd(t, "", "eval", "--gold", "testdata/gold.conll")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "processed 63 tokens in 4 sentences (2 documents); gold phrases: 13;")
	for _, ty := range []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "overall"} {
		assert.Contains(t, out, "\n"+ty+" ")
	}
	t.Logf("\n%s", out)

	out, errs, code = runCmd(t, "", "eval", "--gold", "testdata/gold.conll", "--errors", "--format", "json")
	require.Equal(t, exitOK, code, errs)
	var withErr scores
	require.NoError(t, json.Unmarshal([]byte(out), &withErr))
	fn, fp := 0, 0
	for _, e := range withErr.Errors {
		switch e.Kind {
		case "FN":
			fn++
		case "FP":
			fp++
		}
		assert.Contains(t, e.Context, e.Text)
	}
	assert.Equal(t, withErr.Overall.Gold-withErr.Overall.Correct, fn)
	assert.Equal(t, withErr.Overall.Predicted-withErr.Overall.Correct, fp)

	out, errs, code = runCmd(t, "", "eval", "--gold", "testdata/gold.conll", "--types", "PER,LOC", "--format", "json")
	require.Equal(t, exitOK, code, errs)
	var sc scores
	require.NoError(t, json.Unmarshal([]byte(out), &sc))
	require.Len(t, sc.Types, 2)
	assert.Equal(t, "PERSON", sc.Types[0].Type)
	assert.Equal(t, 3, sc.Types[0].Gold)
	assert.Equal(t, "LOCATION", sc.Types[1].Type)
	assert.Equal(t, 3, sc.Types[1].Gold)
	assert.Equal(t, 6, sc.Overall.Gold)
	assert.InDelta(t, sc.Overall.F1, 2*sc.Overall.Precision*sc.Overall.Recall/(sc.Overall.Precision+sc.Overall.Recall+1e-12), 1e-9)

	// The gold file as a positional argument, and from standard input.
	out2, _, code := runCmd(t, "", "eval", "testdata/gold.conll", "--types", "PER,LOC", "--format", "json")
	require.Equal(t, exitOK, code)
	assert.Equal(t, out, out2)

	_, errs, code = runCmd(t, "", "eval", "--gold", "testdata/bad.conll")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, `vnextract: eval: testdata/bad.conll:2 (byte 14): bad tag "X-TITLE"`)

	_, errs, code = runCmd(t, "", "eval", "--gold", "testdata/missing.conll")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "vnextract: eval: testdata/missing.conll: open testdata/missing.conll: no such file or directory")
}

// TestEvalRoundTrip scores the extractor's own CoNLL output against itself.
func TestEvalRoundTrip(t *testing.T) {
	p := seed(t, "003_cddbbcda4874c2e1.txt")
	conll, errs, code := runCmd(t, "", "extract", "--format", "conll", p)
	require.Equal(t, exitOK, code, errs)
	out, errs, code := runCmd(t, conll, "eval", "--gold", "-", "--format", "json")
	require.Equal(t, exitOK, code, errs)
	var sc scores
	require.NoError(t, json.Unmarshal([]byte(out), &sc))
	assert.Greater(t, sc.Overall.Gold, 10)
	// Re-tokenized text is not the original text, so a perfect score is
	// not guaranteed; it should be close.
	assert.Greater(t, sc.Overall.F1, 0.8, out)
}
