package date

import (
	"testing"
	"time"
)

// TestVariants reads variants of the forms of TestForms, as users type
// them, with the future preferred from Thursday 2 February 2017 (the
// reference at midnight unless the case gives a time of day). text is the
// span expected, empty for the whole input.
func TestVariants(t *testing.T) {
	for _, c := range []struct {
		in, text string
		kind     Kind
		want     string
	}{
		// Ranges of clock times are one TIME.
		{"từ 8h đến 10h", "8h đến 10h", Time, "2017-02-02T08:00/2017-02-02T10:00"},
		{"7h-11h", "", Time, "2017-02-02T07:00/2017-02-02T11:00"},
		{"7h30 - 11h30", "", Time, "2017-02-02T07:30/2017-02-02T11:30"},
		{"từ 9:30 tới 11:00", "9:30 tới 11:00", Time, "2017-02-02T09:30/2017-02-02T11:00"},
		{"từ 2 giờ đến 4 giờ chiều", "2 giờ đến 4 giờ chiều", Time, "2017-02-02T14:00/2017-02-02T16:00"},
		{"từ 3 đến 5 giờ chiều", "3 đến 5 giờ chiều", Time, "2017-02-02T15:00/2017-02-02T17:00"},
		{"từ 8 giờ sáng đến 5 giờ chiều", "8 giờ sáng đến 5 giờ chiều", Time, "2017-02-02T08:00/2017-02-02T17:00"},
		{"từ 22h đến 2h", "22h đến 2h", Time, "2017-02-02T22:00/2017-02-03T02:00"},
		{"từ 7h đến 9h sáng mai", "7h đến 9h sáng mai", Time, "2017-02-03T07:00/2017-02-03T09:00"},
		{"từ 21h đến 1h sáng mai", "21h đến 1h sáng mai", Time, "2017-02-02T21:00/2017-02-03T01:00"},
		{"từ 8h đến 11h ngày mai", "8h đến 11h ngày mai", Time, "2017-02-03T08:00/2017-02-03T11:00"},
		// Before the reference, after it.
		{"cách đây 3 ngày", "", Date, "2017-01-30"},
		{"cách đây hai tuần", "", Date, "2017-W03"},
		{"cách đây 4 tháng", "", Date, "2016-10"},
		{"cách đây 50 năm", "", Date, "1967"},
		{"cách đây 5 phút", "", Time, "2017-02-01T23:55"},
		{"cách đây một tiếng", "", Time, "2017-02-01T23:00"},
		{"3 ngày nữa", "", Date, "2017-02-05"},
		{"hai tuần nữa", "", Date, "2017-W07"},
		{"một tháng nữa", "", Date, "2017-03"},
		{"5 năm nữa", "", Date, "2022"},
		{"5 phút nữa", "", Time, "2017-02-02T00:05"},
		{"2 tiếng nữa", "", Time, "2017-02-02T02:00"},
		{"một giờ nữa", "", Time, "2017-02-02T01:00"},
		{"3 tiếng tới", "", Time, "2017-02-02T01:00/2017-02-02T03:00"},
	} {
		got := Find(c.in, Options{Ref: formsRef, Prefer: Future})
		text := c.text
		if text == "" {
			text = c.in
		}
		if len(got) != 1 || got[0].Kind != c.kind || got[0].Value != c.want || got[0].Text != text {
			t.Errorf("%q: got %v, want one %v %q %q", c.in, got, c.kind, text, c.want)
		}
	}
}

// TestVariantsAt reads forms whose value depends on the reference's time
// of day: Thursday 2 February 2017, 03:55.
func TestVariantsAt(t *testing.T) {
	ref := time.Date(2017, 2, 2, 3, 55, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want string
	}{
		{"cách đây 5 phút", "2017-02-02T03:50"},
		{"3 tiếng nữa", "2017-02-02T06:55"},
		{"từ 8h đến 10h", "2017-02-02T08:00/2017-02-02T10:00"},
		{"từ 1h đến 3h", "2017-02-03T01:00/2017-02-03T03:00"},
	} {
		got := Find(c.in, Options{Ref: ref, Prefer: Future})
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q: got %v, want %q", c.in, got, c.want)
		}
	}
}
