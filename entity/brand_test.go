package entity

import "testing"

func TestBrandShaped(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"ChosunBiz", true}, {"JoongAng", true}, {"SeABank", true}, {"Kienlongbank", true},
		{"PetroVietnam", true}, {"VinFast", true},
		{"McCain", false}, {"MacArthur", false}, {"DiCaprio", false}, {"DeSantis", false},
		{"Bank", false}, {"Hùng", false}, {"Nguyen", false}, {"iPhone", false}, {"O'Neil", false}, {"BIDV", false},
	} {
		if got := brandShaped(c.w); got != c.want {
			t.Errorf("brandShaped(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
