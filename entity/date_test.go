package entity

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/entity/date"
)

// TestFindDatesDated checks the one-pass dateline-and-dates read of short
// texts against FindDateline then FindDates, on every seed line and every
// window of three lines that fits the dateline window.
// findDatesDated reads the dates of a short text as Recognize does: the
// date tokens made with the others, the dateline and the dates read from
// them at once.
func findDatesDated(text string) (dates []Mention, ref time.Time) {
	var tk tokens
	var s date.Scanner
	tk.tokenizeDated(text, testRecognizer().vocab, s.Words())
	spans, ref := s.FindWords(text, date.Options{}, true)
	for _, sp := range spans {
		dates = append(dates, dateMention(sp))
	}
	return dates, ref
}

func TestFindDatesDated(t *testing.T) {
	lines := strings.Split(benchCorpus(t), "\n")
	// Datelines with dates that need the reference date to have a value.
	lines = append(lines,
		"06:00 | 15/11/2021 GMT+7\nHôm qua, Chủ tịch đã đến Hà Nội. Năm ngoái ông nói vậy; tuần sau sẽ họp.",
		"Thứ hai, 15/11/2021 06:00\nNgày 20/11 tới và tháng sau, hôm nay.")
	dated := 0
	for i := range lines {
		for _, text := range []string{lines[i], strings.Join(lines[i:min(i+3, len(lines))], "\n")} {
			if len(text) > date.DatelineWindow {
				continue
			}
			wantRef, ok := FindDateline(text)
			want := FindDates(text, DateOptions{Ref: wantRef})
			got, ref := findDatesDated(text)
			if !ref.Equal(wantRef) || !slices.Equal(got, want) {
				t.Fatalf("%q: got %v %v, want %v %v", text, ref, got, wantRef, want)
			}
			if ok {
				dated++
			}
		}
	}
	if dated == 0 {
		t.Fatal("no seed line has a dateline: the test reads too little")
	}
}
