// Command positions extracts the positions (who holds which title in which
// organization, and when) from a Vietnamese news article and prints them.
//
//	go run ./examples/positions [FILE]
//
// Without FILE it reads testdata/seeds/000_1d3b2b95b4575efa.txt (run it from
// the repository root).
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/vnextract/vnextract"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("positions: ")
	path := "testdata/seeds/000_1d3b2b95b4575efa.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	text, err := os.ReadFile(path)
	if err != nil {
		log.Fatalf("%v (run from the repository root or give a file)", err)
	}

	// Build the extractor once; it is safe for concurrent use.
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), text)
	if err != nil {
		log.Fatal(err)
	}

	ref := doc.RefDate
	if ref == "" {
		ref = "none: year-less dates keep XXXX"
	}
	fmt.Printf("%s: %d mentions, %d entities, %d relations (reference date: %s)\n\n",
		path, len(doc.Mentions), len(doc.Entities), len(doc.Relations), ref)
	for _, p := range doc.Positions() {
		line := p.Person + " — "
		if p.Former {
			line += "former "
		}
		line += p.Title
		if p.Organization != "" {
			line += ", " + p.Organization
		}
		if p.Date != "" {
			line += " (" + p.Date + ")"
		}
		fmt.Println(line)
	}

	// Every mention points back into the input: text[Start:End] == Text.
	fmt.Println()
	for _, m := range doc.Mentions {
		if m.Type.String() == "DATE" && m.Value != "" {
			fmt.Printf("DATE %q at bytes %d-%d = %s\n", m.Text, m.Start, m.End, m.Value)
		}
	}
}
