package vnextract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
)

func seeds(t testing.TB) [][]byte {
	t.Helper()
	files, err := filepath.Glob("testdata/seeds/*.txt")
	require.NoError(t, err)
	require.Len(t, files, 5)
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out = append(out, b)
	}
	return out
}

// TestExtractorConcurrent runs one shared Extractor from many goroutines and
// checks every result equals the sequential one (run it with -race).
func TestExtractorConcurrent(t *testing.T) {
	ex, err := vnextract.New()
	require.NoError(t, err)
	docs := seeds(t)
	want := make([][]byte, len(docs))
	for i, d := range docs {
		doc, err := ex.Extract(context.Background(), d)
		require.NoError(t, err)
		want[i], _ = json.Marshal(doc)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 4; k++ {
				i := (g + k) % len(docs)
				doc, err := ex.Extract(context.Background(), docs[i])
				if err != nil {
					errs <- err
					return
				}
				got, _ := json.Marshal(doc)
				if !bytes.Equal(got, want[i]) {
					errs <- errors.New("concurrent result differs from sequential result")
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// TestExtractCancelled: a cancelled context stops the work with ctx.Err().
func TestExtractCancelled(t *testing.T) {
	ex, err := vnextract.New()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = ex.Extract(ctx, []byte("Chủ tịch nước Lương Cường"))
	require.ErrorIs(t, err, context.Canceled)

	// A deadline that passes during a long extraction.
	big := bytes.Repeat([]byte("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội ngày 5/3/2025. "), 200000)
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel2()
	_, err = ex.Extract(ctx2, big)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

// TestDocumentJSON checks the JSON contract of docs/DESIGN.md §2: field names,
// types, ids and offsets.
func TestDocumentJSON(t *testing.T) {
	ex, err := vnextract.New(vnextract.WithRefDate(time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	in := []byte("Ngày 1/10, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) Phan Anh Sơn phát biểu tại Hà Nội.")
	doc, err := ex.Extract(context.Background(), in)
	require.NoError(t, err)
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	require.Equal(t, "2025-10-02", raw["ref_date"])
	for _, k := range []string{"mentions", "entities", "relations"} {
		require.IsType(t, []any{}, raw[k], k)
	}
	byText := map[string]map[string]any{}
	for _, m := range raw["mentions"].([]any) {
		mm := m.(map[string]any)
		byText[mm["text"].(string)] = mm
		s, e := int(mm["start"].(float64)), int(mm["end"].(float64))
		require.Equal(t, string(in[s:e]), mm["text"])
		require.Regexp(t, `^m\d+$`, mm["id"])
	}
	require.Equal(t, "DATE", byText["Ngày 1/10"]["type"])
	require.Equal(t, "2025-10-01", byText["Ngày 1/10"]["value"])
	require.Equal(t, "PERSON", byText["Phan Anh Sơn"]["type"])
	require.Equal(t, map[string]any{"family": "Phan", "middle": "Anh", "given": "Sơn"}, byText["Phan Anh Sơn"]["person"])
	require.Equal(t, "ORGANIZATION", byText["VUFO"]["type"])
	var kinds []string
	for _, r := range raw["relations"].([]any) {
		rr := r.(map[string]any)
		kinds = append(kinds, rr["type"].(string))
		require.Contains(t, rr, "args")
		require.Contains(t, rr, "evidence")
	}
	require.Contains(t, kinds, "position")
	require.Contains(t, kinds, "alias")
}

// TestWithTypes keeps only the requested types and drops relations that
// would point at removed mentions.
func TestWithTypes(t *testing.T) {
	ex, err := vnextract.New(vnextract.WithTypes(entity.Person, entity.Organization))
	require.NoError(t, err)
	doc, err := ex.Extract(context.Background(), []byte("Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Nhật Bản tại Hà Nội."))
	require.NoError(t, err)
	for _, m := range doc.Mentions {
		require.Contains(t, []entity.Type{entity.Person, entity.Organization}, m.Type)
	}
	require.Empty(t, doc.Relations)
	_, err = vnextract.New(vnextract.WithTypes())
	require.Error(t, err)
}

// TestUserLexicon: entries added at construction are found.
func TestUserLexicon(t *testing.T) {
	entries, err := entity.ParseLexicon(bytes.NewReader([]byte("ORGANIZATION\tCông ty Cổ phần Sữa Mộc Châu\nPERSON\tSơn Tùng M-TP\n")), "user.tsv")
	require.NoError(t, err)
	ex, err := vnextract.New(vnextract.WithLexicon(entries...))
	require.NoError(t, err)
	doc, err := ex.Extract(context.Background(), []byte("Ca sĩ Sơn Tùng M-TP làm đại sứ cho Công ty Cổ phần Sữa Mộc Châu."))
	require.NoError(t, err)
	got := map[string]entity.Type{}
	for _, m := range doc.Mentions {
		got[m.Text] = m.Type
	}
	require.Equal(t, entity.Person, got["Sơn Tùng M-TP"], "%v", got)
	require.Equal(t, entity.Organization, got["Công ty Cổ phần Sữa Mộc Châu"], "%v", got)
}

// TestUserLexiconCanonical: a user entry that gives an acronym its full
// name makes both names one entity, the acronym an alias of the name.
func TestUserLexiconCanonical(t *testing.T) {
	entries, err := entity.ParseLexicon(bytes.NewReader([]byte("ORG\tXYZQ\tTập đoàn Thử Nghiệm Alpha\n")), "user.tsv")
	require.NoError(t, err)
	ex, err := vnextract.New(vnextract.WithLexicon(entries...))
	require.NoError(t, err)
	in := "Tập đoàn Thử Nghiệm Alpha vừa mở văn phòng tại Hà Nội. Ông Nguyễn Văn Hùng cho biết XYZQ sẽ hợp tác với các đối tác."
	doc, err := ex.Extract(context.Background(), []byte(in))
	require.NoError(t, err)
	text := map[string]string{}
	for _, m := range doc.Mentions {
		text[m.ID] = m.Text
	}
	var orgs [][]string
	for _, e := range doc.Entities {
		if e.Type == entity.Organization {
			var names []string
			for _, id := range e.Mentions {
				names = append(names, text[id])
			}
			orgs = append(orgs, names)
		}
	}
	require.Equal(t, [][]string{{"Tập đoàn Thử Nghiệm Alpha", "XYZQ"}}, orgs)
	var aliases [][2]string
	for _, r := range doc.Relations {
		if r.Type == "alias" {
			aliases = append(aliases, [2]string{text[r.Args.Name], text[r.Args.Alias]})
		}
	}
	require.Equal(t, [][2]string{{"Tập đoàn Thử Nghiệm Alpha", "XYZQ"}}, aliases)
}

// TestEmptyInput returns an empty, well-formed document.
func TestEmptyInput(t *testing.T) {
	ex, err := vnextract.New()
	require.NoError(t, err)
	for _, in := range [][]byte{nil, {}, []byte("   \n")} {
		doc, err := ex.Extract(context.Background(), in)
		require.NoError(t, err)
		b, _ := json.Marshal(doc)
		var raw map[string]any
		require.NoError(t, json.Unmarshal(b, &raw))
		require.True(t, reflect.DeepEqual(raw["mentions"], []any{}))
	}
}

// TestDocumentOwnsItsStrings checks that a Document shares no memory with
// the buffers Extract reuses: after more extractions (which overwrite the
// pooled normalized-text storage) an earlier document marshals as before.
func TestDocumentOwnsItsStrings(t *testing.T) {
	ex, err := vnextract.New()
	require.NoError(t, err)
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var docs []*vnextract.Document
	var first [][]byte
	for _, f := range append(files, files...) {
		in, err := os.ReadFile(f)
		require.NoError(t, err)
		// Typographic quotes and mixed tone styles make the normalized
		// text differ from the input, so it lives in the pooled storage.
		in = append([]byte("“Uỷ ban” "), in...)
		doc, err := ex.Extract(context.Background(), in)
		require.NoError(t, err)
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		docs, first = append(docs, doc), append(first, b)
	}
	for i, doc := range docs {
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		require.Equal(t, string(first[i]), string(b), "document %d changed after later extractions", i)
	}
}
