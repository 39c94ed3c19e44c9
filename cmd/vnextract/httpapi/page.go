package httpapi

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"strings"
	"sync"

	"github.com/vnextract/vnextract/cmd/vnextract/internal/palette"
	"github.com/vnextract/vnextract/entity"
)

// The page of GET /: HTML, CSS and script in one answer, with no external
// asset, so that it works offline and behind any proxy.
var (
	//go:embed page.html
	pageHTML string
	//go:embed page.css
	pageCSS string
	//go:embed page.js
	pageJS string
)

// page is the rendered page and its Content-Security-Policy, which lets
// the page run only its own script and style (by hash) and talk only to
// this server.
type page struct {
	body []byte
	csp  string
}

// thePage renders the page once: it is the same for every Handler.
var thePage = sync.OnceValue(func() page {
	// The colours and legend are those of "vnextract extract --format html".
	css := palette.CSS() + pageCSS
	labels := map[string]string{}
	for _, t := range entity.Types {
		labels[t.String()] = palette.Of(t).Label
	}
	lj, _ := json.Marshal(labels) // a map of strings always encodes
	js := "const LABELS = " + string(lj) + ";\n" + pageJS
	body := strings.NewReplacer("{{STYLE}}", css, "{{SCRIPT}}", js, "{{LEGEND}}", palette.Legend()).Replace(pageHTML)
	return page{
		body: []byte(body),
		csp: "default-src 'none'; script-src '" + cspHash(js) + "'; style-src '" + cspHash(css) + "'; " +
			"connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
	}
})

// cspHash returns the CSP source expression of an inline element's content.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

func (p page) serve(x *exchange) {
	x.Header().Set("Content-Security-Policy", p.csp)
	x.Header().Set("Referrer-Policy", "no-referrer")
	writeBody(x, "text/html; charset=utf-8", p.body)
}
