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
	"github.com/vnextract/vnextract/cmd/vnextract/internal/palette"
	"github.com/vnextract/vnextract/entity"
)

func htmlCSS() string {
	var b strings.Builder
	b.WriteString(palette.CSS())
	b.WriteString(`
section.doc h2 { font-size: 16px; margin: 10px 0 2px; word-break: break-all; }
`)
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
	b.WriteString(palette.Legend())
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
		s := palette.Of(m.Type)
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
			m.Type, id, m.ID, ent, html.EscapeString(tipText), esc(text[m.Start:m.End]), s.Label)
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
