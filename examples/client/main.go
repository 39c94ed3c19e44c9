// Command client calls the vnextract HTTP service from Go: it posts a text
// to POST /v1/extract and prints the positions found.
//
//	go run ./examples/client                         # starts the service in-process
//	go run ./examples/client --addr 127.0.0.1:8080   # uses "vnextract serve"
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/cmd/vnextract/httpapi"
)

const text = `Ngày 1/10, tại Hà Nội đã diễn ra phiên bế mạc Diễn đàn nhân dân Việt-Nga lần thứ nhất.
Tham dự có Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn và Phó Chủ tịch Ủy ban Đối ngoại Saint Petersburg Vyacheslav Kalganov.`

func main() {
	log.SetFlags(0)
	log.SetPrefix("client: ")
	addr := flag.String("addr", "", "address of a running `vnextract serve` (default: start the service in-process)")
	flag.Parse()

	base := "http://" + *addr
	if *addr == "" {
		// Start the same handler as "vnextract serve" on a loopback port.
		ex, err := vnextract.New()
		if err != nil {
			log.Fatal(err)
		}
		srv := httptest.NewServer(httpapi.New(ex, httpapi.Options{}))
		defer srv.Close()
		base = srv.URL
	}

	body, err := json.Marshal(httpapi.ExtractRequest{Text: &[]string{text}[0], RefDate: "2025-10-02"})
	if err != nil {
		log.Fatal(err)
	}
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Post(base+"/v1/extract", "application/json", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		log.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		var e httpapi.ErrorResponse
		json.Unmarshal(b, &e)
		log.Fatalf("%s: %s", resp.Status, e.Error)
	}

	// The answer is the Document JSON; it decodes back into a Document.
	var doc vnextract.Document
	if err := json.Unmarshal(b, &doc); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("POST %s/v1/extract: %d mentions, %d relations\n", base, len(doc.Mentions), len(doc.Relations))
	for _, p := range doc.Positions() {
		fmt.Printf("  %s: %s", p.Person, p.Title)
		if p.Organization != "" {
			fmt.Printf(", %s", p.Organization)
		}
		fmt.Println()
	}
}
