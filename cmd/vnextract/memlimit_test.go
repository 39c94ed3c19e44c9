package main

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// TestBigFileLimit checks the memory limit set while large files are
// extracted: at least minBigFileLimit each, summed over the files being
// extracted, none once they are done, and untouched when GOMEMLIMIT is
// set.
func TestBigFileLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	os.Unsetenv("GOMEMLIMIT") // restored by Setenv's cleanup
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	var b bigFileLimit
	limit := func() int64 { return debug.SetMemoryLimit(-1) }
	var small, big int64
	steps := []struct {
		name  string
		do    func()
		limit int64
	}{
		{"a 20 MB file", func() { small = b.enter(20 << 20) }, minBigFileLimit},
		{"and a 100 MB one", func() { big = b.enter(100 << 20) }, minBigFileLimit + 150<<20},
		{"the 20 MB one done", func() { b.leave(small) }, 150 << 20},
		{"both done", func() { b.leave(big) }, math.MaxInt64},
	}
	for _, s := range steps {
		s.do()
		if got := limit(); got != s.limit {
			t.Errorf("%s: limit %d, want %d", s.name, got, s.limit)
		}
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	if n := b.enter(100 << 20); n != 0 || limit() != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set: enter gave %d and the limit is %d", n, limit())
	}
}
