package entity

import "testing"

// TestInitialsOnly: the shapes of a name written as initials alone.
func TestInitialsOnly(t *testing.T) {
	for w, want := range map[string]bool{"N.V.T": true, "Ng.T.H": true, "A": false, "N.V.T.": false, "Nguyễn": false, "A.B.C.D.E": false, "n.v": false, "V.Kalganov": false} {
		if got := initialsOnly(w); got != want {
			t.Errorf("%q: %v", w, got)
		}
	}
}
