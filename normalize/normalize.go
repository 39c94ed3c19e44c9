package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// ToneStyle selects where the tone mark goes in the syllables that end in
// oa, oe or uy without a coda consonant.
type ToneStyle uint8

const (
	// ToneOld puts the mark on the first vowel: hòa, khỏe, thủy. It is the
	// zero value: most newspapers use it.
	ToneOld ToneStyle = iota
	// ToneNew puts the mark on the second vowel: hoà, khoẻ, thuỷ.
	ToneNew
	// ToneKeep leaves every tone mark on the letter it was written on; marks
	// typed on the wrong vowel are not repaired either.
	ToneKeep
)

// String returns "old", "new" or "keep".
func (s ToneStyle) String() string {
	switch s {
	case ToneOld:
		return "old"
	case ToneNew:
		return "new"
	case ToneKeep:
		return "keep"
	}
	return fmt.Sprintf("ToneStyle(%d)", uint8(s))
}

// ParseToneStyle parses "old", "new" or "keep" (the names String returns).
func ParseToneStyle(s string) (ToneStyle, error) {
	switch s {
	case "old":
		return ToneOld, nil
	case "new":
		return ToneNew, nil
	case "keep":
		return ToneKeep, nil
	}
	return ToneOld, fmt.Errorf("normalize: unknown tone style %q (want old, new or keep)", s)
}

// Normalizer holds the configuration of a normalization. The zero value is
// ready to use: UTF-8 input, old tone style, invalid UTF-8 replaced.
type Normalizer struct {
	// Tone is the tone-mark style of the output.
	Tone ToneStyle
	// Strict makes Normalize fail with an *InvalidUTF8Error on invalid
	// UTF-8 instead of replacing it with U+FFFD.
	Strict bool
	// From is the encoding of the input. The zero value, Unicode, reads
	// UTF-8. Auto detects the encoding with Detect (correct Unicode
	// Vietnamese is never converted). A legacy encoding accepts raw 8-bit
	// bytes or text whose bytes were decoded as Windows-1252.
	From Encoding
	// Fold removes every diacritic from the output (đ -> d), as Fold does.
	Fold bool
	// NoRepair lists the repair rules not to apply. The zero value applies
	// them all (each leaves valid words, foreign words and codes as
	// written); AllRepairs switches every one off.
	NoRepair Repairs
}

// repairs returns the repair rules n applies.
func (n Normalizer) repairs() Repairs { return AllRepairs &^ n.NoRepair }

// Report describes what Normalize did.
type Report struct {
	// Invalid counts the invalid UTF-8 bytes replaced with U+FFFD.
	Invalid int
	// FirstInvalid is the input offset of the first invalid byte, -1 if none.
	FirstInvalid int
	// Changed reports whether the output differs from the input.
	Changed bool
	// Retoned counts the syllables whose tone mark was moved.
	Retoned int
	// Repaired counts the words each repair rule changed.
	Repaired RepairCounts
	// Encoding is the encoding the input was read as (Unicode unless From
	// asked otherwise), and Confidence the detector's confidence when From
	// is Auto (1 otherwise).
	Encoding   Encoding
	Confidence float64
}

// InvalidUTF8Error reports invalid UTF-8 in strict mode.
type InvalidUTF8Error struct {
	// Offset is the byte offset of the first invalid byte in the input.
	Offset int
}

// Error names the offset: "normalize: invalid UTF-8 at byte offset N".
func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("normalize: invalid UTF-8 at byte offset %d", e.Offset)
}

// ErrInvalidUTF8 is matched by errors.Is for every *InvalidUTF8Error.
var ErrInvalidUTF8 = errors.New("normalize: invalid UTF-8")

// Is makes errors.Is(err, ErrInvalidUTF8) true.
func (e *InvalidUTF8Error) Is(target error) bool { return target == ErrInvalidUTF8 }

// Normalize returns the normalized text, the alignment from output offsets to
// input offsets, and a report. When the input is already normalized, out is
// src itself, the alignment is nil and nothing is allocated.
func (n Normalizer) Normalize(src []byte) (out []byte, a *Alignment, rep Report, err error) {
	return n.NormalizeInto(nil, src)
}

// NormalizeInto is Normalize, but when the output differs from src it is
// written into buf's storage instead of a new slice, if buf has the room
// Normalize would reserve: len(src) + len(src)/8 + 16 bytes (an output
// that grows beyond it moves to new storage), and does not overlap src. A
// caller that normalizes many texts can so reuse one buffer; it must not
// change or reuse buf while it still uses out.
func (n Normalizer) NormalizeInto(buf, src []byte) (out []byte, a *Alignment, rep Report, err error) {
	return n.normalize(buf, src, nil)
}

// normalize is NormalizeInto; with expl it also appends the changes to
// *expl, with input offsets (see Explain).
func (n Normalizer) normalize(buf, src []byte, expl *[]Change) (out []byte, a *Alignment, rep Report, err error) {
	rep = Report{FirstInvalid: -1, Encoding: Unicode, Confidence: 1}
	var pre *Alignment
	input := src
	if n.From != Unicode {
		enc, conf := n.From, 1.0
		if enc == Auto {
			enc, conf = Detect(src)
		}
		rep.Encoding, rep.Confidence = enc, conf
		if enc != Unicode {
			var nVIQR int
			src, pre, nVIQR, err = decode(src, enc, n.repairs())
			if err != nil {
				return nil, nil, rep, err
			}
			rep.Repaired[repairIndex(RepairVIQR)] = nVIQR
			if expl != nil {
				explainDecode(expl, input, src, pre, enc)
			}
		}
	}
	if overlap(buf, src) {
		buf = nil // writing there would overwrite the text being read
	}
	e := engine{style: n.Tone, strict: n.Strict, repairs: n.repairs(), align: true, src: src, buf: buf, expl: expl}
	first := 0
	if expl != nil {
		first = len(*expl)
	}
	e.run()
	rep.Invalid, rep.Retoned = e.rep.Invalid, e.rep.Retoned
	for k, c := range e.rep.Repaired {
		rep.Repaired[k] += c
	}
	if e.rep.Invalid > 0 {
		rep.FirstInvalid = pre.InputOffset(e.rep.FirstInvalid)
	}
	if e.err != nil {
		return nil, nil, rep, e.err
	}
	if expl != nil {
		explainMap(*expl, first, input, pre)
	}
	out, a = src, nil
	if e.w {
		out, a = e.dst, e.segs.alignment()
	}
	if n.Fold {
		f, fa := foldAligned(out)
		out, a = f, Compose(a, fa)
	}
	a = Compose(pre, a)
	rep.Changed = !bytes.Equal(out, input)
	return out, a, rep, nil
}

// overlap reports whether the storage of buf (up to its capacity) and src
// share any byte.
func overlap(buf, src []byte) bool {
	if cap(buf) == 0 || len(src) == 0 {
		return false
	}
	b := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	s := uintptr(unsafe.Pointer(unsafe.SliceData(src)))
	return b < s+uintptr(len(src)) && s < b+uintptr(cap(buf))
}

// String returns the normalized form of s. Invalid UTF-8 is replaced even in
// strict mode.
func (n Normalizer) String(s string) string {
	n.Strict = false
	out, _, _, _ := n.Normalize([]byte(s))
	return string(out)
}

// engine runs one normalization pass.
type engine struct {
	style   ToneStyle
	strict  bool
	repairs Repairs // the rules applied to words (RepairVIQR is the decoder's)
	align   bool
	// nfcOnly limits the pass to NFC (no spaces, dashes, quotes, controls).
	nfcOnly bool
	src     []byte
	dst     []byte
	buf     []byte // storage for dst, if large enough (see NormalizeInto)
	w       bool   // dst holds the output up to copied
	copied  int    // src[:copied] is accounted for in dst
	segs    builder
	rep     Report
	err     error
	tmp     []byte
	// expl, when not nil, receives every change (Explain).
	expl *[]Change
	// stopAtChange makes run return at the first change (span mode);
	// stopped is then the offset of the unit that would change.
	stopAtChange bool
	stopped      int
	// clean is the clean-syllable set of style, looked up on first use.
	clean *syllableSet
	// slowOnly turns scanFast off, so that every word goes through word
	// and slowWord: the reference the tests compare the fast path with.
	slowOnly bool
}

var (
	strSpace = []byte(" ")
	strDash  = []byte("-")
	strDQ    = []byte(`"`)
	strSQ    = []byte("'")
	strFFFD  = []byte("\uFFFD")
)

// replace records that src[start:end] becomes repl.
func (e *engine) replace(start, end int, repl []byte) {
	if e.stopAtChange {
		if !e.w {
			e.stopped = start
			e.w = true
		}
		return
	}
	if !e.w {
		if n := len(e.src) + len(e.src)/8 + 16; cap(e.buf) >= n {
			e.dst = e.buf[:0]
		} else {
			e.dst = make([]byte, 0, n)
		}
		e.w = true
	}
	e.dst = append(e.dst, e.src[e.copied:start]...)
	if e.align {
		e.segs.add(len(e.dst), start, len(repl), end-start)
	}
	e.dst = append(e.dst, repl...)
	e.copied = end
}

// replaceTrim is replace for a longer unit: the common prefix and suffix (at
// rune boundaries) are kept as copied bytes so that the alignment stays fine.
func (e *engine) replaceTrim(start, end int, repl []byte) {
	old := e.src[start:end]
	p := 0
	for p < len(old) && p < len(repl) && old[p] == repl[p] {
		p++
	}
	for p > 0 && ((p < len(old) && !utf8.RuneStart(old[p])) || (p < len(repl) && !utf8.RuneStart(repl[p]))) {
		p--
	}
	s := 0
	for s < len(old)-p && s < len(repl)-p && old[len(old)-1-s] == repl[len(repl)-1-s] {
		s++
	}
	for s > 0 && (!utf8.RuneStart(old[len(old)-s]) || !utf8.RuneStart(repl[len(repl)-s])) {
		s--
	}
	e.replace(start+p, end-s, repl[p:len(repl)-s])
}

func (e *engine) done() bool { return e.stopAtChange && e.w }

func (e *engine) run() {
	src := e.src
	i := 0
	for i < len(src) && !e.done() {
		if !e.slowOnly {
			i = e.scanFast(i)
		}
		if i >= len(src) {
			break
		}
		c := src[i]
		switch byteKind[c] {
		case bkPlain:
			i++
			for i < len(src) && byteKind[src[i]] == bkPlain {
				i++
			}
			continue
		case bkLetter:
			j := i + 1
			for j < len(src) && byteKind[src[j]] == bkLetter {
				j++
			}
			if j < len(src) && src[j] >= utf8.RuneSelf {
				j = e.word(i, j)
			}
			i = j
			continue
		case bkControl:
			if !e.nfcOnly {
				e.note(i, i+1, strSpace, ruleControl)
				e.replace(i, i+1, strSpace)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if size == 1 {
			if e.strict {
				e.err = &InvalidUTF8Error{Offset: i}
				return
			}
			if e.rep.Invalid == 0 {
				e.rep.FirstInvalid = i
			}
			e.rep.Invalid++
			e.note(i, i+1, strFFFD, ruleInvalid)
			e.replace(i, i+1, strFFFD)
			i++
			continue
		}
		if r <= foldHi && r >= foldLo && vnTab[r-foldLo] != 0 {
			i = e.word(i, i)
			continue
		}
		cls := classOf(r)
		if e.nfcOnly && cls >= clsSpace && cls <= clsSQuote {
			cls = clsOther
		}
		switch cls {
		case clsOther:
			i += size
		case clsLetter, clsWordUnstable, clsVNMark:
			i = e.word(i, i)
		case clsUnstable:
			end := e.marksEnd(i + size)
			e.generic(i, end, false)
			i = end
		case clsSpace, clsControl:
			if rule := ruleSpace; e.expl != nil {
				if cls == clsControl {
					rule = ruleControl
				}
				e.note(i, i+size, strSpace, rule)
			}
			e.replace(i, i+size, strSpace)
			i += size
		case clsDelete:
			if !e.markAt(i + size) {
				e.note(i, i+size, nil, ruleInvisible)
				e.replace(i, i+size, nil)
			}
			i += size
		case clsJoiner:
			if e.markAt(i + size) {
				// kept: removing it would join the mark to the letter before
			} else if p := e.lastOut(i); p < 0x250 || (p >= 0x1E00 && p <= 0x1EFF) {
				e.note(i, i+size, nil, ruleInvisible)
				e.replace(i, i+size, nil)
			}
			i += size
		case clsDash:
			e.note(i, i+size, strDash, ruleDash)
			e.replace(i, i+size, strDash)
			i += size
		case clsDQuote:
			e.note(i, i+size, strDQ, ruleQuote)
			e.replace(i, i+size, strDQ)
			i += size
		case clsSQuote:
			e.note(i, i+size, strSQ, ruleQuote)
			e.replace(i, i+size, strSQ)
			i += size
		default:
			i += size
		}
	}
	if e.w && !e.stopAtChange {
		e.dst = append(e.dst, src[e.copied:]...)
		e.copied = len(src)
	}
}

// scanFast skips, from src[i], the text that needs no change: printable
// ASCII, and words of ASCII letters and precomposed Vietnamese letters
// that are all ASCII or whose key (see clean.go) is in the clean-syllable
// set of the tone style. It returns where the general loop must take
// over: the start of a word or of another unit.
func (e *engine) scanFast(i int) int {
	src := e.src
	set := e.clean
	if set == nil {
		set = cleanSet(e.style)
		e.clean = set
	}
	for i < len(src) {
		// between words: printable ASCII other than letters
		if c := src[i]; c < utf8.RuneSelf {
			k := byteKind[c]
			if k == bkPlain {
				i++
				continue
			}
			if k != bkLetter {
				return i
			}
		}
		// a word: ASCII letters and precomposed Vietnamese letters, packed
		// into its key; vn records whether one letter is not ASCII
		ws, key, vn := i, uint64(1), false
		for i < len(src) {
			c := src[i]
			if c < utf8.RuneSelf {
				if byteKind[c] != bkLetter {
					break
				}
				key = key<<7 | keyCodeASCII(c)
				i++
				continue
			}
			// a two- or three-byte letter, found by its last two bytes;
			// anything else (ð too: it becomes đ) is left to the slow path
			long := 0
			if c == 0xE1 {
				long = 1
			}
			j := i + long
			if j+1 >= len(src) {
				return ws
			}
			last := src[j+1]
			f := vnTail[src[j]][last&0x3F]
			if f == 0 || int(f>>12&1) != long || last&0xC0 != 0x80 { // 1<<12 is fLong
				return ws
			}
			key = key<<7 | keyCodeVN(f)
			vn = true
			i += 2 + long
		}
		if vn && !set.has(key) {
			return ws
		}
	}
	return i
}

// hornHalf reports whether a word whose quality letters' flags OR to qf
// has ơ or ư but not both: only such a word can miss half of the ươ pair
// (a word that has both would have two once repaired, and no syllable
// does).
func hornHalf(qf uint16) bool {
	return (qf&fOwF == 0) != (qf&fUwF == 0)
}

// hornPair reports whether the last quality vowel of the word
// src[start:end] of the fast path, at lastQ, is the ơ of a "uơ" pair or
// the ư of a "ưo" pair (any tones). When RepairHorn applies, the letter it
// completes is the word's last quality vowel: only consonants, i, u or y
// follow the ươ pair in a syllable.
func hornPair(src []byte, start, end, lastQ int) bool {
	c := codeAt(src, lastQ)
	if codeVowel[c] == vUw {
		n := 2
		if src[lastQ] == 0xE1 {
			n = 3
		}
		return lastQ+n < end && codeVowel[codeAt(src, lastQ+n)] == vO
	}
	if codeVowel[c] != vOw || lastQ == start {
		return false
	}
	j := lastQ - 1
	if src[j] >= utf8.RuneSelf {
		j--
		if j > start && src[j-1] == 0xE1 {
			j--
		}
	}
	return codeVowel[codeAt(src, j)] == vU
}

// codeAt returns the letter code (see syllableCodes) of an ASCII letter or
// a precomposed Vietnamese letter other than ð at src[j], 0 for anything
// else.
func codeAt(src []byte, j int) byte {
	c := src[j]
	if c < utf8.RuneSelf {
		if asciiLetter[c] {
			return c | 0x20
		}
		return 0
	}
	long := 0
	if c == 0xE1 {
		long = 1
	}
	k := j + long
	if k+1 >= len(src) || (long == 1 && src[k]&0xC0 != 0x80) || src[k+1]&0xC0 != 0x80 {
		return 0
	}
	f := vnTail[src[k]][src[k+1]&0x3F]
	if int(f>>12&1) != long {
		return 0
	}
	return byte(f)
}

// velarStart reports whether the word starting at src[ws] (a marked
// word: at least three bytes) may start with a velar onset that
// RepairSpelling respells. It rejects, from the first bytes, the common
// words that cannot be respelled (ch, kh, nh, gi, ga, ngo...);
// onsetSuspect decides the rest.
func velarStart(src []byte, ws int) bool {
	w1 := src[ws+1] | 0x20
	switch src[ws] | 0x20 {
	case 'c':
		return w1 != 'h' && w1 != 'a' && w1 != 'o'
	case 'k':
		return w1 != 'h' && w1 != 'i' && w1 != 'e' && w1 != 'y'
	case 'g':
		return w1 == 'h' || w1 == 'e' || src[ws+1] >= utf8.RuneSelf
	case 'n':
		if w1 != 'g' || ws+2 >= len(src) {
			return false
		}
		w2 := src[ws+2] | 0x20
		return w2 != 'a' && w2 != 'o' && w2 != 'u'
	}
	return false
}

// repairSuspect reports whether the word src[start:end] of the fast path,
// with nt tone marks, its last quality vowel at lastQ (-2 if none) and qf
// the flags of its quality vowels ORed, may be changed by a repair rule:
// slowWord then decides. Words without a tone or quality mark are never
// repaired.
func (e *engine) repairSuspect(start, end, nt, lastQ int, qf uint16) bool {
	if nt == 0 && lastQ < 0 {
		return false
	}
	return (nt >= 2 && e.repairs&RepairDoubleTone != 0) ||
		(e.repairs&RepairHorn != 0 && hornHalf(qf) && hornPair(e.src, start, end, lastQ)) ||
		(e.repairs&RepairSpelling != 0 && onsetSuspect(e.src[start:end]))
}

// lastOut returns the last rune of the output before src[i] (0 at the start).
func (e *engine) lastOut(i int) rune {
	if e.copied < i || !e.w || e.stopAtChange {
		r, _ := utf8.DecodeLastRune(e.src[:i])
		if i == 0 {
			return 0
		}
		return r
	}
	if len(e.dst) == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRune(e.dst)
	return r
}

// markAt reports whether a combining mark starts at src[j].
func (e *engine) markAt(j int) bool {
	if j >= len(e.src) || e.src[j] < 0xCC {
		return false
	}
	r, _ := utf8.DecodeRune(e.src[j:])
	return unicode.IsMark(r)
}

// marksEnd extends j over following combining marks.
func (e *engine) marksEnd(j int) int {
	for j < len(e.src) {
		r, size := utf8.DecodeRune(e.src[j:])
		if size == 1 || !unicode.IsMark(r) {
			break
		}
		j += size
	}
	return j
}

// generic applies plain NFC to src[start:end].
// With strip, invisible characters (clsDelete, clsJoiner) are removed first.
func (e *engine) generic(start, end int, strip bool) {
	in := e.src[start:end]
	if strip {
		var b []byte
		for _, r := range string(in) {
			if r < utf8.RuneSelf || (classOf(r) != clsDelete && classOf(r) != clsJoiner) {
				b = utf8.AppendRune(b, r)
			}
		}
		in = b
	} else if norm.NFC.IsNormal(in) {
		return
	}
	e.tmp = norm.NFC.Append(e.tmp[:0], in...)
	if !bytes.Equal(e.tmp, e.src[start:end]) {
		rule := ruleNFC
		if strip {
			rule = ruleInvisible
		}
		e.note(start, end, e.tmp, rule)
		e.replaceTrim(start, end, e.tmp)
	}
}

// wordAfter reports whether, after the invisible characters starting at
// src[j], a letter or a mark follows.
func (e *engine) wordAfter(j int) bool {
	for j < len(e.src) {
		c := e.src[j]
		if c < utf8.RuneSelf {
			return asciiLetter[c]
		}
		r, size := utf8.DecodeRune(e.src[j:])
		if size == 1 {
			return false
		}
		if r >= foldLo && r <= foldHi && vnTab[r-foldLo] != 0 {
			return true
		}
		switch classOf(r) {
		case clsLetter, clsWordUnstable, clsVNMark:
			return true
		case clsDelete, clsJoiner:
			j += size
			continue
		}
		return false
	}
	return false
}

// attach applies a combining Vietnamese mark to a letter slot.
func attach(s *slot, r rune) bool {
	if !s.vowel() {
		return false
	}
	switch r {
	case markCircumflex:
		switch s.id {
		case vA:
			s.id = vAa
		case vE:
			s.id = vEe
		case vO:
			s.id = vOo
		default:
			return false
		}
	case markBreve:
		if s.id != vA {
			return false
		}
		s.id = vAw
	case markHorn:
		switch s.id {
		case vO:
			s.id = vOw
		case vU:
			s.id = vUw
		default:
			return false
		}
	default:
		if s.tone != ToneLevel {
			return false
		}
		s.tone = toneOfMark(r)
	}
	return true
}

// word handles the word (run of letters and marks) starting at start and
// returns its end.
// Bytes src[start:from] are known to be ASCII letters.
func (e *engine) word(start, from int) int {
	// Fast scan: most words are plain letters, toneless or with one
	// precomposed tone mark. Anything unusual goes to slowWord.
	src := e.src
	nt, cur, lastQ := 0, -1, -2
	foreign, qf := false, uint16(0)
	i := from
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if byteKind[c] != bkLetter {
				break
			}
			i++
			continue
		}
		var r rune
		size := 0
		if c >= 0xC2 && c < 0xE0 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(src[i+1]&0x3F), 2
		} else if c == 0xE1 && i+2 < len(src) && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			r, size = 0x1000|rune(src[i+1]&0x3F)<<6|rune(src[i+2]&0x3F), 3
		} else {
			return e.slowWord(start)
		}
		if r > foldHi || r < foldLo {
			return e.slowWord(start)
		}
		f := vnFast[r-foldLo]
		if f == 0 {
			if classTab[r-0x80] != clsLetter {
				return e.slowWord(start)
			}
			foreign = true // a non-Vietnamese letter: not a syllable
		} else {
			if f&fEth != 0 {
				return e.slowWord(start)
			}
			if f&fTone != 0 {
				nt++
				cur = i
			}
			if f&fQual != 0 {
				lastQ = i
				qf |= f
			}
		}
		i += size
	}
	if foreign {
		return i
	}
	if (nt > 0 || lastQ >= 0) && e.repairs != 0 && (nt >= 2 || hornHalf(qf) || velarStart(src, start)) &&
		e.repairSuspect(start, i, nt, lastQ, qf) {
		return e.slowWord(start)
	}
	// A single toned letter that is the last one with a quality mark is
	// where the mark belongs in any syllable.
	if nt != 1 || e.style == ToneKeep || lastQ == cur {
		return i
	}
	var codes [maxSlots]byte
	ns, nv, ci, ok := syllableCodes(src, start, i, cur, &codes)
	if !ok || nv < 2 {
		return i
	}
	if t, ok := syllableTarget(codes[:ns], e.style); !ok || t == ci {
		return i
	}
	return e.slowWord(start)
}

// slowWord analyses a word letter by letter.
func (e *engine) slowWord(start int) int {
	src := e.src
	if r, _ := utf8.DecodeRune(src[start:]); unicode.IsMark(r) {
		// Marks after a non-letter: NFC with the rune before them (which
		// may compose, "=" U+0338 -> "≠"); the letters after them make a
		// word of their own.
		end := e.marksEnd(start)
		s := start
		if start > 0 && e.copied < start {
			_, n := utf8.DecodeLastRune(src[:start])
			s = start - n
		}
		e.generic(s, end, false)
		return end
	}
	var sl [maxSlots]slot
	ns := 0
	nonVN, fix, firstMark, hasEth, hasDel := false, false, false, false, false
	lastBase := rune(0)
	i := start
loop:
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if !asciiLetter[c] {
				break
			}
			if ns < maxSlots {
				sl[ns] = slot{id: asciiVowel[c], ch: c | 0x20, up: c < 'a'}
			}
			ns++
			i++
			lastBase = rune(c)
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if size == 1 {
			break
		}
		if r <= foldHi && r >= foldLo {
			if li := vnTab[r-foldLo]; li != 0 {
				if ns < maxSlots {
					id := li.id()
					ch := letterBase[id]
					if id >= vDD {
						ch = 'D'
						if id == vEth {
							hasEth = true
						}
					}
					sl[ns] = slot{id: id, ch: ch, up: li.upper(), tone: li.tone()}
				}
				ns++
				i += size
				lastBase = r
				continue
			}
		}
		switch classOf(r) {
		case clsLetter:
			nonVN = true
			lastBase = r
		case clsWordUnstable:
			nonVN, fix = true, true
			if i == start {
				firstMark = unicode.IsMark(r)
			}
		case clsVNMark:
			fix = true
			if i == start {
				firstMark = true
			}
			if ns == 0 || ns > maxSlots || !attach(&sl[ns-1], r) {
				nonVN = true
			}
		case clsDelete, clsJoiner:
			// Invisible characters inside a word (soft hyphen, zero-width
			// space) are removed and the word is taken as a whole. A joiner
			// stays where the letter before it is not Latin.
			if i == start || !e.wordAfter(i) {
				break loop
			}
			if p := lastBase; classOf(r) == clsJoiner && p >= 0x250 && (p < 0x1E00 || p > 0x1EFF) {
				break loop
			}
			fix, hasDel = true, true
		default:
			break loop
		}
		i += size
	}
	end := i
	if nonVN || ns > maxSlots {
		if fix {
			s := start
			if firstMark && start > 0 && e.copied < start {
				_, n := utf8.DecodeLastRune(src[:start])
				if n > 1 || src[start-1] < utf8.RuneSelf {
					s = start - n
				}
			}
			e.generic(s, end, hasDel)
		}
		return end
	}
	var repaired Repairs
	if e.repairs != 0 {
		if t, tn, r := repairSlots(sl, ns, e.repairs, e.style); r != 0 && !e.codeContext(start, end) {
			sl, ns, repaired = t, tn, r
		}
	}
	nt, cur := 0, -1
	for k := 0; k < ns; k++ {
		if sl[k].tone != ToneLevel {
			nt++
			cur = k
		}
	}
	retone, ethOK := false, false
	target := cur
	if (nt == 1 && e.style != ToneKeep) || hasEth {
		var codes [maxSlots]byte
		for k := 0; k < ns; k++ {
			codes[k] = sl[k].code()
		}
		t, ok := syllableTarget(codes[:ns], e.style)
		if ok {
			ethOK = true
			if nt == 1 && e.style != ToneKeep && t != cur {
				target = t
				retone = !e.codeContext(start, end)
			}
		}
		if ns == 1 {
			ethOK = true
		}
	}
	if !fix && !retone && !(hasEth && ethOK) && repaired == 0 {
		return end
	}
	if e.stopAtChange {
		e.replace(start, end, nil)
		return end
	}
	if retone {
		sl[target].tone = sl[cur].tone
		sl[cur].tone = ToneLevel
		e.rep.Retoned++
	}
	e.rep.Repaired.add(repaired)
	var buf [maxSlots * 3]byte
	b := buf[:0]
	for k := 0; k < ns; k++ {
		s := sl[k]
		if s.id == 0 {
			c := s.ch
			if s.up {
				c -= 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		id := s.id
		if id == vEth && ethOK {
			id = vDD
		}
		up := 0
		if s.up {
			up = 1
		}
		b = append(b, composedUTF8[id][s.tone][up][:composedLen[id][s.tone][up]]...)
	}
	if !bytes.Equal(b, src[start:end]) {
		if e.expl != nil {
			e.note(start, end, b, wordRules(repaired, retone, fix, hasEth && ethOK))
		}
		e.replaceTrim(start, end, b)
	}
	return end
}

// codeContext reports whether the word src[start:end] is part of a URL, an
// e-mail address or an identifier, where tone marks are left as written.
func (e *engine) codeContext(start, end int) bool {
	src := e.src
	isCode := func(c byte) bool {
		return c == '_' || c == '@' || c == '/' || c == '\\' || (c >= '0' && c <= '9')
	}
	if (start > 0 && isCode(src[start-1])) || (end < len(src) && isCode(src[end])) {
		return true
	}
	// token bounds: anything that is or becomes a space
	isSpace := func(r rune) bool {
		if r < utf8.RuneSelf {
			return r <= ' ' || r == 0x7f
		}
		c := classOf(r)
		return c == clsSpace || c == clsControl || r == utf8.RuneError || r == 0x85 || r == 0x2028 || r == 0x2029
	}
	lo := start
	for lo > 0 && start-lo < 256 {
		r, n := utf8.DecodeLastRune(src[:lo])
		if isSpace(r) {
			break
		}
		lo -= n
	}
	hi := end
	for hi < len(src) && hi-end < 256 {
		r, n := utf8.DecodeRune(src[hi:])
		if isSpace(r) {
			break
		}
		hi += n
	}
	tok := src[lo:hi]
	return bytes.IndexByte(tok, '@') >= 0 || bytes.Contains(tok, []byte("://")) ||
		bytes.HasPrefix(tok, []byte("www.")) || bytes.HasPrefix(tok, []byte("WWW."))
}

// syllableCodes reads the letters of src[start:end] (a word of the fast path:
// ASCII and two- or three-byte Vietnamese letters) into codes, folded, for
// syllableTarget. It returns the number of codes, the number of vowels, the
// code index of the letter at byte cur, and ok=false when the word has more
// than maxSlots letters.
func syllableCodes(src []byte, start, end, cur int, codes *[maxSlots]byte) (ns, nv, ci int, ok bool) {
	for j := start; j < end; ns++ {
		if ns == maxSlots {
			return ns, nv, ci, false
		}
		c := src[j]
		if c < utf8.RuneSelf {
			codes[ns] = c | 0x20
			nv += int(isVowelByte[c])
			j++
			continue
		}
		var r rune
		size := 2
		if c < 0xE0 {
			r = rune(c&0x1F)<<6 | rune(src[j+1]&0x3F)
		} else {
			r, size = 0x1000|rune(src[j+1]&0x3F)<<6|rune(src[j+2]&0x3F), 3
		}
		f := vnFast[r-foldLo]
		codes[ns] = byte(f)
		nv += int(f >> 8 & 1)
		if j == cur {
			ci = ns
		}
		j += size
	}
	return ns, nv, ci, true
}
