package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCanonicalName(t *testing.T) {
	user, err := ParseLexicon(strings.NewReader("ORG\tXYZQ\tTập đoàn Thử Nghiệm Alpha\nORG\tTập đoàn Thử Nghiệm Alpha\n"), "user.tsv")
	require.NoError(t, err)
	r, err := NewRecognizer(user)
	require.NoError(t, err)
	withUser, err := r.Recognize(context.Background(), "XYZQ", Options{})
	require.NoError(t, err)
	byHand := &Analysis{} // no Recognizer: the embedded lexicon
	for _, c := range []struct {
		a    *Analysis
		t    Type
		name string
		want string
	}{
		{byHand, Location, "Matxcơva", "Moscow"},
		{byHand, Location, "MATXCOVA", "Moscow"}, // case and diacritics aside
		{byHand, Location, "LB  Nga", "Liên bang Nga"},
		{byHand, Location, "Liên bang Nga", ""}, // the canonical name itself has none
		{byHand, Organization, "Nga", ""},       // a place, not a body
		{byHand, Organization, "VCCI", "Phòng Thương mại và Công nghiệp Việt Nam"},
		{byHand, Organization, "Đảng", "Đảng Cộng sản Việt Nam"}, // org-head with a canonical
		{byHand, Organization, "Bộ", ""},                         // org-head without one
		{byHand, Organization, "XYZQ", ""},
		{withUser, Organization, "XYZQ", "Tập đoàn Thử Nghiệm Alpha"},
		{withUser, Location, "Mỹ", "Hoa Kỳ"}, // the embedded entries too
	} {
		assert.Equal(t, c.want, c.a.CanonicalName(c.t, c.name), "%v %q", c.t, c.name)
	}
}

func TestVietnameseName(t *testing.T) {
	a := &Analysis{}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Nguyễn Văn An", true},
		{"nguyen van an", true},
		{"Tôn Thất Thuyết", true},
		{"Phan Xuân Quang-TUV", true}, // a role abbreviation glued on
		{"Nguyễn", false},             // one word
		{"Kim Sang-sik", false},       // Kim is a family name; "sik" no syllable
		{"Kim Jong-un", false},        // no j in Vietnamese
		{"Lotta Sylwander", false},
		{"Minh Hòa", false}, // no family name first
		{"Lê Văn-", false},
		{"Lê  Văn  Tám", true}, // runs of spaces
	} {
		assert.Equal(t, c.want, a.VietnameseName(c.name), c.name)
	}
}
