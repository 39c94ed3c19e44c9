package vnextract_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/internal/testdocs"
	"github.com/vnextract/vnextract/normalize"
)

// goldDoc is the format of testdata/golden/*.json (see its README).
type goldDoc = testdocs.Golden

func loadGoldens(t testing.TB) map[string]*goldDoc { return testdocs.Goldens(t, ".") }

var timexRE = regexp.MustCompile(`^(?:(?:\d{4}|XXXX)(?:-(?:\d{2}|Q[1-4]|W\d{2})(?:-\d{2})?)?(?:T\d{2}:\d{2})?|T\d{2}:\d{2})$`)

// TestGoldenFilesValid checks the goldens themselves: offsets, text, order,
// ids, clusters, relation argument types and date values.
func TestGoldenFilesValid(t *testing.T) {
	for name, g := range loadGoldens(t) {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata/seeds", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if g.Document != name+".txt" {
				t.Errorf("document = %q", g.Document)
			}
			if g.RefDate != nil {
				if _, err := time.Parse("2006-01-02", *g.RefDate); err != nil {
					t.Errorf("ref_date: %v", err)
				}
			}
			types := map[string]string{}
			prevEnd := 0
			for _, m := range g.Mentions {
				if _, dup := types[m.ID]; dup {
					t.Errorf("duplicate id %s", m.ID)
				}
				types[m.ID] = m.Type
				if m.Start < 0 || m.End > len(src) || m.Start >= m.End {
					t.Errorf("%s: offsets %d..%d out of range", m.ID, m.Start, m.End)
					continue
				}
				if string(src[m.Start:m.End]) != m.Text {
					t.Errorf("%s: text %q != input %q", m.ID, m.Text, src[m.Start:m.End])
				}
				if m.Start < prevEnd {
					t.Errorf("%s: overlaps or is out of order (start %d < previous end %d)", m.ID, m.Start, prevEnd)
				}
				prevEnd = m.End
				switch m.Type {
				case "PERSON", "TITLE", "ORGANIZATION", "LOCATION":
				case "DATE", "TIME":
					for _, part := range strings.Split(m.Value, "/") {
						if m.Value != "" && !timexRE.MatchString(part) {
							t.Errorf("%s: bad value %q", m.ID, m.Value)
						}
					}
				default:
					t.Errorf("%s: bad type %q", m.ID, m.Type)
				}
			}
			seen := map[string]bool{}
			for _, e := range g.Entities {
				for _, id := range e.Mentions {
					if types[id] != e.Type {
						t.Errorf("entity %s: mention %s has type %q, entity %q", e.ID, id, types[id], e.Type)
					}
					if seen[id] {
						t.Errorf("mention %s in two entities", id)
					}
					seen[id] = true
				}
			}
			for id, ty := range types {
				if (ty == "PERSON" || ty == "ORGANIZATION" || ty == "LOCATION") && !seen[id] {
					t.Errorf("mention %s (%s) is in no entity", id, ty)
				}
			}
			want := map[string][]string{
				"person": {"PERSON"}, "title": {"TITLE"}, "organization": {"ORGANIZATION", "LOCATION"},
				"date": {"DATE"}, "name": {"ORGANIZATION", "PERSON", "LOCATION"}, "alias": {"ORGANIZATION", "PERSON", "LOCATION"},
			}
			for _, r := range g.Relations {
				for role, id := range r.Args {
					ok := false
					for _, ty := range want[role] {
						ok = ok || types[id] == ty
					}
					if !ok {
						t.Errorf("relation %s: %s=%s has type %q", r.ID, role, id, types[id])
					}
				}
				switch r.Type {
				case "position":
					if r.Args["person"] == "" || r.Args["title"] == "" {
						t.Errorf("relation %s: position without person or title", r.ID)
					}
				case "alias":
					if r.Args["name"] == "" || r.Args["alias"] == "" {
						t.Errorf("relation %s: alias without name or alias", r.ID)
					}
				default:
					t.Errorf("relation %s: type %q", r.ID, r.Type)
				}
			}
		})
	}
}

// prf accumulates counts for precision, recall and F1.
type prf struct{ tp, fp, fn float64 }

func (c prf) scores() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = c.tp / (c.tp + c.fp)
	}
	if c.tp+c.fn > 0 {
		r = c.tp / (c.tp + c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type span struct {
	typ        string
	start, end int
	value      string
}

// matchSpans counts exact and overlap matches of predicted against gold spans
// of one type. Overlap matching pairs each gold span with at most one
// predicted span of the same type that shares a byte.
func matchSpans(gold, pred []span) (exact, overlap prf, valueOK, valueN int) {
	used := make([]bool, len(pred))
	gotExact := map[[2]int]bool{}
	for _, p := range pred {
		gotExact[[2]int{p.start, p.end}] = true
	}
	for _, g := range gold {
		if gotExact[[2]int{g.start, g.end}] {
			exact.tp++
		} else {
			exact.fn++
		}
	}
	exact.fp = float64(len(pred)) - exact.tp
	for _, g := range gold {
		found := -1
		for i, p := range pred {
			if !used[i] && p.start < g.end && g.start < p.end {
				found = i
				break
			}
		}
		if found < 0 {
			overlap.fn++
			continue
		}
		used[found] = true
		overlap.tp++
		if g.typ == "DATE" {
			valueN++
			if pred[found].value == g.value {
				valueOK++
			}
		}
	}
	for _, u := range used {
		if !u {
			overlap.fp++
		}
	}
	return
}

// goldenScores is the score table the floors guard.
type goldenScores map[string]float64

func scoreGoldens(t *testing.T) (goldenScores, string) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	types := []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE"}
	exact := map[string]*prf{}
	overlap := map[string]*prf{}
	for _, ty := range types {
		exact[ty], overlap[ty] = &prf{}, &prf{}
	}
	var vOK, vN int
	var pos, posPT, alias prf
	var names []string
	goldens := loadGoldens(t)
	for n := range goldens {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		g := goldens[name]
		src, err := os.ReadFile(filepath.Join("testdata/seeds", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, ty := range types {
			var gs, ps []span
			for _, m := range g.Mentions {
				if m.Type == ty {
					gs = append(gs, span{m.Type, m.Start, m.End, m.Value})
				}
			}
			for _, m := range doc.Mentions {
				if m.Type.String() == ty {
					ps = append(ps, span{ty, m.Start, m.End, m.Value})
				}
			}
			e, o, ok, vn := matchSpans(gs, ps)
			add(exact[ty], e)
			add(overlap[ty], o)
			vOK += ok
			vN += vn
		}
		gp, gpt, ga := goldRelations(g)
		pp, ppt, pa := predRelations(doc)
		add(&pos, setPRF(gp, pp))
		add(&posPT, setPRF(gpt, ppt))
		add(&alias, setPRF(ga, pa))
	}
	sc := goldenScores{}
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %7s %7s %7s   %7s %7s %7s\n", "type", "P", "R", "F1", "P(ovl)", "R(ovl)", "F1(ovl)")
	for _, ty := range types {
		p, r, f := exact[ty].scores()
		po, ro, fo := overlap[ty].scores()
		fmt.Fprintf(&b, "%-14s %7.3f %7.3f %7.3f   %7.3f %7.3f %7.3f\n", ty, p, r, f, po, ro, fo)
		sc[ty+".f1_exact"] = f
		sc[ty+".f1_overlap"] = fo
	}
	va := 0.0
	if vN > 0 {
		va = float64(vOK) / float64(vN)
	}
	sc["DATE.value_accuracy"] = va
	fmt.Fprintf(&b, "DATE value accuracy on matched dates: %.3f (%d/%d)\n", va, vOK, vN)
	for _, x := range []struct {
		name string
		c    prf
	}{{"position (person, title, org)", pos}, {"position (person, title)", posPT}, {"alias", alias}} {
		p, r, f := x.c.scores()
		fmt.Fprintf(&b, "%-30s P %.3f R %.3f F1 %.3f\n", x.name, p, r, f)
	}
	_, _, sc["relation.position.f1"] = pos.scores()
	_, _, sc["relation.position_person_title.f1"] = posPT.scores()
	_, _, sc["relation.alias.f1"] = alias.scores()
	return sc, b.String()
}

func add(dst *prf, c prf) { dst.tp += c.tp; dst.fp += c.fp; dst.fn += c.fn }

// relKey is the lenient form of a name used to compare relation arguments:
// folded, lower case, dashes and spaces unified.
func relKey(s string) string {
	if s == "" {
		return ""
	}
	return normalize.Key(s)
}

func setPRF(gold, pred map[string]bool) prf {
	var c prf
	for k := range pred {
		if gold[k] {
			c.tp++
		} else {
			c.fp++
		}
	}
	for k := range gold {
		if !pred[k] {
			c.fn++
		}
	}
	return c
}

// goldRelations returns the gold position triples, (person, title) pairs and
// alias pairs at entity level, keyed by the canonical names.
func goldRelations(g *goldDoc) (pos, pt, alias map[string]bool) {
	canon := map[string]string{}
	text := map[string]string{}
	for _, m := range g.Mentions {
		text[m.ID] = m.Text
	}
	for _, e := range g.Entities {
		for _, id := range e.Mentions {
			canon[id] = e.Name
		}
	}
	name := func(id string) string {
		if c, ok := canon[id]; ok {
			return relKey(c)
		}
		return relKey(text[id])
	}
	pos, pt, alias = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, r := range g.Relations {
		switch r.Type {
		case "position":
			pos[name(r.Args["person"])+"|"+relKey(text[r.Args["title"]])+"|"+name(r.Args["organization"])] = true
			pt[name(r.Args["person"])+"|"+relKey(text[r.Args["title"]])] = true
		case "alias":
			alias[name(r.Args["name"])+"|"+relKey(text[r.Args["alias"]])] = true
		}
	}
	return
}

func predRelations(d *vnextract.Document) (pos, pt, alias map[string]bool) {
	canon := map[string]string{}
	for _, e := range d.Entities {
		for _, id := range e.Mentions {
			canon[id] = e.Name
		}
	}
	text := func(id string) string {
		if m := d.Mention(id); m != nil {
			return m.Text
		}
		return ""
	}
	name := func(id string) string {
		if c, ok := canon[id]; ok {
			return relKey(c)
		}
		return relKey(text(id))
	}
	pos, pt, alias = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, r := range d.Relations {
		switch r.Type {
		case "position":
			pos[name(r.Args.Person)+"|"+relKey(text(r.Args.Title))+"|"+name(r.Args.Organization)] = true
			pt[name(r.Args.Person)+"|"+relKey(text(r.Args.Title))] = true
		case "alias":
			alias[name(r.Args.Name)+"|"+relKey(text(r.Args.Alias))] = true
		}
	}
	return
}

// TestGoldenScores runs the extractor on every seed, prints the score table
// and fails when a score falls below its floor in testdata/floors.json.
// Floors only go up: a change that raises a score raises its floor too.
func TestGoldenScores(t *testing.T) {
	sc, table := scoreGoldens(t)
	t.Logf("\n%s", table)
	checkFloors(t, sc, "testdata/floors.json")
}
