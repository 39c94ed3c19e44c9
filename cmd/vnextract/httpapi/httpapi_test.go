package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnextract/vnextract"
)

// sentence has a PERSON, a TITLE, ORGANIZATIONs, a LOCATION, a DATE, a
// position and an alias.
const sentence = "Ngày 1/10, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Phan Anh Sơn phát biểu tại Hà Nội."

func newExtractor(t testing.TB) *vnextract.Extractor {
	t.Helper()
	ex, err := vnextract.New()
	require.NoError(t, err)
	return ex
}

// newServer starts a Handler with o on a loopback port.
func newServer(t testing.TB, o Options) (*Handler, *httptest.Server) {
	t.Helper()
	h := New(newExtractor(t), o)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return h, srv
}

type answer struct {
	status int
	header http.Header
	body   []byte
}

func send(t testing.TB, method, url, body string, header ...string) answer {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	require.NoError(t, err)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return answer{resp.StatusCode, resp.Header, b}
}

// docJSON is the v1 JSON of text extracted by ex with ref (may be "").
func docJSON(t testing.TB, ex *vnextract.Extractor, text, ref string) string {
	t.Helper()
	if ref != "" {
		d, err := time.Parse("2006-01-02", ref)
		require.NoError(t, err)
		ex = ex.WithRefDate(d)
	}
	doc, err := ex.Extract(context.Background(), []byte(text))
	require.NoError(t, err)
	return string(doc.AppendJSON(nil))
}

// seedParagraphs returns the non-empty lines of the seed articles.
func seedParagraphs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

type batchAnswer struct {
	Documents []struct {
		ID       string          `json:"id"`
		Document json.RawMessage `json:"document"`
		Error    string          `json:"error"`
		Status   int             `json:"status"`
	} `json:"documents"`
}

// TestBatchOrder sends the seed paragraphs as one batch: every document
// comes back in its place, equal to the extraction of it alone.
func TestBatchOrder(t *testing.T) {
	_, srv := newServer(t, Options{Concurrency: 4})
	ex := newExtractor(t)
	paras := seedParagraphs(t)
	var req BatchRequest
	for i := range paras {
		req.Documents = append(req.Documents, BatchDocument{ID: "p" + strconv.Itoa(i), Text: &paras[i]})
	}
	body, err := json.Marshal(req)
	require.NoError(t, err)
	a := send(t, http.MethodPost, srv.URL+"/v1/extract/batch", string(body))
	require.Equal(t, http.StatusOK, a.status, string(a.body))
	var got batchAnswer
	require.NoError(t, json.Unmarshal(a.body, &got))
	require.Len(t, got.Documents, len(paras))
	for i, d := range got.Documents {
		assert.Equal(t, "p"+strconv.Itoa(i), d.ID)
		assert.Empty(t, d.Error)
		assert.JSONEq(t, docJSON(t, ex, paras[i], ""), string(d.Document), "document %d", i)
	}
	// The answer decodes into the exported types.
	var typed BatchResponse
	require.NoError(t, json.Unmarshal(a.body, &typed))
	require.Len(t, typed.Documents, len(paras))
	assert.NotNil(t, typed.Documents[0].Document)
}

// TestBatchErrors checks the per-document errors, in place, and the errors
// that fail a whole batch.
func TestBatchErrors(t *testing.T) {
	_, srv := newServer(t, Options{MaxBatchDocuments: 4, MaxBytes: 4096})
	ex := newExtractor(t)
	a := send(t, http.MethodPost, srv.URL+"/v1/extract/batch", `{"documents": [
		{"id": "ok", "text": "`+sentence+`", "ref_date": "2025-10-02"},
		{"id": "no-text"},
		{"id": "bad-date", "text": "x", "ref_date": "1/10/2025"}]}`)
	require.Equal(t, http.StatusOK, a.status, string(a.body))
	var got batchAnswer
	require.NoError(t, json.Unmarshal(a.body, &got))
	require.Len(t, got.Documents, 3)
	assert.JSONEq(t, docJSON(t, ex, sentence, "2025-10-02"), string(got.Documents[0].Document))
	for i, c := range []struct {
		id, err string
	}{{"no-text", `document 1: missing "text"`}, {"bad-date", `document 2: ref_date: want YYYY-MM-DD, got "1/10/2025"`}} {
		d := got.Documents[i+1]
		assert.Equal(t, c.id, d.ID)
		assert.Contains(t, d.Error, c.err)
		assert.Equal(t, http.StatusBadRequest, d.Status)
		assert.Nil(t, d.Document)
	}

	a = send(t, http.MethodPost, srv.URL+"/v1/extract/batch", `{"documents": ["text", 12, null, {"id": "typed", "text": 5}]}`)
	require.Equal(t, http.StatusOK, a.status, string(a.body))
	got = batchAnswer{}
	require.NoError(t, json.Unmarshal(a.body, &got))
	require.Len(t, got.Documents, 4)
	assert.Equal(t, "document 0: want a JSON object, got a JSON string", got.Documents[0].Error)
	assert.Equal(t, "document 1: want a JSON object, got a JSON number", got.Documents[1].Error)
	assert.Contains(t, got.Documents[2].Error, `document 2: missing "text"`)
	assert.Equal(t, "typed", got.Documents[3].ID, "the id is kept when another field is wrong")
	assert.Contains(t, got.Documents[3].Error, `document 3: field "text": want a string`)

	a = send(t, http.MethodPost, srv.URL+"/v1/extract/batch", `{"documents": []}`)
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "{\"documents\":[]}\n", string(a.body))

	for _, c := range []struct {
		name, body string
		status     int
		msg        string
	}{
		{"too many documents", `{"documents": [{"text": "a"}, {"text": "b"}, {"text": "c"}, {"text": "d"}, {"text": "e"}]}`, 413, "5 documents is more than the limit of 4 per batch"},
		{"too many bytes", `{"documents": [{"text": "` + strings.Repeat("a", 5000) + `"}]}`, 413, "larger than the limit of 4096 bytes"},
		{"no documents", `{"text": "a"}`, 400, `missing "documents"`},
		{"null documents", `{"documents": null}`, 400, `missing "documents"`},
		{"documents not an array", `{"documents": "a"}`, 400, `field "documents"`},
		{"not JSON", `{"documents": [`, 400, "malformed JSON"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := send(t, http.MethodPost, srv.URL+"/v1/extract/batch", c.body)
			assert.Equal(t, c.status, a.status, string(a.body))
			var e ErrorResponse
			require.NoError(t, json.Unmarshal(a.body, &e), string(a.body))
			assert.Contains(t, e.Error, c.msg)
		})
	}
}

// TestBatchTimeout: documents not done in time get a 503 in their place,
// and the batch still answers.
func TestBatchTimeout(t *testing.T) {
	_, srv := newServer(t, Options{Timeout: time.Nanosecond})
	a := send(t, http.MethodPost, srv.URL+"/v1/extract/batch", `{"documents": [{"id": "a", "text": "`+sentence+`"}, {"id": "b", "text": "x"}]}`)
	require.Equal(t, http.StatusOK, a.status, string(a.body))
	var got batchAnswer
	require.NoError(t, json.Unmarshal(a.body, &got))
	require.Len(t, got.Documents, 2)
	for i, d := range got.Documents {
		assert.Equal(t, http.StatusServiceUnavailable, d.Status, "document %d", i)
		assert.Contains(t, d.Error, "took longer than")
	}
	// A single request gets the 503 as its answer.
	a = send(t, http.MethodPost, srv.URL+"/v1/extract", `{"text": "x"}`)
	assert.Equal(t, http.StatusServiceUnavailable, a.status)
}

// TestAppendBatchResponse checks the hand-written encoding against
// encoding/json's.
func TestAppendBatchResponse(t *testing.T) {
	doc, err := newExtractor(t).Extract(context.Background(), []byte(sentence))
	require.NoError(t, err)
	for _, rs := range [][]BatchResult{
		{},
		{{Document: doc}},
		{{ID: "a<b>&\u2028\"\\", Document: doc}, {ID: "x", Error: "document 1: bad \"thing\" <here>", Status: 400}, {Error: "e", Status: 503}},
	} {
		want, err := json.Marshal(BatchResponse{Documents: rs})
		require.NoError(t, err)
		assert.Equal(t, string(want)+"\n", string(appendBatchResponse(nil, rs)))
	}
}

func TestRequestID(t *testing.T) {
	_, srv := newServer(t, Options{})
	made := regexp.MustCompile(`^[0-9a-f]{24}$`)
	for _, c := range []struct {
		name, sent string
		echoed     bool
	}{
		{"none", "", false},
		{"simple", "abc-123", true},
		{"uuid", "3f2b8c1e-7d4a-4b8e-9c1f-2a6d5e4b3c2a", true},
		{"longest", strings.Repeat("x", 128), true},
		{"too long", strings.Repeat("x", 129), false},
		{"space", "a b", false},
		{"quote", `a"b`, false},
		{"non-ASCII", "Hà-Nội", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var hdr []string
			if c.sent != "" {
				hdr = []string{"X-Request-Id", c.sent}
			}
			got := send(t, http.MethodGet, srv.URL+"/healthz", "", hdr...).header.Get("X-Request-Id")
			if c.echoed {
				assert.Equal(t, c.sent, got)
			} else {
				assert.Regexp(t, made, got)
			}
		})
	}
	// Errors carry it too.
	assert.Equal(t, "r1", send(t, http.MethodGet, srv.URL+"/nothing", "", "X-Request-Id", "r1").header.Get("X-Request-Id"))
}

// TestAccessLog checks the JSON record of a request.
func TestAccessLog(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, nil))
	_, srv := newServer(t, Options{Logger: logger})
	send(t, http.MethodPost, srv.URL+"/v1/extract", `{"text": "`+sentence+`"}`, "X-Request-Id", "req-7")
	send(t, http.MethodGet, srv.URL+"/?text=secret", "")
	send(t, http.MethodPost, srv.URL+"/v1/extract", `{"text": 1}`)
	srv.Close() // the records are written before the answers end; this waits for the handlers

	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var r map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		recs = append(recs, r)
	}
	require.Len(t, recs, 3)
	r := recs[0]
	assert.Equal(t, "request", r["msg"])
	assert.Equal(t, "INFO", r["level"])
	assert.Equal(t, "req-7", r["request_id"])
	assert.Equal(t, "POST", r["method"])
	assert.Equal(t, "/v1/extract", r["path"])
	assert.Equal(t, 200.0, r["status"])
	assert.Equal(t, float64(len(`{"text": "`+sentence+`"}`)), r["bytes_in"])
	assert.Greater(t, r["bytes_out"], 100.0)
	assert.Equal(t, 1.0, r["documents"])
	assert.Contains(t, r, "duration_ms")
	assert.Contains(t, r, "remote")
	assert.NotContains(t, r, "error")

	assert.Equal(t, "/", recs[1]["path"])
	assert.NotContains(t, buf.String(), "secret", "the query may hold the user's text")

	assert.Equal(t, 400.0, recs[2]["status"])
	assert.Contains(t, recs[2]["error"], `field "text"`)
}

// TestMetrics scrapes /metrics after known requests.
func TestMetrics(t *testing.T) {
	h, srv := newServer(t, Options{})
	ex := newExtractor(t)
	send(t, http.MethodPost, srv.URL+"/v1/extract", `{"text": "`+sentence+`"}`)
	send(t, http.MethodPost, srv.URL+"/v1/extract/batch", `{"documents": [{"text": "`+sentence+`"}, {"text": "Hà Nội"}, {}]}`)
	send(t, http.MethodPost, srv.URL+"/v1/extract", `{"text": 1}`)
	send(t, http.MethodGet, srv.URL+"/nowhere", "")
	send(t, http.MethodPost, srv.URL+"/v1/normalize", `{"text": "hoà"}`)
	send(t, http.MethodPost, srv.URL+"/v1/normalize", `{"text": "hoà", "tone": "loud"}`)
	a := send(t, http.MethodGet, srv.URL+"/metrics", "")
	require.Equal(t, http.StatusOK, a.status)
	assert.Contains(t, a.header.Get("Content-Type"), "text/plain")
	body := string(a.body)

	// The mentions of the three documents extracted, by type.
	counts := map[string]int{}
	for _, text := range []string{sentence, sentence, "Hà Nội"} {
		doc, err := ex.Extract(context.Background(), []byte(text))
		require.NoError(t, err)
		for _, m := range doc.Mentions {
			counts[m.Type.String()]++
		}
	}
	require.NotZero(t, counts["PERSON"])
	want := []string{
		`vnextract_http_requests_total{code="200",endpoint="/v1/extract"} 1`,
		`vnextract_http_requests_total{code="400",endpoint="/v1/extract"} 1`,
		`vnextract_http_requests_total{code="200",endpoint="/v1/extract/batch"} 1`,
		`vnextract_http_requests_total{code="404",endpoint="other"} 1`,
		`vnextract_http_request_duration_seconds_count{endpoint="/v1/extract"} 2`,
		`vnextract_http_requests_in_flight 1`, // the scrape itself
		`vnextract_documents_total{endpoint="/v1/extract",outcome="ok"} 1`,
		`vnextract_documents_total{endpoint="/v1/extract/batch",outcome="ok"} 2`,
		`vnextract_documents_total{endpoint="/v1/extract/batch",outcome="error"} 1`,
		fmt.Sprintf(`vnextract_document_bytes_total{endpoint="/v1/extract/batch"} %d`, len(sentence)+len("Hà Nội")),
		`vnextract_mentions_total{type="TIME"} 0`,
		`vnextract_relations_total{type="position"} 2`,
		`vnextract_batch_documents_count 1`,
		`vnextract_documents_total{endpoint="/v1/normalize",outcome="ok"} 1`,
		`vnextract_documents_total{endpoint="/v1/normalize",outcome="error"} 1`,
		fmt.Sprintf(`vnextract_document_bytes_total{endpoint="/v1/normalize"} %d`, len("hoà")),
		`go_goroutines `,
		`go_memstats_heap_alloc_bytes `,
		`process_resident_memory_bytes `,
	}
	for ty, n := range counts {
		want = append(want, fmt.Sprintf(`vnextract_mentions_total{type=%q} %d`, ty, n))
	}
	for _, w := range want {
		if !strings.HasSuffix(w, " ") { // a whole line, value included
			w += "\n"
		}
		assert.Contains(t, body, w)
	}

	// A second Handler in the same process has its own counts.
	_, srv2 := newServer(t, Options{})
	body2 := string(send(t, http.MethodGet, srv2.URL+"/metrics", "").body)
	assert.Contains(t, body2, `vnextract_documents_total{endpoint="/v1/extract",outcome="ok"} 0`)
	assert.Zero(t, h.InFlight())
}

func TestMethods(t *testing.T) {
	_, srv := newServer(t, Options{})
	for _, c := range []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/healthz", 200, ""},
		{"HEAD", "/healthz", 200, ""},
		{"HEAD", "/", 200, ""},
		{"HEAD", "/metrics", 200, ""},
		{"GET", "/openapi.json", 200, ""},
		{"POST", "/", 405, "GET, HEAD"},
		{"DELETE", "/metrics", 405, "GET, HEAD"},
		{"PUT", "/openapi.json", 405, "GET, HEAD"},
		{"GET", "/v1/extract/batch", 405, "POST"},
		{"GET", "/v1/normalize", 405, "POST"},
		{"GET", "/index.html", 404, ""},
		{"GET", "/v1/extract/", 404, ""},
	} {
		t.Run(c.method+" "+c.path, func(t *testing.T) {
			a := send(t, c.method, srv.URL+c.path, "")
			assert.Equal(t, c.status, a.status, string(a.body))
			assert.Equal(t, c.allow, a.header.Get("Allow"))
			assert.NotEmpty(t, a.header.Get("X-Request-Id"))
		})
	}
}

// TestRepairField: the "repair" field of extract, batch and normalize
// requests chooses the repair rules; a bad list is a 400.
func TestRepairField(t *testing.T) {
	_, srv := newServer(t, Options{})
	const text = "Bộ truởng Trần Văn Lâm thăm nguời dân."
	tests := []struct {
		path, body string
		status     int
		has, lacks string
	}{
		{"/v1/extract", `{"text": "` + text + `"}`, 200, `"normalized":"Bộ trưởng"`, ""},
		{"/v1/extract", `{"text": "` + text + `", "repair": "none"}`, 200, `"type":"PERSON"`, `"type":"TITLE"`},
		{"/v1/extract", `{"text": "` + text + `", "repair": "spelling"}`, 200, `"type":"PERSON"`, `"type":"TITLE"`},
		{"/v1/extract", `{"text": "` + text + `", "repair": "horn"}`, 200, `"normalized":"Bộ trưởng"`, ""},
		{"/v1/extract", `{"text": "` + text + `", "repair": "hornet"}`, 400, `repair: normalize: unknown repair rule \"hornet\"`, ""},
		{"/v1/extract/batch", `{"documents": [{"text": "` + text + `", "repair": "none"}, {"text": "` + text + `"}]}`, 200, `"normalized":"Bộ trưởng"`, ""},
		{"/v1/normalize", `{"text": "nguời bàì"}`, 200, `"text":"người bài"`, ""},
		{"/v1/normalize", `{"text": "nguời bàì", "repair": "none"}`, 200, `"text":"nguời bàì"`, ""},
		{"/v1/normalize", `{"text": "nguời bàì", "repair": "double-tone"}`, 200, `"text":"nguời bài"`, ""},
		{"/v1/normalize", `{"text": "a", "repair": "x"}`, 400, `repair: `, ""},
	}
	for _, tc := range tests {
		a := send(t, http.MethodPost, srv.URL+tc.path, tc.body)
		assert.Equal(t, tc.status, a.status, tc.body)
		assert.Contains(t, string(a.body), tc.has, tc.body)
		if tc.lacks != "" {
			assert.NotContains(t, string(a.body), tc.lacks, tc.body)
		}
	}
	// in a batch, each document has its own rules
	a := send(t, http.MethodPost, srv.URL+"/v1/extract/batch", `{"documents": [{"text": "`+text+`", "repair": "none"}, {"text": "`+text+`"}]}`)
	var b batchAnswer
	require.NoError(t, json.Unmarshal(a.body, &b))
	require.Len(t, b.Documents, 2)
	assert.NotContains(t, string(b.Documents[0].Document), `"type":"TITLE"`)
	assert.Contains(t, string(b.Documents[1].Document), `"normalized":"Bộ trưởng"`)
}
