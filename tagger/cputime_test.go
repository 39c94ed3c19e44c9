//go:build unix

package tagger

import "syscall"

// cpuTime returns the process's user and system CPU time in nanoseconds, a
// steadier measure than wall time on a shared machine.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
