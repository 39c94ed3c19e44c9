package vnextract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sourceFiles returns the non-test Go files of the module below dir, not
// those of the nested modules (examples/beam) nor of testdata.
func sourceFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir {
				if d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// undocumented returns the exported top-level names of file f that have
// no doc comment: functions, methods of exported types, types, and the
// constants and variables of a declaration without a comment of its own or
// of its group.
func undocumented(fset *token.FileSet, f *ast.File) []string {
	var out []string
	miss := func(pos token.Pos, name string) {
		out = append(out, fset.Position(pos).String()+": "+name)
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() || d.Doc != nil {
				continue
			}
			if d.Recv != nil && len(d.Recv.List) > 0 {
				recv := d.Recv.List[0].Type
				if s, ok := recv.(*ast.StarExpr); ok {
					recv = s.X
				}
				if ix, ok := recv.(*ast.IndexExpr); ok {
					recv = ix.X
				}
				if id, ok := recv.(*ast.Ident); ok && !id.IsExported() {
					continue // a method of an unexported type
				}
			}
			miss(d.Pos(), d.Name.Name)
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() && d.Doc == nil && s.Doc == nil && s.Comment == nil {
						miss(s.Pos(), s.Name.Name)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() && d.Doc == nil && s.Doc == nil && s.Comment == nil {
							miss(n.Pos(), n.Name)
						}
					}
				}
			}
		}
	}
	return out
}

// TestExportedNamesDocumented checks that every exported name of the
// module's packages has a doc comment (the project's standard; go vet does
// not check it).
func TestExportedNamesDocumented(t *testing.T) {
	fset := token.NewFileSet()
	n := 0
	for _, p := range sourceFiles(t, ".") {
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name.Name == "main" {
			continue // a command's names are not an API
		}
		n++
		for _, m := range undocumented(fset, f) {
			t.Errorf("exported name without a doc comment: %s", m)
		}
	}
	if n < 50 {
		t.Fatalf("only %d files read: wrong directory?", n)
	}
}

// TestUndocumentedFound makes sure the check above can fail.
func TestUndocumentedFound(t *testing.T) {
	src := "package p\n\n// A is documented.\nfunc A() {}\nfunc B() {}\n\ntype t struct{}\n\nfunc (t) C() {}\n\nvar D, e = 1, 2\n\n// F and G.\nconst (\n\tF = 1\n\tG = 2\n)\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := undocumented(fset, f)
	if len(got) != 2 || !strings.HasSuffix(got[0], ": B") || !strings.HasSuffix(got[1], ": D") {
		t.Errorf("undocumented = %q, want B and D", got)
	}
}

// TestEntityFileSizes keeps the files of entity (and its date grammar) at
// a size a reader takes in at once: a new recognizer goes in a file of its
// own (see the package doc).
func TestEntityFileSizes(t *testing.T) {
	const maxLines = 600
	for _, p := range sourceFiles(t, "entity") {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(b), "\n"); n > maxLines {
			t.Errorf("%s has %d lines, more than %d", p, n, maxLines)
		}
	}
}

// textKeys returns the functions of file f that build a key of a text:
// named ...Key or ...KeyString (any case), taking a string (and a []byte
// to append to) and returning a string or a []byte.
func textKeys(fset *token.FileSet, f *ast.File) []string {
	typeName := func(e ast.Expr) string {
		switch e := e.(type) {
		case *ast.Ident:
			return e.Name
		case *ast.ArrayType:
			if id, ok := e.Elt.(*ast.Ident); ok && e.Len == nil {
				return "[]" + id.Name
			}
		}
		return ""
	}
	var out []string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil {
			continue
		}
		name := strings.ToLower(fd.Name.Name)
		if !strings.HasSuffix(name, "key") && !strings.HasSuffix(name, "keystring") {
			continue
		}
		var params, results []string
		for _, fl := range fd.Type.Params.List {
			for range max(1, len(fl.Names)) {
				params = append(params, typeName(fl.Type))
			}
		}
		if fd.Type.Results != nil {
			for _, fl := range fd.Type.Results.List {
				results = append(results, typeName(fl.Type))
			}
		}
		p, r := strings.Join(params, ","), strings.Join(results, ",")
		if (p == "string" || p == "[]byte,string") && (r == "string" || r == "[]byte") {
			out = append(out, fset.Position(fd.Pos()).String()+": "+fd.Name.Name)
		}
	}
	return out
}

// TestTextKeysInNormalize keeps the key family in one place: a function
// that builds a key of a text is declared in normalize (key.go says what
// each key folds), and other packages call it rather than write their own.
func TestTextKeysInNormalize(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
	for _, p := range sourceFiles(t, ".") {
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		keys := textKeys(fset, f)
		if filepath.Dir(p) == "normalize" {
			found += len(keys)
			continue
		}
		for _, k := range keys {
			t.Errorf("text key outside normalize: %s", k)
		}
	}
	if found < 6 {
		t.Fatalf("only %d text keys found in normalize: wrong directory?", found)
	}
}

// TestTextKeyFound makes sure the check above can fail.
func TestTextKeyFound(t *testing.T) {
	src := "package p\n\nfunc KeyString(s string) string { return s }\nfunc appendKey(dst []byte, s string) []byte { return dst }\n" +
		"func nameKey(k [2]string) string { return k[0] }\nfunc (x T) key(i int) string { return \"\" }\nfunc fold(s string) string { return s }\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := textKeys(fset, f)
	if len(got) != 2 || !strings.HasSuffix(got[0], ": KeyString") || !strings.HasSuffix(got[1], ": appendKey") {
		t.Errorf("textKeys = %q, want KeyString and appendKey", got)
	}
}
