package vnextract_test

import (
	"context"
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
