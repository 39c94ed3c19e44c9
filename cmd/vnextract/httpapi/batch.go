package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/vnextract/vnextract"
)

// BatchRequest is the body of POST /v1/extract/batch.
type BatchRequest struct {
	// Documents are the documents to extract (required, may be empty).
	Documents []BatchDocument `json:"documents"`
}

// BatchDocument is one document of a BatchRequest.
type BatchDocument struct {
	// ID, optional, is echoed in the document's result.
	ID string `json:"id,omitempty"`
	// Text is the document (required).
	Text *string `json:"text"`
	// RefDate (YYYY-MM-DD, optional) resolves year-less and relative dates.
	RefDate string `json:"ref_date,omitempty"`
	// Prefer ("past", the default, or "future") is the direction of
	// year-less dates, bare weekdays and clock times alone.
	Prefer string `json:"prefer,omitempty"`
	// Repair lists the repair rules applied to mistyped words, as in
	// ExtractRequest.
	Repair string `json:"repair,omitempty"`
}

// BatchResponse is the answer of POST /v1/extract/batch: one result per
// document, in the order of the request.
type BatchResponse struct {
	Documents []BatchResult `json:"documents"`
}

// BatchResult is the result of one document of a batch: either Document,
// or Error with the Status a single request would have got (400 for bad
// input, 503 when the batch ran out of time).
type BatchResult struct {
	// ID is the document's id, when the request gave one.
	ID string `json:"id,omitempty"`
	// Document is the extraction (contract v1), nil on error.
	Document *vnextract.Document `json:"document,omitempty"`
	// Error says why the document has no result.
	Error string `json:"error,omitempty"`
	// Status is the HTTP status of Error.
	Status int `json:"status,omitempty"`
}

// batch serves POST /v1/extract/batch: the documents are extracted in
// parallel, each in a processing slot of its own (the batch itself holds
// none, so batches cannot starve each other of slots), and answered in
// input order. A document that cannot be decoded or extracted gets its
// error in place; only a body that is not a batch fails the request.
func (h *Handler) batch(x *exchange, body []byte) error {
	var req struct {
		Documents *[]json.RawMessage `json:"documents"`
	}
	if err := decodeJSON(body, &req); err != nil {
		return err
	}
	if req.Documents == nil {
		return errStatus(http.StatusBadRequest, `missing "documents": want {"documents": [{"id": "...", "text": "...", "ref_date": "YYYY-MM-DD"}, ...]}`)
	}
	docs := *req.Documents
	if len(docs) > h.opts.MaxBatchDocuments {
		return errStatus(http.StatusRequestEntityTooLarge, "%d documents is more than the limit of %d per batch", len(docs), h.opts.MaxBatchDocuments)
	}
	h.metrics.batchSize.Observe(float64(len(docs)))
	ctx, cancel := context.WithTimeout(x.r.Context(), h.opts.Timeout)
	defer cancel()

	results := make([]BatchResult, len(docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(docs), cap(h.sem)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(docs) {
					return
				}
				results[i] = h.batchOne(ctx, x, i, docs[i])
			}
		})
	}
	wg.Wait()
	x.docs = len(docs)
	writeBody(x, "application/json; charset=utf-8", appendBatchResponse(nil, results))
	return nil
}

// batchOne decodes and extracts document i of a batch.
func (h *Handler) batchOne(ctx context.Context, x *exchange, i int, raw json.RawMessage) (res BatchResult) {
	// This runs on a goroutine of its own, out of reach of ServeHTTP's
	// recover: a panic here must not stop the server.
	defer func() {
		if p := recover(); p != nil {
			if h.log != nil {
				h.log.Error("panic", "request_id", x.id, "path", x.r.URL.Path, "document", i,
					"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			}
			res = BatchResult{ID: res.ID, Error: "internal error", Status: http.StatusInternalServerError}
		}
	}()
	var d BatchDocument
	err := decodeJSON(raw, &d)
	res.ID = d.ID // a type error elsewhere still decodes the id
	if err != nil {
		h.metrics.document(x.endpoint, nil, nil, err)
	} else {
		res.Document, err = h.extractOne(ctx, x.endpoint, d.Text, docOptions{d.RefDate, d.Prefer, d.Repair}, `missing "text": want {"id": "...", "text": "...", "ref_date": "YYYY-MM-DD"}`)
	}
	if err != nil {
		res.Error = fmt.Sprintf("document %d: %v", i, err)
		res.Status = statusOf(err)
	}
	return res
}

// appendBatchResponse appends the JSON of BatchResponse{results} (the
// bytes json.Marshal gives) and a newline. It writes the documents with
// Document.AppendJSON, without encoding/json's second pass over them.
func appendBatchResponse(dst []byte, results []BatchResult) []byte {
	dst = append(dst, `{"documents":[`...)
	for i := range results {
		r := &results[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, '{')
		if r.ID != "" {
			dst = append(dst, `"id":`...)
			dst = appendJSONString(dst, r.ID)
			dst = append(dst, ',')
		}
		if r.Document != nil {
			dst = append(dst, `"document":`...)
			dst = r.Document.AppendJSON(dst)
		} else {
			dst = append(dst, `"error":`...)
			dst = appendJSONString(dst, r.Error)
			dst = append(dst, `,"status":`...)
			dst = strconv.AppendInt(dst, int64(r.Status), 10)
		}
		dst = append(dst, '}')
	}
	return append(dst, "]}\n"...)
}

// appendJSONString appends s as a JSON string, as encoding/json writes it.
func appendJSONString(dst []byte, s string) []byte {
	b, _ := json.Marshal(s) // a string always encodes
	return append(dst, b...)
}
