package vnextract

import (
	"errors"
	"sort"
	"unsafe"

	"github.com/vnextract/vnextract/normalize"
)

// windowText is the normalized text of a long document read from a file,
// held in pieces rather than whole: a window's text is normalized again
// from the input when it is read, which costs a little time where the
// whole text would cost a byte of memory per input byte. The relation
// stage and the output read the text mostly in order, so the last few
// windows read are kept.
//
// Every string it gives is a copy, never written over. A read of the
// input that fails, or a window that does not normalize to the text it
// gave first (the file changed), panics with a textError, which the
// callers turn into their error (see catchTextError): the relation stage
// cannot go on with a text that does not match its mentions.
type windowText struct {
	src  *source
	n    normalize.Normalizer
	wins []windowSpan
	size int // the length of the text
	// recent holds the texts of the last windows read.
	recent [4]struct {
		win  int
		text string
	}
	next int // the slot of recent to fill next
	// buf and out hold a window's input and its normalized text.
	buf, out []byte
}

// textError is the panic of a windowText that cannot give its text.
type textError struct{ err error }

// catchTextError, deferred, turns the panic of a windowText into *err.
func catchTextError(err *error) {
	if r := recover(); r != nil {
		te, ok := r.(textError)
		if !ok {
			panic(r)
		}
		*err = te.err
	}
}

// errChanged says that a window read again did not normalize to the text
// it gave first: the file changed while it was read.
var errChanged = errors.New("vnextract: the input changed while it was read")

// Len returns the length of the text.
func (t *windowText) Len() int { return t.size }

// Slice returns the text's bytes [start, end).
func (t *windowText) Slice(start, end int) string {
	i := sort.Search(len(t.wins), func(i int) bool { return t.wins[i].end > start })
	if i == len(t.wins) || end <= t.wins[i].end {
		if i == len(t.wins) { // start == end == Len()
			return ""
		}
		w := &t.wins[i]
		return t.get(i)[start-w.norm : end-w.norm]
	}
	// Over windows: the pieces are joined.
	b := make([]byte, 0, end-start)
	for ; start < end; i++ {
		w := &t.wins[i]
		b = append(b, t.get(i)[start-w.norm:min(end, w.end)-w.norm]...)
		start = w.end
	}
	return string(b)
}

// window returns the text of window w (not yet in t.wins).
func (t *windowText) window(w windowSpan) string {
	return t.normalize(w, t.inputEnd(w))
}

// inputEnd returns the end in the input of the window that starts at
// w.in: where the window after it starts, or the input's end.
func (t *windowText) inputEnd(w windowSpan) int {
	k := sort.Search(len(t.wins), func(k int) bool { return t.wins[k].in > w.in })
	if k < len(t.wins) {
		return t.wins[k].in
	}
	return t.src.size
}

// get returns the text of window i.
func (t *windowText) get(i int) string {
	for _, r := range t.recent {
		if r.win == i+1 {
			return r.text
		}
	}
	s := t.normalize(t.wins[i], t.inputEnd(t.wins[i]))
	t.recent[t.next].win, t.recent[t.next].text = i+1, s
	t.next = (t.next + 1) % len(t.recent)
	return s
}

// normalize reads the input [w.in, inEnd) and returns its normalized
// text.
func (t *windowText) normalize(w windowSpan, inEnd int) string {
	want := w.end - w.norm
	in := t.buf
	if cap(in) < inEnd-w.in {
		in = make([]byte, inEnd-w.in)
		t.buf = in
	}
	in = in[:inEnd-w.in]
	err := t.src.readFull(in, w.in)
	out := t.out[:0]
	if err == nil {
		out, _, _, err = t.n.NormalizeInto(out, in)
	}
	if err == nil && len(out) != want {
		err = errChanged
	}
	if err != nil {
		panic(textError{err})
	}
	if unsafe.SliceData(out) != unsafe.SliceData(in) { // not the input itself
		t.out = out
	}
	return string(out)
}
