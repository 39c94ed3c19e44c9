package entity

import (
	"time"

	"github.com/vnextract/vnextract/entity/date"
)

// DateOptions configures date recognition. Zero value: no reference date.
type DateOptions struct {
	// Ref is the reference date that resolves year-less and relative
	// expressions (only its calendar date is used). Zero means none.
	Ref time.Time
	// Prefer is the direction of year-less dates (date.Past, the default,
	// or date.Future).
	Prefer date.Direction
}

// FindDates returns the DATE and TIME mentions in text, sorted by Start and
// non-overlapping. Offsets are byte offsets into text and
// text[m.Start:m.End] == m.Text. It is date.Find as mentions; the package
// date documents the forms read and the values given.
func FindDates(text string, opt DateOptions) []Mention {
	spans := date.Find(text, opt.date())
	if len(spans) == 0 {
		return nil
	}
	out := make([]Mention, len(spans))
	for i, sp := range spans {
		out[i] = dateMention(sp)
	}
	return out
}

// FindDateline looks for a news dateline ("06:00 | 15/11/2021 GMT+7",
// "15:27 | 20/06/2021", "Thứ hai, 15/11/2021 06:00") in the first ~1000 bytes
// of text and returns its date (UTC midnight). It is date.Dateline.
func FindDateline(text string) (time.Time, bool) { return date.Dateline(text) }

func (o DateOptions) date() date.Options { return date.Options{Ref: o.Ref, Prefer: o.Prefer} }

// dateMention is the mention of a date span.
func dateMention(sp date.Span) Mention {
	typ := Date
	if sp.Kind == date.Time {
		typ = Time
	}
	return Mention{Type: typ, Start: sp.Start, End: sp.End, Text: sp.Text, Value: sp.Value, Rule: sp.Rule}
}
