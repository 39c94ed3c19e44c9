package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var listenRE = regexp.MustCompile(`"msg":"listening","url":"(http://[^"]+)"`)

// waitURL waits for the server's "listening" log record.
func waitURL(t *testing.T, logs func() string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := listenRE.FindStringSubmatch(logs()); m != nil {
			return m[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("server did not start: %s", logs())
	return ""
}

type reply struct {
	status int
	body   string
	header http.Header
}

func do(t *testing.T, method, url, contentType string, body io.Reader) reply {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return reply{resp.StatusCode, string(b), resp.Header}
}

func post(t *testing.T, url, body string) reply {
	return do(t, http.MethodPost, url, "application/json", strings.NewReader(body))
}

// assertError checks an error reply: the status and a JSON {"error"} body.
func assertError(t *testing.T, r reply, status int, substr string) {
	t.Helper()
	assert.Equal(t, status, r.status, r.body)
	assert.Equal(t, "application/json; charset=utf-8", r.header.Get("Content-Type"))
	var e struct {
		Error string `json:"error"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.body), &e), r.body)
	assert.Contains(t, e.Error, substr)
}

// TestServe starts the real server on a loopback port and talks HTTP to it.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- runContext(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--max-bytes", "1MiB"}, strings.NewReader(""), io.Discard, &logs)
	}()
	base := waitURL(t, logs.String)

	r := do(t, http.MethodGet, base+"/healthz", "", nil)
	assert.Equal(t, http.StatusOK, r.status)
	assert.JSONEq(t, `{"status":"ok"}`, r.body)

	// Extract.
	text := "Ngày 1/10, tại Hà Nội, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn phát biểu."
	body, _ := json.Marshal(map[string]string{"text": text, "ref_date": "2025-10-02"})
	r = post(t, base+"/v1/extract", string(body))
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Equal(t, "application/json; charset=utf-8", r.header.Get("Content-Type"))
	var d jsonDoc
	mustJSON(t, r.body, &d)
	assert.Equal(t, "2025-10-02", d.RefDate)
	checkOffsets(t, []byte(text), &d)
	assert.NotEmpty(t, d.Mentions)

	// The CLI and the service agree.
	cli, _, code := runCmd(t, text, "extract", "--ref-date", "2025-10-02")
	require.Equal(t, exitOK, code)
	assert.JSONEq(t, cli, r.body)

	// Empty text is a valid, empty document.
	r = post(t, base+"/v1/extract", `{"text": ""}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Contains(t, r.body, `"mentions":[]`)

	// Normalize.
	r = post(t, base+"/v1/normalize", `{"text": "Uỷ ban hoà bình", "tone": "old"}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.JSONEq(t, `{"text": "Ủy ban hòa bình", "encoding": "unicode", "invalid_utf8": 0}`, r.body)
	r = post(t, base+"/v1/normalize", `{"text": "Xin chµo", "from": "tcvn3"}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.JSONEq(t, `{"text": "Xin chào", "encoding": "tcvn3", "invalid_utf8": 0}`, r.body)
	r = post(t, base+"/v1/normalize", `{"text": "Chủ tịch", "fold": true, "tone": "new"}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	assert.Contains(t, r.body, `"text":"Chu tich"`)

	// A batch answers in input order, with the same documents as single requests.
	r = post(t, base+"/v1/extract/batch", `{"documents": [{"id": "a", "text": "`+text+`", "ref_date": "2025-10-02"}, {"id": "b"}]}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	var batch struct {
		Documents []struct {
			ID       string          `json:"id"`
			Document json.RawMessage `json:"document"`
			Error    string          `json:"error"`
		} `json:"documents"`
	}
	mustJSON(t, r.body, &batch)
	require.Len(t, batch.Documents, 2)
	assert.Equal(t, "a", batch.Documents[0].ID)
	assert.JSONEq(t, cli, string(batch.Documents[0].Document))
	assert.Equal(t, "b", batch.Documents[1].ID)
	assert.Contains(t, batch.Documents[1].Error, `missing "text"`)

	// Request ids: echoed when sent, made when not.
	req, err := http.NewRequest(http.MethodGet, base+"/healthz", nil)
	require.NoError(t, err)
	req.Header.Set("X-Request-Id", "trace-42")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, "trace-42", resp.Header.Get("X-Request-Id"))
	assert.Regexp(t, `^[0-9a-f]{24}$`, do(t, http.MethodGet, base+"/healthz", "", nil).header.Get("X-Request-Id"))

	// Bad input: 4xx with a JSON error, never a 500.
	assertError(t, post(t, base+"/v1/extract", `{"text": "abc"`), 400, "malformed JSON")
	assertError(t, post(t, base+"/v1/extract", `{"text": 12}`), 400, `field "text"`)
	assertError(t, post(t, base+"/v1/extract", `["text"]`), 400, "want a JSON object")
	assertError(t, post(t, base+"/v1/extract", `not json`), 400, "malformed JSON at byte")
	assertError(t, post(t, base+"/v1/extract", ``), 400, "empty request body")
	assertError(t, post(t, base+"/v1/extract", `{"text": "a"} {"text": "b"}`), 400, "unexpected data after the object")
	assertError(t, post(t, base+"/v1/extract", `{"txt": "a"}`), 400, `missing "text"`)
	assertError(t, post(t, base+"/v1/extract", `{"text": "a", "ref_date": "1/10/2025"}`), 400, "ref_date")
	assertError(t, post(t, base+"/v1/extract", "{\"text\": \"a\xff\"}"), 400, "not valid UTF-8 (first bad byte at offset 11)")
	assertError(t, post(t, base+"/v1/normalize", `{"text": "a", "tone": "loud"}`), 400, "tone")
	assertError(t, post(t, base+"/v1/normalize", `{"text": "a", "from": "ebcdic"}`), 400, "from")
	assertError(t, post(t, base+"/v1/normalize", `{}`), 400, `missing "text"`)
	big := `{"text": "` + strings.Repeat("a", 2<<20) + `"}`
	assertError(t, post(t, base+"/v1/extract", big), 413, "larger than the limit")
	// A body without Content-Length (chunked) is cut at the limit too.
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte(big))
		pw.Close()
	}()
	assertError(t, do(t, http.MethodPost, base+"/v1/extract", "application/json", pr), 413, "larger than the limit")
	r = do(t, http.MethodGet, base+"/v1/extract", "", nil)
	assertError(t, r, 405, "use POST")
	assert.Equal(t, "POST", r.header.Get("Allow"))
	assertError(t, do(t, http.MethodPost, base+"/healthz", "", nil), 405, "use GET")
	assertError(t, do(t, http.MethodGet, base+"/v2/nothing", "", nil), 404, "no such endpoint")
	assertError(t, post(t, base+"/v1/extract/batch", `{"text": "a"}`), 400, `missing "documents"`)
	assertError(t, post(t, base+"/v1/extract/batch", `{"documents": {}}`), 400, `field "documents"`)
	assertError(t, do(t, http.MethodGet, base+"/v1/extract/batch", "", nil), 405, "use POST")
	assertError(t, post(t, base+"/v1/extract/batch", big), 413, "larger than the limit")

	// Many requests at once.
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			r := post(t, base+"/v1/extract", string(body))
			assert.Equal(t, http.StatusOK, r.status)
		})
	}
	wg.Wait()

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, exitOK, code, logs.String())
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop")
	}
	// The log is JSON lines; each request has a record with its id.
	var sawExtract bool
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &rec), line)
		if rec["msg"] == "request" && rec["method"] == "POST" && rec["path"] == "/v1/extract" && rec["status"] == 200.0 {
			sawExtract = true
			assert.NotEmpty(t, rec["request_id"], line)
		}
	}
	assert.True(t, sawExtract, "no access log record of POST /v1/extract 200:\n%s", logs.String())
	assert.Contains(t, logs.String(), `"msg":"stopped"`)
}

func TestServeListenError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	_, errs, code := runCmd(t, "", "serve", "--addr", ln.Addr().String())
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "vnextract: serve: listen tcp "+ln.Addr().String())
}

// TestServeGracefulShutdown checks that a request in flight when shutdown
// starts is finished.
func TestServeGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, "finished")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveHTTP(ctx, ln, h, 5*time.Second, slog.New(slog.DiscardHandler)) }()

	got := make(chan reply, 1)
	go func() { got <- do(t, http.MethodGet, "http://"+ln.Addr().String()+"/", "", nil) }()
	<-started
	cancel()
	r := <-got
	assert.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, "finished", r.body)
	require.NoError(t, <-done)
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	assert.Error(t, err, "the listener is closed")
}

// TestServeSignal runs the command as a real process and stops it with
// SIGTERM while a request is in flight.
func TestServeSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "VNEXTRACT_TEST_MAIN=1")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	var logs syncBuffer
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logs.Write([]byte(sc.Text() + "\n"))
		}
	}()
	base := waitURL(t, logs.String)

	// A large request, so that it is still running when the signal comes.
	text := strings.Repeat("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn phát biểu tại Hà Nội ngày 1/10. ", 3000)
	body, _ := json.Marshal(map[string]string{"text": text})
	got := make(chan reply, 1)
	go func() { got <- post(t, base+"/v1/extract", string(body)) }()
	time.Sleep(100 * time.Millisecond)
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	r := <-got
	assert.Equal(t, http.StatusOK, r.status)
	assert.True(t, json.Valid([]byte(r.body)))
	require.NoError(t, cmd.Wait(), logs.String())
	assert.Contains(t, logs.String(), "shutting down")
}

// startServe runs "vnextract serve" with args on a free loopback port and
// returns its URL; the server is stopped at the end of the test.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var logs syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- runContext(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), io.Discard, &logs)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			assert.Equal(t, exitOK, code, logs.String())
		case <-time.After(10 * time.Second):
			t.Error("server did not stop")
		}
	})
	return waitURL(t, logs.String)
}

// TestServeLexicon: serve takes the extractor's flags of extract.
func TestServeLexicon(t *testing.T) {
	base := startServe(t, "--lexicon", "testdata/lexicon.tsv", "--quiet")
	r := post(t, base+"/v1/extract", `{"text": "Ông Zyxwv Qwertyu, Chủ tịch Hội Bảo tồn Kỳ lân, đã đến Xứ Wakanda."}`)
	require.Equal(t, http.StatusOK, r.status, r.body)
	var d jsonDoc
	mustJSON(t, r.body, &d)
	found := map[string]string{}
	for _, m := range d.Mentions {
		found[m.Text] = m.Type
	}
	assert.Equal(t, "PERSON", found["Zyxwv Qwertyu"], "mentions: %v", found)
	assert.Equal(t, "ORGANIZATION", found["Hội Bảo tồn Kỳ lân"], "mentions: %v", found)

	_, errs, code := runCmd(t, "", "serve", "--addr", "127.0.0.1:0", "--lexicon", "testdata/none.tsv")
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errs, "testdata/none.tsv: no such file or directory")
}

// TestExtractorFlagsShared: every command that builds an extractor has the
// same extractor flags, with the same help.
func TestExtractorFlagsShared(t *testing.T) {
	var fs flag.FlagSet
	var f extractorFlags
	f.register(&fs)
	var want []string
	fs.VisitAll(func(fl *flag.Flag) {
		var b strings.Builder
		printFlags(&b, flagSetOf(fl))
		want = append(want, b.String())
	})
	require.NotEmpty(t, want)
	for _, c := range []string{"extract", "eval", "serve"} {
		out, _, code := runCmd(t, "", c, "-h")
		require.Equal(t, exitOK, code)
		for _, w := range want {
			assert.Contains(t, out, w, c)
		}
	}
}

// flagSetOf returns a FlagSet holding fl alone.
func flagSetOf(fl *flag.Flag) *flag.FlagSet {
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.Var(fl.Value, fl.Name, fl.Usage)
	return fs
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--max-batch-docs", "0"},
		{"--max-bytes", "0"},
		{"--timeout", "0s"},
		{"--concurrency", "0"},
		{"extra"},
	} {
		_, errs, code := runCmd(t, "", append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
		assert.Equal(t, exitUsage, code, "%v: %s", args, errs)
	}
}
