package vnextract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vnextract/vnextract"
)

// The development set lives outside the repository, in ../shared/devset
// (its texts belong to their publishers and are never copied in here). Its
// README and GUIDELINES.md describe the format: NAME.txt, NAME.ann with inline
// marks ⟦TYPE|surface⟧ / ⟦DATE|surface|value⟧, and NAME.rel.json.
const devsetDir = "../shared/devset/news"

// devMention is one gold mark of a .ann file, in .txt byte offsets.
type devMention struct {
	typ        string // PERSON, TITLE, ORGANIZATION, LOCATION, DATE
	start, end int
	text       string
	value      string
}

// devRelation is one entry of a .rel.json file.
type devRelation struct {
	Type   string  `json:"type"`
	Person string  `json:"person"`
	Title  string  `json:"title"`
	Org    *string `json:"org"`
	Former bool    `json:"former"`
	Name   string  `json:"name"`
	Alias  string  `json:"alias"`
}

type devDoc struct {
	name      string
	text      []byte
	mentions  []devMention
	relations []devRelation
}

var devTypes = map[string]string{"PER": "PERSON", "TITLE": "TITLE", "ORG": "ORGANIZATION", "LOC": "LOCATION", "DATE": "DATE"}

// parseAnn reads the inline marks of a .ann file and returns the plain text
// and the marks in its byte offsets.
func parseAnn(ann string) (string, []devMention, error) {
	const open, close = "⟦", "⟧"
	var b strings.Builder
	var ms []devMention
	for {
		i := strings.Index(ann, open)
		if i < 0 {
			b.WriteString(ann)
			break
		}
		b.WriteString(ann[:i])
		ann = ann[i+len(open):]
		j := strings.Index(ann, close)
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed mark at byte %d of the text", b.Len())
		}
		parts := strings.Split(ann[:j], "|")
		ann = ann[j+len(close):]
		typ, ok := devTypes[parts[0]]
		if !ok || len(parts) < 2 || len(parts) > 3 {
			return "", nil, fmt.Errorf("bad mark %q", strings.Join(parts, "|"))
		}
		m := devMention{typ: typ, start: b.Len(), text: parts[1]}
		if len(parts) == 3 {
			m.value = parts[2]
		}
		b.WriteString(parts[1])
		m.end = b.Len()
		ms = append(ms, m)
	}
	return b.String(), ms, nil
}

// loadDevset reads every document of the development set, or skips the test
// when the set is not there.
func loadDevset(t testing.TB) []devDoc {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(devsetDir, "*.ann"))
	if len(files) == 0 {
		t.Skipf("no development set at %s: it sits next to the repository as ../shared/devset", devsetDir)
	}
	sort.Strings(files)
	var docs []devDoc
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".ann")
		ann, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		txt, err := os.ReadFile(filepath.Join(devsetDir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		plain, ms, err := parseAnn(string(ann))
		if err != nil {
			t.Fatalf("%s.ann: %v", name, err)
		}
		if plain != string(txt) {
			t.Fatalf("%s.ann without its marks differs from %s.txt", name, name)
		}
		var rels []devRelation
		if b, err := os.ReadFile(filepath.Join(devsetDir, name+".rel.json")); err == nil {
			if err := json.Unmarshal(b, &rels); err != nil {
				t.Fatalf("%s.rel.json: %v", name, err)
			}
		}
		docs = append(docs, devDoc{name: name, text: txt, mentions: ms, relations: rels})
	}
	return docs
}

// words splits a relation argument into its lenient key's words.
func words(s string) []string { return strings.Fields(relKey(s)) }

// sameName is the guidelines' lenient name match: equal keys, or one a
// word-wise suffix of the other (a person named by the given name or the
// last two syllables).
func sameName(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) < len(wb) {
		wa, wb = wb, wa
	}
	return strings.Join(wa[len(wa)-len(wb):], " ") == strings.Join(wb, " ")
}

// similar is the guidelines' lenient title and organization match: equal,
// one contained in the other word-wise, or mostly (three quarters of the
// longer one's) shared words.
func similar(a, b string) bool {
	ka, kb := relKey(a), relKey(b)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb || strings.Contains(" "+ka+" ", " "+kb+" ") || strings.Contains(" "+kb+" ", " "+ka+" ") {
		return true
	}
	wa, wb := words(a), words(b)
	in := map[string]int{}
	for _, w := range wa {
		in[w]++
	}
	shared := 0
	for _, w := range wb {
		if in[w] > 0 {
			in[w]--
			shared++
		}
	}
	return 4*shared >= 3*max(len(wa), len(wb))
}

// predPosition is a predicted position with every written form of its
// person and organization entities.
type predPosition struct {
	persons, orgs []string
	title         string
	former        bool
}

// String is the position as the verbose logs show it: "person | title |
// org", "-" for no organization.
func (p predPosition) String() string {
	org := "-"
	if len(p.orgs) > 0 {
		org = p.orgs[0]
	}
	return p.persons[0] + " | " + p.title + " | " + org
}

type predAlias struct {
	names []string
	alias string
}

// predictedRelations reads the document's positions and aliases with the
// forms of the entities their arguments belong to.
func predictedRelations(d *vnextract.Document) ([]predPosition, []predAlias) {
	forms := map[string][]string{}
	for _, e := range d.Entities {
		fs := []string{e.Name}
		for _, id := range e.Mentions {
			if m := d.Mention(id); m != nil {
				fs = append(fs, m.Text)
			}
		}
		for _, id := range e.Mentions {
			forms[id] = fs
		}
	}
	formsOf := func(id string) []string {
		if id == "" {
			return nil
		}
		if fs, ok := forms[id]; ok {
			return fs
		}
		if m := d.Mention(id); m != nil {
			return []string{m.Text}
		}
		return nil
	}
	text := func(id string) string {
		if m := d.Mention(id); m != nil {
			return m.Text
		}
		return ""
	}
	var ps []predPosition
	var as []predAlias
	seen := map[string]bool{}
	for _, r := range d.Relations {
		switch r.Type {
		case "position":
			p := predPosition{persons: formsOf(r.Args.Person), orgs: formsOf(r.Args.Organization), title: text(r.Args.Title), former: r.Former}
			k := relKey(p.persons[0]) + "|" + relKey(p.title) + "|"
			if len(p.orgs) > 0 {
				k += relKey(p.orgs[0])
			}
			if !seen[k] {
				seen[k] = true
				ps = append(ps, p)
			}
		case "alias":
			a := predAlias{names: formsOf(r.Args.Name), alias: text(r.Args.Alias)}
			k := "alias|" + relKey(a.names[0]) + "|" + relKey(a.alias)
			if !seen[k] {
				seen[k] = true
				as = append(as, a)
			}
		}
	}
	return ps, as
}

func anyName(forms []string, s string) bool {
	for _, f := range forms {
		if sameName(f, s) {
			return true
		}
	}
	return false
}

func anySimilar(forms []string, s string) bool {
	for _, f := range forms {
		if similar(f, s) {
			return true
		}
	}
	return false
}

// matchGreedy pairs each gold item with the first unused predicted item
// that ok accepts, and counts the result.
func matchGreedy(nGold, nPred int, ok func(g, p int) bool) (c prf, goldHit []bool, predHit []bool) {
	goldHit, predHit = make([]bool, nGold), make([]bool, nPred)
	for g := 0; g < nGold; g++ {
		for p := 0; p < nPred; p++ {
			if !predHit[p] && ok(g, p) {
				goldHit[g], predHit[p] = true, true
				c.tp++
				break
			}
		}
	}
	c.fn = float64(nGold) - c.tp
	c.fp = float64(nPred) - c.tp
	return
}

// sameValue compares a DATE value with the gold one, reading the gold's
// XXXX (no year in the text) as any year: the extractor may take the year
// from a dateline, which the guidelines do not.
func sameValue(gold, pred string) bool {
	if gold == pred {
		return true
	}
	if len(gold) != len(pred) {
		return false
	}
	for i := 0; i < len(gold); i++ {
		if gold[i] != pred[i] && gold[i] != 'X' {
			return false
		}
	}
	return true
}

// devScores is the development set's score table.
type devScores map[string]float64

func scoreDevset(t *testing.T, verbose bool) (devScores, string) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	return scoreDevsetWith(t, verbose, func(dd devDoc) (*vnextract.Document, error) {
		return ex.Extract(context.Background(), dd.text)
	})
}

// scoreDevsetWith is scoreDevset with the documents made by extract.
func scoreDevsetWith(t *testing.T, verbose bool, extract func(devDoc) (*vnextract.Document, error)) (devScores, string) {
	docs := loadDevset(t)
	types := []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE"}
	exact, overlap := map[string]*prf{}, map[string]*prf{}
	var allExact, allOverlap prf
	for _, ty := range types {
		exact[ty], overlap[ty] = &prf{}, &prf{}
	}
	var vOK, vN int
	var triples, pairs, aliases prf
	var log strings.Builder
	for _, dd := range docs {
		doc, err := extract(dd)
		if err != nil {
			t.Fatalf("%s: %v", dd.name, err)
		}
		for _, ty := range types {
			var gs, ps []span
			for _, m := range dd.mentions {
				if m.typ == ty {
					gs = append(gs, span{m.typ, m.start, m.end, m.value})
				}
			}
			for _, m := range doc.Mentions {
				if m.Type.String() == ty {
					ps = append(ps, span{ty, m.Start, m.End, m.Value})
				}
			}
			e, o, _, _ := matchSpans(gs, ps)
			add(exact[ty], e)
			add(overlap[ty], o)
			add(&allExact, e)
			add(&allOverlap, o)
			if ty == "DATE" {
				for _, g := range gs {
					for _, p := range ps {
						if p.start < g.end && g.start < p.end {
							vN++
							if sameValue(g.value, p.value) {
								vOK++
							} else if verbose {
								fmt.Fprintf(&log, "%s DATE value %q: gold %q, got %q\n", dd.name, dd.text[g.start:g.end], g.value, p.value)
							}
							break
						}
					}
				}
			}
			if verbose {
				logSpanDiff(&log, dd, ty, gs, ps)
			}
		}

		var gpos []devRelation
		var galias []devRelation
		for _, r := range dd.relations {
			switch r.Type {
			case "position":
				gpos = append(gpos, r)
			case "alias":
				galias = append(galias, r)
			}
		}
		ppos, palias := predictedRelations(doc)
		orgOK := func(g devRelation, p predPosition) bool {
			if g.Org == nil {
				return len(p.orgs) == 0
			}
			return anySimilar(p.orgs, *g.Org)
		}
		c, gh, ph := matchGreedy(len(gpos), len(ppos), func(g, p int) bool {
			return anyName(ppos[p].persons, gpos[g].Person) && similar(ppos[p].title, gpos[g].Title) && orgOK(gpos[g], ppos[p])
		})
		add(&triples, c)
		if verbose {
			for i, hit := range gh {
				if !hit {
					g := gpos[i]
					org := "-"
					if g.Org != nil {
						org = *g.Org
					}
					fmt.Fprintf(&log, "%s position missed: %s | %s | %s\n", dd.name, g.Person, g.Title, org)
				}
			}
			for i, hit := range ph {
				if !hit {
					fmt.Fprintf(&log, "%s position extra:  %s\n", dd.name, ppos[i])
				}
			}
		}
		c, _, _ = matchGreedy(len(gpos), len(ppos), func(g, p int) bool {
			return anyName(ppos[p].persons, gpos[g].Person) && similar(ppos[p].title, gpos[g].Title)
		})
		add(&pairs, c)
		c, gh, ph = matchGreedy(len(galias), len(palias), func(g, p int) bool {
			return relKey(palias[p].alias) == relKey(galias[g].Alias) && anySimilar(palias[p].names, galias[g].Name)
		})
		add(&aliases, c)
		if verbose {
			for i, hit := range gh {
				if !hit {
					fmt.Fprintf(&log, "%s alias missed: %s = %s\n", dd.name, galias[i].Name, galias[i].Alias)
				}
			}
			for i, hit := range ph {
				if !hit {
					fmt.Fprintf(&log, "%s alias extra:  %s = %s\n", dd.name, palias[i].names[0], palias[i].alias)
				}
			}
		}
	}

	sc := devScores{}
	var b strings.Builder
	fmt.Fprintf(&b, "development set: %d documents\n", len(docs))
	fmt.Fprintf(&b, "%-14s %7s %7s %7s   %7s %7s %7s\n", "type", "P", "R", "F1", "P(ovl)", "R(ovl)", "F1(ovl)")
	row := func(name string, e, o prf) {
		p, r, f := e.scores()
		po, ro, fo := o.scores()
		fmt.Fprintf(&b, "%-14s %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f\n", name, p, r, f, po, ro, fo)
		sc[name+".f1_exact"] = f
		sc[name+".f1_overlap"] = fo
	}
	for _, ty := range types {
		row(ty, *exact[ty], *overlap[ty])
	}
	row("ALL", allExact, allOverlap)
	va := 0.0
	if vN > 0 {
		va = float64(vOK) / float64(vN)
	}
	sc["DATE.value_accuracy"] = va
	fmt.Fprintf(&b, "DATE value accuracy on matched dates (XXXX = any year): %.3f (%d/%d)\n", va, vOK, vN)
	for _, x := range []struct {
		name, key string
		c         prf
	}{
		{"position (person, title, org)", "relation.position.f1", triples},
		{"position (person, title)", "relation.position_person_title.f1", pairs},
		{"alias", "relation.alias.f1", aliases},
	} {
		p, r, f := x.c.scores()
		fmt.Fprintf(&b, "%-30s P %.3f R %.3f F1 %.3f\n", x.name, p, r, f)
		sc[x.key] = f
	}
	if verbose {
		b.WriteString("\n")
		b.WriteString(log.String())
	}
	return sc, b.String()
}

// logSpanDiff writes the gold spans of one type that no prediction matches
// exactly, and the predictions that match no gold span exactly.
func logSpanDiff(w *strings.Builder, dd devDoc, ty string, gs, ps []span) {
	got := map[[2]int]bool{}
	for _, p := range ps {
		got[[2]int{p.start, p.end}] = true
	}
	want := map[[2]int]bool{}
	for _, g := range gs {
		want[[2]int{g.start, g.end}] = true
		if !got[[2]int{g.start, g.end}] {
			fmt.Fprintf(w, "%s %-12s missed %q @%d\n", dd.name, ty, dd.text[g.start:g.end], g.start)
		}
	}
	for _, p := range ps {
		if !want[[2]int{p.start, p.end}] {
			fmt.Fprintf(w, "%s %-12s extra  %q @%d\n", dd.name, ty, dd.text[p.start:p.end], p.start)
		}
	}
}

// TestDevsetAnnotations checks that the scorer reads the development set as
// its README describes: every mark's surface is at its offsets, and every
// relation names a non-empty argument.
func TestDevsetAnnotations(t *testing.T) {
	docs := loadDevset(t)
	for _, d := range docs {
		for _, m := range d.mentions {
			if string(d.text[m.start:m.end]) != m.text {
				t.Errorf("%s: mark %q at %d..%d", d.name, m.text, m.start, m.end)
			}
			if m.typ == "DATE" && m.value == "" {
				t.Errorf("%s: date %q without a value", d.name, m.text)
			}
		}
		for _, r := range d.relations {
			switch r.Type {
			case "position":
				if r.Person == "" || r.Title == "" {
					t.Errorf("%s: position without person or title: %+v", d.name, r)
				}
			case "alias", "same_person":
				if r.Name == "" || r.Alias == "" {
					t.Errorf("%s: %s without name or alias: %+v", d.name, r.Type, r)
				}
			default:
				t.Errorf("%s: relation type %q", d.name, r.Type)
			}
		}
	}
}

// TestDevScorerMatching pins the lenient matching the guidelines describe.
func TestDevScorerMatching(t *testing.T) {
	for _, c := range []struct {
		a, b string
		name bool
		sim  bool
	}{
		{"Nguyễn Văn An", "Văn An", true, true},
		{"Nguyễn Văn An", "An", true, true},
		{"Nguyễn Văn An", "Trần Văn An", false, false},
		{"Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định mới", false, true},
		{"Nguyễn Văn An", "Nguyễn Văn", false, true},
		{"Phó Chủ tịch", "Chủ tịch", true, true},
		{"UBND tỉnh", "UBND tỉnh Nam Định", false, true},
		{"Bộ Công an", "Bộ Quốc phòng", false, false},
		{"Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương", false, false},
		{"Chủ tịch", "Bí thư", false, false},
	} {
		if got := sameName(c.a, c.b); got != c.name {
			t.Errorf("sameName(%q, %q) = %v", c.a, c.b, got)
		}
		if got := similar(c.a, c.b); got != c.sim {
			t.Errorf("similar(%q, %q) = %v", c.a, c.b, got)
		}
	}
	if !sameValue("XXXX-10-14", "2025-10-14") || sameValue("XXXX-10-14", "2025-10-15") || sameValue("2024", "2025") {
		t.Error("sameValue")
	}
	plain, ms, err := parseAnn("Ông ⟦PER|Lê Văn A⟧ ngày ⟦DATE|1/10|XXXX-10-01⟧.")
	if err != nil || plain != "Ông Lê Văn A ngày 1/10." || len(ms) != 2 || plain[ms[0].start:ms[0].end] != "Lê Văn A" || ms[1].value != "XXXX-10-01" {
		t.Errorf("parseAnn: %q %+v %v", plain, ms, err)
	}
	if _, _, err := parseAnn("⟦PER|x"); err == nil {
		t.Error("parseAnn accepted an unclosed mark")
	}
}

// TestDevsetScores runs the extractor on the development set, prints the
// score table, and fails when a score falls below its floor in
// testdata/devset_floors.json. VNEXTRACT_DEVSET_VERBOSE=1 also prints every
// missed and extra mention and relation, document by document.
func TestDevsetScores(t *testing.T) {
	verbose := os.Getenv("VNEXTRACT_DEVSET_VERBOSE") != ""
	sc, table := scoreDevset(t, verbose)
	t.Logf("\n%s", table)
	checkFloors(t, sc, "testdata/devset_floors.json")
}

// checkFloors fails when a score of sc falls below its floor in the JSON
// file floorsPath, or a floor names no score. With VNEXTRACT_PRINT_SCORES
// set it prints the scores as internal/tools/raise_floors.sh reads them.
func checkFloors(t *testing.T, sc map[string]float64, floorsPath string) {
	t.Helper()
	b, err := os.ReadFile(floorsPath)
	if err != nil {
		t.Fatal(err)
	}
	var floors map[string]float64
	if err := json.Unmarshal(b, &floors); err != nil {
		t.Fatal(err)
	}
	for k, floor := range floors {
		got, ok := sc[k]
		if !ok {
			t.Errorf("floor %q names no score", k)
			continue
		}
		if got+1e-9 < floor {
			t.Errorf("%s = %.3f, below its floor %.3f", k, got, floor)
		}
	}
	if os.Getenv("VNEXTRACT_PRINT_SCORES") != "" {
		keys := make([]string, 0, len(sc))
		for k := range sc {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%q: %.3f,\n", k, math.Floor(sc[k]*1000)/1000)
		}
	}
}
