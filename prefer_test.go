package vnextract

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/entity/date"
)

// TestWithDatePreference checks both directions on a year-less date, a bare
// weekday and a clock time alone, through the option and the Extractor
// method, and that an unknown direction is refused.
func TestWithDatePreference(t *testing.T) {
	const text = "Hội nghị ngày 20/11.\nVào thứ Hai.\nLúc 15 giờ 30."
	ref := time.Date(2017, 2, 2, 0, 0, 0, 0, time.UTC) // a Thursday
	values := func(ex *Extractor) []string {
		doc, err := ex.Extract(context.Background(), []byte(text))
		require.NoError(t, err)
		var out []string
		for _, m := range doc.Mentions {
			out = append(out, m.Value)
		}
		return out
	}
	past, err := New(WithRefDate(ref))
	require.NoError(t, err)
	want := []string{"2016-11-20", "2017-01-30", "2017-02-02T15:30"}
	assert.Equal(t, want, values(past))
	future, err := New(WithRefDate(ref), WithDatePreference(date.Future))
	require.NoError(t, err)
	want = []string{"2017-11-20", "2017-02-06", "2017-02-02T15:30"}
	assert.Equal(t, want, values(future))
	assert.Equal(t, want, values(past.WithDatePreference(date.Future)))
	_, err = New(WithDatePreference(date.Direction(7)))
	assert.Error(t, err)
}
