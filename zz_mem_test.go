package vnextract

import (
	"context"
	"io"
	"os"
	"testing"
)

func TestMemBig(t *testing.T) {
	in, _ := os.ReadFile(os.Getenv("MEMBIG"))
	e, _ := New()
	if err := e.ExtractJSON(context.Background(), in, io.Discard, nil); err != nil {
		t.Fatal(err)
	}
}
