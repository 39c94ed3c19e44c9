package tagger_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/tagger"
)

// tinySet is a hand-written training set.
var tinySet = []string{
	"Ông ⟦PER|Nguyễn Văn An⟧ làm việc tại ⟦LOC|Hà Nội⟧.",
	"Bà ⟦PER|Trần Thị Bình⟧ đến ⟦LOC|Đà Nẵng⟧ hôm qua.",
	"⟦ORG|Công ty Zorvex⟧ mở chi nhánh ở ⟦LOC|Huế⟧.",
	"Anh ⟦PER|Lê Minh⟧ gặp đại diện ⟦ORG|Công ty Quxil⟧ tại ⟦LOC|Cần Thơ⟧.",
	"⟦TITLE|Giám đốc⟧ ⟦ORG|Sở Y tế⟧ ⟦PER|Phạm Văn Cường⟧ cho biết như vậy.",
}

// madeUpSet is a hand-written training set in a made-up lower-case
// language that no lexicon or rule of the recognizer reads, so that the
// model it gives depends only on the tokenizer, the features and the
// learner, not on lexicon updates: "vo" announces a GADGET, "ka" a PLACE.
var madeUpSet = []string{
	"zi mupa vo ⟦GADGET|trelk⟧ ka ⟦PLACE|obu sain⟧.",
	"wen vo ⟦GADGET|flim⟧ ne ka ⟦PLACE|dorra⟧, zi hol.",
	"ka ⟦PLACE|mi tesh⟧ zi trelk wen flim.",
	"vo ⟦GADGET|sarn blo⟧ 12 zi ka ⟦PLACE|obu⟧!",
}

func annDocs(t testing.TB, set []string) []tagger.Doc {
	var docs []tagger.Doc
	for _, s := range set {
		docs = append(docs, parseAnn(t, "set", s))
	}
	return docs
}

func tinyDocs(t testing.TB) []tagger.Doc { return annDocs(t, tinySet) }

func trainOn(t testing.TB, docs []tagger.Doc) *tagger.Model {
	t.Helper()
	rec, err := entity.NewRecognizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := tagger.Train(context.Background(), rec, docs, tagger.Options{Epochs: 5, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func trainTiny(t testing.TB) *tagger.Model { return trainOn(t, tinyDocs(t)) }

func modelBytes(t testing.TB, m *tagger.Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo: %d bytes reported, %d written, %v", n, buf.Len(), err)
	}
	return buf.Bytes()
}

// madeUpModelHash is the SHA-256 of the model made from madeUpSet. Training is
// integer arithmetic with a fixed shuffle, so it is the same on every
// machine; a change of the features, the learner or the file format
// changes it (and should bump featureVersion or formatVersion).
const madeUpModelHash = "ad358f61aa82161baf2a0af9e8b2b20265c791b1e78f9a15a78c0d9e82024063"

// madeUpModelHashV1 is the hash of the same model in the format of version 1,
// which has no trust: the weights are those version 1 learned.
const madeUpModelHashV1 = "37b11b3d1e036d1b676f1afc4c09cf5cfcd088cea6cbba66a90c90a9bb5fc020"

// toVersion1 rewrites a model file of version 2 in the format of version 1:
// without the trust bytes after the type names, with its checksum again.
func toVersion1(t testing.TB, b []byte) []byte {
	t.Helper()
	if binary.LittleEndian.Uint32(b[8:]) != 2 {
		t.Fatalf("version %d, want 2", binary.LittleEndian.Uint32(b[8:]))
	}
	nt := int(binary.LittleEndian.Uint32(b[16:]))
	at := 20
	for range nt {
		at += 1 + int(b[at])
	}
	v1 := append(bytes.Clone(b[:at]), b[at+nt:len(b)-4]...)
	binary.LittleEndian.PutUint32(v1[8:], 1)
	return binary.LittleEndian.AppendUint32(v1, crc32.ChecksumIEEE(v1))
}

func TestDeterministic(t *testing.T) {
	rec, _ := entity.NewRecognizer(nil)
	for _, d := range annDocs(t, madeUpSet) {
		an, err := rec.Recognize(context.Background(), d.Text, entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(an.Mentions) > 0 {
			t.Fatalf("the rules read the made-up language: %v", an.Mentions)
		}
		an.Release()
	}
	a := modelBytes(t, trainOn(t, annDocs(t, madeUpSet)))
	b := modelBytes(t, trainOn(t, annDocs(t, madeUpSet)))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data gave different models")
	}
	sum := sha256.Sum256(a)
	if got := hex.EncodeToString(sum[:]); got != madeUpModelHash {
		t.Errorf("model hash %s, want %s (%d bytes)", got, madeUpModelHash, len(a))
	}
	sum = sha256.Sum256(toVersion1(t, a))
	if got := hex.EncodeToString(sum[:]); got != madeUpModelHashV1 {
		t.Errorf("model hash in version 1 %s, want %s", got, madeUpModelHashV1)
	}
}

// TestLoadVersion1 reads a model file of version 1: it trusts the model on
// every type, and finds what the same weights find with that trust.
func TestLoadVersion1(t *testing.T) {
	m := trainTiny(t)
	v1 := toVersion1(t, modelBytes(t, m))
	old, err := tagger.Load(bytes.NewReader(v1))
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range old.Types() {
		if tr := old.Trust(ty); tr != tagger.TrustModel {
			t.Errorf("%s: trust %v, want model", ty, tr)
		}
	}
	all := m.WithTrust(make([]tagger.Trust, len(m.Types())))
	rec, _ := entity.NewRecognizer(nil)
	for _, d := range tinyDocs(t) {
		an, err := rec.Recognize(context.Background(), d.Text, entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := old.Apply(an), all.Apply(an); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", d.Text, got, want)
		}
		an.Release()
	}
	// A later version is refused.
	v3 := bytes.Clone(v1)
	binary.LittleEndian.PutUint32(v3[8:], 3)
	binary.LittleEndian.PutUint32(v3[len(v3)-4:], crc32.ChecksumIEEE(v3[:len(v3)-4]))
	if _, err := tagger.Load(bytes.NewReader(v3)); !errors.Is(err, tagger.ErrFormat) || !strings.Contains(err.Error(), "version 3") {
		t.Errorf("version 3: %v", err)
	}
}

// TestRoundTrip writes and loads a model: the same bytes again, and the same
// predictions.
func TestRoundTrip(t *testing.T) {
	m := trainTiny(t)
	b := modelBytes(t, m)
	m2, err := tagger.Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, modelBytes(t, m2)) {
		t.Fatal("a loaded model writes other bytes")
	}
	rec, _ := entity.NewRecognizer(nil)
	for _, d := range tinyDocs(t) {
		an, err := rec.Recognize(context.Background(), d.Text, entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		p1, p2 := m.Predict(an), m2.Predict(an)
		if len(p1) != len(p2) {
			t.Fatalf("%q: %v vs %v", d.Text, p1, p2)
		}
		for i := range p1 {
			if p1[i] != p2[i] {
				t.Fatalf("%q: %v vs %v", d.Text, p1, p2)
			}
		}
		// The model learned its training set.
		want := map[tagger.Span]bool{}
		for _, s := range d.Mentions {
			want[s] = true
		}
		for _, s := range p1 {
			if !want[s] {
				t.Errorf("%q: unexpected %v", d.Text, s)
			}
		}
		if len(p1) != len(d.Mentions) {
			t.Errorf("%q: found %v, want %v", d.Text, p1, d.Mentions)
		}
		an.Release()
	}
}

// TestLoadBad: every prefix of a model, a flipped byte, another file and
// a model claiming more than it holds give an ErrFormat error, never a
// panic or a model.
func TestLoadBad(t *testing.T) {
	good := modelBytes(t, trainTiny(t))
	check := func(name string, b []byte) {
		t.Helper()
		m, err := tagger.Load(bytes.NewReader(b))
		if err == nil || m != nil {
			t.Fatalf("%s: loaded", name)
		}
		if !errors.Is(err, tagger.ErrFormat) {
			t.Fatalf("%s: error %v does not wrap ErrFormat", name, err)
		}
	}
	for n := 0; n < len(good); n += 1 + n/7 {
		check("prefix", good[:n])
	}
	check("truncated by one", good[:len(good)-1])
	for _, i := range []int{9, 20, len(good) / 2, len(good) - 2} {
		bad := bytes.Clone(good)
		bad[i] ^= 0x40
		check("flipped", bad)
	}
	check("trailing", append(bytes.Clone(good), 0))
	check("text", []byte("Hà Nội\tB-LOC\n"))
	check("gzip", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3})
	// A header claiming 100 million features, then nothing.
	nt := int(binary.LittleEndian.Uint32(good[16:]))
	at := 20
	for range nt {
		at += 1 + int(good[at])
	}
	huge := append(bytes.Clone(good[:at+nt]), 0, 0xE1, 0xF5, 0x05)
	check("huge", huge)
	// A trust that is none of the four.
	bad := bytes.Clone(good)
	bad[at] = 4
	binary.LittleEndian.PutUint32(bad[len(bad)-4:], crc32.ChecksumIEEE(bad[:len(bad)-4]))
	check("trust", bad)
}

// errReader fails after some bytes.
type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.ErrClosedPipe
	}
	n := min(len(p), r.n)
	clear(p[:n])
	r.n -= n
	return n, nil
}

func TestLoadReadError(t *testing.T) {
	_, err := tagger.Load(&errReader{n: 3})
	if err == nil {
		t.Fatal("no error")
	}
}

func FuzzLoad(f *testing.F) {
	good := modelBytes(f, trainTiny(f))
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("VNXTAGGR"))
	f.Add(toVersion1(f, good))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := tagger.Load(bytes.NewReader(b))
		if err != nil {
			if m != nil {
				t.Fatal("a model and an error")
			}
			return
		}
		// A model that loads can be used and written back as it was read.
		rec, _ := entity.NewRecognizer(nil)
		an, err := rec.Recognize(context.Background(), "Ông Nguyễn Văn An làm việc tại Hà Nội.", entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range m.Apply(an) {
			if an.Text[s.Start:s.End] != s.Text {
				t.Fatalf("bad span %+v", s)
			}
		}
		an.Release()
		// Version 1 is written back as version 2, which reads back the same.
		again := modelBytes(t, m)
		if binary.LittleEndian.Uint32(b[8:]) == 1 {
			m2, err := tagger.Load(bytes.NewReader(again))
			if err != nil {
				t.Fatal(err)
			}
			b = modelBytes(t, m2)
		}
		if !bytes.Equal(again, b) {
			t.Fatal("written back differently")
		}
	})
}

// TestConcurrentApply runs one model from several goroutines (run with
// -race): the results equal those of a single goroutine.
func TestConcurrentApply(t *testing.T) {
	m := trainTiny(t)
	rec, _ := entity.NewRecognizer(nil)
	docs := tinyDocs(t)
	want := make([][]tagger.Span, len(docs))
	for i, d := range docs {
		an, _ := rec.Recognize(context.Background(), d.Text, entity.Options{})
		want[i] = m.Predict(an)
		an.Release()
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				for i, d := range docs {
					an, err := rec.Recognize(context.Background(), d.Text, entity.Options{})
					if err != nil {
						t.Error(err)
						return
					}
					got := m.Predict(an)
					m.Apply(an)
					an.Release()
					if !slices.Equal(got, want[i]) {
						t.Errorf("%q: %v, want %v", d.Text, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
