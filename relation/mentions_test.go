package relation

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/entity"
)

// TestMentionListAt checks that a MentionList gives back the mentions
// appended to it: all of them when made for output, else what Link reads.
func TestMentionListAt(t *testing.T) {
	const text = "Ông Lê Văn Tám, Giám đốc Sở Y tế TP.HCM, ngày 2/9 cho biết"
	at := func(sub string) (int, int) {
		for i := 0; i+len(sub) <= len(text); i++ {
			if text[i:i+len(sub)] == sub {
				return i, i + len(sub)
			}
		}
		t.Fatalf("%q not in the text", sub)
		return 0, 0
	}
	mention := func(typ entity.Type, sub, rule string) entity.Mention {
		s, e := at(sub)
		return entity.Mention{Type: typ, Start: s, End: e, Text: sub, Rule: rule}
	}
	person := mention(P, "Lê Văn Tám", "person:name")
	person.Person = &entity.NameParts{Family: "Lê", Middle: "Văn", Given: "Tám"}
	foreign := mention(P, "Văn Tám", "person:name")
	foreign.Person = &entity.NameParts{Given: "Văn Tám"}
	city := mention(L, "TP.HCM", "location:city")
	city.Normalized, city.Canonical = "TP. HCM", "Thành phố Hồ Chí Minh"
	date := mention(D, "2/9", "date:numeric")
	date.Value = "XXXX-09-02"
	handMade := entity.Mention{Type: O, Start: 0, End: 3, Text: "Sở Y tế"} // Text is not text[0:3]
	cases := []struct {
		name string
		m    entity.Mention
	}{
		{"plain title", mention(T, "Giám đốc", "title:lexicon")},
		{"person with family name", person},
		{"person without family name", foreign},
		{"normalized and canonical", city},
		{"date value", date},
		{"text not at its offsets", handMade},
		{"empty", entity.Mention{Type: O, Start: 4, End: 4}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := NewMentionList(1, true)
			out.Append(&c.m, text)
			assert.Equal(t, c.m, out.At(0, Text(text), new(entity.NameParts)))
			link := NewMentionList(1, false)
			link.Append(&c.m, text)
			want := c.m
			want.Rule, want.Value, want.Person = "", "", nil
			assert.Equal(t, want, link.At(0, Text(text), new(entity.NameParts)))
			hasParts, family := c.m.Person != nil, c.m.Person != nil && c.m.Person.Family != ""
			assert.Equal(t, hasParts, link.Mentions[0].parts&partsSome != 0)
			assert.Equal(t, family, link.Mentions[0].parts&partsFamily != 0)
		})
	}
}

// TestMentionListManyRules checks that rules beyond the list's table are
// kept too.
func TestMentionListManyRules(t *testing.T) {
	l := NewMentionList(0, true)
	n := ruleInExtra + 3
	for i := range n {
		m := entity.Mention{Type: O, Rule: "rule" + strconv.Itoa(i)}
		l.Append(&m, "")
	}
	require.Len(t, l.Mentions, n)
	for _, i := range []int{0, 1, ruleInExtra - 1, ruleInExtra, n - 1} {
		assert.Equal(t, "rule"+strconv.Itoa(i), l.At(i, Text(""), nil).Rule, "mention %d", i)
	}
	l.Reset(4, false)
	assert.Empty(t, l.Mentions)
	assert.Empty(t, l.arena)
}

// TestLinkListSameAsLink checks that LinkList of the mentions compacted
// gives what Link of the Analysis gives, on the golden documents.
func TestLinkListSameAsLink(t *testing.T) {
	for _, d := range loadGolden(t) {
		a := d.a
		want := Link(a)
		for _, output := range []bool{false, true} {
			l := NewMentionList(len(a.Mentions), output)
			for i := range a.Mentions {
				l.Append(&a.Mentions[i], a.Text)
			}
			b := *a
			b.Mentions, b.Sentences = nil, nil
			assert.Equal(t, want, LinkList(&b, l, spansOf(a), Text(a.Text)), "%s, output %v", d.name, output)
		}
	}
}

// pieces is a TextSource that holds its text in pieces of n bytes and
// gives every slice in a new string, as a long document's does.
type pieces struct {
	parts []string
	n     int
}

func newPieces(text string, n int) *pieces {
	p := &pieces{n: n}
	for len(text) > n {
		p.parts, text = append(p.parts, text[:n]), text[n:]
	}
	p.parts = append(p.parts, text)
	return p
}

func (p *pieces) Len() int { return (len(p.parts)-1)*p.n + len(p.parts[len(p.parts)-1]) }

func (p *pieces) Slice(start, end int) string {
	if start < 0 || start > end || end > p.Len() {
		panic("pieces: slice out of range")
	}
	b := make([]byte, 0, end-start)
	for off := start; off < end; {
		part := p.parts[off/p.n][off%p.n:]
		part = part[:min(len(part), end-off)]
		b = append(b, part...)
		off += len(part)
	}
	return string(b)
}

// TestLinkListPieces checks that LinkList of a text held in pieces gives
// what Link gives, on the golden documents and on random ones (the
// entities' names are compared as strings).
func TestLinkListPieces(t *testing.T) {
	var docs []*entity.Analysis
	for _, d := range loadGolden(t) {
		docs = append(docs, d.a)
	}
	r := rand.New(rand.NewPCG(7, 8))
	names := goldenNames(t)
	for range 300 {
		docs = append(docs, randomAnalysis(r, names))
	}
	for k, a := range docs {
		want := Link(a)
		for _, n := range []int{1, 7, 64, 1 << 16} {
			l := NewMentionList(len(a.Mentions), true)
			for i := range a.Mentions {
				l.Append(&a.Mentions[i], a.Text)
			}
			b := *a
			b.Mentions, b.Text, b.Sentences = nil, "", nil
			assert.Equal(t, want, LinkList(&b, l, spansOf(a), newPieces(a.Text, n)), "document %d, pieces of %d", k, n)
		}
		if t.Failed() {
			return
		}
	}
}

// spansOf returns the spans of a's sentences.
func spansOf(a *entity.Analysis) []Span {
	var sp []Span
	for _, s := range a.Sentences {
		sp = append(sp, Span{s.Start, s.End})
	}
	return sp
}

// TestLinkNamesOutliveCall checks that the entities' names of one Link
// call, some taken from the mentions' normalized forms (kept in the
// pooled linker's arena), are not written over by the next calls.
func TestLinkNamesOutliveCall(t *testing.T) {
	doc := func(name, norm string) *entity.Analysis {
		text := "Ông " + name + " phát biểu."
		return &entity.Analysis{Text: text, Mentions: []entity.Mention{
			{Type: P, Start: len("Ông "), End: len("Ông ") + len(name), Text: name, Normalized: norm}}}
	}
	first := Link(doc("Nguyễn Văn A", "Nguyễn Văn Anh"))
	require.Len(t, first.Entities, 1)
	for _, n := range []string{"Trần Thị Bích", "Lê Hoàng Cường", "Phạm Minh Dũng"} {
		Link(doc(n, n+" Hai"))
	}
	assert.Equal(t, "Nguyễn Văn Anh", first.Entities[0].Name)
}
