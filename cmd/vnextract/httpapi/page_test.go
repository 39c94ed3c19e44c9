package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/cmd/vnextract/internal/palette"
	"github.com/vnextract/vnextract/entity"
)

// TestPageStatic checks the page without a browser: self-contained, with
// the palette, and a Content-Security-Policy that admits exactly its own
// inline script and style.
func TestPageStatic(t *testing.T) {
	_, srv := newServer(t, Options{})
	a := send(t, http.MethodGet, srv.URL+"/", "")
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "text/html; charset=utf-8", a.header.Get("Content-Type"))
	body := string(a.body)
	assert.True(t, strings.HasPrefix(body, "<!DOCTYPE html>"))
	assert.NotContains(t, body, "{{", "a placeholder was left")
	// No external stylesheet, script, image, font or frame: every link is
	// relative (the API) or data.
	for _, m := range regexp.MustCompile(`(?:src|href|action)="([^"]*)"`).FindAllStringSubmatch(body, -1) {
		u := m[1]
		assert.True(t, strings.HasPrefix(u, "data:") || !strings.Contains(u, ":") && !strings.HasPrefix(u, "//"), "external reference %q", u)
	}
	for _, re := range []string{`url\(`, `@import`, `<iframe\b`, `<img\b`} {
		assert.NotRegexp(t, regexp.MustCompile(re), body)
	}
	assert.Contains(t, body, palette.CSS(), "the colours of --format html")
	assert.Contains(t, body, palette.Legend())

	csp := a.header.Get("Content-Security-Policy")
	assert.Contains(t, csp, "default-src 'none'")
	assert.Contains(t, csp, "connect-src 'self'")
	script := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllStringSubmatch(body, -1)
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(body, -1)
	require.Len(t, script, 1)
	require.Len(t, style, 1)
	assert.Contains(t, csp, "script-src '"+cspHash(script[0][1])+"'")
	assert.Contains(t, csp, "style-src '"+cspHash(style[0][1])+"'")
}

// findBrowser returns the path of a Chromium or Chrome on PATH, or "".
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageState is what the browser test reads back from the page.
type pageState struct {
	Text      string     `json:"text"`   // the text area
	Plain     string     `json:"plain"`  // the highlighted text without the labels
	Search    string     `json:"search"` // location.search
	Status    string     `json:"status"`
	Marks     []pageMark `json:"marks"`
	Positions [][]string `json:"positions"` // cells
	Aliases   [][]string `json:"aliases"`
	Entities  [][]string `json:"entities"`
	Legend    []pageMark `json:"legend"`
	Markup    int        `json:"markup"` // elements in the text other than mark and span.lbl
}

type pageMark struct {
	Type       string `json:"type"`
	Text       string `json:"text"`
	Label      string `json:"label"`
	Background string `json:"bg"`
	Border     string `json:"border"`
}

const readPage = `(() => {
  const cells = (sel) => [...document.querySelectorAll(sel + " tbody tr")].map((tr) => [...tr.cells].map((td) => td.textContent));
  const plain = document.getElementById("marked").cloneNode(true);
  plain.querySelectorAll(".lbl").forEach((l) => l.remove());
  return {
    text: document.getElementById("text").value,
    plain: plain.textContent,
    search: location.search,
    status: document.getElementById("status").textContent,
    marks: [...document.querySelectorAll("#marked mark")].map((m) => ({
      type: m.dataset.type, text: m.firstChild.textContent, label: m.querySelector(".lbl").textContent,
      bg: getComputedStyle(m).backgroundColor, border: getComputedStyle(m).borderBottomColor })),
    positions: cells("#positions"), aliases: cells("#aliases"), entities: cells("#entities"),
    legend: [...document.querySelectorAll(".legend li")].map((li) => ({
      type: li.textContent, bg: getComputedStyle(li.querySelector(".sw")).backgroundColor,
      border: getComputedStyle(li.querySelector(".sw")).borderBottomColor })),
    markup: document.querySelectorAll("#marked *:not(mark):not(span.lbl)").length,
  };
})()`

// TestPageInBrowser drives headless Chromium: it types a sentence, presses
// the button, and checks the highlights and the tables against the API's
// own answer; then it opens a shared link (/?text=...).
func TestPageInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	path := findBrowser()
	if path == "" {
		const how = "no Chromium on PATH; install it to run this test: apt-get install -y chromium"
		if os.Getenv("CI") != "" {
			t.Fatal(how + " (.ci/run does)") // in CI the test must run, not skip
		}
		t.Skip(how)
	}
	_, srv := newServer(t, Options{})

	// Flags for a closed network and a throwaway profile.
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	// Script errors, failed loads and CSP violations all count as problems.
	var mu sync.Mutex
	var problems []string
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, fmt.Sprintf("console.%s", e.Type))
			}
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError || e.Entry.Level == cdplog.EntryLevelWarning {
				problems = append(problems, "log: "+e.Entry.Text)
			}
		}
	}))

	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible("#text"),
		chromedp.SendKeys("#text", sentence),
		chromedp.SetValue("#ref_date", "2025-10-02"),
		chromedp.Click("#run"),
		chromedp.WaitVisible("#result"),
	))
	st, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](readPage))
	require.NoError(t, err)
	ref, _ := time.Parse("2006-01-02", "2025-10-02")
	doc, err := newExtractor(t).WithRefDate(ref).Extract(context.Background(), []byte(sentence))
	require.NoError(t, err)

	assert.Equal(t, sentence, st.Text)
	assert.Equal(t, sentence, st.Plain, "the highlighted text is the input, every byte")
	assert.Empty(t, st.Status)
	assert.Equal(t, "?text="+url.QueryEscape(sentence)+"&ref_date=2025-10-02", st.Search, "the address is a link to this result")
	// One highlight per mention, in text order, in the colours of --format html.
	ms := append([]vnextract.Mention(nil), doc.Mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	require.Len(t, st.Marks, len(ms))
	types := map[string]bool{}
	for i, m := range ms {
		s := palette.Of(m.Type)
		assert.Equal(t, pageMark{m.Type.String(), m.Text, s.Label, cssRGB(t, s.Background), cssRGB(t, s.Border)}, st.Marks[i])
		types[m.Type.String()] = true
	}
	for _, ty := range []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE"} {
		assert.True(t, types[ty], "the sentence has a %s", ty)
	}
	require.Len(t, st.Legend, len(entity.Types))
	for i, ty := range entity.Types {
		s := palette.Of(ty)
		assert.Equal(t, pageMark{Type: ty.String(), Background: cssRGB(t, s.Background), Border: cssRGB(t, s.Border)}, st.Legend[i])
	}

	// The tables: the API's relations, each argument shown by its text.
	chip := func(id string) string {
		if id == "" {
			return "—"
		}
		m := doc.Mention(id)
		label := m.Text
		if m.Normalized != "" {
			label = m.Normalized
		}
		if m.Value != "" {
			label += " (" + m.Value + ")"
		}
		return label
	}
	var positions, aliases [][]string
	for _, r := range doc.Relations {
		if r.Type == "alias" {
			aliases = append(aliases, []string{r.ID, chip(r.Args.Name), chip(r.Args.Alias)})
		} else {
			positions = append(positions, []string{r.ID, chip(r.Args.Person), chip(r.Args.Title), chip(r.Args.Organization), chip(r.Args.Date)})
		}
	}
	require.NotEmpty(t, positions)
	require.NotEmpty(t, aliases)
	assert.Equal(t, positions, firstCells(st.Positions, 5))
	assert.Equal(t, aliases, firstCells(st.Aliases, 3))
	assert.Equal(t, []string{"Phan Anh Sơn", "Chủ tịch", "Liên hiệp các tổ chức hữu nghị Việt Nam"}, st.Positions[0][1:4])
	assert.Len(t, st.Entities, len(doc.Entities))
	for _, row := range st.Positions {
		assert.NotEmpty(t, row[5], "evidence")
	}

	// A shared link fills the text in and runs it. The text has markup,
	// which must stay text, and lines.
	shared := "<b>Bộ trưởng</b> Bộ Ngoại giao Bùi Thanh Sơn\nđã tiếp Đại sứ Hoa Kỳ Marc Knapper tại Hà Nội ngày 15/3/2024."
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/?text="+url.QueryEscape(shared)),
		chromedp.WaitVisible("#result"),
	))
	st, err = chromedp.Run(ctx, chromedp.Evaluate[pageState](readPage))
	require.NoError(t, err)
	assert.Equal(t, shared, st.Text)
	assert.Equal(t, shared, st.Plain)
	assert.Zero(t, st.Markup, "the text's markup is shown, not parsed")
	var persons []string
	for _, m := range st.Marks {
		if m.Type == "PERSON" {
			persons = append(persons, m.Text)
		}
	}
	assert.Contains(t, persons, "Bùi Thanh Sơn")
	assert.NotEmpty(t, st.Positions)

	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, problems, "script errors, failed loads or CSP violations")
}

// firstCells returns the first n cells of each row.
func firstCells(rows [][]string, n int) [][]string {
	var out [][]string
	for _, r := range rows {
		out = append(out, r[:min(n, len(r))])
	}
	return out
}

// cssRGB turns "#rrggbb" into the computed-style form "rgb(r, g, b)".
func cssRGB(t *testing.T, hex string) string {
	t.Helper()
	require.Len(t, hex, 7)
	var c [3]int64
	for i := range c {
		v, err := strconv.ParseInt(hex[1+2*i:3+2*i], 16, 64)
		require.NoError(t, err)
		c[i] = v
	}
	return fmt.Sprintf("rgb(%d, %d, %d)", c[0], c[1], c[2])
}
