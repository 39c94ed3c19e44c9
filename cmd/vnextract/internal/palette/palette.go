// Package palette is the look of an extraction shown as HTML: each mention
// type's colours and short label, and the stylesheet of the highlighted
// text, legend and tables. It is shared by "vnextract extract --format html"
// and the page of "vnextract serve", so that both read alike.
package palette

import (
	"fmt"
	"strings"

	"github.com/vnextract/vnextract/entity"
)

// Style is how mentions of one type are drawn.
type Style struct {
	// Label is the short tag written after a highlight ("PER").
	Label string
	// Background and Border are CSS colours.
	Background, Border string
}

var styles = map[entity.Type]Style{
	entity.Person:       {"PER", "#fde2e4", "#e5484d"},
	entity.Title:        {"TITLE", "#fff1c2", "#c99700"},
	entity.Organization: {"ORG", "#dbeafe", "#3b82f6"},
	entity.Location:     {"LOC", "#dcfce7", "#16a34a"},
	entity.Date:         {"DATE", "#ede9fe", "#7c3aed"},
	entity.Time:         {"TIME", "#ffedd5", "#ea580c"},
}

// Of returns the style of t (the zero Style for an unknown type).
func Of(t entity.Type) Style { return styles[t] }

// baseCSS styles the elements both pages share: the header and legend
// (ul.legend, span.sw), the text (div.text, mark.m with a span.lbl and a
// data-tip shown on hover, .hl for the outlined mentions of one entity) and
// the tables (a.chip, td.ev, .none, .former).
const baseCSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #f6f7f9; }
header { position: sticky; top: 0; z-index: 10; background: #fff; border-bottom: 1px solid #d0d7de; padding: 10px 24px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 18px; }
header h1 { font-size: 18px; margin: 0 12px 0 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 10px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.sw { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 2px solid; }
main { max-width: 980px; margin: 0 auto; padding: 16px 24px 48px; }
section.doc { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 24px 20px; margin: 16px 0; }
.stats { color: #57606a; font-size: 13px; margin: 0 0 12px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.1; font-size: 16px; }
mark.m { position: relative; border-radius: 4px; padding: 1px 3px; border-bottom-width: 2px; border-bottom-style: solid; cursor: help; color: inherit; }
mark.m .lbl { font-size: 9px; font-weight: 700; letter-spacing: .03em; vertical-align: super; margin-left: 2px; opacity: .75; user-select: none; }
mark.m:hover::after { content: attr(data-tip); position: absolute; left: 0; top: 100%; margin-top: 4px; z-index: 20; min-width: 180px; max-width: 420px; width: max-content; background: #1f2328; color: #fff; font-size: 12px; line-height: 1.45; padding: 6px 8px; border-radius: 6px; white-space: pre-line; box-shadow: 0 4px 12px rgba(0,0,0,.25); }
mark.m:target, mark.m.hl { outline: 2px solid #1f2328; outline-offset: 1px; }
h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .05em; color: #57606a; margin: 22px 0 6px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #eaeef2; }
th { font-weight: 600; color: #57606a; font-size: 12px; }
td.ev { color: #57606a; font-size: 13px; min-width: 16em; }
td { overflow-wrap: break-word; }
td:first-child, td.ty, a.chip.short { white-space: nowrap; }
a.chip { text-decoration: none; color: inherit; border-radius: 4px; padding: 0 4px; border-bottom-width: 2px; border-bottom-style: solid; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.none { color: #8c959f; font-style: italic; }
.former { font-size: 11px; color: #9a6700; border: 1px solid #d4a72c; border-radius: 3px; padding: 0 3px; margin-left: 4px; }
footer { text-align: center; color: #8c959f; font-size: 12px; padding: 0 0 24px; }
`

// CSS returns the shared stylesheet, then one rule per type,
// ".t-PERSON { background: ...; border-color: ...; }", in the order of
// entity.Types. The type rules come last so that they colour the borders
// the shared rules draw.
func CSS() string {
	var b strings.Builder
	b.WriteString(baseCSS)
	for _, t := range entity.Types {
		s := styles[t]
		fmt.Fprintf(&b, ".t-%s { background: %s; border-color: %s; }\n", t, s.Background, s.Border)
	}
	return b.String()
}

// Legend returns the legend's list items, a swatch ("sw t-TYPE") and the
// type's name each, in the order of entity.Types.
func Legend() string {
	var b strings.Builder
	for _, t := range entity.Types {
		fmt.Fprintf(&b, "<li><span class=\"sw t-%s\"></span>%s</li>", t, t)
	}
	return b.String()
}
