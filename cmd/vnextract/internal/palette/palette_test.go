package palette

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnextract/vnextract/entity"
)

func TestPalette(t *testing.T) {
	colour := regexp.MustCompile(`^#[0-9a-f]{6}$`)
	css, legend := CSS(), Legend()
	labels := map[string]bool{}
	for _, ty := range entity.Types {
		s := Of(ty)
		assert.NotEmpty(t, s.Label, ty)
		assert.False(t, labels[s.Label], "label %s used twice", s.Label)
		labels[s.Label] = true
		assert.Regexp(t, colour, s.Background, ty)
		assert.Regexp(t, colour, s.Border, ty)
		rule := ".t-" + ty.String() + " { background: " + s.Background + "; border-color: " + s.Border + "; }"
		// After the shared rules, so that the type's border colour wins.
		assert.Greater(t, strings.Index(css, rule), strings.Index(css, "mark.m {"), ty)
		assert.Contains(t, legend, `<li><span class="sw t-`+ty.String()+`"></span>`+ty.String()+`</li>`)
	}
	assert.Equal(t, Style{}, Of(entity.Type(0)))
}
