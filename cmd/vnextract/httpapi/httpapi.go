// Package httpapi is the HTTP JSON service of vnextract, as served by
// "vnextract serve":
//
//	POST /v1/extract    {"text": "...", "ref_date": "YYYY-MM-DD"} -> the Document JSON (contract v1)
//	POST /v1/normalize  {"text": "...", "tone": "old|new|keep", "from": "auto|unicode|tcvn3|vni|viscii|viqr|cp1258", "fold": false}
//	                    -> {"text": "...", "encoding": "...", "invalid_utf8": N}
//	GET  /healthz       -> {"status": "ok"}
//
// Errors are {"error": "..."} with status 400 (malformed JSON, invalid
// UTF-8, missing "text", bad field value), 404, 405, 413 (body over the
// limit) or 503 (timeout); bad input never gets a 500.
//
// Mount it on any server, or in a test with net/http/httptest:
//
//	ex, _ := vnextract.New()
//	srv := httptest.NewServer(httpapi.New(ex, httpapi.Options{}))
package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/normalize"
)

// DefaultMaxBytes is the default limit of a request body (8 MiB).
const DefaultMaxBytes = 8 << 20

// Options configure a Handler. Zero values select the defaults.
type Options struct {
	// MaxBytes is the largest request body accepted (default
	// DefaultMaxBytes); larger bodies get 413.
	MaxBytes int64
	// Timeout bounds the processing of one request (default one minute);
	// a request that takes longer gets 503.
	Timeout time.Duration
	// Concurrency is the number of requests processed at once (default
	// twice GOMAXPROCS); others wait for a slot within their Timeout.
	Concurrency int
	// Log, when set, receives one line per request and panics.
	Log *log.Logger
}

// Handler serves the API. It is safe for concurrent use.
type Handler struct {
	ex       *vnextract.Extractor
	maxBytes int64
	timeout  time.Duration
	sem      chan struct{}
	log      *log.Logger
	inFlight atomic.Int64
}

// New returns a Handler that extracts with ex.
func New(ex *vnextract.Extractor, o Options) *Handler {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Minute
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 2 * runtime.GOMAXPROCS(0)
	}
	return &Handler{ex: ex, maxBytes: o.MaxBytes, timeout: o.Timeout,
		sem: make(chan struct{}, o.Concurrency), log: o.Log}
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

// statusWriter records the status of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

// WriteHeader records the first status written.
func (w *statusWriter) WriteHeader(s int) {
	if w.status == 0 {
		w.status = s
	}
	w.ResponseWriter.WriteHeader(s)
}

// Write counts the bytes written (an implicit 200 if no status was set).
func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	h.inFlight.Add(1)
	defer func() {
		h.inFlight.Add(-1)
		if p := recover(); p != nil {
			if h.log != nil {
				h.log.Printf("panic serving %s %s: %v", r.Method, r.URL.Path, p)
			}
			if sw.status == 0 {
				writeJSONError(sw, errStatus(http.StatusInternalServerError, "internal error"))
			}
		}
		if h.log != nil {
			h.log.Printf("%s %s %d %dB %s", r.Method, r.URL.Path, sw.status, sw.n, time.Since(start).Round(time.Microsecond))
		}
	}()
	sw.Header().Set("X-Content-Type-Options", "nosniff")
	var err error
	switch r.URL.Path {
	case "/v1/extract":
		err = h.post(sw, r, h.extract)
	case "/v1/normalize":
		err = h.post(sw, r, h.normalize)
	case "/healthz":
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			sw.Header().Set("Allow", "GET, HEAD")
			err = errStatus(http.StatusMethodNotAllowed, "method %s not allowed; use GET", r.Method)
			break
		}
		writeJSON(sw, http.StatusOK, map[string]string{"status": "ok"})
	default:
		err = errStatus(http.StatusNotFound, "no such endpoint %s; see POST /v1/extract, POST /v1/normalize, GET /healthz", r.URL.Path)
	}
	if err != nil {
		writeJSONError(sw, err)
	}
}

// post checks the method, reads and checks the body and calls f with it.
func (h *Handler) post(w http.ResponseWriter, r *http.Request, f func(http.ResponseWriter, *http.Request, []byte) error) error {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		return errStatus(http.StatusMethodNotAllowed, "method %s not allowed; use POST with a JSON body", r.Method)
	}
	if r.ContentLength > h.maxBytes {
		return errStatus(http.StatusRequestEntityTooLarge, "request body of %d bytes is larger than the limit of %d bytes", r.ContentLength, h.maxBytes)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return errStatus(http.StatusRequestEntityTooLarge, "request body larger than the limit of %d bytes", h.maxBytes)
		}
		return errStatus(http.StatusBadRequest, "reading the request body: %v", err)
	}
	if !utf8.Valid(body) {
		return errStatus(http.StatusBadRequest, "request body is not valid UTF-8 (first bad byte at offset %d)", invalidAt(body))
	}
	return f(w, r, body)
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
}

func (h *Handler) extract(w http.ResponseWriter, r *http.Request, body []byte) error {
	var req ExtractRequest
	if err := decodeJSON(body, &req); err != nil {
		return err
	}
	if req.Text == nil {
		return errStatus(http.StatusBadRequest, `missing "text": want {"text": "...", "ref_date": "YYYY-MM-DD"}`)
	}
	ex := h.ex
	if req.RefDate != "" {
		ref, err := time.Parse("2006-01-02", req.RefDate)
		if err != nil {
			return errStatus(http.StatusBadRequest, "ref_date: want YYYY-MM-DD, got %q", req.RefDate)
		}
		ex = ex.WithRefDate(ref)
	}
	if req.Prefer != "" {
		p, err := date.ParseDirection(req.Prefer)
		if err != nil {
			return errStatus(http.StatusBadRequest, "prefer: want past or future, got %q", req.Prefer)
		}
		ex = ex.WithDatePreference(p)
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
	defer cancel()
	if err := h.acquire(ctx); err != nil {
		return err
	}
	defer h.release()
	doc, err := ex.Extract(ctx, []byte(*req.Text))
	if err != nil {
		return h.ctxError(err)
	}
	writeJSON(w, http.StatusOK, doc)
	return nil
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

func (h *Handler) normalize(w http.ResponseWriter, r *http.Request, body []byte) error {
	var req NormalizeRequest
	if err := decodeJSON(body, &req); err != nil {
		return err
	}
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
	ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
	defer cancel()
	if err := h.acquire(ctx); err != nil {
		return err
	}
	defer h.release()
	n := normalize.Normalizer{Tone: tone, From: enc, Fold: req.Fold}
	out, _, rep, err := n.Normalize([]byte(*req.Text))
	if err != nil {
		return errStatus(http.StatusBadRequest, "%v", err)
	}
	writeJSON(w, http.StatusOK, NormalizeResponse{Text: string(out), Encoding: rep.Encoding.String(), InvalidUTF8: rep.Invalid})
	return nil
}

// acquire waits for a processing slot.
func (h *Handler) acquire(ctx context.Context) error {
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
		return errStatus(http.StatusServiceUnavailable, "the request took longer than %s", h.timeout)
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
		return errStatus(http.StatusServiceUnavailable, "request cancelled")
	}
	return errStatus(http.StatusInternalServerError, "extraction failed: %v", err)
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
	status := http.StatusInternalServerError
	var he *httpError
	if errors.As(err, &he) {
		status = he.status
	}
	writeJSON(w, status, ErrorResponse{Error: err.Error()})
}

// invalidAt returns the offset of the first invalid UTF-8 byte in b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
