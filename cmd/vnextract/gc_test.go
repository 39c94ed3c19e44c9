package main

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC checks that --lines raises GOGC and sets a memory limit, puts
// both back afterwards, and leaves them alone when the user set either.
func TestTuneGC(t *testing.T) {
	p0, l0 := currentGC()
	restore := tuneGC(func(string) string { return "" })
	if p, l := currentGC(); p != linesGCPercent || l != linesMemoryLimit {
		t.Errorf("tuned: GOGC %d, limit %d; want %d, %d", p, l, linesGCPercent, linesMemoryLimit)
	}
	restore()
	if p, l := currentGC(); p != p0 || l != l0 {
		t.Errorf("restored: GOGC %d, limit %d; want %d, %d", p, l, p0, l0)
	}
	for _, name := range []string{"GOGC", "GOMEMLIMIT"} {
		restore := tuneGC(func(k string) string {
			if k == name {
				return "50"
			}
			return ""
		})
		if p, l := currentGC(); p != p0 || l != l0 {
			t.Errorf("%s set: GOGC %d, limit %d changed", name, p, l)
		}
		restore()
	}
}

// currentGC returns the GC percent and memory limit in force.
func currentGC() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1) // a negative limit only reads it
}
