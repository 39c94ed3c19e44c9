package vnextract_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
)

// TestExtractJSONSameOutput checks ExtractJSON against its reference,
// Extract and AppendJSON: the same bytes and the same Report on every
// test document, read whole and in windows, with and without a filter of
// types (which renumbers the ids and drops relations).
func TestExtractJSONSameOutput(t *testing.T) {
	base, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	filtered, err := vnextract.New(vnextract.WithTypes(entity.Person, entity.Title, entity.Date))
	if err != nil {
		t.Fatal(err)
	}
	texts := windowCorpus(t)
	texts["empty"] = nil
	texts["no mention"] = []byte("một hai ba\n")
	for _, c := range []struct {
		name string
		ex   *vnextract.Extractor
	}{
		{"whole", base.WithWindowForTest(1 << 30)},
		{"windows", base.WithWindowForTest(1500).WithWorkersForTest(2)},
		{"types, whole", filtered.WithWindowForTest(1 << 30)},
		{"types, windows", filtered.WithWindowForTest(5000)},
	} {
		for name, in := range texts {
			doc, err := c.ex.Extract(context.Background(), in)
			if err != nil {
				t.Fatalf("%s, %s: %v", c.name, name, err)
			}
			want := doc.AppendJSON(nil)
			var (
				got bytes.Buffer
				rep vnextract.Report
			)
			err = c.ex.ExtractJSON(context.Background(), in, &got, func(r vnextract.Report) error { rep = r; return nil })
			if err != nil {
				t.Fatalf("%s, %s: ExtractJSON: %v", c.name, name, err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				d := firstDiff(got.Bytes(), want)
				t.Errorf("%s, %s: ExtractJSON differs from Extract at byte %d:\n got %s\nwant %s",
					c.name, name, d, around(got.Bytes(), d), around(want, d))
			}
			if fmt.Sprint(rep) != fmt.Sprint(doc.Report) {
				t.Errorf("%s, %s: report %+v, want %+v", c.name, name, rep, doc.Report)
			}
		}
	}
}

// TestExtractJSONErrors checks that a check that fails stops ExtractJSON
// before it writes anything, that the writer's error is returned, and
// that a cancelled context is.
func TestExtractJSONErrors(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	in := bytes.Repeat(seedCorpus(t), 3)
	errCheck := errors.New("refused")
	var out bytes.Buffer
	if err := ex.ExtractJSON(context.Background(), in, &out, func(vnextract.Report) error { return errCheck }); !errors.Is(err, errCheck) || out.Len() > 0 {
		t.Errorf("failing check: %v and %d bytes written, want %v and none", err, out.Len(), errCheck)
	}
	if err := ex.ExtractJSON(context.Background(), in, &failAfter{n: 100 << 10}, nil); !errors.Is(err, errFull) {
		t.Errorf("failing writer: %v, want %v", err, errFull)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ex.ExtractJSON(ctx, in, &out, nil); !errors.Is(err, context.Canceled) || out.Len() > 0 {
		t.Errorf("cancelled: %v and %d bytes written, want %v and none", err, out.Len(), context.Canceled)
	}
}
