package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/vnextract/vnextract/cmd/vnextract/httpapi"
)

var serveCmd = &command{
	name:     "serve",
	synopsis: "[--addr 127.0.0.1:8080] [--max-bytes N] [--max-batch-docs N] [--timeout D] [--concurrency N] [--lexicon FILE]... [--model MODEL] [--repair RULES] [--no-repair[=RULES]] [--quiet]",
	summary:  "run the HTTP JSON service",
	help: `
Serve answers HTTP requests with JSON:

  POST /v1/extract        {"text": "...", "ref_date": "YYYY-MM-DD"}
                          -> the document: {"ref_date", "mentions", "entities", "relations"}
  POST /v1/extract/batch  {"documents": [{"id": "...", "text": "...", "ref_date": "..."}, ...]}
                          -> {"documents": [{"id", "document"} or {"id", "error", "status"}, ...]}
  POST /v1/normalize      {"text": "...", "tone": "old|new|keep", "from": "auto|unicode|tcvn3|vni|viscii|viqr|cp1258", "fold": false}
                          -> {"text": "...", "encoding": "...", "invalid_utf8": N}
  GET  /healthz           -> {"status": "ok"}
  GET  /openapi.json      -> the OpenAPI 3 description of the endpoints and limits
  GET  /metrics           -> Prometheus metrics
  GET  /                  -> a page to try it in a browser (/?text=... runs it)

ref_date, tone, from, fold and id are optional. Errors are JSON objects
{"error": "..."}: 400 for malformed JSON, invalid UTF-8, a missing "text" or a
bad field value, 405 for a wrong method, 413 for a body larger than
--max-bytes or a batch of more than --max-batch-docs documents, 503 when a
request takes longer than --timeout. In a batch, a document's error is put
in its place and the batch answers 200.

Logs are JSON lines on standard error, one per request (request id, method,
path, status, duration, bytes) unless --quiet. Every answer carries an
X-Request-Id header: the one the request sent, or a new one.

SIGINT or SIGTERM stops the server gracefully: it stops accepting
connections and finishes the requests in flight.`,
	run: runServe,
}

func runServe(e *env, c *command, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this `host:port` (port 0 picks a free port)")
	maxBytes := byteSize(httpapi.DefaultMaxBytes)
	fs.Var(&maxBytes, "max-bytes", "largest request body, a batch included, in `bytes` (suffixes K, M, G and KiB, MiB, GiB accepted)")
	maxDocs := fs.Int("max-batch-docs", httpapi.DefaultMaxBatchDocuments, "most documents in one batch request (`N`)")
	timeout := fs.Duration("timeout", time.Minute, "give up on a request (a whole batch) after this `duration` (503)")
	concurrency := fs.Int("concurrency", 2*runtime.GOMAXPROCS(0), "process at most `N` documents at once; others wait")
	quiet := fs.Bool("quiet", false, "do not log requests")
	var exFlags extractorFlags
	exFlags.register(fs)
	rest, code, done := parseCommandLine(e, c, fs, args)
	if done {
		return code
	}
	if len(rest) > 0 {
		return e.usageErr("unexpected arguments %q", rest)
	}
	if maxBytes <= 0 {
		return e.usageErr("--max-bytes: want a positive size")
	}
	if *maxDocs < 1 {
		return e.usageErr("--max-batch-docs: want a positive number")
	}
	if *timeout <= 0 {
		return e.usageErr("--timeout: want a positive duration")
	}
	if *concurrency < 1 {
		return e.usageErr("--concurrency: want a positive number")
	}
	ex, err := exFlags.build()
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	logger := slog.New(slog.NewJSONHandler(e.stderr, nil))
	ho := httpapi.Options{MaxBytes: int64(maxBytes), MaxBatchDocuments: *maxDocs, Timeout: *timeout, Concurrency: *concurrency}
	if !*quiet {
		ho.Logger = logger
	}
	h := httpapi.New(ex, ho)
	ctx, stop := signal.NotifyContext(e.ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger.Info("listening", "url", "http://"+ln.Addr().String())
	if err := serveHTTP(ctx, ln, h, *timeout, logger); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	logger.Info("stopped")
	return exitOK
}

// serveHTTP serves h on ln until ctx is done, then shuts down gracefully:
// the listener is closed and the requests in flight are finished.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, timeout time.Duration, logger *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      timeout + time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelError),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing the requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), timeout+10*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// byteSize is a flag value for a size in bytes with an optional suffix.
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1000}, {"MB", 1e6}, {"GB", 1e9},
		{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"k", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suf) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suf)), u.m
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("want a size in bytes such as 8388608 or 8MiB, got %q", s)
	}
	*b = byteSize(n * mult)
	return nil
}
