package normalize

import (
	"unicode"
	"unicode/utf8"
)

// foldAligned folds b (which must be valid UTF-8) and returns the alignment.
func foldAligned(b []byte) ([]byte, *Alignment) {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) {
		return b, nil
	}
	out := make([]byte, 0, len(b))
	var bl builder
	copied := 0
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		f := FoldRune(r)
		drop := f == r && isMark(r)
		if f == r && !drop {
			i += n
			continue
		}
		out = append(out, b[copied:i]...)
		if drop {
			bl.add(len(out), i, 0, n)
		} else {
			bl.add(len(out), i, utf8.RuneLen(f), n)
			out = utf8.AppendRune(out, f)
		}
		i += n
		copied = i
	}
	out = append(out, b[copied:]...)
	return out, bl.alignment()
}

func isMark(r rune) bool {
	if r >= 0x300 && r < 0x370 {
		return true
	}
	return r >= 0x370 && unicode.Is(unicode.Mn, r)
}

// Key returns a comparison key for s: normalized, folded (no diacritics,
// đ -> d), lower-case, with every run of spaces collapsed to one space, no
// space around dashes, and leading and trailing spaces removed. Quotes,
// dashes and spaces are unified as Normalize does.
//
//	Key("PHAN ANH SƠN") == Key("Phan Anh Son")   // "phan anh son"
//	Key("Việt – Nga") == Key("Việt-Nga")         // "viet-nga"
//	Key("Ủy ban") == Key("Uỷ ban")               // "uy ban"
func Key(s string) string {
	b := []byte(s)
	n, _, _, _ := Normalizer{Tone: ToneKeep}.Normalize(b)
	out := make([]byte, 0, len(n))
	space := false
	for i := 0; i < len(n); {
		c := n[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRune(n[i:])
		}
		i += size
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				space = len(out) > 0
				continue
			}
			if c == '-' {
				space = false
			} else if space && (len(out) == 0 || out[len(out)-1] != '-') {
				out = append(out, ' ')
			}
			space = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, c)
			continue
		}
		f := FoldRune(r)
		if f == r && isMark(r) {
			continue
		}
		if unicode.IsSpace(r) {
			space = len(out) > 0
			continue
		}
		if space && out[len(out)-1] != '-' {
			out = append(out, ' ')
		}
		space = false
		out = utf8.AppendRune(out, unicode.ToLower(f))
	}
	return string(out)
}

// NameKey returns the key by which entity and relation compare names:
// diacritics folded, lower case, one kind of dash (with no space around
// it), one kind of quote, single spaces and no space after a dot ("V.
// Kalganov" and "V.Kalganov" share "v.kalganov"; "Việt – Nga" and
// "Việt-Nga" share "viet-nga"). Unlike Key it does not normalize s first
// (combining marks are dropped all the same) and it joins a word to a dot
// before it; NameKey(NameKey(s)) == NameKey(s).
func NameKey(s string) string {
	return string(AppendNameKey(make([]byte, 0, len(s)), s))
}

// nameKeyASCII maps the ASCII letters and digits to their key byte (lower case),
// every other byte to 0.
var nameKeyASCII = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// AppendNameKey appends NameKey(s) to dst.
func AppendNameKey(dst []byte, s string) []byte {
	start := len(dst)
	space, glue := false, true // glue: drop following spaces
	for i := 0; i < len(s); {
		if lc := nameKeyASCII[s[i]]; lc != 0 { // fast path: ASCII letters and digits
			if space && !glue && len(dst) > start {
				dst = append(dst, ' ')
			}
			space, glue = false, false
			dst = append(dst, lc)
			for i++; i < len(s) && nameKeyASCII[s[i]] != 0; i++ {
				dst = append(dst, nameKeyASCII[s[i]])
			}
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			// Vietnamese letters are two-byte runes or U+1E00..U+1EFF:
			// decode those inline, as AppendFold does (the compiler does
			// not inline a function that does it).
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
				r = FoldRune(r)
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
