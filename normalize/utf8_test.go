package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstInvalid(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"abc", 3}, {"Hà Nội", len("Hà Nội")}, {"a\xffb", 1}, {"Hà\xc3", len("Hà")},
		{"\xe1\xba", 0}, {"ok \xed\xa0\x80", 3}, // a truncated letter; a surrogate
	} {
		assert.Equal(t, c.want, FirstInvalid([]byte(c.in)), "%q", c.in)
	}
}
