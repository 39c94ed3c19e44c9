package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Việt-Nga": "viet-nga", "Việt - Nga": "viet-nga", "Việt – Nga": "viet-nga",
		"Ủy ban Đối ngoại": "uy ban doi ngoai", "Uỷ ban  Đối ngoại": "uy ban doi ngoai",
		"V. Kalganov": "v.kalganov", "“Truyền thống”": "\"truyen thong\"", " Hà Nội ": "ha noi",
		"Hà\u00a0Nội": "ha noi", "Ha\u0300 Nô\u0323i": "ha noi", // NBSP; NFD marks
		"ĐẢNG": "dang", "Tôn Thất": "ton that", "Straße": "straße",
	} {
		k := NameKey(in)
		assert.Equal(t, want, k, in)
		assert.Equal(t, k, NameKey(k), "NameKey(NameKey(%q))", in)
		assert.Equal(t, "x"+k, string(AppendNameKey([]byte("x"), in)), in)
	}
}
