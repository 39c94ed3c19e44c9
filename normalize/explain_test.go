package normalize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// applyChanges rebuilds the output from the input and non-overlapping
// changes.
func applyChanges(t *testing.T, in []byte, changes []Change) string {
	t.Helper()
	var b strings.Builder
	last := 0
	for _, c := range changes {
		require.GreaterOrEqual(t, c.Start, last, "changes overlap: %+v", c)
		b.Write(in[last:c.Start])
		b.WriteString(c.New)
		last = c.End
	}
	b.Write(in[last:])
	return b.String()
}

func TestExplain(t *testing.T) {
	in := []byte("Ông nguời \u201cbàì\u201d\u00a0kủa Vie\u0323\u0302t \xff hòa – ðà, hoà")
	out, changes, rep, err := Normalizer{}.Explain(in)
	require.NoError(t, err)
	want, _, wrep, err := Normalizer{}.Normalize(in)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(out))
	assert.Equal(t, wrep, rep)
	var got []string
	for _, c := range changes {
		assert.Equal(t, c.Old, string(in[c.Start:c.End]))
		got = append(got, fmt.Sprintf("%d %s>%s %s", c.Start, c.Old, c.New, c.Rule))
	}
	assert.Equal(t, []string{
		"5 nguời>người horn", "13 \u201c>\" quote", "16 bàì>bài double-tone", "21 \u201d>\" quote",
		"24 \u00a0>  space", "26 kủa>của spelling", "32 Vie\u0323\u0302t>Việt nfc", "41 \xff>\ufffd invalid-utf8",
		"48 \u2013>- dash", "52 ðà>đà eth", "58 hoà>hòa tone",
	}, got)
	assert.Equal(t, string(out), applyChanges(t, in, changes))
}

// TestExplainRebuilds: on the seeds and the repair rows, the changes
// rebuild the output from the input, in every style.
func TestExplainRebuilds(t *testing.T) {
	docs := seeds(t)
	for _, r := range repairRows {
		docs = append(docs, []byte(r.in))
	}
	for _, d := range docs {
		for _, st := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
			out, changes, _, err := Normalizer{Tone: st}.Explain(d)
			require.NoError(t, err)
			assert.Equal(t, string(out), applyChanges(t, d, changes))
		}
	}
}

func TestExplainDecoded(t *testing.T) {
	// TCVN3 mojibake whose second word, decoded, misses a horn
	in := []byte("Xin chµo nguêi")
	out, changes, rep, err := Normalizer{From: TCVN3}.Explain(in)
	require.NoError(t, err)
	assert.Equal(t, "Xin chào người", string(out))
	assert.Equal(t, TCVN3, rep.Encoding)
	var got []string
	for _, c := range changes {
		assert.Equal(t, c.Old, string(in[c.Start:c.End]))
		got = append(got, fmt.Sprintf("%d %s>%s %s", c.Start, c.Old, c.New, c.Rule))
	}
	assert.Equal(t, []string{"6 µ>à decode:tcvn3", "13 ê>ờ decode:tcvn3", "10 nguêi>người horn"}, got)
}

func ExampleNormalizer_Explain() {
	_, changes, rep, _ := Normalizer{}.Explain([]byte("Anh ấy bàì nguời muớn, hoà"))
	for _, c := range changes {
		fmt.Printf("%d: %s -> %s (%s)\n", c.Start, c.Old, c.New, c.Rule)
	}
	fmt.Println(rep.Repaired)
	// Output:
	// 9: bàì -> bài (double-tone)
	// 15: nguời -> người (horn)
	// 23: muớn -> mướn (horn)
	// 31: hoà -> hòa (tone)
	// double-tone=1 horn=2
}
