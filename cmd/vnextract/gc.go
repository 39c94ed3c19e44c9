package main

import "runtime/debug"

// With --lines the live heap is small (the compiled lexicons, about 5 MB, and
// one batch of short documents per worker) while every document allocates
// afresh, so under the default GOGC=100 the collector runs every few
// megabytes. With -j N it then competes with the N workers for the cores
// (on 2 cores, -j 2 ran at 1.6x one job instead of 2x). A higher GOGC makes it
// run a quarter as often for a heap of a few tens of megabytes; the memory
// limit keeps a very long line (whose own live heap is large) from letting
// the heap grow to five times that.
const (
	linesGCPercent   = 400
	linesMemoryLimit = 1 << 30
)

// tuneGC sets the collector for streaming many documents and returns a
// function that restores the previous settings. It changes nothing when
// the user set GOGC or GOMEMLIMIT (getenv reads the environment).
func tuneGC(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(linesGCPercent)
	limit := debug.SetMemoryLimit(linesMemoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}
