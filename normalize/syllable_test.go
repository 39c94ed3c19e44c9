package normalize

import "testing"

func TestIsSyllable(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Nguyễn", true}, {"nghiêng", true}, {"quý", true}, {"gì", true}, {"Trường", true}, {"khuya", true},
		{"Kalganov", false}, {"Petersburg", false}, {"Trump", false}, {"Vyacheslav", false}, {"VietHope", false},
		{"qa", false}, {"Jae", false}, {"Zheleznyak", false}, {"gin", true}, {"GIN", true}, {"iPhone", false},
		{"Ha\u0300", false}, {"x1", false}, {"", false}, // a combining mark and a digit are no letters
	} {
		if got := IsSyllable(tc.w); got != tc.want {
			t.Errorf("IsSyllable(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
