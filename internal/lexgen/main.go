// Command lexgen writes the generated lexicons of entity/lexdata (the
// gen_*.tsv files) from the open fact data in ../shared/data: Vietnamese
// administrative units, CLDR territory and city names in Vietnamese,
// Vietnamese personal-name syllables and university names. It is run by
// "go generate ./entity"; its output is committed, so building the library
// never needs the data.
//
//	go run ./internal/lexgen [-data DIR] [-out DIR]
//
// -data defaults to ../shared/data and -out to entity/lexdata, both relative
// to the repository root (the directory holding go.mod, found upward from the
// working directory). The hand-written files in -out (every .tsv that is not
// generated) are read first: an entry they already have (same kind, same
// spelling key) is not written again, so the reviewed hand lists stay the
// core and the data only adds to them. The licence notices the data requires
// are copied to -out/LICENSES.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	root, err := repoRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
	data := flag.String("data", filepath.Join(root, "..", "shared", "data"), "directory of the fact data (see its README.md)")
	out := flag.String("out", filepath.Join(root, "entity", "lexdata"), "lexicon directory to write the gen_*.tsv files and LICENSES into")
	flag.Parse()
	files, err := Generate(*data, *out)
	if err == nil {
		err = Write(*out, files)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

// repoRoot returns the nearest directory at or above the working directory
// that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("no go.mod at or above the working directory")
		}
		dir = up
	}
}
