package entity

import "testing"

func TestIsRomanAndAcronym(t *testing.T) {
	for _, c := range []struct {
		w              string
		roman, acronym bool
	}{
		{"XV", true, false},
		{"XIV", true, false},
		{"IV", true, false},
		{"MMXXI", true, false},
		{"XCIX", true, false},
		{"CDXLIV", true, false},
		{"III", true, false},
		{"IDDC", false, true}, // letters of numerals in no numeral's order
		{"CDC", false, true},
		{"IIII", false, true},
		{"VV", false, true},
		{"IC", false, true},
		{"UBND", false, true},
		{"ĐHBK", false, true},
		{"A", false, false},
		{"", false, false},
		{"Ab", false, false},
	} {
		if got := isRoman(c.w); got != c.roman {
			t.Errorf("isRoman(%q) = %v, want %v", c.w, got, c.roman)
		}
		if got := isAcronym(c.w); got != c.acronym {
			t.Errorf("isAcronym(%q) = %v, want %v", c.w, got, c.acronym)
		}
	}
}

func TestRoadNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"1": true, "14": true, "1A": true, "279B": true, "279": true,
		"": false, "A1": false, "1AB": false, "1a": false, "1234": false, "14-": false,
	} {
		if got := roadNumber(w); got != want {
			t.Errorf("roadNumber(%q) = %v, want %v", w, got, want)
		}
	}
}
