package normalize

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

func TestTransformerMatchesNormalize(t *testing.T) {
	for _, d := range seeds(t) {
		nw := []byte(Normalizer{Tone: ToneNew}.String(string(d)))
		for _, in := range [][]byte{d, nw} {
			for _, st := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
				n := Normalizer{Tone: st}
				want, _, _, err := n.Normalize(in)
				require.NoError(t, err)
				got, err := io.ReadAll(transform.NewReader(iotest.HalfReader(bytes.NewReader(in)), NewTransformer(n)))
				require.NoError(t, err)
				assert.True(t, bytes.Equal(want, got), "stream differs (%v)", st)
				// Span of normalized text is everything
				sp, err := NewTransformer(n).Span(want, true)
				assert.NoError(t, err)
				assert.Equal(t, len(want), sp)
			}
		}
	}
}

func TestTransformerSpan(t *testing.T) {
	tr := NewTransformer(Normalizer{})
	src := []byte("Chủ tịch Phan Anh Sơn, Uỷ ban")
	n, err := tr.Span(src, true)
	assert.ErrorIs(t, err, transform.ErrEndOfSpan)
	assert.Equal(t, len("Chủ tịch Phan Anh Sơn,"), n)
	n, err = tr.Span([]byte("Chủ tịch Phan"), false)
	assert.ErrorIs(t, err, transform.ErrShortSrc)
	assert.Equal(t, len("Chủ tịch"), n)
	// a tiny destination buffer
	dst := make([]byte, 4)
	_, _, err = tr.Transform(dst, []byte("hoà bình"), true)
	assert.ErrorIs(t, err, transform.ErrShortDst)
	s, _, err := transform.String(tr, "Uỷ ban\u00a0nhân dân")
	require.NoError(t, err)
	assert.Equal(t, "Ủy ban nhân dân", s)
}

func TestTransformerStrict(t *testing.T) {
	_, _, err := transform.String(NewTransformer(Normalizer{Strict: true}), "ok \xff")
	var ie *InvalidUTF8Error
	assert.ErrorAs(t, err, &ie)
	s, _, err := transform.String(NewTransformer(Normalizer{}), "ok \xff")
	require.NoError(t, err)
	assert.Equal(t, "ok \uFFFD", s)
}

func TestTransformerLongRun(t *testing.T) {
	in := bytes.Repeat([]byte("hoà"), 2000)
	got, err := io.ReadAll(transform.NewReader(bytes.NewReader(in), NewTransformer(Normalizer{})))
	require.NoError(t, err)
	assert.Equal(t, bytes.Repeat([]byte("hoà"), 2000), got, "a non-syllable run stays as is")
	in = append(bytes.Repeat([]byte("hoà "), 3000), "Uỷ"...)
	got, err = io.ReadAll(transform.NewReader(bytes.NewReader(in), NewTransformer(Normalizer{})))
	require.NoError(t, err)
	assert.Equal(t, append(bytes.Repeat([]byte("hòa "), 3000), "Ủy"...), got)
}
