package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func init() {
	// The page is text; kin-openapi decodes text/plain but not text/html.
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.PlainBodyDecoder)
}

// loadOpenAPI fetches and validates a server's OpenAPI document.
func loadOpenAPI(t *testing.T, base string) *openapi3.T {
	t.Helper()
	a := send(t, http.MethodGet, base+"/openapi.json", "")
	require.Equal(t, http.StatusOK, a.status)
	doc, err := openapi3.NewLoader().LoadFromData(a.body)
	require.NoError(t, err)
	require.NoError(t, doc.Validate(context.Background()), "the document is valid OpenAPI 3")
	return doc
}

// exchangeCase is a request sent to a server; valid says whether the
// request itself must match the document (bad input is sent on purpose).
type exchangeCase struct {
	method, path, body string
	valid              bool
}

// TestOpenAPI keeps /openapi.json true: every answer of a range of real
// requests, good and bad, must match the document (the response schemas
// forbid fields they do not list), every request meant to be valid must
// match too, and every operation and status the document lists must have
// been seen.
func TestOpenAPI(t *testing.T) {
	const maxBytes = 64 << 10
	_, srv := newServer(t, Options{MaxBytes: maxBytes, MaxBatchDocuments: 10})
	// The same service with no time to work: its 503s.
	_, slow := newServer(t, Options{MaxBytes: maxBytes, MaxBatchDocuments: 10, Timeout: time.Nanosecond})

	jsonBody := func(v any) string {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return string(b)
	}
	files, err := filepath.Glob("../../../testdata/seeds/*.txt")
	require.NoError(t, err)
	var seeds []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		seeds = append(seeds, string(b))
	}
	require.NotEmpty(t, seeds)

	cases := []exchangeCase{
		{"GET", "/healthz", "", true},
		{"GET", "/openapi.json", "", true},
		{"GET", "/metrics", "", true},
		{"GET", "/", "", true},
		{"GET", "/?text=" + strings.ReplaceAll(sentence, " ", "+") + "&ref_date=2025-10-02", "", true},
		{"POST", "/v1/extract", jsonBody(map[string]string{"text": sentence, "ref_date": "2025-10-02"}), true},
		{"POST", "/v1/extract", `{"text": ""}`, true},
		{"POST", "/v1/extract", `{"text": "abc"`, false},
		{"POST", "/v1/extract", `{"text": "a", "ref_date": "1/10"}`, false},
		{"POST", "/v1/extract", `{"text": "` + strings.Repeat("a", maxBytes) + `"}`, true},
		{"POST", "/v1/extract/batch", `{"documents": []}`, true},
		{"POST", "/v1/extract/batch", `{"documents": [{"id": "x"}, 7, {"text": "a", "ref_date": "bad"}]}`, false},
		{"POST", "/v1/extract/batch", `{"docs": []}`, false},
		{"POST", "/v1/extract/batch", `{"documents": [` + strings.Repeat(`{"text": "a"},`, 10) + `{"text": "a"}]}`, false},
		{"POST", "/v1/normalize", `{"text": "Uỷ ban hoà bình", "tone": "old", "from": "auto", "fold": true}`, true},
		{"POST", "/v1/normalize", `{"text": "Xin chµo", "from": "tcvn3"}`, true},
		{"POST", "/v1/normalize", `{"text": "nguời bàì", "repair": "horn,spelling"}`, true},
		{"POST", "/v1/normalize", `{"text": "a", "repair": "tone"}`, false},
		{"POST", "/v1/extract", `{"text": "Bộ truởng nói", "repair": "none"}`, true},
		{"POST", "/v1/extract/batch", `{"documents": [{"text": "Bộ truởng nói", "repair": "horn"}]}`, true},
		{"POST", "/v1/normalize", `{"text": "a", "tone": "loud"}`, false},
		{"POST", "/v1/normalize", `{"text": "` + strings.Repeat("a", maxBytes) + `"}`, true},
	}
	// Whole articles, one by one and as a batch, for the richer shapes
	// (name parts, values, former positions, more evidence).
	var batch BatchRequest
	for i := range seeds {
		cases = append(cases, exchangeCase{"POST", "/v1/extract", jsonBody(map[string]string{"text": seeds[i]}), true})
		batch.Documents = append(batch.Documents, BatchDocument{ID: strconv.Itoa(i), Text: &seeds[i], RefDate: "2025-10-02"})
	}
	cases = append(cases, exchangeCase{"POST", "/v1/extract/batch", jsonBody(batch), true})

	doc := loadOpenAPI(t, srv.URL)
	// Every path with a method it does not take, for the 405s.
	for path, item := range doc.Paths.Map() {
		method := "DELETE"
		if item.Get != nil {
			method = "POST"
		}
		cases = append(cases, exchangeCase{method, path, "", false})
	}

	seen := map[string]bool{} // "METHOD path status"
	for _, base := range []string{srv.URL, slow.URL} {
		d := loadOpenAPI(t, base)
		d.Servers = openapi3.Servers{{URL: base}}
		router, err := gorillamux.NewRouter(d)
		require.NoError(t, err)
		for _, c := range cases {
			a := send(t, c.method, base+c.path, c.body)
			req, err := http.NewRequest(c.method, base+c.path, strings.NewReader(c.body))
			require.NoError(t, err)
			if c.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			route, params, err := router.FindRoute(req)
			if err == routers.ErrMethodNotAllowed {
				// The document does not list the operation: the answer
				// must be the documented 405 of the path.
				assert.Equal(t, http.StatusMethodNotAllowed, a.status, "%s %s", c.method, c.path)
				seen["* "+c.path+" 405"] = true
				continue
			}
			require.NoError(t, err, "%s %s is in the document", c.method, c.path)
			in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route}
			if c.valid {
				assert.NoError(t, openapi3filter.ValidateRequest(context.Background(), in), "request %s %s", c.method, c.path)
			}
			err = openapi3filter.ValidateResponse(context.Background(), &openapi3filter.ResponseValidationInput{
				RequestValidationInput: in,
				Status:                 a.status,
				Header:                 a.header,
				Body:                   io.NopCloser(bytes.NewReader(a.body)),
				Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
			})
			assert.NoError(t, err, "answer %d to %s %s: %.300s", a.status, c.method, c.path, a.body)
			seen[c.method+" "+route.Path+" "+strconv.Itoa(a.status)] = true
		}
	}

	// Every documented answer was seen.
	var missing []string
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			for status := range op.Responses.Map() {
				key := method + " " + path + " " + status
				if status == "405" {
					key = "* " + path + " 405"
				}
				if !seen[key] {
					missing = append(missing, method+" "+path+" "+status)
				}
			}
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "documented answers never produced")
}

// TestOpenAPICoversRoutes: the document lists every endpoint served, and
// nothing else.
func TestOpenAPICoversRoutes(t *testing.T) {
	_, srv := newServer(t, Options{})
	doc := loadOpenAPI(t, srv.URL)
	var documented, served []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented = append(documented, method+" "+path)
		}
	}
	for path, rt := range routes {
		served = append(served, rt.methods+" "+path)
	}
	assert.ElementsMatch(t, served, documented)
}

// TestOpenAPILimits: the document states the server's own limits.
func TestOpenAPILimits(t *testing.T) {
	_, srv := newServer(t, Options{MaxBytes: 12345, MaxBatchDocuments: 7, Timeout: 90 * time.Second, Concurrency: 3})
	doc := loadOpenAPI(t, srv.URL)
	assert.Equal(t, map[string]any{
		"max_body_bytes": 12345.0, "max_batch_documents": 7.0, "timeout_seconds": 90.0, "concurrency": 3.0,
	}, doc.Info.Extensions["x-limits"])
	items := doc.Components.Schemas["BatchRequest"].Value.Properties["documents"].Value
	require.NotNil(t, items.MaxItems)
	assert.Equal(t, uint64(7), *items.MaxItems)
	assert.Contains(t, *doc.Components.Responses["TooLarge"].Value.Description, "12345 bytes")
	assert.Contains(t, *doc.Components.Responses["Timeout"].Value.Description, "1m30s")
}
