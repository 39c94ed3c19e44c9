package date

import (
	"testing"
	"time"
)

// formsRef is the reference of TestForms: Thursday 2 February 2017.
var formsRef = time.Date(2017, 2, 2, 0, 0, 0, 0, time.UTC)

// TestForms reads one phrase per line, as a user would type it, with the
// future preferred, and checks the kind and value of the one span it
// should give: the forms of issue 18, with their variants.
func TestForms(t *testing.T) {
	for _, c := range []struct {
		in   string
		kind Kind
		want string
	}{
		// Clock times take the reference date, or the date they are on.
		{"lúc 4 giờ chiều", Time, "2017-02-02T16:00"},
		{"3 giờ", Time, "2017-02-02T03:00"},
		{"vào lúc 7 giờ", Time, "2017-02-02T07:00"},
		{"15:30", Time, "2017-02-02T15:30"},
		{"lúc 15:30:20", Time, "2017-02-02T15:30:20"},
		{"8g30", Time, "2017-02-02T08:30"},
		{"lúc 8g", Time, "2017-02-02T08:00"},
		{"23h30", Time, "2017-02-02T23:30"},
		{"9 giờ kém 15", Time, "2017-02-02T08:45"},
		{"8 giờ kém 10 phút tối", Time, "2017-02-02T19:50"},
		{"9 giờ rưỡi sáng", Time, "2017-02-02T09:30"},
		{"3 rưỡi chiều", Time, "2017-02-02T15:30"},
		{"năm giờ chiều", Time, "2017-02-02T17:00"},
		{"lúc mười giờ sáng", Time, "2017-02-02T10:00"},
		{"ba giờ rưỡi chiều", Time, "2017-02-02T15:30"},
		{"tám giờ mười lăm", Time, "2017-02-02T08:15"},
		{"hai mươi giờ", Time, "2017-02-02T20:00"},
		{"12 giờ trưa", Time, "2017-02-02T12:00"},
		{"12 giờ đêm", Time, "2017-02-03T00:00"},
		{"nửa đêm", Time, "2017-02-03T00:00"},
		{"1 giờ sáng", Time, "2017-02-02T01:00"},
		{"tám giờ tối nay", Time, "2017-02-02T20:00"},
		{"7 giờ sáng mai", Time, "2017-02-03T07:00"},
		{"10h tối nay", Time, "2017-02-02T22:00"},
		{"2 giờ chiều ngày mai", Time, "2017-02-03T14:00"},
		{"9 giờ tối qua", Time, "2017-02-01T21:00"},
		{"8 giờ sáng thứ bảy", Time, "2017-02-04T08:00"},
		{"tối nay lúc 8 giờ", Time, "2017-02-02T20:00"},
		{"sáng mai lúc 9 giờ 30", Time, "2017-02-03T09:30"},
		// After a part of the day and its day, a clock time needs no "lúc".
		{"tối mai 8h", Time, "2017-02-03T20:00"},
		{"sáng mai 7 giờ", Time, "2017-02-03T07:00"},
		{"chiều nay 3 giờ rưỡi", Time, "2017-02-02T15:30"},
		{"trưa mai 12h", Time, "2017-02-03T12:00"},
		{"tối thứ bảy 7g30", Time, "2017-02-04T19:30"},
		{"sáng nay bảy giờ", Time, "2017-02-02T07:00"},
		{"lúc 4 rưỡi", Time, "2017-02-02T04:30"},
		{"11 giờ kém 20", Time, "2017-02-02T10:40"},
		{"14g15", Time, "2017-02-02T14:15"},
		// Parts of the day.
		{"tối nay", Time, "2017-02-02TEV"},
		{"sáng nay", Time, "2017-02-02TMO"},
		{"chiều mai", Time, "2017-02-03TAF"},
		{"sáng mai", Time, "2017-02-03TMO"},
		{"đêm qua", Time, "2017-02-01TNI"},
		{"trưa hôm qua", Time, "2017-02-01TMI"},
		{"sáng thứ bảy", Time, "2017-02-04TMO"},
		{"tối thứ 6", Time, "2017-02-03TEV"},
		{"chiều chủ nhật tuần sau", Time, "2017-02-12TAF"},
		// Counts of units before or after the reference.
		{"3 ngày vừa rồi", Date, "2017-01-30/2017-02-01"},
		{"5 ngày tới", Date, "2017-02-03/2017-02-07"},
		{"2 tuần qua", Date, "2017-W03/2017-W04"},
		{"3 tháng tiếp theo", Date, "2017-03/2017-05"},
		{"2 tháng qua", Date, "2016-12/2017-01"},
		{"2 năm tới", Date, "2018/2019"},
		{"ba năm qua", Date, "2014/2016"},
		{"4 giờ tới", Time, "2017-02-02T01:00/2017-02-02T04:00"},
		{"30 phút qua", Time, "2017-02-01T23:30/2017-02-01T23:59"},
		{"10 giây tiếp theo", Time, "2017-02-02T00:00:01/2017-02-02T00:00:10"},
		// Quarters and years.
		{"quý này", Date, "2017-Q1"},
		{"quý tới", Date, "2017-Q2"},
		{"quý sau", Date, "2017-Q2"},
		{"quý tiếp theo", Date, "2017-Q2"},
		{"quý kế tiếp", Date, "2017-Q2"},
		{"quý trước", Date, "2016-Q4"},
		{"quý 3 của năm 2018", Date, "2018-Q3"},
		{"quý 1 năm sau", Date, "2018-Q1"},
		{"quý 2", Date, "2017-Q2"},
		{"năm này", Date, "2017"},
		{"năm tới", Date, "2018"},
		{"năm sau", Date, "2018"},
		{"năm tiếp theo", Date, "2018"},
		{"năm kế tiếp", Date, "2018"},
		{"năm ngoái", Date, "2016"},
		// Weekdays: the next one, the reference day included.
		{"thứ hai", Time, "2017-02-06"},
		{"thứ 2", Time, "2017-02-06"},
		{"thứ ba", Time, "2017-02-07"},
		{"thứ tư", Time, "2017-02-08"},
		{"thứ năm", Time, "2017-02-02"},
		{"thứ sáu", Time, "2017-02-03"},
		{"thứ bẩy", Time, "2017-02-04"},
		{"thứ 7", Time, "2017-02-04"},
		{"chủ nhật", Time, "2017-02-05"},
		{"chủ nhựt", Time, "2017-02-05"},
		{"chúa nhật", Time, "2017-02-05"},
		{"vào thứ Hai", Time, "2017-02-06"},
		{"thứ ba vừa rồi", Date, "2017-01-31"},
		{"chủ nhật vừa qua", Date, "2017-01-29"},
		{"thứ sáu tới", Date, "2017-02-03"},
		{"thứ tư của tuần này", Date, "2017-02-01"},
		{"thứ năm của tuần tới", Date, "2017-02-09"},
		{"thứ 2 tuần sau", Date, "2017-02-06"},
		{"thứ hai tuần trước", Date, "2017-01-23"},
		// First day and week of a month.
		{"ngày đầu tiên của tháng 3", Date, "2017-03-01"},
		{"ngày đầu tiên của tháng sau", Date, "2017-03-01"},
		{"tuần đầu tiên của tháng 10", Date, "2017-W39"},
		{"tuần đầu tiên của tháng 10 năm 2014", Date, "2014-W40"},
		{"tuần đầu tháng 6", Date, "2017-W22"},
		{"tuần đầu của tháng 6", Date, "2017-W22"},
		{"tuần cuối của tháng 6", Date, "2017-W26"},
		{"tuần cuối tháng này", Date, "2017-W09"},
		// First and last of a year ("của năm" alone: the reference's).
		{"ngày đầu tiên của năm", Date, "2017-01-01"},
		{"ngày cuối cùng của năm 2016", Date, "2016-12-31"},
		{"tuần đầu tiên của năm 2017", Date, "2017-W01"},
		{"tuần cuối cùng của năm tới", Date, "2018-W52"},
		{"tháng đầu tiên của năm sau", Date, "2018-01"},
		{"tháng cuối cùng của năm 2016", Date, "2016-12"},
		// "sau nữa", "trước nữa": two units on.
		{"năm sau nữa", Date, "2019"},
		{"năm trước nữa", Date, "2015"},
		{"tuần sau nữa", Date, "2017-W07"},
		{"tháng trước nữa", Date, "2016-12"},
		{"quý sau nữa", Date, "2017-Q3"},
		{"ngày 5/10 năm sau nữa", Date, "2019-10-05"},
		// "rồi" after a unit is "last" in the south.
		{"tuần rồi", Date, "2017-W04"},
		{"tháng rồi", Date, "2017-01"},
		{"năm rồi", Date, "2016"},
		{"thứ hai tuần rồi", Date, "2017-01-23"},
		// Dates written out, year-less dates ahead.
		{"ngày 15 tháng 3 năm 2018", Date, "2018-03-15"},
		{"15 tháng 3 năm 2018", Date, "2018-03-15"},
		{"mười lăm tháng ba năm hai nghìn mười tám", Date, "2018-03-15"},
		{"mồng một tháng năm năm hai nghìn không trăm hai mươi", Date, "2020-05-01"},
		{"ngày 3 tháng 3", Date, "2017-03-03"},
		{"ngày 20/11", Date, "2017-11-20"},
		{"ngày 1/2", Date, "2018-02-01"},
		{"ngày 2/2", Date, "2017-02-02"},
		{"tháng 1", Date, "2018-01"},
		{"tháng 2", Date, "2017-02"},
		{"tháng 3", Date, "2017-03"},
		// Colloquial words.
		{"bữa nay", Date, "2017-02-02"},
		{"bữa qua", Date, "2017-02-01"},
		{"hôm nay", Date, "2017-02-02"},
		{"ngày mai", Date, "2017-02-03"},
		{"ngày kia", Date, "2017-02-04"},
		{"bây giờ", Time, "PRESENT_REF"},
		// Seasons.
		{"mùa hè", Date, "2017-SU"},
		{"mùa hạ", Date, "2017-SU"},
		{"mùa thu", Date, "2017-FA"},
		{"mùa đông", Date, "2016-WI"},
		{"mùa xuân năm nay", Date, "2017-SP"},
		{"mùa đông năm ngoái", Date, "2016-WI"},
		{"mùa hè tới", Date, "2017-SU"},
		{"mùa đông tới", Date, "2017-WI"},
		{"vào mùa thu", Date, "2017-FA"},
		// Holidays.
		{"Giáng sinh", Date, "2017-12-25"},
		{"ngày Quốc tế Phụ nữ", Date, "2017-03-08"},
		{"ngày quốc tế lao động", Date, "2017-05-01"},
	} {
		got := Find(c.in, Options{Ref: formsRef, Prefer: Future})
		if len(got) != 1 || got[0].Kind != c.kind || got[0].Value != c.want {
			t.Errorf("%q: got %v, want one %v %q", c.in, got, c.kind, c.want)
		}
	}
}

// TestFormsPast checks the default direction on the forms it changes: the
// nearest occurrence, ties going to the past.
func TestFormsPast(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ngày 20/11", "2016-11-20"},
		{"ngày 1/2", "2017-02-01"},
		{"tháng 1", "2017-01"},
		{"tháng 11", "2016-11"},
		{"thứ hai", "2017-01-30"},
		{"thứ sáu", "2017-02-03"},
		{"mùa hè", "2016-SU"},
		{"mùa đông", "2016-WI"},
		{"ngày Nhà giáo Việt Nam", "2016-11-20"},
		{"lúc 4 giờ chiều", "2017-02-02T16:00"},
		{"tối mai 8h", "2017-02-03T20:00"},
		{"tuần đầu tháng 6", "2017-W22"},
		{"rằm tháng 7", "2016-08-17"},
		{"mùa xuân", "2016-SP"},
		{"thứ bảy", "2017-02-04"},
		{"chủ nhật", "2017-02-05"},
		{"thứ ba", "2017-01-31"},
		{"thứ ba tới", "2017-02-07"},
		{"3 ngày tới", "2017-02-03/2017-02-05"},
		{"quý tới", "2017-Q2"},
		{"năm kế tiếp", "2018"},
		{"bữa nay", "2017-02-02"},
	} {
		got := Find(c.in, Options{Ref: formsRef})
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q: got %v, want %q", c.in, got, c.want)
		}
	}
}

// TestClockAfterReference checks that, preferring the future, a clock time
// earlier than the reference's time of day is the next day's, and that
// "bây giờ" is the reference's time.
func TestClockAfterReference(t *testing.T) {
	ref := time.Date(2017, 2, 2, 3, 55, 0, 0, time.UTC)
	for _, c := range []struct {
		in     string
		prefer Direction
		want   string
	}{
		{"lúc 3 giờ", Future, "2017-02-03T03:00"},
		{"lúc 4 giờ", Future, "2017-02-02T04:00"},
		{"lúc 3 giờ", Past, "2017-02-02T03:00"},
		{"bây giờ", Future, "2017-02-02T03:55:00"},
		{"2 giờ tới", Future, "2017-02-02T04:00/2017-02-02T05:00"},
	} {
		got := Find(c.in, Options{Ref: ref, Prefer: c.prefer})
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q (%v): got %v, want %q", c.in, c.prefer, got, c.want)
		}
	}
}
