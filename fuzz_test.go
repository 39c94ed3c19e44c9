package vnextract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/vnextract/vnextract"
)

var (
	fuzzOnce sync.Once
	fuzzEx   *vnextract.Extractor
)

// FuzzExtract runs the whole pipeline on arbitrary bytes: no panic, no
// error, every mention, entity and relation satisfies the invariants
// (offsets in range, text == input[start:end], ordered, ids resolve), and
// ExtractJSON and ExtractJSONFrom write the JSON of Extract's Document.
//
//	go test -run '^$' -fuzz FuzzExtract -fuzztime 60s -fuzzminimizetime 5s .
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	bad, _ := filepath.Glob("testdata/bad/*")
	for _, p := range append(files, bad...) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		// Pieces of the seeds keep each run fast; offsets are arbitrary,
		// so some cut runes and lines in half.
		for i := 0; i < len(b); i += 2000 {
			j := min(i+2500, len(b))
			f.Add(b[i:j])
		}
	}
	f.Add([]byte("Chủ tịch\x00 Uỷ ban Đối ngoại (VUFO) Phan Anh Sơn, ngày 21//01 và 30/9-1/10/2025"))
	f.Add([]byte("Bộ trưởng Công Thương Nguyễn Văn Được, Trung Quốc Vương Nghị; Sở TN&MT tỉnh này, Hiệp hội Doanh nghiệp nhỏ và vừa Hà Nội, UBND huyện Bảo Lâm Trần Văn Chương, Sữa Quốc tế, Ursula von der Leyen, Đại sứ Trung Quốc Hùng Ba, TAND tỉnh Quảng\nNam, ông Trần\nVăn Hải, Hà Nội\nNam Định"))
	f.Add([]byte("cháu N.V.T. (8 tuổi, Ng.T. (U23 Việt Nam FC Elizabeth II 500 MB. Phái đoàn Bộ phim Công an quận Hai Bà"))
	f.Add([]byte("Ba-rắc Ô-ba-ma tại Xít-ni, Vla-đi-mia Pu-tin-, Xô-viết- Ô-\nba-ma; Ba-rắc nói. Công an TP.HCM triệt phá, tập luyện tại Thường Châu"))
	f.Fuzz(func(t *testing.T, in []byte) {
		fuzzOnce.Do(func() {
			var err error
			if fuzzEx, err = vnextract.New(); err != nil {
				t.Fatal(err)
			}
		})
		doc, err := fuzzEx.Extract(context.Background(), in)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkInvariants(t, "fuzz", in, doc)
		// The streaming paths against Extract, their reference.
		want := doc.AppendJSON(nil)
		var got, from bytes.Buffer
		if err := fuzzEx.ExtractJSON(context.Background(), in, &got, nil); err != nil || !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("ExtractJSON: %v, or its %d bytes differ from Extract's %d", err, got.Len(), len(want))
		}
		if err := fuzzEx.ExtractJSONFrom(context.Background(), bytes.NewReader(in), int64(len(in)), &from, nil); err != nil || !bytes.Equal(from.Bytes(), want) {
			t.Fatalf("ExtractJSONFrom: %v, or its %d bytes differ from Extract's %d", err, from.Len(), len(want))
		}
	})
}
