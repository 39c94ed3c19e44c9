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

func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	space, glue := false, true // glue: drop following spaces
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
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

// words splits a key into its space-separated words.
func words(k string) []string {
	if k == "" {
		return nil
	}
	return strings.Split(k, " ")
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
func isSubsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}
