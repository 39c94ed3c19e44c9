package vnextract_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
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

// TestExtractJSONFromSameOutput checks that reading the input from an
// io.ReaderAt, window by window and again for the mentions' texts, gives
// the bytes ExtractJSON gives with the input in memory: on every test
// document, in windows of several sizes (512 bytes: lines longer than a
// window are read on to their end), and on long documents in a legacy
// encoding (detected from their start alone).
func TestExtractJSONFromSameOutput(t *testing.T) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := windowCorpus(t)
	for _, f := range []string{"testdata/bad/tcvn3_raw.txt", "testdata/bad/invalid_utf8.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f+" repeated"] = bytes.Repeat(append(b, '\n'), 300<<10/len(b)+1)
	}
	for name, in := range texts {
		for _, size := range []int{512, 5000, 0} {
			e := ex.WithPiecesForTest(1) // the text in pieces, whatever its size
			if size > 0 {
				e = e.WithWindowForTest(size)
			}
			var want, got bytes.Buffer
			if err := e.ExtractJSON(context.Background(), in, &want, nil); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := e.ExtractJSONFrom(context.Background(), bytes.NewReader(in), int64(len(in)), &got, nil); err != nil {
				t.Fatalf("%s, windows of %d: ExtractJSONFrom: %v", name, size, err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				d := firstDiff(got.Bytes(), want.Bytes())
				t.Errorf("%s, windows of %d: ExtractJSONFrom differs from ExtractJSON at byte %d:\n got %s\nwant %s",
					name, size, d, around(got.Bytes(), d), around(want.Bytes(), d))
			}
		}
	}
}

// TestExtractJSONFromShortInput checks that an input shorter than its
// stated size is an error, whether it is found short in the detection
// sample, in a window or in one piece, and that a negative size is.
func TestExtractJSONFromShortInput(t *testing.T) {
	ex, in := seedsFourTimes(t)
	for _, c := range []struct {
		name      string
		have, say int
	}{
		{"one piece", 1000, 2000},
		{"sample", 1000, 300 << 10},
		{"window", 200 << 10, 300 << 10},
		{"last window", len(in) - 10, len(in)},
	} {
		err := ex.ExtractJSONFrom(context.Background(), bytes.NewReader(in[:c.have]), int64(c.say), io.Discard, nil)
		if !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%s: %d bytes said to be %d: %v, want %v", c.name, c.have, c.say, err, io.ErrUnexpectedEOF)
		}
	}
	if err := ex.ExtractJSONFrom(context.Background(), bytes.NewReader(in), -1, io.Discard, nil); err == nil {
		t.Error("size -1: no error")
	}
}

// changingReader is a file whose bytes change after the first reads have
// covered them all: every read after that gives the bytes of after.
type changingReader struct {
	before, after []byte
	read          int // bytes read so far
}

func (r *changingReader) ReadAt(p []byte, off int64) (int, error) {
	b := r.before
	if r.read >= len(r.before)+64<<10 { // the sample, then the windows, read once
		b = r.after
	}
	r.read += len(p)
	return bytes.NewReader(b).ReadAt(p, off)
}

// TestExtractJSONFromChangingInput checks that a file that changes while
// it is read (its windows are read again for the relation stage) is an
// error, not wrong output.
func TestExtractJSONFromChangingInput(t *testing.T) {
	ex, in := seedsFourTimes(t)
	for _, c := range []struct {
		name    string
		change  func([]byte) []byte
		wantErr bool
	}{
		{"unchanged", func(b []byte) []byte { return b }, false},
		{"a letter more in each line", func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("x\n")) }, true},
	} {
		r := &changingReader{before: in, after: c.change(bytes.Clone(in))}
		err := ex.WithPiecesForTest(1).ExtractJSONFrom(context.Background(), r, int64(len(in)), io.Discard, nil)
		if (err != nil) != c.wantErr {
			t.Errorf("%s: error %v, want one: %v", c.name, err, c.wantErr)
		}
	}
}

// seedsFourTimes returns an Extractor and the seeds four times over (a
// document of a few windows).
func seedsFourTimes(t *testing.T) (*vnextract.Extractor, []byte) {
	ex, err := vnextract.New()
	if err != nil {
		t.Fatal(err)
	}
	return ex, bytes.Repeat(seedCorpus(t), 4)
}
