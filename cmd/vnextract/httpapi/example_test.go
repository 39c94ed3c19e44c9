package httpapi_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/cmd/vnextract/httpapi"
)

// Example_batch sends two documents in one request to POST
// /v1/extract/batch; the second has no text, so its error comes back in its
// place.
func Example_batch() {
	ex, err := vnextract.New()
	if err != nil {
		log.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.New(ex, httpapi.Options{}))
	defer srv.Close()

	text := "Thủ tướng Phạm Minh Chính đến Hà Nội."
	body, _ := json.Marshal(httpapi.BatchRequest{Documents: []httpapi.BatchDocument{
		{ID: "a", Text: &text},
		{ID: "b"},
	}})
	resp, err := http.Post(srv.URL+"/v1/extract/batch", "application/json", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var out httpapi.BatchResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		log.Fatal(err)
	}
	for _, d := range out.Documents {
		if d.Document == nil {
			fmt.Printf("%s: %d %s\n", d.ID, d.Status, d.Error)
			continue
		}
		for _, p := range d.Document.Positions() {
			fmt.Printf("%s: %s, %s\n", d.ID, p.Person, p.Title)
		}
	}
	// Output:
	// a: Phạm Minh Chính, Thủ tướng
	// b: 400 document 1: missing "text": want {"id": "...", "text": "...", "ref_date": "YYYY-MM-DD"}
}
