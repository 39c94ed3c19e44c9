package relation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/normalize"
)

// key returns the matching key of a name: diacritics folded, lower case, one
// kind of dash (with no space around it), one kind of quote, single spaces and
// no space after a dot ("V. Kalganov" and "V.Kalganov" share "v.kalganov";
// "Việt – Nga" and "Việt-Nga" share "viet-nga").
func key(s string) string {
	return string(appendKey(make([]byte, 0, len(s)), s))
}

// keyASCII maps the ASCII letters and digits to their key byte (lower case),
// every other byte to 0.
var keyASCII = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// appendKey appends key(s) to dst.
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	space, glue := false, true // glue: drop following spaces
	for i := 0; i < len(s); {
		if lc := keyASCII[s[i]]; lc != 0 { // fast path: ASCII letters and digits
			if space && !glue && len(dst) > start {
				dst = append(dst, ' ')
			}
			space, glue = false, false
			dst = append(dst, lc)
			for i++; i < len(s) && keyASCII[s[i]] != 0; i++ {
				dst = append(dst, keyASCII[s[i]])
			}
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			// Vietnamese letters are two-byte runes or U+1E00..U+1EFF:
			// decode those inline.
			switch c := s[i]; {
			case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
				r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			case c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
				r, n = 0x1000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
			default:
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			switch {
			case r >= 0x300 && r <= 0x36F: // combining marks (NFD input)
				i += n
				continue
			case r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r == '\u2009' || r == '\u202f' || r == '\u3000':
				r = ' '
			case r >= 0xC0 && r <= 0x1EFF:
				r = normalize.FoldRune(r)
			}
		}
		i += n
		switch r {
		case ' ', '\t', '\n', '\r':
			space = true
			continue
		case '-', '–', '—', '‐', '‑', '‒', '−':
			dst = append(dst, '-')
			space, glue = false, true
			continue
		case '.':
			dst = append(dst, '.')
			space, glue = false, true
			continue
		case '“', '”', '„', '«', '»', '"':
			r = '"'
		case '‘', '’', '\'':
			r = '\''
		}
		if space && !glue && len(dst) > start {
			dst = append(dst, ' ')
		}
		space, glue = false, false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// appendWords appends the space-separated words of a key to dst.
func appendWords(dst []string, k string) []string {
	if k == "" {
		return dst
	}
	for {
		i := strings.IndexByte(k, ' ')
		if i < 0 {
			return append(dst, k)
		}
		dst = append(dst, k[:i])
		k = k[i+1:]
	}
}

// wordCount returns the number of words of a key.
func wordCount(k string) int {
	if k == "" {
		return 0
	}
	return strings.Count(k, " ") + 1
}

// lastWord and firstWord of a key.
func lastWord(k string) string {
	if i := strings.LastIndexByte(k, ' '); i >= 0 {
		return k[i+1:]
	}
	return k
}

func firstWord(k string) string {
	if i := strings.IndexByte(k, ' '); i >= 0 {
		return k[:i]
	}
	return k
}

// isSubsequence reports whether every word of short appears in long, in order.
func isSubsequence[T comparable](short, long []T) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}
