package aggregate_test

import (
	"context"
	"log"
	"os"
	"time"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/aggregate"
)

// Two articles name the same man, the second by the acronym the first
// spells out: one row, seen in two documents, dated by the articles'
// reference dates.
func Example() {
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	articles := []struct {
		file, date, text string
	}{
		{"a.txt", "2025-10-02", "Ngày 1/10, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Phan Anh Sơn phát biểu tại Hà Nội."},
		{"b.txt", "2026-03-15", "Chủ tịch VUFO Phan Anh Sơn tiếp Đại sứ Nga."},
	}
	table := aggregate.New()
	for _, a := range articles {
		ref, _ := time.Parse("2006-01-02", a.date)
		doc, err := ex.WithRefDate(ref).Extract(context.Background(), []byte(a.text))
		if err != nil {
			log.Fatal(err)
		}
		table.Add(doc, a.file)
	}
	if err := aggregate.Write(os.Stdout, table.Rows(), aggregate.TSV); err != nil {
		log.Fatal(err)
	}
	// Output:
	// person	title	organization	former	first_date	last_date	documents	mentions	example
	// Phan Anh Sơn	Chủ tịch	Liên hiệp các tổ chức hữu nghị Việt Nam	false	2025-10-02	2026-03-15	2	2	a.txt@0-129
}
