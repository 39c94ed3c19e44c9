package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// The key family. Each key is a string two spellings share when a caller
// should take them for the same thing; they differ in how much they fold,
// and each caller takes the weakest key that makes its matches:
//
//	key            case   tone marks        ă â ê ô ơ ư đ  spaces         dashes, quotes              Normalize first
//	Key            lower  dropped           folded         one, trimmed   unified, dash glued         yes
//	AccentKey      lower  kept (old place)  kept           one, trimmed   unified, dash glued         yes
//	NameKey        lower  dropped           folded         one, trimmed   unified, dash and dot glue  no
//	WordKey        lower  dropped           folded         as written     as written                  no
//	SpellingKey    lower  a digit per word  kept           one, trimmed   as written                  NFC only
//	AppendMarkKey  lower  a digit per mark  kept           as written     as written                  no
//
// Key and AccentKey compare whole names in aggregate and the root's tests,
// where inputs come from anywhere; NameKey is what entity and relation
// compare names by; WordKey is the entity tokenizer's per-token key;
// SpellingKey and AppendMarkKey tell "Lê" from "Lệ" whatever the tone
// placement, for the lexicon. Combining marks (NFD input) are composed
// (Key, AccentKey, SpellingKey) or dropped (NameKey, WordKey); AppendMarkKey
// reads the tokens of normalized text, where there are none.

// Key returns a comparison key for s: normalized, folded (no diacritics,
// đ -> d), lower-case, with every run of spaces collapsed to one space, no
// space around dashes, and leading and trailing spaces removed. Quotes,
// dashes and spaces are unified as Normalize does. It is the most lenient
// key: aggregate and the root's scoring compare names and titles that come
// from other tools and people by it, so that "PHAN ANH SƠN" written without
// accents still counts.
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
// before it; NameKey(NameKey(s)) == NameKey(s). It folds as much as Key
// without normalizing because entity and relation call it on text the
// extractor has normalized already, once per mention: relation clusters
// "Bộ Ngoại giao" with "BỘ NGOẠI GIAO" and "Bo Ngoai giao" by it, and
// entity finds lexicon canonical names and family names by it.
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

// AccentKey returns s normalized (NFC, old tone placement), lower case, with
// single spaces and none around dashes, keeping every diacritic: "Lê" and
// "Lệ", "Hùng" and "Hưng" differ. aggregate merges rows by it, where folding
// the accents would join two people; when s cannot be normalized it is
// taken as written.
func AccentKey(s string) string {
	n, _, _, err := Normalizer{Tone: ToneOld}.Normalize([]byte(s))
	if err != nil {
		n = []byte(s)
	}
	lower := strings.ToLower(string(n))
	var b strings.Builder
	b.Grow(len(lower))
	for i, w := range strings.Fields(lower) {
		if i > 0 && !strings.HasPrefix(w, "-") && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// WordKey returns the folded lower-case form of s: "Sơn" -> "son", "ĐÀ" ->
// "da"; combining marks are dropped and every other rune (spaces, dashes,
// quotes, dots) is kept as it is. It is the key of one token: entity's
// tokenizer gives every token this key (its own fast path, appendKeyFlags,
// is tested against AppendWordKey) and matches lexicon entries, cue words
// and abbreviations by it. Punctuation is kept because a token is a word or
// one punctuation rune, which rules tell apart by their keys.
func WordKey(s string) string {
	return string(AppendWordKey(nil, s))
}

// AppendWordKey appends WordKey(s) to dst.
func AppendWordKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isMark(r) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(FoldRune(r)))
	}
	return dst
}

// SpellingKey returns the spelling identity of s: lower case, NFC, words
// separated by one space, and each word written as its letters without the
// tone mark (quality marks kept: ă â ê ô ơ ư đ) followed by the tone digit
// 0-5. "Hòa" and "hoà" (old and new tone placement) give the same key
// "hoa1"; "Lê" and "Lệ" differ, and so do "Hùng" and "Hưng". The lexicon
// and its generator find duplicate lines by it: a lexicon is written with
// diacritics, so folding them would merge different names.
func SpellingKey(s string) string {
	var b strings.Builder
	for i, w := range strings.Fields(strings.ToLower(norm.NFC.String(s))) {
		if i > 0 {
			b.WriteByte(' ')
		}
		tone := ToneLevel
		for _, r := range w {
			u, t := SplitTone(r)
			if t != ToneLevel {
				tone = t
			}
			b.WriteRune(u)
		}
		b.WriteByte('0' + byte(tone))
	}
	return b.String()
}

// AppendMarkKey appends the word key of w that keeps quality marks and
// tones but not where the tone mark sits: the lower-case letters without
// tone marks, then one digit per tone mark. "Ủy" and "Uỷ" both give "uy3";
// "Uy" gives "uy". entity matches a marked token with a lexicon entry by
// (a hash of) it, so that "Lệ" does not take the entry "Lê" as WordKey
// would. Unlike SpellingKey it neither normalizes nor splits words, because
// entity builds it per token on the hot path.
func AppendMarkKey(dst []byte, w string) []byte {
	var tones [8]byte
	nt := 0
	for _, r := range w {
		base, t := SplitTone(r)
		dst = utf8.AppendRune(dst, unicode.ToLower(base))
		if t != ToneLevel && nt < len(tones) {
			tones[nt] = '0' + byte(t)
			nt++
		}
	}
	return append(dst, tones[:nt]...)
}
