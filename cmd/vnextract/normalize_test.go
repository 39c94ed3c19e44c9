package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNormalizeTone(t *testing.T) {
	in := "Uỷ ban hoà bình\r\nThủy lợi, khoẻ\n\nlast line without newline: hòa"
	out, errs, code := runCmd(t, in, "normalize", "--tone", "old")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "Ủy ban hòa bình\r\nThủy lợi, khỏe\n\nlast line without newline: hòa", out)

	out, errs, code = runCmd(t, in, "normalize", "--tone", "new")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "Uỷ ban hoà bình\r\nThuỷ lợi, khoẻ\n\nlast line without newline: hoà", out)

	out, _, code = runCmd(t, in, "normalize", "--fold")
	require.Equal(t, exitOK, code)
	assert.Equal(t, "Uy ban hoa binh\r\nThuy loi, khoe\n\nlast line without newline: hoa", out)
}

func TestNormalizeLineCount(t *testing.T) {
	p := seed(t, "001_d3e2386747a25578.txt")
	in, err := os.ReadFile(p)
	require.NoError(t, err)
	out, errs, code := runCmd(t, "", "normalize", p)
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, bytes.Count(in, []byte("\n")), strings.Count(out, "\n"))
}

func TestNormalizeLegacy(t *testing.T) {
	// "Xin chào" in TCVN3 is "Xin chµo": raw bytes, and read as Windows-1252.
	out, errs, code := runCmd(t, "Xin ch\xb5o\n", "normalize", "--from", "tcvn3")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "Xin chào\n", out)
	out, errs, code = runCmd(t, "Xin chµo\n", "normalize", "--from", "tcvn3")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "Xin chào\n", out)
	// auto leaves Unicode alone.
	out, _, code = runCmd(t, "Xin chào Việt Nam\n", "normalize")
	require.Equal(t, exitOK, code)
	assert.Equal(t, "Xin chào Việt Nam\n", out)
}

func TestNormalizeInvalidUTF8(t *testing.T) {
	in := "dòng một\nhai \xff ba\xfe\n"
	at := strings.IndexByte(in, 0xff)
	out, errs, code := runCmd(t, in, "normalize", "--from", "unicode")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "dòng một\nhai \uFFFD ba\uFFFD\n", out)
	assert.Contains(t, errs, fmt.Sprintf("vnextract: normalize: <stdin>: warning: 2 invalid UTF-8 sequence(s) written as U+FFFD, the first at byte %d", at))

	p := writeFile(t, "bad.txt", []byte(in))
	_, errs, code = runCmd(t, "", "normalize", "--strict", "--from", "unicode", p)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, fmt.Sprintf("vnextract: normalize: %s: line 2: invalid UTF-8 at byte %d", p, at))
}

func TestNormalizeErrors(t *testing.T) {
	_, errs, code := runCmd(t, "", "normalize", "testdata/missing.txt")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "vnextract: normalize: testdata/missing.txt: open testdata/missing.txt: no such file or directory")

	out, errs, code := runCmd(t, "", "normalize", writeFile(t, "empty.txt", nil))
	assert.Equal(t, exitOK, code, errs)
	assert.Empty(t, out)
}

// TestNormalizeLongLine streams a line much longer than the read buffer.
func TestNormalizeLongLine(t *testing.T) {
	line := strings.Repeat("hoà bình ", 300000) // 3 MB, one line
	out, errs, code := runCmd(t, line+"\nhoà\n", "normalize")
	require.Equal(t, exitOK, code, errs)
	want := strings.ReplaceAll(line, "hoà", "hòa") + "\nhòa\n"
	assert.True(t, out == want, "long line: got %d bytes %.80q..., want %d bytes %.80q...", len(out), out, len(want), want)
}

// TestNormalizeLarge normalizes a 50 MB file.
func TestNormalizeLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	seedText, err := os.ReadFile(seed(t, "000_1d3b2b95b4575efa.txt"))
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	require.NoError(t, err)
	n := 0
	for size := 0; size < 50<<20; size += len(seedText) {
		f.Write(seedText)
		n += bytes.Count(seedText, []byte("\n"))
	}
	require.NoError(t, f.Close())
	cw := &countWriter{}
	var errb bytes.Buffer
	code := run([]string{"normalize", p}, strings.NewReader(""), cw, &errb)
	require.Equal(t, exitOK, code, errb.String())
	assert.Equal(t, n, cw.lines)
}

type countWriter struct{ lines int }

func (c *countWriter) Write(b []byte) (int, error) {
	c.lines += bytes.Count(b, []byte("\n"))
	return len(b), nil
}

var _ io.Writer = (*countWriter)(nil)

func TestNormalizeRepairFlags(t *testing.T) {
	in := "Ông nguời bàì kủa hoà\n"
	tests := []struct {
		args []string
		want string
	}{
		{nil, "Ông người bài của hòa\n"},
		{[]string{"--repair", "all"}, "Ông người bài của hòa\n"},
		{[]string{"--no-repair"}, "Ông nguời bàì kủa hòa\n"},
		{[]string{"--repair", "none"}, "Ông nguời bàì kủa hòa\n"},
		{[]string{"--no-repair=horn,spelling"}, "Ông nguời bài kủa hòa\n"},
		{[]string{"--repair", "spelling"}, "Ông nguời bàì của hòa\n"},
		{[]string{"--repair", "horn,double-tone", "--no-repair=horn"}, "Ông nguời bài kủa hòa\n"},
	}
	for _, tc := range tests {
		out, errs, code := runCmd(t, in, append([]string{"normalize"}, tc.args...)...)
		require.Equal(t, exitOK, code, errs)
		assert.Equal(t, tc.want, out, "%v", tc.args)
	}
	_, errs, code := runCmd(t, in, "normalize", "--repair", "horns")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, `unknown repair rule "horns"`)
}

func TestNormalizeExplain(t *testing.T) {
	in := "Hà Nội\nÔng nguời bàì kủa hoà\u00a0–\n"
	out, errs, code := runCmd(t, in, "normalize", "--explain")
	require.Equal(t, exitOK, code, errs)
	want := fmt.Sprintf(`<stdin>:%d: "nguời" -> "người" (horn)
<stdin>:%d: "bàì" -> "bài" (double-tone)
<stdin>:%d: "kủa" -> "của" (spelling)
<stdin>:%d: "hoà" -> "hòa" (tone)
<stdin>:%d: "\u00a0" -> " " (space)
<stdin>:%d: "–" -> "-" (dash)
<stdin>: 6 change(s); repaired: double-tone=1 horn=1 spelling=1
`, strings.Index(in, "nguời"), strings.Index(in, "bàì"), strings.Index(in, "kủa"), strings.Index(in, "hoà"),
		strings.Index(in, "\u00a0"), strings.Index(in, "–"))
	assert.Equal(t, want, out)
	// one word in a legacy encoding or VIQR is detected on its own
	for in, want := range map[string]string{"thu+?": "thử", "Vi\xd6t": "Việt", "chaøo": "chào", "Nguye^~n": "Nguyễn"} {
		out, errs, code := runCmd(t, in, "normalize")
		require.Equal(t, exitOK, code, errs)
		assert.Equal(t, want, out, "%q", in)
	}
}
