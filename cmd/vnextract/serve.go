package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/cmd/vnextract/httpapi"
)

var serveCmd = &command{
	name:     "serve",
	synopsis: "[--addr 127.0.0.1:8080] [--max-bytes N] [--timeout D] [--lexicon FILE]...",
	summary:  "run the HTTP JSON service",
	help: `
Serve answers HTTP requests with JSON:

  POST /v1/extract    {"text": "...", "ref_date": "YYYY-MM-DD"}
                      -> the document: {"ref_date", "mentions", "entities", "relations"}
  POST /v1/normalize  {"text": "...", "tone": "old|new|keep", "from": "auto|unicode|tcvn3|vni|viscii|viqr|cp1258", "fold": false}
                      -> {"text": "...", "encoding": "...", "invalid_utf8": N}
  GET  /healthz       -> {"status": "ok"}

ref_date, tone, from and fold are optional. Errors are JSON objects
{"error": "..."}: 400 for malformed JSON, invalid UTF-8, a missing "text" or a
bad field value, 405 for a wrong method, 413 for a body larger than
--max-bytes, 503 when a request takes longer than --timeout.

SIGINT or SIGTERM stops the server gracefully: it stops accepting
connections and finishes the requests in flight. Requests are logged on
standard error.`,
	run: runServe,
}

func runServe(e *env, c *command, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on this `host:port` (port 0 picks a free port)")
	maxBytes := byteSize(8 << 20)
	fs.Var(&maxBytes, "max-bytes", "largest request body, in `bytes` (suffixes K, M, G and KiB, MiB, GiB accepted)")
	timeout := fs.Duration("timeout", time.Minute, "give up on a request after this `duration` (503)")
	concurrency := fs.Int("concurrency", 2*runtime.GOMAXPROCS(0), "process at most `N` requests at once; others wait")
	quiet := fs.Bool("quiet", false, "do not log requests")
	var lexicons listFlag
	fs.Var(&lexicons, "lexicon", "add the entries of a user lexicon `FILE` (TYPE<TAB>surface); repeatable")
	model := fs.String("model", "", "use the tagger `MODEL` made by train")
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
	if *timeout <= 0 {
		return e.usageErr("--timeout: want a positive duration")
	}
	if *concurrency < 1 {
		return e.usageErr("--concurrency: want a positive number")
	}
	var opts []vnextract.Option
	if *model != "" {
		mo, err := modelOption(*model)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		opts = append(opts, mo)
	}
	ex, err := newExtractor(lexicons, opts...)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	logger := log.New(e.stderr, "vnextract: serve: ", log.LstdFlags)
	ho := httpapi.Options{MaxBytes: int64(maxBytes), Timeout: *timeout, Concurrency: *concurrency}
	if !*quiet {
		ho.Log = logger
	}
	h := httpapi.New(ex, ho)
	ctx, stop := signal.NotifyContext(e.ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger.Printf("listening on http://%s", ln.Addr())
	if err := serveHTTP(ctx, ln, h, *timeout, logger); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	logger.Printf("stopped")
	return exitOK
}

// serveHTTP serves h on ln until ctx is done, then shuts down gracefully:
// the listener is closed and the requests in flight are finished.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, timeout time.Duration, logger *log.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      timeout + time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
		ErrorLog:          logger,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down: finishing the requests in flight")
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
