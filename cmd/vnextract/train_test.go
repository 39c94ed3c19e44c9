package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEvalSegmented reads a word-segmented CoNLL file (tokens with spaces
// and with underscores, IOB1 and IOB2 tags, -DOCSTART- lines). The
// expected counts are conlleval's on the gold column and the tags eval
// predicts, worked out by hand:
//
//	Ông O O / Nguyễn Văn An B-PER B-PER / đến O O / Hà_Nội B-LOC B-LOC /
//	hôm_qua O B-DATE / . O O
//	Bà O O / Trần_Thị B-PER B-PER / Bình I-PER I-PER / làm việc tại O O /
//	Thành phố B-LOC B-LOC / Hồ Chí Minh I-LOC I-LOC / . O O
//	Chủ_tịch B-TITLE B-TITLE / UBND tỉnh B-ORG B-ORG / Nam_Định I-ORG I-ORG /
//	đã đến O O / Đà Nẵng I-LOC B-LOC (I- after O starts a phrase) / . O O
//
// found 8 phrases, 7 in the gold data, 7 correct. Before eval read
// whole tokens it found 3 (it kept "Hà_Nội", "Thành", "Đà").
func TestEvalSegmented(t *testing.T) {
	out, errs, code := runCmd(t, "", "eval", "--gold", "testdata/segmented.conll", "--format", "json")
	require.Equal(t, exitOK, code, errs)
	var sc scores
	require.NoError(t, json.Unmarshal([]byte(out), &sc))
	assert.Equal(t, 22, sc.Tokens)
	assert.Equal(t, [3]int{7, 8, 7}, [3]int{sc.Overall.Gold, sc.Overall.Predicted, sc.Overall.Correct})
	want := map[string][3]int{"PERSON": {2, 2, 2}, "TITLE": {1, 1, 1}, "ORGANIZATION": {1, 1, 1}, "LOCATION": {3, 3, 3}, "DATE": {0, 1, 0}}
	require.Len(t, sc.Types, len(want))
	for _, c := range sc.Types {
		assert.Equal(t, want[c.Type], [3]int{c.Gold, c.Predicted, c.Correct}, c.Type)
	}
}

func TestJoinUnderscores(t *testing.T) {
	for in, want := range map[string]string{"Hà_Nội": "Hà Nội", "Thành_phố_Hồ_Chí_Minh": "Thành phố Hồ Chí Minh", "_": "_",
		"a_": "a_", "_a": "_a", "a__b": "a__b", "ảnh_1.jpg": "ảnh_1.jpg", "x_1": "x_1", "Hà Nội": "Hà Nội"} {
		assert.Equal(t, want, joinUnderscores(in), in)
	}
	assert.Equal(t, []string{"Hà Nội", "Np", "B-LOC"}, conllFields("Hà Nội\tNp\t\tB-LOC \r\n"))
	assert.Equal(t, []string{"Hà_Nội", "Np", "B-LOC"}, conllFields("Hà_Nội  Np B-LOC\n"))
}

// TestTrain trains on CoNLL and JSONL files, then uses the model with
// extract and eval; bad models and bad training files are clear errors.
func TestTrain(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "m.bin")
	jsonl := writeFile(t, "extra.jsonl", []byte(
		`{"text": "Hãng Zorvex mở văn phòng ở Huế.", "mentions": [{"type": "ORG", "start": 6, "end": 12, "text": "Zorvex"}]}`+"\n\n"+
			`{"text": "Hãng Quxil thuê thêm người.", "mentions": [{"type": "ORGANIZATION", "start": 6, "end": 11}]}`+"\n"))
	_, errs, code := runCmd(t, "", "train", "--gold", "testdata/segmented.conll", "--gold", jsonl, "--epochs", "4", "--dev", "testdata/segmented.conll", "-o", model)
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "epoch 1/4:")
	assert.Contains(t, errs, "dev F1")
	assert.Contains(t, errs, "types PERSON,TITLE,ORGANIZATION,LOCATION")
	first, err := os.ReadFile(model)
	require.NoError(t, err)

	// The same command again gives the same bytes.
	_, errs, code = runCmd(t, "", "train", "--gold", "testdata/segmented.conll", "--gold", jsonl, "--epochs", "4", "--dev", "testdata/segmented.conll", "-o", model)
	require.Equal(t, exitOK, code, errs)
	again, _ := os.ReadFile(model)
	assert.Equal(t, first, again)

	out, errs, code := runCmd(t, "Hãng Vemo vừa ra mắt sản phẩm.", "extract", "--model", model, "--format", "jsonl")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, `"text":"Vemo"`)
	assert.Contains(t, out, `"rule":"tagger"`)

	out, errs, code = runCmd(t, "", "eval", "--model", model, "--gold", "testdata/segmented.conll", "--types", "PER,LOC", "--format", "json")
	require.Equal(t, exitOK, code, errs)
	var sc scores
	require.NoError(t, json.Unmarshal([]byte(out), &sc))
	assert.Equal(t, 5, sc.Overall.Gold)

	bad := writeFile(t, "bad.bin", []byte("VNXTAGGR\x01\x00"))
	for _, cmd := range []string{"extract", "eval", "serve"} {
		args := []string{cmd, "--model", bad}
		if cmd == "eval" {
			args = append(args, "--gold", "testdata/segmented.conll")
		}
		_, errs, code = runCmd(t, "x", args...)
		assert.Equal(t, exitFail, code, cmd)
		assert.Contains(t, errs, bad+": tagger: not a valid model file: truncated", cmd)
	}

	for _, c := range []struct{ data, msg string }{
		{`{"text": "abc", "mentions": [{"type": "PER", "start": 1, "end": 9}]}`, "x.jsonl:1: mention 1: [1, 9) is not a span of the text (3 bytes)"},
		{`{"text": "abc", "mentions": [{"type": "PER", "start": 0, "end": 1, "text": "b"}]}`, `x.jsonl:1: mention 1: text "b", but the text at [0, 1) is "a"`},
		{"\n" + `{"mentions": []}`, `x.jsonl:2: no "text"`},
		{`{"text": "abc", "mentions": [{"type": "P E R", "start": 0, "end": 1}]}`, `bad type name "P E R"`},
	} {
		p := filepath.Join(dir, "x.jsonl")
		require.NoError(t, os.WriteFile(p, []byte(c.data), 0o644))
		_, errs, code = runCmd(t, "", "train", "--gold", p, "-o", model)
		assert.Equal(t, exitFail, code, c.data)
		assert.Contains(t, errs, c.msg)
	}
	_, errs, code = runCmd(t, "", "train", "--gold", jsonl)
	assert.Equal(t, exitUsage, code)
	assert.True(t, strings.Contains(errs, "-o MODEL is required"), errs)
}

// TestTagColumn reads a CoNLL file with five columns (token, part of
// speech, chunk, entity, nested entity; segmented.conll's tokens and tags
// in the fourth): with --tag-column 4 eval and train read what they read
// in segmented.conll, and the counts are the same; the last column (all O)
// has no phrase; a column the lines do not have is an error.
func TestTagColumn(t *testing.T) {
	score := func(args ...string) scores {
		t.Helper()
		out, errs, code := runCmd(t, "", append([]string{"eval", "--format", "json"}, args...)...)
		require.Equal(t, exitOK, code, errs)
		var sc scores
		require.NoError(t, json.Unmarshal([]byte(out), &sc))
		return sc
	}
	want := score("--gold", "testdata/segmented.conll")
	got := score("--gold", "testdata/columns.conll", "--tag-column", "4")
	assert.Equal(t, want.Overall, got.Overall)
	assert.Equal(t, want.Tokens, got.Tokens)
	assert.Equal(t, 0, score("--gold", "testdata/columns.conll").Overall.Gold)

	_, errs, code := runCmd(t, "", "eval", "--gold", "testdata/columns.conll", "--tag-column", "6")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "testdata/columns.conll:3 (byte 24): 5 columns, no column 6 for the tag")
	_, _, code = runCmd(t, "", "eval", "--gold", "testdata/columns.conll", "--tag-column", "1")
	assert.Equal(t, exitUsage, code)

	model := filepath.Join(t.TempDir(), "m.bin")
	_, errs, code = runCmd(t, "", "train", "--gold", "testdata/columns.conll", "--tag-column", "4", "--epochs", "3", "-o", model)
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "types PERSON,TITLE,ORGANIZATION,LOCATION")
}
