package main

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
)

// typeStyle is the colour and short label of a mention type in the page.
type typeStyle struct {
	label, bg, border string
}

var typeStyles = map[entity.Type]typeStyle{
	entity.Person:       {"PER", "#fde2e4", "#e5484d"},
	entity.Title:        {"TITLE", "#fff1c2", "#c99700"},
	entity.Organization: {"ORG", "#dbeafe", "#3b82f6"},
	entity.Location:     {"LOC", "#dcfce7", "#16a34a"},
	entity.Date:         {"DATE", "#ede9fe", "#7c3aed"},
	entity.Time:         {"TIME", "#ffedd5", "#ea580c"},
}

func htmlCSS() string {
	var b strings.Builder
	b.WriteString(`
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
section.doc h2 { font-size: 16px; margin: 10px 0 2px; word-break: break-all; }
.stats { color: #57606a; font-size: 13px; margin: 0 0 12px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.1; font-size: 16px; }
mark.m { position: relative; border-radius: 4px; padding: 1px 3px; border-bottom: 2px solid; cursor: help; color: inherit; }
mark.m .lbl { font-size: 9px; font-weight: 700; letter-spacing: .03em; vertical-align: super; margin-left: 2px; opacity: .75; user-select: none; }
mark.m:hover::after { content: attr(data-tip); position: absolute; left: 0; top: 100%; margin-top: 4px; z-index: 20; min-width: 180px; max-width: 420px; width: max-content; background: #1f2328; color: #fff; font-size: 12px; line-height: 1.45; padding: 6px 8px; border-radius: 6px; white-space: pre-line; box-shadow: 0 4px 12px rgba(0,0,0,.25); }
mark.m:target, mark.m.hl { outline: 2px solid #1f2328; outline-offset: 1px; }
h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .05em; color: #57606a; margin: 22px 0 6px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #eaeef2; }
th { font-weight: 600; color: #57606a; font-size: 12px; }
td.ev { color: #57606a; font-size: 13px; }
a.chip { text-decoration: none; color: inherit; border-radius: 4px; padding: 0 4px; border-bottom: 2px solid; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
td.ev { min-width: 16em; }
td { overflow-wrap: break-word; }
td:first-child, td.ty, a.chip.short { white-space: nowrap; }
.none { color: #8c959f; font-style: italic; }
.former { font-size: 11px; color: #9a6700; border: 1px solid #d4a72c; border-radius: 3px; padding: 0 3px; margin-left: 4px; }
footer { text-align: center; color: #8c959f; font-size: 12px; padding: 0 0 24px; }
`)
	for _, t := range entity.Types {
		s := typeStyles[t]
		fmt.Fprintf(&b, ".t-%s { background: %s; border-color: %s; }\n", t, s.bg, s.border)
	}
	return b.String()
}

// htmlScript highlights the other mentions of an entity on hover.
const htmlScript = `
document.addEventListener("mouseover", function (ev) {
  var m = ev.target.closest && ev.target.closest("[data-entity]");
  document.querySelectorAll(".hl").forEach(function (x) { x.classList.remove("hl"); });
  if (!m) return;
  document.querySelectorAll('[data-entity="' + m.dataset.entity + '"]').forEach(function (x) { x.classList.add("hl"); });
});
`

func htmlHeader() []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<title>vnextract</title>\n<style>")
	b.WriteString(htmlCSS())
	b.WriteString("</style>\n</head>\n<body>\n<header><h1>vnextract</h1><ul class=\"legend\">")
	for _, t := range entity.Types {
		fmt.Fprintf(&b, "<li><span class=\"sw t-%s\"></span>%s</li>", t, t)
	}
	b.WriteString("</ul></header>\n<main>\n")
	return b.Bytes()
}

func htmlFooter() []byte {
	return []byte("</main>\n<footer>Hover a highlighted span to see its type and normalized value; relations are listed under each text.</footer>\n<script>" +
		htmlScript + "</script>\n</body>\n</html>\n")
}

// esc escapes text for HTML, reading invalid UTF-8 as U+FFFD.
func esc(b []byte) string {
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return html.EscapeString(string(b))
}

// writeHTMLDoc writes one document's section: its text with the mentions
// highlighted, then its relations and entities. id prefixes element ids.
func writeHTMLDoc(w io.Writer, id, title string, text []byte, doc *vnextract.Document) {
	var b bytes.Buffer
	entOf := map[string]*vnextract.Entity{}
	for i := range doc.Entities {
		for _, m := range doc.Entities[i].Mentions {
			entOf[m] = &doc.Entities[i]
		}
	}
	counts := map[entity.Type]int{}
	for _, m := range doc.Mentions {
		counts[m.Type]++
	}
	fmt.Fprintf(&b, "<section class=\"doc\" id=\"%s\">\n<h2>%s</h2>\n<p class=\"stats\">", id, html.EscapeString(title))
	var parts []string
	for _, t := range entity.Types {
		if counts[t] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[t], t))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "no mention")
	}
	fmt.Fprintf(&b, "%s · %d entities · %d relations", strings.Join(parts, ", "), len(doc.Entities), len(doc.Relations))
	if doc.RefDate != "" {
		fmt.Fprintf(&b, " · reference date %s", doc.RefDate)
	}
	if enc := doc.Report.Encoding; enc != "" && enc != "unicode" {
		fmt.Fprintf(&b, " · decoded from %s", html.EscapeString(enc))
	}
	if doc.Report.InvalidUTF8 > 0 {
		fmt.Fprintf(&b, " · %d invalid UTF-8 sequences (first at byte %d)", doc.Report.InvalidUTF8, doc.Report.FirstInvalid)
	}
	b.WriteString("</p>\n<div class=\"text\">")

	ms := append([]vnextract.Mention(nil), doc.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	pos := 0
	for _, m := range ms {
		if m.Start < pos || m.End > len(text) || m.Start > m.End {
			continue // overlapping or out of range: never expected
		}
		b.WriteString(esc(text[pos:m.Start]))
		s := typeStyles[m.Type]
		tip := []string{m.Type.String()}
		if m.Normalized != "" {
			tip = append(tip, "normalized: "+m.Normalized)
		}
		if m.Value != "" {
			tip = append(tip, "value: "+m.Value)
		}
		if p := m.Person; p != nil {
			tip = append(tip, fmt.Sprintf("family: %s · middle: %s · given: %s", p.Family, p.Middle, p.Given))
		}
		ent := ""
		if e := entOf[m.ID]; e != nil {
			ent = fmt.Sprintf(" data-entity=\"%s-%s\"", id, e.ID)
			if e.Name != m.Text {
				tip = append(tip, "entity: "+e.Name)
			}
		}
		tip = append(tip, fmt.Sprintf("%s · bytes %d–%d", m.ID, m.Start, m.End))
		if m.Rule != "" {
			tip = append(tip, "rule: "+m.Rule)
		}
		tipText := strings.Join(tip, "\n")
		fmt.Fprintf(&b, "<mark class=\"m t-%s\" id=\"%s-%s\"%s data-tip=\"%s\">%s<span class=\"lbl\">%s</span></mark>",
			m.Type, id, m.ID, ent, html.EscapeString(tipText), esc(text[m.Start:m.End]), s.label)
		pos = m.End
	}
	b.WriteString(esc(text[pos:]))
	b.WriteString("</div>\n")

	chip := func(mid string) string {
		if mid == "" {
			return "<span class=\"none\">—</span>"
		}
		m := doc.Mention(mid)
		if m == nil {
			return html.EscapeString(mid)
		}
		label := m.Text
		if m.Normalized != "" {
			label = m.Normalized
		}
		if m.Value != "" {
			label += " (" + m.Value + ")"
		}
		return fmt.Sprintf("<a class=\"chip t-%s\" href=\"#%s-%s\">%s</a>", m.Type, id, m.ID, html.EscapeString(label))
	}
	evidence := func(sp *vnextract.Span) string {
		if sp == nil || sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			return ""
		}
		s := strings.Join(strings.Fields(string(bytes.ToValidUTF8(text[sp.Start:sp.End], []byte("\uFFFD")))), " ")
		if r := []rune(s); len(r) > 200 {
			s = string(r[:200]) + "…"
		}
		return html.EscapeString(s)
	}

	var pos2, alias []vnextract.Relation
	for _, r := range doc.Relations {
		if r.Type == "alias" {
			alias = append(alias, r)
		} else {
			pos2 = append(pos2, r)
		}
	}
	b.WriteString("<h3>Positions</h3>\n")
	if len(pos2) == 0 {
		b.WriteString("<p class=\"none\">No position found.</p>\n")
	} else {
		b.WriteString("<table><thead><tr><th>#</th><th>Person</th><th>Title</th><th>Organization</th><th>Date</th><th>Evidence</th></tr></thead><tbody>\n")
		for _, r := range pos2 {
			former := ""
			if r.Former {
				former = "<span class=\"former\">former</span>"
			}
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s%s</td><td>%s</td><td>%s</td><td class=\"ev\">%s</td></tr>\n",
				r.ID, chip(r.Args.Person), chip(r.Args.Title), former, chip(r.Args.Organization), chip(r.Args.Date), evidence(r.Evidence))
		}
		b.WriteString("</tbody></table>\n")
	}
	if len(alias) > 0 {
		b.WriteString("<h3>Aliases</h3>\n<table><thead><tr><th>#</th><th>Name</th><th>Alias</th><th>Evidence</th></tr></thead><tbody>\n")
		for _, r := range alias {
			fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td><td class=\"ev\">%s</td></tr>\n",
				r.ID, chip(r.Args.Name), chip(r.Args.Alias), evidence(r.Evidence))
		}
		b.WriteString("</tbody></table>\n")
	}
	if len(doc.Entities) > 0 {
		b.WriteString("<h3>Entities</h3>\n<table><thead><tr><th>#</th><th>Type</th><th>Name</th><th>Mentions</th></tr></thead><tbody>\n")
		for _, e := range doc.Entities {
			var links []string
			for _, m := range e.Mentions {
				links = append(links, fmt.Sprintf("<a href=\"#%s-%s\">%s</a>", id, m, m))
			}
			fmt.Fprintf(&b, "<tr><td>%s</td><td class=\"ty\"><span class=\"sw t-%s\"></span> %s</td><td>%s</td><td>%s</td></tr>\n",
				e.ID, e.Type, e.Type, html.EscapeString(e.Name), strings.Join(links, " "))
		}
		b.WriteString("</tbody></table>\n")
	}
	b.WriteString("</section>\n")
	w.Write(b.Bytes())
}
