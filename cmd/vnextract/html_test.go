package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractHTML(t *testing.T) {
	p := seed(t, "000_1d3b2b95b4575efa.txt")
	out, errs, code := runCmd(t, "", "extract", "--format", "html", p)
	require.Equal(t, exitOK, code, errs)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"))
	assert.True(t, strings.HasSuffix(out, "</html>\n"))
	// Self-contained: no external stylesheet, script, image or font.
	for _, re := range []string{`<link\b`, `<script[^>]+src=`, `<img\b`, `url\(`, `@import`, `https?://`} {
		assert.NotRegexp(t, regexp.MustCompile(re), out)
	}
	// A legend entry and a colour for every type.
	for _, ty := range []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "TIME"} {
		assert.Contains(t, out, `<li><span class="sw t-`+ty+`"></span>`+ty+`</li>`)
		assert.Contains(t, out, ".t-"+ty+" { background:")
	}
	// Highlighted mentions with a hover tip giving the type and value.
	assert.Regexp(t, `<mark class="m t-PERSON" id="d1-m\d+" data-entity="d1-e\d+" data-tip="PERSON`, out)
	assert.Regexp(t, `data-tip="DATE\nvalue: [0-9X]{4}-10-01`, out)
	assert.Contains(t, out, "<h3>Positions</h3>")
	assert.Contains(t, out, `<a class="chip t-PERSON" href="#d1-m`)
	// The text is all there, escaped.
	assert.Contains(t, out, "Diễn đàn nhân dân Việt-Nga lần thứ nhất thành công tốt đẹp")

	// Markup in the input is escaped.
	q := writeFile(t, "x.txt", []byte(`<script>alert("x")</script> & Hà Nội`))
	out, _, code = runCmd(t, "", "extract", "--format", "html", q)
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; ")
	assert.NotContains(t, out, `<script>alert`)
}
