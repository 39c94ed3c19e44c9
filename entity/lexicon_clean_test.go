package entity

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestCleanField checks the fast path of cleanField (fields already clean
// are returned as they are) against its definition: NFC, words joined by
// one space.
func TestCleanField(t *testing.T) {
	for _, s := range []string{
		"", " ", "Hà Nội", "Phan  Anh Sơn", " Hà Nội", "Hà Nội ", "a\u00a0b", "a\u3000b", "a \u00a0b",
		"Lie\u0302n hie\u0323\u0302p", "x", "TP.HCM", "a\vb", "  ",
	} {
		want := strings.Join(strings.Fields(nfc(s)), " ")
		if got := cleanField(s); got != want {
			t.Errorf("cleanField(%q) = %q, want %q", s, got, want)
		}
	}
}

func nfc(s string) string { return norm.NFC.String(s) }
