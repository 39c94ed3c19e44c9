package main

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// bigFileLimit is the soft memory limit (runtime/debug.SetMemoryLimit) the
// command sets while it extracts a large file, when GOMEMLIMIT does not
// set one. A large document's mentions and the relation stage's arrays
// stay live until its output is written; the collector, left to GOGC=100,
// lets the heap grow to twice that. A limit a little above the live heap
// makes it collect more often near the peak instead. Measured
// whole-process on the 60 MB document (live heap about 73 MiB at the
// peak), GOMEMLIMIT set, at the same load: no limit 173-176 MB of RSS,
// 95 MiB 101 MB, 90 MiB 98.6-99.8 MB, 85 MiB 94 MB, 80 MiB 93 MB, for CPU
// times within the load's spread; a limit below the live heap (70 MiB
// when the live heap was 78) has the collector run all through the
// relation stage, for 70% more CPU time.
// The limit grows with the file (1.5 bytes per byte: the live heap is
// about 1.3) so that a larger document is never held below its live heap,
// where the collector would run without end, and with the files being
// extracted at the same time.
type bigFileLimit struct {
	mu     sync.Mutex
	active int64 // the sum of the limits of the files being extracted
}

// minBigFileLimit is the least limit for one file.
const minBigFileLimit = 85 << 20

// bigFileLimits is the command's: its files share one process.
var bigFileLimits bigFileLimit

// enter sets the limit for one more file of size bytes, and returns
// what leave needs; it does nothing (and returns 0) when GOMEMLIMIT is
// set.
func (b *bigFileLimit) enter(size int64) int64 {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return 0
	}
	n := max(minBigFileLimit, size+size/2)
	b.mu.Lock()
	defer b.mu.Unlock()
	b.active += n
	debug.SetMemoryLimit(b.active)
	return n
}

// leave takes back what enter returned n for: with no file left, the
// limit is none again.
func (b *bigFileLimit) leave(n int64) {
	if n == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.active -= n
	if b.active == 0 {
		debug.SetMemoryLimit(math.MaxInt64)
	} else {
		debug.SetMemoryLimit(b.active)
	}
}
