package normalize

import "unicode/utf8"

// FirstInvalid returns the offset of the first byte of b that is not part
// of valid UTF-8, or len(b) when b is valid UTF-8.
func FirstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
