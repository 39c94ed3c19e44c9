package normalize

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Encoding names a text encoding Vietnamese text arrives in.
type Encoding uint8

const (
	// Unicode is UTF-8 (the zero value).
	Unicode Encoding = iota
	// TCVN3 is TCVN 5712:1993 VN3, the "ABC" font encoding (.VnTime).
	TCVN3
	// VNI is the VNI-Windows font encoding: base letter + mark bytes.
	VNI
	// VISCII is RFC 1456 VISCII.
	VISCII
	// VIQR is the ASCII mnemonic convention of RFC 1456 ("Vie^.t Nam").
	VIQR
	// CP1258 is Windows-1258: base letters followed by combining tones.
	CP1258
	// Auto asks for detection (ParseEncoding("auto")); Detect never returns it.
	Auto
)

var encNames = [...]string{"unicode", "tcvn3", "vni", "viscii", "viqr", "cp1258", "auto"}

// String returns the name ParseEncoding accepts.
func (e Encoding) String() string {
	if int(e) < len(encNames) {
		return encNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// ParseEncoding parses "auto", "unicode", "tcvn3", "vni", "viscii", "viqr" or
// "cp1258" (also "utf-8", "utf8", "windows-1258", "abc").
func ParseEncoding(s string) (Encoding, error) {
	switch s {
	case "utf-8", "utf8", "UTF-8":
		return Unicode, nil
	case "windows-1258":
		return CP1258, nil
	case "abc":
		return TCVN3, nil
	}
	for i, n := range encNames {
		if n == s {
			return Encoding(i), nil
		}
	}
	return Unicode, fmt.Errorf("normalize: unknown encoding %q", s)
}

// decEntry is the meaning of one byte of a legacy encoding.
type decEntry struct {
	r   rune  // the character the byte stands for on its own
	mod bool  // the byte can modify the vowel before it
	q   rune  // quality mark it adds (markCircumflex, markBreve) or 0
	t   Tone  // tone it adds
	_   uint8 // padding
}

// legacyTable describes a byte-oriented legacy encoding.
type legacyTable struct {
	enc Encoding
	// short: Detect may take one word as enough evidence (the font
	// encodings people still paste: TCVN3 and VNI).
	short bool
	e     [256]decEntry
	rev   map[rune]string // encoder: rune -> bytes
}

var (
	tcvn3Table, vniTable, visciiTable, cp1258Table legacyTable
	// cp1252Rev maps the Windows-1252 characters of 0x80-0x9F to their byte.
	cp1252Rev = map[rune]byte{}
)

func (t *legacyTable) setASCII() {
	for c := 0; c < 0x80; c++ {
		t.e[c] = decEntry{r: rune(c)}
	}
}

func initLegacy() {
	w1252 := charmap.Windows1252
	for c := 0x80; c < 0xA0; c++ {
		if r := w1252.DecodeByte(byte(c)); r != utf8.RuneError {
			cp1252Rev[r] = byte(c)
		}
	}
	// TCVN3
	t := &tcvn3Table
	t.enc, t.short = TCVN3, true
	t.setASCII()
	for c := 0x80; c < 0x100; c++ {
		r := tcvn3High[c-0x80]
		t.e[c] = decEntry{r: r}
		if tn := toneOfMark(r); tn != ToneLevel {
			t.e[c] = decEntry{r: r, mod: true, t: tn}
		}
	}
	// VISCII
	t = &visciiTable
	t.enc = VISCII
	t.setASCII()
	for c, r := range visciiLow {
		t.e[c] = decEntry{r: r}
	}
	for c := 0x80; c < 0x100; c++ {
		t.e[c] = decEntry{r: visciiHigh[c-0x80]}
	}
	// CP1258
	t = &cp1258Table
	t.enc = CP1258
	t.setASCII()
	for c := 0x80; c < 0x100; c++ {
		r := charmap.Windows1258.DecodeByte(byte(c))
		t.e[c] = decEntry{r: r}
		if tn := toneOfMark(r); tn != ToneLevel {
			t.e[c] = decEntry{r: r, mod: true, t: tn}
		}
	}
	// VNI-Windows: base letter followed by a mark byte. A mark byte and its
	// upper-case form (byte - 0x20) have the same meaning.
	t = &vniTable
	t.enc, t.short = VNI, true
	t.setASCII()
	for c := 0x80; c < 0x100; c++ {
		t.e[c] = decEntry{r: w1252.DecodeByte(byte(c))}
	}
	for c, r := range map[byte]rune{0xF1: 'đ', 0xF4: 'ơ', 0xF6: 'ư', 0xEC: 'ì', 0xED: 'í', 0xE6: 'ỉ', 0xF3: 'ĩ', 0xF2: 'ị', 0xEE: 'ỵ'} {
		t.e[c] = decEntry{r: r}
		t.e[c-0x20] = decEntry{r: unicode.ToUpper(r)}
	}
	type m struct {
		q rune
		t Tone
	}
	for c, v := range map[byte]m{
		0xF8: {0, ToneGrave}, 0xF9: {0, ToneAcute}, 0xFB: {0, ToneHook}, 0xF5: {0, ToneTilde}, 0xEF: {0, ToneDot},
		0xE2: {markCircumflex, 0}, 0xEA: {markBreve, 0},
		0xE0: {markCircumflex, ToneGrave}, 0xE1: {markCircumflex, ToneAcute}, 0xE5: {markCircumflex, ToneHook},
		0xE3: {markCircumflex, ToneTilde}, 0xE4: {markCircumflex, ToneDot},
		0xE8: {markBreve, ToneGrave}, 0xE9: {markBreve, ToneAcute}, 0xFA: {markBreve, ToneHook},
		0xFC: {markBreve, ToneTilde}, 0xEB: {markBreve, ToneDot},
	} {
		t.e[c] = decEntry{r: w1252.DecodeByte(c), mod: true, q: v.q, t: v.t}
		t.e[c-0x20] = decEntry{r: w1252.DecodeByte(c - 0x20), mod: true, q: v.q, t: v.t}
	}
	for _, t := range []*legacyTable{&tcvn3Table, &visciiTable, &cp1258Table, &vniTable} {
		t.buildRev()
	}
}

// buildRev builds the encoder map: every character a byte stands for, and
// every Vietnamese letter as a base byte plus modifier bytes.
func (t *legacyTable) buildRev() {
	t.rev = map[rune]string{}
	for c := 255; c >= 0; c-- {
		if e := t.e[c]; e.mod && unicode.IsLetter(e.r) {
			continue // a mark byte: its letter is written base + mark
		}
		if r := t.e[c].r; r != utf8.RuneError {
			t.rev[r] = string([]byte{byte(c)})
		}
	}
	// Modifier byte for (quality, tone), lower-case form preferred.
	mods := map[[2]int]byte{}
	for c := 255; c >= 0x80; c-- {
		if e := t.e[c]; e.mod {
			if _, ok := mods[[2]int{int(e.q), int(e.t)}]; !ok || c >= 0xE0 {
				mods[[2]int{int(e.q), int(e.t)}] = byte(c)
			}
		}
	}
	for r := rune(foldLo); r <= foldHi; r++ {
		li := vnTab[r-foldLo]
		if li == 0 || t.rev[r] != "" {
			continue
		}
		id, up, tn := li.id(), 0, li.tone()
		if li.upper() {
			up = 1
		}
		if id == vEth {
			continue
		}
		// try: plain base + one (quality, tone) byte, then the letter with
		// its quality + a tone byte
		var q rune
		base := id
		switch id {
		case vAa:
			q, base = markCircumflex, vA
		case vEe, vOo:
			q, base = markCircumflex, id-1
		case vAw:
			q, base = markBreve, vA
		}
		if q != 0 {
			if b, ok := t.rev[composed[base][0][up]]; ok {
				if mb, ok := mods[[2]int{int(q), int(tn)}]; ok {
					t.rev[r] = b + string([]byte{mb})
					continue
				}
			}
		}
		if b, ok := t.rev[composed[id][0][up]]; ok {
			if mb, ok := mods[[2]int{0, int(tn)}]; ok {
				t.rev[r] = b + string([]byte{mb})
			}
		}
	}
}

func tableOf(enc Encoding) *legacyTable {
	switch enc {
	case TCVN3:
		return &tcvn3Table
	case VNI:
		return &vniTable
	case VISCII:
		return &visciiTable
	case CP1258:
		return &cp1258Table
	}
	return nil
}

// mojiByte maps a character of text whose bytes were decoded as
// Windows-1252 (or ISO 8859-1) back to the byte.
func mojiByte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := cp1252Rev[r]
	return b, ok
}

// lastLetter tracks the last decoded letter so that a following mark byte
// can modify it.
type lastLetter struct {
	ok        bool
	out, in   int // output and input start
	id        uint8
	up        bool
	tone      Tone
	seg       int // index of its atom, -1 if copied as is
	letterLen int
}

// recompose replaces the last letter written to out with letter id in tone
// (a mark typed after its letter: VNI "a6" -> "â", VIQR "a^" -> "â"), and
// makes the letter's alignment segment cover the input up to inEnd.
func (last *lastLetter) recompose(out []byte, bl *builder, id uint8, tone Tone, inEnd int) []byte {
	up := 0
	if last.up {
		up = 1
	}
	out = utf8.AppendRune(out[:last.out], composed[id][tone][up])
	if last.seg >= 0 {
		s := &bl.segs[last.seg]
		s.ol, s.il = len(out)-s.o, inEnd-s.i
	} else {
		last.seg = len(bl.segs)
		bl.add(last.out, last.in, len(out)-last.out, inEnd-last.in)
	}
	last.id, last.tone = id, tone
	return out
}

func letterOf(r rune) (id uint8, up bool, tone Tone, ok bool) {
	if r < utf8.RuneSelf {
		id = asciiVowel[r]
		return id, r < 'a', ToneLevel, id != 0
	}
	if r >= foldLo && r <= foldHi {
		if li := vnTab[r-foldLo]; li != 0 && li.id() <= vY {
			return li.id(), li.upper(), li.tone(), true
		}
	}
	return 0, false, 0, false
}

// withQuality returns the letter id with the quality mark q added.
func withQuality(id uint8, q rune) (uint8, bool) {
	switch {
	case q == 0:
		return id, true
	case q == markCircumflex && (id == vA || id == vE || id == vO):
		return id + 2 - boolU8(id != vA), true
	case q == markBreve && id == vA:
		return vAw, true
	}
	return 0, false
}

func boolU8(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// decodeTable decodes b with t. moji says b is UTF-8 text whose bytes were
// decoded as Windows-1252; otherwise b is raw 8-bit bytes.
func decodeTable(b []byte, t *legacyTable, moji bool) ([]byte, *Alignment) {
	out := make([]byte, 0, len(b)+len(b)/2+16)
	var bl builder
	var last lastLetter
	for i := 0; i < len(b); {
		by, size := b[i], 1
		if moji && by >= utf8.RuneSelf {
			r, n := utf8.DecodeRune(b[i:])
			size = n
			mb, ok := mojiByte(r)
			if !ok || n == 1 {
				out = append(out, b[i:i+n]...)
				last.ok = false
				i += n
				continue
			}
			by = mb
		}
		e := &t.e[by]
		if e.mod && last.ok && (e.t == ToneLevel || last.tone == ToneLevel) {
			if id, ok := withQuality(last.id, e.q); ok {
				tone := last.tone
				if e.t != ToneLevel {
					tone = e.t
				}
				out = last.recompose(out, &bl, id, tone, i+size)
				i += size
				continue
			}
		}
		start := len(out)
		r := e.r
		if by < utf8.RuneSelf && size == 1 && e.r == rune(by) {
			out = append(out, by)
		} else {
			out = utf8.AppendRune(out, r)
		}
		seg := -1
		if !bytesEqual(out[start:], b[i:i+size]) {
			seg = len(bl.segs)
			bl.add(start, i, len(out)-start, size)
		}
		if id, up, tone, ok := letterOf(r); ok {
			last = lastLetter{ok: true, out: start, in: i, id: id, up: up, tone: tone, seg: seg, letterLen: size}
		} else {
			last.ok = false
		}
		i += size
	}
	return out, bl.alignment()
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

// mojibake reports whether b is text whose bytes were decoded as
// Windows-1252 rather than raw 8-bit bytes: it must be valid UTF-8, and
// hold a character outside ASCII that Windows-1252 has, or else no odd
// character: one of U+0080..U+07FF that is neither a Vietnamese letter
// nor a combining mark. Raw bytes that happen to form UTF-8 give only such
// odd characters ("phường" in VISCII, "ph\xdf\xb6ng", reads as "ph\u07f6ng").
func mojibake(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	odd := false
	for _, r := range string(b) {
		if r < utf8.RuneSelf {
			continue
		}
		if _, ok := mojiByte(r); ok {
			return true
		}
		if _, _, _, ok := letterOf(r); !ok && r != 'đ' && r != 'Đ' && r < 0x800 && (r < 0x300 || r > 0x36F) {
			odd = true
		}
	}
	return !odd
}

// Decode converts text in a legacy encoding to UTF-8 in NFC and returns the
// alignment from output offsets to offsets in b. For TCVN3, VNI, VISCII and
// CP1258, b may be the raw 8-bit bytes or UTF-8 text whose bytes were decoded
// as Windows-1252 ("Xin chµo"): valid UTF-8 is read the second way, and
// characters outside Windows-1252 are kept, unless none of its characters
// is in Windows-1252 and some are not Vietnamese letters (raw bytes that
// happen to be valid UTF-8). VIQR reads ASCII mnemonics. Auto
// detects the encoding first; Unicode returns b unchanged.
//
// Decode applies RepairVIQR; Normalizer.NoRepair can switch it off.
func Decode(b []byte, enc Encoding) ([]byte, *Alignment, error) {
	out, a, _, err := decode(b, enc, AllRepairs)
	return out, a, err
}

// decode is Decode with the given repair rules; it also returns the
// number of VIQR tones that RepairVIQR read.
func decode(b []byte, enc Encoding, rules Repairs) ([]byte, *Alignment, int, error) {
	if enc == Auto {
		enc, _ = Detect(b)
	}
	var out []byte
	var a *Alignment
	nVIQR := 0
	switch enc {
	case Unicode:
		return b, nil, 0, nil
	case VIQR:
		out, a, nVIQR = decodeVIQR(b, rules&RepairVIQR != 0)
	case TCVN3, VNI, VISCII, CP1258:
		out, a = decodeTable(b, tableOf(enc), mojibake(b))
	default:
		return nil, nil, 0, fmt.Errorf("normalize: cannot decode %v", enc)
	}
	if !norm.NFC.IsNormal(out) {
		e := engine{style: ToneKeep, nfcOnly: true, align: true, src: out}
		e.run()
		if e.w {
			a = Compose(a, e.segs.alignment())
			out = e.dst
		}
	}
	return out, a, nVIQR, nil
}

// decodeVIQR reads the VIQR mnemonics: a( ă, a^ â, e^ ê, o^ ô, o+ ơ, u+ ư,
// dd đ, and the tones ` ' ? ~ . after the vowel. A backslash makes the next
// mnemonic character literal. A '.' or '?' that ends a word is read as
// punctuation unless a lower-case word follows, or, with smart (the rule
// RepairVIQR), viqrFinalTone says it is a tone. It also returns the number
// of tones smart read.
func decodeVIQR(b []byte, smart bool) ([]byte, *Alignment, int) {
	out := make([]byte, 0, len(b)+len(b)/4+16)
	var bl builder
	var last lastLetter
	isLetter := func(c byte) bool { return c < utf8.RuneSelf && asciiLetter[c] }
	// A text that escapes its punctuation after vowels follows RFC 1456:
	// an unescaped mark there is a tone.
	escapes := smart && (bytes.Contains(b, []byte(`\.`)) || bytes.Contains(b, []byte(`\?`)))
	nSmart := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c == '\\' && i+1 < len(b) && strings.IndexByte("(^+`'?~.\\dD", b[i+1]) >= 0 {
			bl.add(len(out), i, 1, 2)
			out = append(out, b[i+1])
			last.ok = false
			i += 2
			continue
		}
		if (c == 'd' || c == 'D') && i+1 < len(b) && (b[i+1] == 'd' || b[i+1] == 'D') && (i == 0 || !isLetter(b[i-1])) {
			r := 'đ'
			if c == 'D' {
				r = 'Đ'
			}
			bl.add(len(out), i, utf8.RuneLen(r), 2)
			out = utf8.AppendRune(out, r)
			last.ok = false
			i += 2
			continue
		}
		if last.ok && last.in+last.letterLen == i {
			var q rune
			var tone Tone
			switch c {
			case '(':
				q = markBreve
			case '^':
				q = markCircumflex
			case '+':
				q = markHorn
			case '`':
				tone = ToneGrave
			case '\'':
				tone = ToneAcute
			case '?':
				tone = ToneHook
			case '~':
				tone = ToneTilde
			case '.':
				tone = ToneDot
			}
			if c == '.' || c == '?' {
				// word-final: a tone only if a lower-case word follows
				if i+1 >= len(b) || !isLetter(b[i+1]) {
					j := i + 1
					for j < len(b) && b[j] == ' ' {
						j++
					}
					if j == i+1 || j >= len(b) || !(b[j] >= 'a' && b[j] <= 'z') {
						tone = ToneLevel
						if smart && last.tone == ToneLevel && viqrFinalTone(b, out, i, escapes) {
							tone = toneOfVIQR(c)
							nSmart++
						}
					}
				}
			}
			id, ok := last.id, false
			switch {
			case q == markHorn:
				switch id {
				case vO:
					id, ok = vOw, true
				case vU:
					id, ok = vUw, true
				}
			case q != 0:
				id, ok = withQuality(id, q)
				ok = ok && id != last.id
			case tone != ToneLevel:
				ok = last.tone == ToneLevel
			}
			if ok {
				if tone == ToneLevel {
					tone = last.tone
				}
				out = last.recompose(out, &bl, id, tone, i+1)
				last.letterLen = i + 1 - last.in
				i++
				continue
			}
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		start := len(out)
		if r == utf8.RuneError && n == 1 {
			bl.add(start, i, len(strFFFD), 1)
			out = append(out, strFFFD...)
		} else {
			out = append(out, b[i:i+n]...)
		}
		if id, up, tone, ok := letterOf(r); ok {
			last = lastLetter{ok: true, out: start, in: i, id: id, up: up, tone: tone, seg: -1, letterLen: n}
		} else {
			last.ok = false
		}
		i += n
	}
	return out, bl.alignment(), nSmart
}

func toneOfVIQR(c byte) Tone {
	if c == '.' {
		return ToneDot
	}
	return ToneHook
}

// viqrFinalTone decides, for the '.' or '?' at b[i] right after the last
// letter of a word (already decoded at the end of out) and not followed by
// a lower-case word, whether it is a tone mark: the word must be a
// syllable without a tone, and the text use RFC 1456 escapes, or be that
// one word, or go on with other sentence punctuation ("ddi.?", "a?.",
// "cho+.." but not "..." or "?!").
func viqrFinalTone(b, out []byte, i int, escapes bool) bool {
	ws := len(out)
	for ws > 0 {
		r, n := utf8.DecodeLastRune(out[:ws])
		if _, _, _, ok := letterOf(r); !ok && !(r < utf8.RuneSelf && asciiLetter[r]) && r != 'đ' && r != 'Đ' {
			break
		}
		ws -= n
	}
	w := out[ws:]
	for k := 0; k < len(w); {
		r, n := utf8.DecodeRune(w[k:])
		if _, _, t, ok := letterOf(r); ok && t != ToneLevel {
			return false
		}
		k += n
	}
	if !validSyllable(w) {
		return false
	}
	if escapes {
		return true
	}
	if i+1 < len(b) {
		switch n := b[i+1]; n {
		case '.', '?', ',', ';', ':', '!':
			if n == '.' && b[i] == '.' {
				// two dots: a tone and the full stop; three: an ellipsis
				return i+2 == len(b) || b[i+2] != '.'
			}
			return n != b[i] && !(b[i] == '?' && n == '!')
		}
	}
	// the input is this one word
	return len(bytes.TrimSpace(b[i+1:])) == 0 && len(bytes.TrimSpace(out[:ws])) == 0
}
