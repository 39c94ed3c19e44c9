package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a one-line progress bar on a terminal. A nil *progress
// does nothing, so callers need not check.
type progress struct {
	w     io.Writer
	total int64 // files, or bytes when bytes is set; -1 when unknown
	bytes bool
	done  int64
	docs  int
	start time.Time
	last  time.Time
	drawn bool
	width int
	now   func() time.Time
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w any) bool {
	if l, ok := w.(*lockedWriter); ok {
		w = l.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// newProgress returns a progress bar on w, or nil when w is not a terminal.
// total counts files, or bytes when bytes is set (-1: unknown).
func newProgress(w io.Writer, total int64, bytes bool) *progress {
	if !isTerminal(w) {
		return nil
	}
	now := time.Now()
	return &progress{w: w, total: total, bytes: bytes, start: now, width: 30, now: time.Now}
}

// add records n more units done and the number of documents written.
func (p *progress) add(n int64, docs int) {
	if p == nil {
		return
	}
	p.set(p.done+n, docs)
}

// set records the units done so far and the number of documents written.
func (p *progress) set(done int64, docs int) {
	if p == nil {
		return
	}
	p.done, p.docs = done, docs
	now := p.now()
	if now.Sub(p.last) < 100*time.Millisecond && done != p.total {
		return
	}
	p.last = now
	p.draw(now)
}

func (p *progress) draw(now time.Time) {
	var b strings.Builder
	b.WriteString("\r")
	if p.total > 0 {
		frac := float64(p.done) / float64(p.total)
		if frac > 1 {
			frac = 1
		}
		fill := int(frac * float64(p.width))
		b.WriteString("[")
		b.WriteString(strings.Repeat("#", fill))
		b.WriteString(strings.Repeat(" ", p.width-fill))
		fmt.Fprintf(&b, "] %3.0f%% ", frac*100)
	}
	el := now.Sub(p.start).Round(100 * time.Millisecond)
	if p.bytes {
		fmt.Fprintf(&b, "%d docs, %s", p.docs, sizeString(p.done))
		if p.total > 0 {
			fmt.Fprintf(&b, " of %s", sizeString(p.total))
		}
	} else {
		fmt.Fprintf(&b, "%d/%d files", p.done, p.total)
	}
	fmt.Fprintf(&b, ", %s", el)
	b.WriteString("\x1b[K") // clear to the end of the line
	io.WriteString(p.w, b.String())
	p.drawn = true
}

// clear erases the bar so that a message can be printed on a clean line.
func (p *progress) clear() {
	if p == nil || !p.drawn {
		return
	}
	io.WriteString(p.w, "\r\x1b[K")
	p.drawn = false
}

// finish erases the bar.
func (p *progress) finish() {
	p.clear()
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
