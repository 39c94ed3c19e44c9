package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the test binary act as the vnextract command (for tests
// that need a real process, such as signal handling).
func TestMain(m *testing.M) {
	if os.Getenv("VNEXTRACT_TEST_MAIN") == "1" {
		code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		if p := os.Getenv("VNEXTRACT_TEST_PEAK_RSS"); p != "" {
			writePeakRSS(p)
		}
		os.Exit(code)
	}
	os.Exit(m.Run())
}

const seedDir = "../../testdata/seeds"

func seed(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(seedDir, name)
	_, err := os.Stat(p)
	require.NoError(t, err)
	return p
}

func seeds(t *testing.T) []string {
	t.Helper()
	ps, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, ps)
	return ps
}

// runCmd runs the command line with stdin and returns stdout, stderr and the
// exit code.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

func TestUsage(t *testing.T) {
	out, errs, code := runCmd(t, "")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "Commands:")
	assert.Empty(t, out)

	out, _, code = runCmd(t, "", "-h")
	assert.Equal(t, exitOK, code)
	for _, c := range []string{"extract", "normalize", "serve", "eval"} {
		assert.Contains(t, out, "\n  "+c)
	}

	for _, c := range []string{"extract", "normalize", "serve", "eval"} {
		out, _, code = runCmd(t, "", c, "-h")
		assert.Equal(t, exitOK, code, c)
		assert.Contains(t, out, "Usage: vnextract "+c)
		assert.Contains(t, out, "Flags:")
		out2, _, code := runCmd(t, "", "help", c)
		assert.Equal(t, exitOK, code)
		assert.Equal(t, out, out2)
	}

	_, errs, code = runCmd(t, "", "frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, `vnextract: unknown command "frobnicate"`)

	_, errs, code = runCmd(t, "", "extract", "--bogus")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "vnextract: extract: flag provided but not defined: -bogus")

	_, errs, code = runCmd(t, "", "extract", "--format", "xml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, `unknown format "xml"`)

	_, errs, code = runCmd(t, "", "extract", "--ref-date", "1/10/2025")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--ref-date: want YYYY-MM-DD")

	_, errs, code = runCmd(t, "", "extract", "-j", "0")
	assert.Equal(t, exitUsage, code)
	assert.NotEmpty(t, errs)

	_, errs, code = runCmd(t, "", "normalize", "--tone", "medium")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "vnextract: normalize: --tone")

	_, errs, code = runCmd(t, "", "normalize", "--from", "ebcdic")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--from")

	_, errs, code = runCmd(t, "", "eval")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--gold FILE is required")

	_, _, code = runCmd(t, "", "serve", "--max-bytes", "lots")
	assert.Equal(t, exitUsage, code)
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"8388608": 8 << 20, "8MiB": 8 << 20, "8M": 8 << 20, "1KB": 1000, "10 KiB": 10 << 10, "1G": 1 << 30} {
		var b byteSize
		require.NoError(t, b.Set(in), in)
		assert.Equal(t, want, int64(b), in)
	}
	var b byteSize
	assert.Error(t, b.Set("-1"))
	assert.Error(t, b.Set("MiB"))
}

func TestFlagsAfterFiles(t *testing.T) {
	p := writeFile(t, "a.txt", []byte("Hoà bình\n"))
	out, errs, code := runCmd(t, "", "normalize", p, "--tone", "old")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, "Hòa bình\n", out)
	// After "--", everything is a file name.
	_, errs, code = runCmd(t, "", "normalize", "--", "--tone")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "vnextract: normalize: --tone: open --tone: no such file or directory")
}

func TestParseTypes(t *testing.T) {
	ts, err := parseTypes("org, PER,LOCATION,per")
	require.NoError(t, err)
	require.Len(t, ts, 3)
	assert.Equal(t, "PERSON", ts[0].String())
	_, err = parseTypes("PERSON,MISC")
	assert.ErrorContains(t, err, `unknown type "MISC"`)
	_, err = parseTypes(" , ")
	assert.Error(t, err)
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	var b bytes.Buffer
	assert.Nil(t, newProgress(&b, 10, false))
	f, err := os.CreateTemp(t.TempDir(), "x")
	require.NoError(t, err)
	defer f.Close()
	assert.Nil(t, newProgress(f, 10, false), "a regular file is not a terminal")
	var p *progress // nil progress is a no-op
	p.add(1, 1)
	p.set(1, 1)
	p.clear()
	p.finish()

	// Drawing, with a fake terminal.
	p = &progress{w: &b, total: 4, width: 10, now: nowFunc()}
	p.add(1, 1)
	p.add(3, 4)
	assert.Contains(t, b.String(), "4/4 files")
	assert.Contains(t, b.String(), "[##########] 100%")
	p.finish()
	assert.True(t, strings.HasSuffix(b.String(), "\r\x1b[K"))
}

func TestSizeString(t *testing.T) {
	assert.Equal(t, "12 B", sizeString(12))
	assert.Equal(t, "1.5 KiB", sizeString(1536))
	assert.Equal(t, "100.0 MiB", sizeString(100<<20))
}

func mustJSON(t *testing.T, s string, v any) {
	t.Helper()
	require.NoError(t, json.Unmarshal([]byte(s), v), "output: %.500s", s)
}

// nowFunc returns a clock that advances one second per call.
func nowFunc() func() time.Time {
	t := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

// writePeakRSS writes the process's own peak resident set (VmHWM, in kB)
// to the file p. The parent's rusage cannot be used for this: Go starts a
// child with CLONE_VM, and Linux carries the parent's high-water mark into
// the child's ru_maxrss at exec, so a busy test process would be counted
// as the child's peak. VmHWM belongs to the new address space alone.
func writePeakRSS(p string) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return // not Linux: the caller falls back on rusage
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			_ = os.WriteFile(p, []byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB"))), 0o600)
			return
		}
	}
}
