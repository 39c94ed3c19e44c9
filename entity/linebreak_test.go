package entity_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnextract/vnextract/entity"
)

// TestLineBreakInsideName: a line break inside a name is read as a space;
// one between two lines that are not one name still ends the sentence.
func TestLineBreakInsideName(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "TYPE text" of the mentions of these types
		sentences  int
	}{
		{"province", "Vụ án do TAND tỉnh Quảng\nNam xét xử.", []string{"ORGANIZATION TAND tỉnh Quảng\nNam"}, 1},
		{"person", "Theo lời ông Trần\nVăn Hải, con đường đã hỏng.", []string{"PERSON Trần\nVăn Hải"}, 1},
		{"headline", "Mưa lớn ở Hà Nội\nNam Định cũng ngập sâu.", []string{"LOCATION Hà Nội", "LOCATION Nam Định"}, 2},
		{"blank line", "Bà con tỉnh Quảng\n\nNam Định đón bão.", nil, 2},
		{"given name alone", "Anh nói với chị Lê\nMinh đã về.", nil, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(t, c.text)
			defer a.Release()
			require.Len(t, a.Sentences, c.sentences)
			if c.want == nil {
				return
			}
			var got []string
			for _, m := range a.Mentions {
				if m.Type == entity.Person || m.Type == entity.Organization || m.Type == entity.Location {
					got = append(got, m.Type.String()+" "+m.Text)
				}
			}
			require.Equal(t, c.want, got)
		})
	}
}
