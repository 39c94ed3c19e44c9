package entity

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"
)

var writeSnapshotFlag = flag.Bool("write-snapshot", false, "write lexdata/recognizer.snap from the lexicons (go generate)")

// sameRecognizer reports the first field in which got differs from want
// (the pool and the lazily built facts aside), or "".
func sameRecognizer(got, want *Recognizer) string {
	fields := []struct {
		name string
		a, b any
	}{
		{"vocab", got.vocab, want.vocab},
		{"auto", got.auto, want.auto},
		{"single", got.single, want.single},
		{"entries", got.entries, want.entries},
		{"quick", got.quick, want.quick},
		{"tokInfo", got.tokInfo, want.tokInfo},
		{"w", got.w, want.w},
	}
	for _, f := range fields {
		if !reflect.DeepEqual(f.a, f.b) {
			return f.name
		}
	}
	return ""
}

// TestRecognizerSnapshot checks that the embedded snapshot is what the
// embedded lexicons compile to today (written again, it gives the same
// bytes), and that reading it gives the compiled Recognizer, field by
// field. With -write-snapshot (go generate) it writes the file instead.
func TestRecognizerSnapshot(t *testing.T) {
	c, err := compileRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := lexdataChecksum(lexdata)
	if err != nil {
		t.Fatal(err)
	}
	b, err := writeSnapshot(c, sum)
	if err != nil {
		t.Fatal(err)
	}
	if *writeSnapshotFlag {
		if err := os.WriteFile("lexdata/recognizer.snap", b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote lexdata/recognizer.snap (%d bytes)", len(b))
		return
	}
	if !bytes.Equal(b, []byte(recognizerSnapshot)) {
		t.Fatalf("lexdata/recognizer.snap (%d bytes) is not what the lexicons compile to (%d bytes): run go generate ./entity", len(recognizerSnapshot), len(b))
	}
	got, err := readSnapshot(recognizerSnapshot, sum)
	if err != nil {
		t.Fatal(err)
	}
	if f := sameRecognizer(got, c.r); f != "" {
		t.Fatalf("the snapshot's Recognizer differs from the compiled one in %s", f)
	}
	r, err := NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if f := sameRecognizer(r, c.r); f != "" {
		t.Fatalf("NewRecognizer(nil) differs from the compiled Recognizer in %s", f)
	}
}

// TestSnapshotRefused checks that a snapshot that is damaged, of another
// version or built from other lexicons is refused with an error (and
// NewRecognizer then compiles), never read.
func TestSnapshotRefused(t *testing.T) {
	sum, err := lexdataChecksum(lexdata)
	if err != nil {
		t.Fatal(err)
	}
	good := recognizerSnapshot
	flip := func(i int) string {
		b := []byte(good)
		b[i] ^= 0x20
		return string(b)
	}
	tests := []struct {
		name string
		s    string
		sum  uint32
		want string
	}{
		{"empty", "", sum, "not a recognizer snapshot"},
		{"magic", "x" + good[1:], sum, "not a recognizer snapshot"},
		{"header cut", good[:len(snapshotMagic)+1], sum, "too short"},
		{"version", good[:len(snapshotMagic)] + "\x07" + good[len(snapshotMagic)+1:], sum, "version 7"},
		{"other lexicons", good, sum + 1, "other lexicons"},
		{"cut", good[:len(good)-100], sum, "checksum"},
		{"byte changed", flip(len(good) / 2), sum, "checksum"},
		{"last byte changed", flip(len(good) - 1), sum, "checksum"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := readSnapshot(tc.s, tc.sum)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("readSnapshot: %v, %v; want an error with %q", r, err, tc.want)
			}
		})
	}
}

// FuzzSnapshotBody reads damaged snapshot bodies: an error or a
// Recognizer, never a panic or a hang.
func FuzzSnapshotBody(f *testing.F) {
	sum, err := lexdataChecksum(lexdata)
	if err != nil {
		f.Fatal(err)
	}
	body, err := snapshotBody(recognizerSnapshot, sum)
	if err != nil {
		f.Fatal(err)
	}
	for _, n := range []int{0, 1, 10, 1000, len(body) / 2, len(body) - 1} {
		f.Add([]byte(body[:n]))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = readSnapshotBody(string(b))
	})
}
