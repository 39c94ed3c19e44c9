package date

import (
	"fmt"
	"sync"
	"time"
	"unicode/utf8"
)

// Kind is what a Span is: a calendar date or a clock time.
type Kind uint8

// The kinds of Span.
const (
	Date Kind = iota + 1 // a day, month, year, quarter, week, range... ("ngày 5/10", "quý 4")
	Time                 // a clock time, with its date when the text gives one ("lúc 15h", "06:00 | 15/11/2021")
)

// Span is one date or clock time found in a text. Start and End are byte
// offsets (End exclusive); Text is text[Start:End].
type Span struct {
	Kind       Kind
	Start, End int
	Text       string
	// Value is the TIMEX3-style value ("2026-10-01", "XXXX-10-01",
	// "2026-02-18/2026-02-20", "T15:00"); empty when the span needs a
	// reference date and there is none.
	Value string
	// Rule names the grammar rule that read the span ("date:numeric",
	// "date:relative", "time:clock", ...).
	Rule string
}

// Options configures date recognition. The zero value has no reference
// date and prefers the past.
type Options struct {
	// Ref is the reference date that resolves year-less and relative
	// expressions. Zero means none. Its clock time, when not midnight,
	// places clock times and "bây giờ" (now); dates use its calendar date.
	Ref time.Time
	// Prefer is the direction of a year-less date, a bare weekday or
	// month, and a clock time alone, from the reference date.
	Prefer Direction
}

// Direction says where a reference without its year or week goes from the
// reference date.
type Direction uint8

const (
	// Past takes the nearest occurrence, ties going to the past ("ngày
	// 20/11" with reference 2 February 2017 is 2016-11-20): news mostly
	// reports what happened.
	Past Direction = iota
	// Future takes the next occurrence, the reference day included
	// ("ngày 20/11" is 2017-11-20), as Duckling does: plans and schedules.
	Future
)

// ParseDirection returns the Direction named s: "past" or "future".
func ParseDirection(s string) (Direction, error) {
	switch s {
	case "past":
		return Past, nil
	case "future":
		return Future, nil
	}
	return 0, fmt.Errorf("date: unknown direction %q (want past or future)", s)
}

// String returns "past" or "future".
func (d Direction) String() string {
	if d == Future {
		return "future"
	}
	if d == Past {
		return "past"
	}
	return fmt.Sprintf("Direction(%d)", uint8(d))
}

// Find returns the dates and clock times of text, sorted by Start and
// non-overlapping. See the package documentation for the forms read and
// the values given. It is safe for concurrent use.
func Find(text string, opt Options) []Span {
	s := scannerPool.Get().(*Scanner)
	defer s.release()
	s.init(text, opt)
	s.run()
	if len(s.out) == 0 {
		return nil
	}
	out := make([]Span, len(s.out))
	copy(out, s.out)
	return out
}

// DatelineWindow is how far into a document, in bytes, Dateline looks.
const DatelineWindow = 1000

// Dateline looks for a news dateline ("06:00 | 15/11/2021 GMT+7",
// "15:27 | 20/06/2021", "Thứ hai, 15/11/2021 06:00") in the first
// DatelineWindow bytes of text and returns its date (UTC midnight). It is
// safe for concurrent use.
func Dateline(text string) (time.Time, bool) {
	lim := len(text)
	if lim > DatelineWindow {
		lim = DatelineWindow
		for lim > 0 && !utf8.RuneStart(text[lim]) {
			lim--
		}
	}
	s := scannerPool.Get().(*Scanner)
	defer s.release()
	s.init(text[:lim], Options{})
	return s.dateline()
}

// Scanner reads dates from words made beforehand, by a tokenizer that
// feeds its [Words] while it reads the text for its own purpose (see
// [Scanner.Words]). The zero value is ready to use; a Scanner keeps its
// buffers from one text to the next and is not safe for concurrent use.
type Scanner struct {
	text   string
	w      Words
	t      []token   // w.t, as the grammar reads it
	ref    time.Time // the reference date, at midnight UTC
	hasRef bool
	future bool // Options.Prefer is Future
	// refClock is the reference's time of day in seconds; -1 when the
	// reference is a date alone (midnight).
	refClock int
	refDay   int // civilDay of ref
	// clockCue is set while a clock time is read where its context makes
	// it one ("tối mai 8h"), as "lúc" before it would.
	clockCue bool
	out      []Span
	spans    []tokSpan // the token range of each span of out
}

type tokSpan struct{ a, b int } // token range of a span

var scannerPool = sync.Pool{New: func() any { return new(Scanner) }}

// Words returns the words s reads: a tokenizer fills them with
// [Words.Reset] and the other Words methods, and [Scanner.FindWords] reads
// them.
func (s *Scanner) Words() *Words { return &s.w }

// FindWords returns the dates and clock times of text, read from the words
// made in s.Words() for text, with opt. With dated (for a text no longer
// than DatelineWindow and no opt.Ref) the text's dateline, if it has one,
// is the reference date: FindWords returns the reference it used. The
// spans are s's until the next call or [Scanner.Clear].
func (s *Scanner) FindWords(text string, opt Options, dated bool) ([]Span, time.Time) {
	ref := opt.Ref
	s.begin(text, opt)
	s.t = s.w.t
	if dated {
		if t, ok := s.dateline(); ok {
			ref = t
			s.setRef(t)
		}
	}
	s.run()
	s.t = nil
	if cap(s.w.t) > 1<<20 {
		// A huge document's words are not read again, and its buffers
		// are not kept: let the collector have them while the caller
		// goes on.
		s.w.t, s.w.starts = nil, nil
	}
	return s.out, ref
}

// Clear drops the spans of the last FindWords.
func (s *Scanner) Clear() {
	clear(s.out)
	s.out = s.out[:0]
	s.text = ""
}

func (s *Scanner) release() {
	s.Clear()
	if cap(s.w.t) > 1<<20 {
		s.w.t, s.w.starts = nil, nil
	}
	s.t = nil
	s.w.t, s.w.starts = s.w.t[:0], s.w.starts[:0]
	s.spans = s.spans[:0]
	scannerPool.Put(s)
}

func (s *Scanner) init(text string, opt Options) {
	s.begin(text, opt)
	s.tokenize()
}

// begin readies s to read text, whose tokens it has or will make.
func (s *Scanner) begin(text string, opt Options) {
	s.text = text
	s.future = opt.Prefer == Future
	s.setRef(opt.Ref)
	clear(s.out)
	s.out, s.spans = s.out[:0], s.spans[:0]
}

// setRef sets the reference date (none when ref is zero).
func (s *Scanner) setRef(ref time.Time) {
	s.hasRef = !ref.IsZero()
	s.refClock = -1
	if s.hasRef {
		s.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
		s.refDay = civilDay(s.ref.Year(), int(s.ref.Month()), s.ref.Day())
		if h, m, sec := ref.Clock(); h+m+sec > 0 {
			s.refClock = h*3600 + m*60 + sec
		}
	}
}
