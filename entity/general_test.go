package entity_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/entity"
)

// markedSpan is one hand-marked name of a sentence: its type and byte range
// in the sentence without the marks.
type markedSpan struct {
	typ        entity.Type
	start, end int
}

var markTypes = map[string]entity.Type{"P": entity.Person, "O": entity.Organization, "L": entity.Location}

// unmark removes the marks ⟦X|...⟧ of a sentence, returning its plain text
// and the marked spans.
func unmark(s string) (string, []markedSpan, error) {
	var b strings.Builder
	var spans []markedSpan
	for {
		i := strings.Index(s, "⟦")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i+len("⟦"):]
		bar, end := strings.Index(s, "|"), strings.Index(s, "⟧")
		if bar < 0 || end < bar {
			return "", nil, fmt.Errorf("bad mark near %q", s)
		}
		ty, ok := markTypes[s[:bar]]
		if !ok {
			return "", nil, fmt.Errorf("unknown mark type %q", s[:bar])
		}
		start := b.Len()
		b.WriteString(s[bar+1 : end])
		spans = append(spans, markedSpan{ty, start, b.Len()})
		s = s[end+len("⟧"):]
	}
	return b.String(), spans, nil
}

func TestUnmark(t *testing.T) {
	cases := []struct {
		in, text string
		spans    []markedSpan
		bad      bool
	}{
		{in: "Ông ⟦P|Ba⟧ ở ⟦L|Huế⟧.", text: "Ông Ba ở Huế.", spans: []markedSpan{{entity.Person, 5, 7}, {entity.Location, 12, 17}}},
		{in: "không có tên", text: "không có tên"},
		{in: "hỏng ⟦P Ba⟧", bad: true},
		{in: "hỏng ⟦X|Ba⟧", bad: true},
	}
	for _, c := range cases {
		text, spans, err := unmark(c.in)
		if c.bad {
			require.Error(t, err, c.in)
			continue
		}
		require.NoError(t, err, c.in)
		require.Equal(t, c.text, text)
		require.Equal(t, c.spans, spans)
	}
}

// generalFloors are the exact-span F1 scores per type the recognizers must
// keep on generalSentences.
var generalFloors = map[entity.Type]float64{
	entity.Person:       0.996,
	entity.Organization: 0.995,
	entity.Location:     0.988,
}

// TestGeneralNews scores the recognizers on generalSentences, exact spans,
// per type, against generalFloors, and lists what they miss and what they
// find that is not marked.
func TestGeneralNews(t *testing.T) {
	type count struct{ tp, fp, fn int }
	counts := map[entity.Type]*count{}
	for ty := range generalFloors {
		counts[ty] = &count{}
	}
	var report strings.Builder
	for _, s := range generalSentences {
		text, spans, err := unmark(s)
		require.NoError(t, err, s)
		a := analyse(t, text)
		want := map[markedSpan]bool{}
		for _, sp := range spans {
			want[sp] = true
		}
		for _, m := range a.Mentions {
			c := counts[m.Type]
			if c == nil {
				continue
			}
			sp := markedSpan{m.Type, m.Start, m.End}
			if want[sp] {
				c.tp++
				delete(want, sp)
				continue
			}
			c.fp++
			fmt.Fprintf(&report, "  extra %s %q in: %s\n", m.Type, m.Text, text)
		}
		for _, sp := range spans {
			if want[sp] {
				counts[sp.typ].fn++
				fmt.Fprintf(&report, "  missed %s %q in: %s\n", sp.typ, text[sp.start:sp.end], text)
			}
		}
		a.Release()
	}
	t.Logf("general news: %d sentences\n%s", len(generalSentences), report.String())
	for _, ty := range []entity.Type{entity.Person, entity.Organization, entity.Location} {
		c := counts[ty]
		p := float64(c.tp) / float64(max(1, c.tp+c.fp))
		r := float64(c.tp) / float64(max(1, c.tp+c.fn))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		t.Logf("%-13s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", ty, p, r, f, c.tp, c.fp, c.fn)
		// Scores are printed and floored to three decimals.
		if math.Round(f*1000)/1000 < generalFloors[ty] {
			t.Errorf("%s: F1 %.3f below its floor %.3f", ty, f, generalFloors[ty])
		}
	}
}
