package vnextract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
)

// Extract finds the mentions of one document; every mention points back
// into the input.
func ExampleExtractor_Extract() {
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := []byte("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn phát biểu tại Hà Nội.")
	doc, err := ex.Extract(context.Background(), text)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range doc.Mentions {
		fmt.Printf("%-12s %q [%d:%d]\n", m.Type, m.Text, m.Start, m.End)
	}
	// Output:
	// TITLE        "Chủ tịch" [0:12]
	// ORGANIZATION "Liên hiệp các tổ chức hữu nghị Việt Nam" [13:66]
	// PERSON       "Phan Anh Sơn" [67:80]
	// LOCATION     "Hà Nội" [100:109]
}

// Positions spells out the position relations: who holds which title in
// which organization.
func ExampleDocument_Positions() {
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "Tham dự có Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn, " +
		"Phó Chủ tịch Ủy ban Đối ngoại Saint Petersburg Vyacheslav Kalganov."
	doc, err := ex.Extract(context.Background(), []byte(text))
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range doc.Positions() {
		fmt.Printf("%s | %s | %s\n", p.Person, p.Title, p.Organization)
	}
	// Output:
	// Phan Anh Sơn | Chủ tịch | Liên hiệp các tổ chức hữu nghị Việt Nam
	// Vyacheslav Kalganov | Phó Chủ tịch | Ủy ban Đối ngoại Saint Petersburg
}

// A reference date resolves year-less and relative dates.
func ExampleWithRefDate() {
	ex, err := vnextract.New(vnextract.WithRefDate(time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), []byte("Ngày 1/10, tại Hà Nội. Hôm qua, đoàn đã đến Huế."))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("ref_date:", doc.RefDate)
	for _, m := range doc.Mentions {
		if m.Type == entity.Date {
			fmt.Printf("%q = %s\n", m.Text, m.Value)
		}
	}
	// Output:
	// ref_date: 2025-10-02
	// "Ngày 1/10" = 2025-10-01
	// "Hôm qua" = 2025-10-01
}

// WithLexicon adds a user's entries, here parsed from the TSV format of
// entity.ParseLexicon (TYPE<TAB>surface).
func ExampleWithLexicon() {
	entries, err := entity.ParseLexicon(strings.NewReader(
		"PERSON\tZyxwv Qwertyu\nORG\tHội Bảo tồn Kỳ lân\n"), "my.tsv")
	if err != nil {
		log.Fatal(err)
	}
	ex, err := vnextract.New(vnextract.WithLexicon(entries...))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), []byte("Ông Zyxwv Qwertyu, Chủ tịch Hội Bảo tồn Kỳ lân, phát biểu."))
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range doc.Mentions {
		fmt.Println(m.Type, m.Text)
	}
	// Output:
	// PERSON Zyxwv Qwertyu
	// TITLE Chủ tịch
	// ORGANIZATION Hội Bảo tồn Kỳ lân
}

// WithTypes keeps some mention types only. Mentions marshal to the JSON
// contract; a Vietnamese name comes with its parts.
func ExampleWithTypes() {
	ex, err := vnextract.New(vnextract.WithTypes(entity.Person, entity.Location))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), []byte("Chủ tịch Phan Anh Sơn thăm Nhật Bản."))
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range doc.Mentions {
		b, err := json.Marshal(m.Person)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s %q [%d:%d] %s\n", m.Type, m.Text, m.Start, m.End, b)
	}
	// Output:
	// PERSON "Phan Anh Sơn" [13:26] {"family":"Phan","middle":"Anh","given":"Sơn"}
	// LOCATION "Nhật Bản" [33:45] null
}

// New builds an Extractor once; it is safe for concurrent use by many
// goroutines.
func ExampleNew() {
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	texts := []string{"Thủ tướng Nhật Bản Takaichi Sanae.", "Bộ trưởng Bộ Ngoại giao."}
	docs := make([]*vnextract.Document, len(texts))
	done := make(chan int)
	for i, t := range texts {
		go func() {
			docs[i], _ = ex.Extract(context.Background(), []byte(t))
			done <- i
		}()
	}
	for range texts {
		<-done
	}
	for _, d := range docs {
		fmt.Println(len(d.Mentions) > 0)
	}
	// Output:
	// true
	// true
}

// ExampleDocument_AppendJSON writes a document's JSON into a buffer that is
// reused from one document to the next.
func ExampleDocument_AppendJSON() {
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	var buf []byte
	for _, text := range []string{"Bộ trưởng Lê Hoài Trung", "ngày 2/9/1945"} {
		doc, err := ex.Extract(context.Background(), []byte(text))
		if err != nil {
			log.Fatal(err)
		}
		buf = doc.AppendJSON(buf[:0])
		fmt.Println(string(buf))
	}
	// Output:
	// {"mentions":[{"id":"m1","type":"TITLE","text":"Bộ trưởng","start":0,"end":14,"rule":"title:lexicon"},{"id":"m2","type":"PERSON","text":"Lê Hoài Trung","start":15,"end":30,"person":{"family":"Lê","middle":"Hoài","given":"Trung"},"rule":"person:name"}],"entities":[{"id":"e1","type":"PERSON","name":"Lê Hoài Trung","mentions":["m2"]}],"relations":[{"id":"r1","type":"position","args":{"person":"m2","title":"m1"},"evidence":{"start":0,"end":30}}]}
	// {"mentions":[{"id":"m1","type":"DATE","text":"ngày 2/9/1945","start":0,"end":14,"value":"1945-09-02","rule":"date:numeric"}],"entities":[],"relations":[]}
}

// ExampleDocument_WriteJSON writes a document's JSON straight to a writer,
// a chunk at a time: for a book-length document the JSON is never held whole.
func ExampleDocument_WriteJSON() {
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), []byte("ngày 2/9/1945"))
	if err != nil {
		log.Fatal(err)
	}
	if err := doc.WriteJSON(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"mentions":[{"id":"m1","type":"DATE","text":"ngày 2/9/1945","start":0,"end":14,"value":"1945-09-02","rule":"date:numeric"}],"entities":[],"relations":[]}
}
