package vnextract_test

import (
	"context"
	"fmt"
	"log"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// TestReportRepairs: the document's report counts the normalizer's repairs
// by rule, and mentions in repaired words keep the caller's offsets.
func TestReportRepairs(t *testing.T) {
	ex, err := vnextract.New()
	require.NoError(t, err)
	in := []byte("Ông Nguyễn Văn Hùng, Bộ truởng Bộ Tài chính, nói với nguời dân ở Hà Nội và bàì kủa hoà.")
	doc, err := ex.Extract(context.Background(), in)
	require.NoError(t, err)
	assert.Equal(t, 2, doc.Report.Repaired.Get(normalize.RepairHorn))
	assert.Equal(t, 1, doc.Report.Repaired.Get(normalize.RepairDoubleTone))
	assert.Equal(t, 1, doc.Report.Repaired.Get(normalize.RepairSpelling))
	assert.Equal(t, 1, doc.Report.Retoned)
	found := false
	for _, m := range doc.Mentions {
		assert.Equal(t, m.Text, string(in[m.Start:m.End]))
		if m.Type == entity.Title && m.Text == "Bộ truởng" {
			found = true
			assert.Equal(t, "Bộ trưởng", m.Normalized)
		}
	}
	assert.True(t, found, "the repaired title is found: %+v", doc.Mentions)
}

// TestRepairsOption: a mistyped word is repaired by default and kept as
// typed with the rules off (the option, or the per-call copy), offsets
// exact either way.
func TestRepairsOption(t *testing.T) {
	in := []byte("Bộ truởng Bộ Tài chính Trần Văn Lâm thăm nguời dân ở Lạng Sơn.")
	def, err := vnextract.New()
	require.NoError(t, err)
	off, err := vnextract.New(vnextract.WithRepairs(0))
	require.NoError(t, err)
	horn, err := vnextract.New(vnextract.WithRepairs(normalize.RepairHorn))
	require.NoError(t, err)
	_, err = vnextract.New(vnextract.WithRepairs(1 << 7))
	assert.Error(t, err, "an unknown rule")
	title := func(ex *vnextract.Extractor) (string, normalize.RepairCounts) {
		doc, err := ex.Extract(context.Background(), in)
		require.NoError(t, err)
		norm := ""
		for _, m := range doc.Mentions {
			require.Equal(t, m.Text, string(in[m.Start:m.End]))
			if m.Type == entity.Title && m.Start == 0 {
				norm = m.Normalized
			}
		}
		return norm, doc.Report.Repaired
	}
	tests := []struct {
		name    string
		ex      *vnextract.Extractor
		want    string
		repairs int
	}{
		{"default", def, "Bộ trưởng", 2},
		{"off", off, "", 0},
		{"horn only", horn, "Bộ trưởng", 2},
		{"copy with rules off", def.WithRepairs(0), "", 0},
		{"copy with spelling only", def.WithRepairs(normalize.RepairSpelling), "", 0},
		{"copy with all again", off.WithRepairs(normalize.AllRepairs), "Bộ trưởng", 2},
	}
	for _, tc := range tests {
		got, rep := title(tc.ex)
		assert.Equal(t, tc.want, got, tc.name)
		assert.Equal(t, tc.repairs, rep.Total(), tc.name)
	}
}

// TestDetectOneWordLegacy: Extract reads a one-word TCVN3 input as TCVN3,
// as normalize.Detect and the normalize command do.
func TestDetectOneWordLegacy(t *testing.T) {
	ex, err := vnextract.New()
	require.NoError(t, err)
	for _, s := range []string{"Nguyễn", "đường", "Hà Nội", "Trần Quốc Tuấn"} {
		raw, err := normalize.TCVN3Encoding.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		enc, _ := normalize.Detect(raw)
		doc, err := ex.Extract(context.Background(), raw)
		require.NoError(t, err)
		assert.Equal(t, normalize.TCVN3, enc, s)
		assert.Equal(t, enc.String(), doc.Report.Encoding, s)
		assert.Zero(t, doc.Report.InvalidUTF8, s)
	}
}

// WithRepairs chooses the normalizer's repair rules: by default a
// mistyped title ("truởng", the horn missing) is read as "trưởng"; with
// the rules off the word is kept as typed and is no title.
func ExampleWithRepairs() {
	in := []byte("Bộ truởng Trần Văn Lâm thăm nguời dân.")
	for _, rules := range []normalize.Repairs{normalize.AllRepairs, 0} {
		ex, err := vnextract.New(vnextract.WithRepairs(rules))
		if err != nil {
			log.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), in)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("repairs %v (%s):\n", rules, doc.Report.Repaired)
		for _, m := range doc.Mentions {
			fmt.Printf("  %s %q [%d:%d] %q\n", m.Type, m.Text, m.Start, m.End, m.Normalized)
		}
	}
	// Output:
	// repairs all (horn=2):
	//   TITLE "Bộ truởng" [0:13] "Bộ trưởng"
	//   PERSON "Trần Văn Lâm" [14:30] ""
	// repairs none ():
	//   PERSON "Trần Văn Lâm" [14:30] ""
}
