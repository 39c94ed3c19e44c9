package aggregate

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Hand-written lines of `vnextract extract --format jsonl`.
const (
	// A full name with its acronym in one entity; a dated position.
	docVUFO = `{"file":"a.txt","ref_date":"2021-01-05","mentions":[` +
		`{"id":"m1","type":"DATE","text":"ngày 3/1","start":0,"end":9,"value":"2021-01-03"},` +
		`{"id":"m2","type":"TITLE","text":"Chủ tịch","start":10,"end":20},` +
		`{"id":"m3","type":"ORGANIZATION","text":"Liên hiệp các tổ chức hữu nghị Việt Nam","start":21,"end":74},` +
		`{"id":"m4","type":"ORGANIZATION","text":"VUFO","start":76,"end":80},` +
		`{"id":"m5","type":"PERSON","text":"Nguyễn Văn Hùng","start":82,"end":101,"person":{"family":"Nguyễn","middle":"Văn","given":"Hùng"}}],` +
		`"entities":[{"id":"e1","type":"ORGANIZATION","name":"Liên hiệp các tổ chức hữu nghị Việt Nam","mentions":["m3","m4"]},` +
		`{"id":"e2","type":"PERSON","name":"Nguyễn Văn Hùng","mentions":["m5"]}],` +
		`"relations":[{"id":"r1","type":"position","args":{"person":"m5","title":"m2","organization":"m3","date":"m1"},"evidence":{"start":0,"end":102}}]}`
	// The acronym alone, the name in capitals, the title in lower case; the
	// fact twice in the document.
	docAcronym = `{"file":"b.txt","ref_date":"2022-03-01","mentions":[` +
		`{"id":"m1","type":"TITLE","text":"chủ tịch","start":0,"end":10},` +
		`{"id":"m2","type":"ORGANIZATION","text":"VUFO","start":11,"end":15},` +
		`{"id":"m3","type":"PERSON","text":"NGUYỄN VĂN HÙNG","start":16,"end":37}],` +
		`"entities":[{"id":"e1","type":"ORGANIZATION","name":"VUFO","mentions":["m2"]},` +
		`{"id":"e2","type":"PERSON","name":"NGUYỄN VĂN HÙNG","mentions":["m3"]}],` +
		`"relations":[{"id":"r1","type":"position","args":{"person":"m3","title":"m1","organization":"m2"},` +
		`"evidence":{"start":0,"end":38},"more_evidence":[{"start":50,"end":90}]}]}`
	// The acronym spelled out, but no position.
	docNoPosition = `{"file":"g.txt","mentions":[` +
		`{"id":"m1","type":"ORGANIZATION","text":"Liên hiệp các tổ chức hữu nghị Việt Nam","start":0,"end":53},` +
		`{"id":"m2","type":"ORGANIZATION","text":"VUFO","start":55,"end":59}],` +
		`"entities":[{"id":"e1","type":"ORGANIZATION","name":"Liên hiệp các tổ chức hữu nghị Việt Nam","mentions":["m1","m2"]}],` +
		`"relations":[{"id":"r1","type":"alias","args":{"name":"m1","alias":"m2"}}]}`
	// Another man: one diacritic apart.
	docHung = `{"file":"c.txt","line":7,"mentions":[` +
		`{"id":"m1","type":"TITLE","text":"Chủ tịch","start":0,"end":10},` +
		`{"id":"m2","type":"ORGANIZATION","text":"VUFO","start":11,"end":15},` +
		`{"id":"m3","type":"PERSON","text":"Nguyễn Văn Hưng","start":16,"end":35}],` +
		`"entities":[{"id":"e1","type":"ORGANIZATION","name":"VUFO","mentions":["m2"]}],` +
		`"relations":[{"id":"r1","type":"position","args":{"person":"m3","title":"m1","organization":"m2"},"evidence":{"start":0,"end":36}}]}`
	// No diacritics: two accented names fold to it, so it joins neither.
	docBare = `{"file":"d.txt","ref_date":"2020-12-31","mentions":[` +
		`{"id":"m1","type":"TITLE","text":"Chu tich","start":0,"end":8},` +
		`{"id":"m2","type":"PERSON","text":"Nguyen Van Hung","start":9,"end":24}],` +
		`"entities":[],` +
		`"relations":[{"id":"r1","type":"position","args":{"person":"m2","title":"m1"}}]}`
	// A former title, and an alias relation naming an acronym.
	docFormer = `{"file":"e.txt","ref_date":"2023-05-06","mentions":[` +
		`{"id":"m1","type":"TITLE","text":"nguyên Chủ tịch","start":0,"end":17},` +
		`{"id":"m2","type":"ORGANIZATION","text":"Hội hữu nghị Việt – Nga","start":18,"end":50,"normalized":"Hội hữu nghị Việt - Nga"},` +
		`{"id":"m3","type":"ORGANIZATION","text":"HHN","start":52,"end":55},` +
		`{"id":"m4","type":"PERSON","text":"Nguyễn Văn Hùng","start":57,"end":76}],` +
		`"entities":[],` +
		`"relations":[{"id":"r1","type":"position","args":{"person":"m4","title":"m1","organization":"m2"},"former":true,"evidence":{"start":0,"end":77}},` +
		`{"id":"r2","type":"alias","args":{"name":"m2","alias":"m3"}}]}`
)

func addLines(t *testing.T, tab *Table, lines ...string) {
	t.Helper()
	for i, l := range lines {
		require.NoError(t, tab.AddJSON([]byte(l), fmt.Sprintf("in:%d", i+1)))
	}
}

func TestRows(t *testing.T) {
	hung := Row{Person: "Nguyễn Văn Hùng", Title: "Chủ tịch", Organization: "Liên hiệp các tổ chức hữu nghị Việt Nam",
		FirstDate: "2021-01-03", LastDate: "2022-03-01", Documents: 2, Mentions: 3, Example: "a.txt@0-102"}
	hungFormer := Row{Person: "Nguyễn Văn Hùng", Title: "Chủ tịch", Organization: "Hội hữu nghị Việt - Nga", Former: true,
		FirstDate: "2023-05-06", LastDate: "2023-05-06", Documents: 1, Mentions: 1, Example: "e.txt@0-77"}
	hung2 := Row{Person: "Nguyễn Văn Hưng", Title: "Chủ tịch", Organization: "Liên hiệp các tổ chức hữu nghị Việt Nam",
		Documents: 1, Mentions: 1, Example: "c.txt:7@0-36"}
	bare := Row{Person: "Nguyen Van Hung", Title: "Chủ tịch", FirstDate: "2020-12-31", LastDate: "2020-12-31",
		Documents: 1, Mentions: 1, Example: "d.txt"}
	for _, tc := range []struct {
		name  string
		lines []string
		want  []Row
	}{
		{"one document", []string{docVUFO},
			[]Row{{Person: "Nguyễn Văn Hùng", Title: "Chủ tịch", Organization: "Liên hiệp các tổ chức hữu nghị Việt Nam",
				FirstDate: "2021-01-03", LastDate: "2021-01-03", Documents: 1, Mentions: 1, Example: "a.txt@0-102"}}},
		// The acronym, the capitals and the lower-case title all merge.
		{"acronym across documents", []string{docVUFO, docAcronym}, []Row{hung}},
		// Without a document tying VUFO to its full name, it stays VUFO.
		{"acronym never expanded", []string{docAcronym},
			[]Row{{Person: "NGUYỄN VĂN HÙNG", Title: "chủ tịch", Organization: "VUFO",
				FirstDate: "2022-03-01", LastDate: "2022-03-01", Documents: 1, Mentions: 2, Example: "b.txt@0-38"}}},
		// The full name comes from a document with no position in it.
		{"acronym spelled out elsewhere", []string{docAcronym, docNoPosition},
			[]Row{{Person: "NGUYỄN VĂN HÙNG", Title: "chủ tịch", Organization: "Liên hiệp các tổ chức hữu nghị Việt Nam",
				FirstDate: "2022-03-01", LastDate: "2022-03-01", Documents: 1, Mentions: 2, Example: "b.txt@0-38"}}},
		{"diacritics tell people apart", []string{docVUFO, docAcronym, docHung}, []Row{hung, hung2}},
		// "Nguyen Van Hung" folds to Hùng and Hưng: it stays apart; the
		// title "Chu tich" has one accented match and joins it.
		{"bare name with two matches", []string{docBare, docVUFO, docAcronym, docHung}, []Row{bare, hung, hung2}},
		{"bare name with one match", []string{docBare, docVUFO},
			[]Row{
				{Person: "Nguyễn Văn Hùng", Title: "Chủ tịch", FirstDate: "2020-12-31", LastDate: "2020-12-31",
					Documents: 1, Mentions: 1, Example: "d.txt"},
				{Person: "Nguyễn Văn Hùng", Title: "Chủ tịch", Organization: "Liên hiệp các tổ chức hữu nghị Việt Nam",
					FirstDate: "2021-01-03", LastDate: "2021-01-03", Documents: 1, Mentions: 1, Example: "a.txt@0-102"}}},
		{"former title", []string{docVUFO, docAcronym, docFormer}, []Row{hungFormer, hung}},
		// The same document twice counts twice (the table keeps no
		// document ids).
		{"document repeated", []string{docAcronym, docAcronym},
			[]Row{{Person: "NGUYỄN VĂN HÙNG", Title: "chủ tịch", Organization: "VUFO",
				FirstDate: "2022-03-01", LastDate: "2022-03-01", Documents: 2, Mentions: 4, Example: "b.txt@0-38"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := New()
			addLines(t, tab, tc.lines...)
			assert.Equal(t, tc.want, tab.Rows())
		})
	}
}

func TestAcronymTiedToTwoNames(t *testing.T) {
	// HHN is tied to two full names: it stands for neither.
	other := strings.NewReplacer(`"file":"e.txt"`, `"file":"f.txt"`, "Việt – Nga", "Hà Nội", "Việt - Nga", "Hà Nội").Replace(docFormer)
	hhn := strings.ReplaceAll(docAcronym, `"VUFO"`, `"HHN"`)
	tab := New()
	addLines(t, tab, hhn, docFormer, other)
	orgs := map[string]bool{}
	for _, r := range tab.Rows() {
		orgs[r.Organization] = true
	}
	assert.Equal(t, map[string]bool{"HHN": true, "Hội hữu nghị Việt - Nga": true, "Hội hữu nghị Hà Nội": true}, orgs)

	// With one tie only, HHN is the full name.
	tab = New()
	addLines(t, tab, hhn, docFormer)
	for _, r := range tab.Rows() {
		assert.Equal(t, "Hội hữu nghị Việt - Nga", r.Organization)
	}
}

// TestOrderIndependent checks that the table is the same whatever the order
// documents come in and however they are split between merged tables, and
// after a trip through MarshalBinary.
func TestOrderIndependent(t *testing.T) {
	lines := []string{docVUFO, docAcronym, docHung, docBare, docFormer, docAcronym, docNoPosition}
	ref := New()
	addLines(t, ref, lines...)
	want := ref.Rows()
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		perm := rng.Perm(len(lines))
		parts := []*Table{New(), New(), New()}
		for _, i := range perm {
			p := parts[rng.IntN(len(parts))]
			require.NoError(t, p.AddJSON([]byte(lines[i]), fmt.Sprintf("in:%d", i+1)))
		}
		// Through the encoding, as a distributed combiner sends it.
		b, err := parts[1].MarshalBinary()
		require.NoError(t, err)
		decoded := New()
		require.NoError(t, decoded.UnmarshalBinary(b))
		parts[1] = decoded
		total := New()
		for _, p := range parts {
			total.Merge(p)
		}
		require.Equal(t, want, total.Rows())
	}
}

func TestMarshalDeterministic(t *testing.T) {
	a, b := New(), New()
	addLines(t, a, docVUFO, docAcronym, docFormer)
	addLines(t, b, docFormer, docAcronym, docVUFO)
	ba, err := a.MarshalBinary()
	require.NoError(t, err)
	bb, err := b.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, string(ba), string(bb))
	assert.Error(t, New().UnmarshalBinary([]byte("not json")))
}

func TestMergeSelf(t *testing.T) {
	tab := New()
	addLines(t, tab, docAcronym)
	tab.Merge(tab)
	rows := tab.Rows()
	require.Len(t, rows, 1)
	assert.Equal(t, 2, rows[0].Documents)
}

func TestAddJSONErrors(t *testing.T) {
	for _, line := range []string{``, `not json`, `{}`, `{"file":"a"}`, `[{"mentions":[]}]`, `{"mentions":"x"}`} {
		tab := New()
		assert.Error(t, tab.AddJSON([]byte(line), "in:1"), "%q", line)
		assert.Empty(t, tab.Rows())
	}
	// Ids that name no mention give no row, and no panic.
	tab := New()
	require.NoError(t, tab.AddJSON([]byte(`{"mentions":[{"id":"m1","type":"TITLE","text":"Chủ tịch","start":0,"end":10}],`+
		`"entities":[{"id":"e1","type":"PERSON","name":"X","mentions":["m9"]}],`+
		`"relations":[{"id":"r1","type":"position","args":{"person":"m7","title":"m1"}},{"id":"r2","type":"alias","args":{"name":"m5","alias":"m6"}}]}`), "in:1"))
	assert.Empty(t, tab.Rows())
}

func TestIsoDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2021-11-15", "2021-11-15"}, {"2021-11", "2021-11"}, {"2021", "2021"}, {"2017-Q3", "2017"},
		{"2017-W06", "2017"}, {"XXXX-10-01", ""}, {"", ""}, {"20", ""}, {"2021-13-01", "2021"},
		{"2021-11-15T10:00", "2021-11-15"}, {"2021-02-00", "2021-02"},
	} {
		assert.Equal(t, tc.want, isoDate(tc.in), tc.in)
	}
	for _, tc := range []struct{ in, first, last string }{
		{"2020/2022-05", "2020", "2022-05"}, {"XXXX-01/2021", "2021", "2021"}, {"2019", "2019", "2019"},
	} {
		f, l := dateRange(tc.in)
		assert.Equal(t, [2]string{tc.first, tc.last}, [2]string{f, l}, tc.in)
	}
}

func TestIsAcronym(t *testing.T) {
	for s, want := range map[string]bool{"VUFO": true, "LĐTBXH": true, "UBND": true, "PC Thường Tín": false,
		"unesco": false, "A": false, "B-52": false, "G20": false, "AT&T": true, "Hội": false, "": false} {
		assert.Equal(t, want, isAcronym(s), s)
	}
}

func TestWrite(t *testing.T) {
	rows := []Row{{Person: "Phan Anh Sơn", Title: "Chủ tịch", Organization: `Quỹ "Truyền thống, Hữu nghị"`,
		FirstDate: "2025-10-01", LastDate: "2025-10-02", Documents: 2, Mentions: 3, Example: "a.txt@0-10"},
		{Person: "X\tY", Title: "T\nU", Former: true, Documents: 1, Mentions: 1, Example: "b.txt"}}
	for _, tc := range []struct {
		f    Format
		want string
	}{
		{TSV, "person\ttitle\torganization\tformer\tfirst_date\tlast_date\tdocuments\tmentions\texample\n" +
			"Phan Anh Sơn\tChủ tịch\tQuỹ \"Truyền thống, Hữu nghị\"\tfalse\t2025-10-01\t2025-10-02\t2\t3\ta.txt@0-10\n" +
			"X Y\tT U\t\ttrue\t\t\t1\t1\tb.txt\n"},
		{CSV, "person,title,organization,former,first_date,last_date,documents,mentions,example\n" +
			"Phan Anh Sơn,Chủ tịch,\"Quỹ \"\"Truyền thống, Hữu nghị\"\"\",false,2025-10-01,2025-10-02,2,3,a.txt@0-10\n" +
			"X\tY,\"T\nU\",,true,,,1,1,b.txt\n"},
		{JSONL, `{"person":"Phan Anh Sơn","title":"Chủ tịch","organization":"Quỹ \"Truyền thống, Hữu nghị\"","former":false,` +
			`"first_date":"2025-10-01","last_date":"2025-10-02","documents":2,"mentions":3,"example":"a.txt@0-10"}` + "\n" +
			`{"person":"X\tY","title":"T\nU","organization":"","former":true,"first_date":"","last_date":"","documents":1,"mentions":1,"example":"b.txt"}` + "\n"},
	} {
		var b bytes.Buffer
		require.NoError(t, Write(&b, rows, tc.f))
		assert.Equal(t, tc.want, b.String(), tc.f.String())
		g, err := ParseFormat(tc.f.String())
		require.NoError(t, err)
		assert.Equal(t, tc.f, g)
	}
	_, err := ParseFormat("xml")
	assert.Error(t, err)
	assert.Error(t, Write(&bytes.Buffer{}, rows, Format(9)))
}

// TestMemoryFollowsFacts adds the same facts from many documents: what the
// table holds must not grow with the number of documents.
func TestMemoryFollowsFacts(t *testing.T) {
	tab := New()
	size := func() int {
		n := len(tab.st.facts) + len(tab.st.links)
		for _, ns := range []names{tab.st.persons, tab.st.titles, tab.st.orgs} {
			for _, m := range ns {
				n += 1 + len(m)
			}
		}
		return n
	}
	addLines(t, tab, docVUFO, docAcronym)
	want := size()
	for i := range 2000 {
		doc := strings.Replace(docAcronym, `"file":"b.txt"`, fmt.Sprintf(`"file":"b%d.txt"`, i), 1)
		addLines(t, tab, doc)
	}
	assert.Equal(t, want, size())
	rows := tab.Rows()
	require.Len(t, rows, 1)
	assert.Equal(t, 2002, rows[0].Documents)
}
