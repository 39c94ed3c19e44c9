// Package httpapi is the HTTP JSON service of vnextract, as served by
// "vnextract serve":
//
//	POST /v1/extract        {"text": "...", "ref_date": "YYYY-MM-DD"} -> the Document JSON (contract v1)
//	POST /v1/extract/batch  {"documents": [{"id": "...", "text": "...", "ref_date": "..."}, ...]}
//	                        -> {"documents": [{"id": "...", "document": {...}} or {"id": "...", "error": "...", "status": 400}, ...]}
//	POST /v1/normalize      {"text": "...", "tone": "old|new|keep", "from": "auto|unicode|tcvn3|vni|viscii|viqr|cp1258", "fold": false}
//	                        -> {"text": "...", "encoding": "...", "invalid_utf8": N}
//	GET  /healthz           -> {"status": "ok"}
//	GET  /openapi.json      -> the OpenAPI 3 description of all of these
//	GET  /metrics           -> Prometheus metrics (text format)
//	GET  /                  -> a page to try the extractor in a browser (/?text=... runs it)
//
// Errors are {"error": "..."} with status 400 (malformed JSON, invalid
// UTF-8, missing "text", bad field value), 404, 405, 413 (body over the
// limit, or too many documents in a batch) or 503 (timeout); bad input
// never gets a 500. A batch answers 200 with each document's error in its
// place.
//
// Every answer carries an X-Request-Id header: the request's own when it
// sent a usable one, a new one otherwise.
//
// Mount it on any server, or in a test with net/http/httptest:
//
//	ex, _ := vnextract.New()
//	srv := httptest.NewServer(httpapi.New(ex, httpapi.Options{}))
package httpapi

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/normalize"
)

// DefaultMaxBytes is the default limit of a request body (8 MiB).
const DefaultMaxBytes = 8 << 20

// DefaultMaxBatchDocuments is the default limit of documents in one batch.
const DefaultMaxBatchDocuments = 1000

// Options configure a Handler. Zero values select the defaults.
type Options struct {
	// MaxBytes is the largest request body accepted, a batch included
	// (default DefaultMaxBytes); larger bodies get 413.
	MaxBytes int64
	// MaxBatchDocuments is the most documents one batch may hold (default
	// DefaultMaxBatchDocuments); more get 413.
	MaxBatchDocuments int
	// Timeout bounds the processing of one request, a whole batch included
	// (default one minute); a request that takes longer gets 503, a batch
	// document not done by then gets a 503 error in its place.
	Timeout time.Duration
	// Concurrency is the number of documents processed at once (default
	// twice GOMAXPROCS); others wait for a slot within their Timeout.
	Concurrency int
	// Logger, when set, receives one record per request (the access log)
	// and one per recovered panic.
	Logger *slog.Logger
}

// Handler serves the API. It is safe for concurrent use.
type Handler struct {
	ex       *vnextract.Extractor
	opts     Options
	sem      chan struct{}
	log      *slog.Logger
	inFlight atomic.Int64
	metrics  *metrics
	promHTTP http.Handler
	openapi  []byte
	page     page
}

// New returns a Handler that extracts with ex. Each Handler has its own
// metrics registry, so that several can run in one process.
func New(ex *vnextract.Extractor, o Options) *Handler {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxBatchDocuments <= 0 {
		o.MaxBatchDocuments = DefaultMaxBatchDocuments
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Minute
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 2 * runtime.GOMAXPROCS(0)
	}
	h := &Handler{ex: ex, opts: o, sem: make(chan struct{}, o.Concurrency), log: o.Logger}
	h.metrics = newMetrics()
	h.promHTTP = promhttp.HandlerFor(h.metrics.reg, promhttp.HandlerOpts{})
	h.openapi = openAPIDocument(o)
	h.page = thePage()
	return h
}

// InFlight returns the number of requests being served.
func (h *Handler) InFlight() int64 { return h.inFlight.Load() }

// httpError is an error with its HTTP status.
type httpError struct {
	status int
	msg    string
}

// Error returns the message sent to the client.
func (e *httpError) Error() string { return e.msg }

func errStatus(status int, format string, args ...any) *httpError {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// statusOf returns the HTTP status of err (500 for an error without one).
func statusOf(err error) int {
	var he *httpError
	if errors.As(err, &he) {
		return he.status
	}
	return http.StatusInternalServerError
}

// exchange is one request and its response as it is served: it is the
// ResponseWriter the endpoints write to, and it records what the access log
// and the metrics report.
type exchange struct {
	http.ResponseWriter
	r        *http.Request
	id       string // the request id
	endpoint string // the metrics label: a known path or "other"
	status   int
	out      int64 // response body bytes
	in       int   // request body bytes read
	docs     int   // documents processed
	err      error // the error answered, if any
}

// WriteHeader records the first status written.
func (x *exchange) WriteHeader(s int) {
	if x.status == 0 {
		x.status = s
	}
	x.ResponseWriter.WriteHeader(s)
}

// Write counts the bytes written (an implicit 200 if no status was set).
func (x *exchange) Write(b []byte) (int, error) {
	if x.status == 0 {
		x.status = http.StatusOK
	}
	n, err := x.ResponseWriter.Write(b)
	x.out += int64(n)
	return n, err
}

// Unwrap gives http.ResponseController the underlying writer.
func (x *exchange) Unwrap() http.ResponseWriter { return x.ResponseWriter }

// route is an endpoint: its methods and what serves it.
type route struct {
	methods string // for the Allow header; GET implies HEAD
	serve   func(h *Handler, x *exchange) error
}

var routes = map[string]route{
	"/v1/extract":       {"POST", func(h *Handler, x *exchange) error { return h.post(x, h.extract) }},
	"/v1/extract/batch": {"POST", func(h *Handler, x *exchange) error { return h.post(x, h.batch) }},
	"/v1/normalize":     {"POST", func(h *Handler, x *exchange) error { return h.post(x, h.normalize) }},
	"/healthz": {"GET", func(h *Handler, x *exchange) error {
		writeJSON(x, http.StatusOK, map[string]string{"status": "ok"})
		return nil
	}},
	"/openapi.json": {"GET", func(h *Handler, x *exchange) error {
		writeBody(x, "application/json; charset=utf-8", h.openapi)
		return nil
	}},
	"/metrics": {"GET", func(h *Handler, x *exchange) error {
		h.promHTTP.ServeHTTP(x, x.r)
		return nil
	}},
	"/": {"GET", func(h *Handler, x *exchange) error {
		h.page.serve(x)
		return nil
	}},
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	x := &exchange{ResponseWriter: w, r: r, id: requestID(r), endpoint: "other"}
	rt, known := routes[r.URL.Path]
	if known {
		x.endpoint = r.URL.Path
	}
	h.inFlight.Add(1)
	h.metrics.inFlight.Inc()
	defer func() {
		h.inFlight.Add(-1)
		h.metrics.inFlight.Dec()
		if p := recover(); p != nil {
			if h.log != nil {
				h.log.Error("panic", "request_id", x.id, "method", r.Method, "path", r.URL.Path,
					"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			}
			x.err = errStatus(http.StatusInternalServerError, "internal error")
			if x.status == 0 {
				writeJSONError(x, x.err)
			}
		}
		elapsed := time.Since(start)
		h.metrics.request(x.endpoint, x.status, elapsed)
		h.accessLog(x, elapsed)
	}()
	x.Header().Set("X-Request-Id", x.id)
	x.Header().Set("X-Content-Type-Options", "nosniff")
	var err error
	switch {
	case !known:
		err = errStatus(http.StatusNotFound, "no such endpoint %s; see GET /openapi.json for the list", r.URL.Path)
	case r.Method == rt.methods, rt.methods == "GET" && r.Method == http.MethodHead:
		err = rt.serve(h, x)
	default:
		allow := rt.methods
		if allow == "GET" {
			allow = "GET, HEAD"
		}
		x.Header().Set("Allow", allow)
		if rt.methods == "POST" {
			err = errStatus(http.StatusMethodNotAllowed, "method %s not allowed; use POST with a JSON body", r.Method)
		} else {
			err = errStatus(http.StatusMethodNotAllowed, "method %s not allowed; use GET", r.Method)
		}
	}
	if err != nil {
		x.err = err
		writeJSONError(x, err)
	}
}

// accessLog writes the request's record: Info, or Error for a 5xx.
func (h *Handler) accessLog(x *exchange, elapsed time.Duration) {
	if h.log == nil {
		return
	}
	level := slog.LevelInfo
	if x.status >= 500 {
		level = slog.LevelError
	}
	// The path only: a query (/?text=...) may hold the user's text.
	attrs := []slog.Attr{
		slog.String("request_id", x.id),
		slog.String("method", x.r.Method),
		slog.String("path", x.r.URL.Path),
		slog.Int("status", x.status),
		slog.Float64("duration_ms", float64(elapsed.Microseconds())/1000),
		slog.Int("bytes_in", x.in),
		slog.Int64("bytes_out", x.out),
		slog.String("remote", x.r.RemoteAddr),
	}
	if x.docs > 0 {
		attrs = append(attrs, slog.Int("documents", x.docs))
	}
	if x.err != nil {
		attrs = append(attrs, slog.String("error", x.err.Error()))
	}
	h.log.LogAttrs(x.r.Context(), level, "request", attrs...)
}

// requestID returns the request's X-Request-Id when it is usable (1 to 128
// printable ASCII characters, no quote or backslash, so that it is safe in a
// header and a log), or a new random one.
func requestID(r *http.Request) string {
	if id := r.Header.Get("X-Request-Id"); id != "" && len(id) <= 128 {
		ok := true
		for i := 0; i < len(id) && ok; i++ {
			c := id[i]
			ok = c > ' ' && c < 0x7f && c != '"' && c != '\\'
		}
		if ok {
			return id
		}
	}
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// post reads and checks the body of a POST and calls f with it.
func (h *Handler) post(x *exchange, f func(*exchange, []byte) error) error {
	r := x.r
	if r.ContentLength > h.opts.MaxBytes {
		return errStatus(http.StatusRequestEntityTooLarge, "request body of %d bytes is larger than the limit of %d bytes", r.ContentLength, h.opts.MaxBytes)
	}
	body, err := io.ReadAll(http.MaxBytesReader(x, r.Body, h.opts.MaxBytes))
	x.in = len(body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return errStatus(http.StatusRequestEntityTooLarge, "request body larger than the limit of %d bytes", h.opts.MaxBytes)
		}
		return errStatus(http.StatusBadRequest, "reading the request body: %v", err)
	}
	if !utf8.Valid(body) {
		return errStatus(http.StatusBadRequest, "request body is not valid UTF-8 (first bad byte at offset %d)", normalize.FirstInvalid(body))
	}
	return f(x, body)
}

// decodeJSON decodes one JSON object from body into v.
func decodeJSON(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return errStatus(http.StatusBadRequest, "empty request body; want a JSON object such as {\"text\": \"...\"}")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return errStatus(http.StatusBadRequest, "malformed JSON at byte %d: %v", se.Offset, err)
		case errors.As(err, &te):
			if te.Field != "" {
				return errStatus(http.StatusBadRequest, "field %q: want a %s, got a JSON %s (byte %d)", te.Field, te.Type, te.Value, te.Offset)
			}
			return errStatus(http.StatusBadRequest, "want a JSON object, got a JSON %s", te.Value)
		case errors.Is(err, io.ErrUnexpectedEOF):
			return errStatus(http.StatusBadRequest, "malformed JSON: unexpected end of the body at byte %d", len(body))
		}
		return errStatus(http.StatusBadRequest, "malformed JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errStatus(http.StatusBadRequest, "malformed JSON: unexpected data after the object at byte %d", dec.InputOffset())
	}
	return nil
}

// ExtractRequest is the body of POST /v1/extract.
type ExtractRequest struct {
	// Text is the document (required).
	Text *string `json:"text"`
	// RefDate (YYYY-MM-DD, optional) resolves year-less and relative dates.
	RefDate string `json:"ref_date,omitempty"`
	// Prefer ("past", the default, or "future") is the direction of
	// year-less dates, bare weekdays and clock times alone.
	Prefer string `json:"prefer,omitempty"`
	// Repair lists the repair rules applied to mistyped words
	// (comma-separated double-tone, horn, spelling, viqr; "all" or
	// "none"); by default the server's (--repair, --no-repair).
	Repair string `json:"repair,omitempty"`
}

func (h *Handler) extract(x *exchange, body []byte) error {
	var req ExtractRequest
	if err := decodeJSON(body, &req); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(x.r.Context(), h.opts.Timeout)
	defer cancel()
	doc, err := h.extractOne(ctx, x.endpoint, req.Text, docOptions{req.RefDate, req.Prefer, req.Repair}, `missing "text": want {"text": "...", "ref_date": "YYYY-MM-DD"}`)
	if err != nil {
		return err
	}
	x.docs = 1
	writeBody(x, "application/json; charset=utf-8", append(doc.AppendJSON(make([]byte, 0, 512+128*len(doc.Mentions))), '\n'))
	return nil
}

// docOptions are a document's own settings: ref_date, prefer and repair
// ("" for the server's).
type docOptions struct{ refDate, prefer, repair string }

// extractOne checks a document's fields, waits for a processing slot and
// extracts it, counting it in the metrics under endpoint. missing is the
// error message when text is nil.
func (h *Handler) extractOne(ctx context.Context, endpoint string, text *string, o docOptions, missing string) (*vnextract.Document, error) {
	doc, err := h.extractChecked(ctx, text, o, missing)
	h.metrics.document(endpoint, text, doc, err)
	return doc, err
}

func (h *Handler) extractChecked(ctx context.Context, text *string, o docOptions, missing string) (*vnextract.Document, error) {
	if text == nil {
		return nil, errStatus(http.StatusBadRequest, "%s", missing)
	}
	ex := h.ex
	if o.refDate != "" {
		ref, err := time.Parse("2006-01-02", o.refDate)
		if err != nil {
			return nil, errStatus(http.StatusBadRequest, "ref_date: want YYYY-MM-DD, got %q", o.refDate)
		}
		ex = ex.WithRefDate(ref)
	}
	if o.prefer != "" {
		p, err := date.ParseDirection(o.prefer)
		if err != nil {
			return nil, errStatus(http.StatusBadRequest, "prefer: want past or future, got %q", o.prefer)
		}
		ex = ex.WithDatePreference(p)
	}
	if o.repair != "" {
		r, err := normalize.ParseRepairs(o.repair)
		if err != nil {
			return nil, errStatus(http.StatusBadRequest, "repair: %v", err)
		}
		ex = ex.WithRepairs(r)
	}
	if err := h.acquire(ctx); err != nil {
		return nil, err
	}
	defer h.release()
	doc, err := ex.Extract(ctx, []byte(*text))
	if err != nil {
		return nil, h.ctxError(err)
	}
	return doc, nil
}

// NormalizeRequest is the body of POST /v1/normalize.
type NormalizeRequest struct {
	// Text is the text to normalize (required).
	Text *string `json:"text"`
	// Tone is the tone-mark style: "old" (default), "new" or "keep".
	Tone string `json:"tone,omitempty"`
	// From is the encoding of Text: "auto" (default), "unicode", "tcvn3",
	// "vni", "viscii", "viqr" or "cp1258". Legacy encodings are accepted as
	// the characters their bytes give in Windows-1252 ("Xin chµo").
	From string `json:"from,omitempty"`
	// Fold removes every diacritic from the result (đ -> d).
	Fold bool `json:"fold,omitempty"`
	// Repair lists the repair rules applied to mistyped words
	// (comma-separated double-tone, horn, spelling, viqr; "all", the
	// default, or "none").
	Repair string `json:"repair,omitempty"`
}

// NormalizeResponse is the answer of POST /v1/normalize.
type NormalizeResponse struct {
	// Text is the normalized text.
	Text string `json:"text"`
	// Encoding is the encoding the input was read in.
	Encoding string `json:"encoding"`
	// InvalidUTF8 counts the sequences replaced by U+FFFD.
	InvalidUTF8 int `json:"invalid_utf8"`
}

// ErrorResponse is the body of every error answer.
type ErrorResponse struct {
	Error string `json:"error"`
}

func (h *Handler) normalize(x *exchange, body []byte) (err error) {
	var req NormalizeRequest
	if err := decodeJSON(body, &req); err != nil {
		return err
	}
	defer func() { h.metrics.normalized(x.endpoint, req.Text, err) }()
	if req.Text == nil {
		return errStatus(http.StatusBadRequest, `missing "text": want {"text": "...", "tone": "old|new|keep", "from": "auto|..."}`)
	}
	tone := normalize.ToneOld
	if req.Tone != "" {
		t, err := normalize.ParseToneStyle(req.Tone)
		if err != nil {
			return errStatus(http.StatusBadRequest, "tone: %v", err)
		}
		tone = t
	}
	enc := normalize.Auto
	if req.From != "" {
		e, err := normalize.ParseEncoding(req.From)
		if err != nil {
			return errStatus(http.StatusBadRequest, "from: %v", err)
		}
		enc = e
	}
	rules := normalize.AllRepairs
	if req.Repair != "" {
		r, err := normalize.ParseRepairs(req.Repair)
		if err != nil {
			return errStatus(http.StatusBadRequest, "repair: %v", err)
		}
		rules = r
	}
	ctx, cancel := context.WithTimeout(x.r.Context(), h.opts.Timeout)
	defer cancel()
	if err := h.acquire(ctx); err != nil {
		return err
	}
	defer h.release()
	n := normalize.Normalizer{Tone: tone, From: enc, Fold: req.Fold, NoRepair: normalize.AllRepairs &^ rules}
	out, _, rep, err := n.Normalize([]byte(*req.Text))
	if err != nil {
		return errStatus(http.StatusBadRequest, "%v", err)
	}
	x.docs = 1
	writeJSON(x, http.StatusOK, NormalizeResponse{Text: string(out), Encoding: rep.Encoding.String(), InvalidUTF8: rep.Invalid})
	return nil
}

// acquire waits for a processing slot. A request already out of time
// gets none, even when a slot is free (select would pick at random).
func (h *Handler) acquire(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return h.ctxError(err)
	}
	select {
	case h.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return h.ctxError(ctx.Err())
	}
}

func (h *Handler) release() { <-h.sem }

// ctxError turns an error of a cancelled or timed-out request into an HTTP
// error.
func (h *Handler) ctxError(err error) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return errStatus(http.StatusServiceUnavailable, "the request took longer than %s", h.opts.Timeout)
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
		return errStatus(http.StatusServiceUnavailable, "request cancelled")
	}
	return errStatus(http.StatusInternalServerError, "extraction failed: %v", err)
}

// writeBody answers 200 with body.
func writeBody(w http.ResponseWriter, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(map[string]string{"error": "encoding the response: " + err.Error()})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

func writeJSONError(w http.ResponseWriter, err error) {
	writeJSON(w, statusOf(err), ErrorResponse{Error: err.Error()})
}
