package date

import (
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"io/fs"
	"strings"
	"testing"
	"time"
)

// TestKeyMapChecked checks that a keyMap refuses more keyword lists than a
// set holds, where a narrower set would drop the last rules unseen, and
// that it keeps the index of every list up to the last bit.
func TestKeyMapChecked(t *testing.T) {
	lists := make([][]keyword, setCap+1)
	for x := range lists {
		lists[x] = []keyword{kw(fmt.Sprintf("k%d", x))}
	}
	var km keyMap
	if err := km.build(lists); err == nil {
		t.Fatalf("%d lists: no error", len(lists))
	}
	if err := km.build(lists[:setCap]); err != nil {
		t.Fatal(err)
	}
	for x, l := range lists[:setCap] {
		if got := km.get(l[0].key); uint64(got) != uint64(1)<<x {
			t.Errorf("list %d: set %b, want bit %d", x, got, x)
		}
	}
}

// TestRuleStarts checks that every start word of every word rule finds its
// rule, and every number word its entry.
func TestRuleStarts(t *testing.T) {
	for x, r := range wordRules {
		for _, k := range r.start {
			if startKeys.get(k.key)&(1<<x) == 0 {
				t.Errorf("rule %d does not start at %q", x, k.proper)
			}
		}
	}
	for x, u := range unitWords {
		if unitKeys.get(u.k.key)&(1<<x) == 0 {
			t.Errorf("number word %q is not found", u.k.proper)
		}
	}
}

// TestIsAnyListsRegistered checks that every list isAny is called with is
// one of anyLists, whose words alone pass isAny's first probe: a list left
// out would never match.
func TestIsAnyListsRegistered(t *testing.T) {
	fset := gotoken.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	registered, called := map[string]bool{}, map[string]gotoken.Position{}
	for _, f := range pkgs["date"].Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for x, name := range n.Names {
					if name.Name != "anyLists" || x >= len(n.Values) {
						continue
					}
					for _, el := range n.Values[x].(*ast.CompositeLit).Elts {
						registered[el.(*ast.Ident).Name] = true
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "isAny" && len(n.Args) == 2 {
					id, ok := n.Args[1].(*ast.Ident)
					if !ok {
						t.Errorf("%v: isAny with a list that is not a named variable", fset.Position(n.Pos()))
						return true
					}
					called[id.Name] = fset.Position(n.Pos())
				}
			}
			return true
		})
	}
	if len(called) == 0 {
		t.Fatal("no call of isAny found")
	}
	for name, pos := range called {
		if !registered[name] {
			t.Errorf("%v: isAny reads %s, which is not in anyLists", pos, name)
		}
	}
}

// TestSpelledFastPath checks spelled, whose fast paths skip case folding,
// against strings.EqualFold on words that share a keyword's key.
func TestSpelledFastPath(t *testing.T) {
	words := []string{
		"năm", "Năm", "NĂM", "nắm", "Nắm", "nam", "nĂm", "NĂm",
		"sáng", "Sáng", "SÁNG", "ſáng", "sạng", "Sạng",
		"thứ", "Thứ", "THỨ", "thư", "Thư", "thử", "tHứ",
		"đầu", "Đầu", "ĐẦU", "dầu", "Dầu", "đâu",
		"khánh", "Khánh", "\u212Ahánh", "KHÁNH",
		"tư", "Tư", "từ", "Từ", "tu", "tứ",
	}
	kws := []keyword{kwNam, kwSang, kwThu, kwDau, kwKhanh, kw("tư"), kwTu}
	for _, w := range words {
		var s Scanner
		s.init(w, Options{})
		if len(s.t) != 1 || s.t[0].kind != tWord {
			t.Fatalf("%q: %d tokens", w, len(s.t))
		}
		for x := range kws {
			k := &kws[x]
			if s.t[0].key() != k.key || !s.t[0].diac {
				continue
			}
			if got, want := s.spelled(0, k), strings.EqualFold(w, k.proper); got != want {
				t.Errorf("%q as %q: spelled %v, EqualFold %v", w, k.proper, got, want)
			}
		}
	}
}

// TestCivilDay checks civilDay against package time over every day of
// years around and far from the present, leap centuries included.
func TestCivilDay(t *testing.T) {
	for _, y := range []int{1, 4, 99, 100, 400, 1600, 1899, 1900, 1970, 1999, 2000, 2016, 2017, 2024, 2100, 2400, 9999} {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= daysIn(y, m); d++ {
				want := int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
				if got := civilDay(y, m, d); got != want {
					t.Fatalf("civilDay(%d, %d, %d) = %d, want %d", y, m, d, got, want)
				}
			}
		}
	}
}
