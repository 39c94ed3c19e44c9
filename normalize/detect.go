package normalize

import "unicode/utf8"

// detectSample bounds the bytes Detect reads.
const detectSample = 1 << 16

// minLegacyConfidence is the confidence below which Detect does not name a
// legacy encoding: one syllable read right, with nothing read wrong, is
// just enough (a one-word input).
const minLegacyConfidence = 0.5

// Detect guesses the encoding of b from the share of its words that are
// valid Vietnamese syllables, as read in each candidate encoding. It reads
// at most the first 64 KB. It returns Unicode for correct Unicode
// Vietnamese (at once when a letter only Unicode Vietnamese has, such as ạ
// or ế, comes before any invalid byte), for text with no evidence of
// anything else, and whenever its confidence in a legacy encoding is below
// one half; the confidence is between 0 and 1. It is the one detector of
// the module: Normalizer (From: Auto), the extractor and the commands all
// take its answer as it is.
func Detect(b []byte) (enc Encoding, confidence float64) {
	b = sampleForDetect(b)
	if surelyUnicode(b) {
		return Unicode, 1
	}
	enc, confidence = detect(b)
	if enc != Unicode && confidence < minLegacyConfidence {
		return Unicode, 0.1 // as when nothing reads as Vietnamese
	}
	return enc, confidence
}

// sampleForDetect returns the start of b that Detect reads: all of it up to
// 64 KB, else 64 KB cut after a space or a line break near the end, or at
// a rune start.
func sampleForDetect(b []byte) []byte {
	if len(b) <= detectSample {
		return b
	}
	cut := detectSample
	for cut > detectSample-256 && b[cut] != ' ' && b[cut] != '\n' {
		cut--
	}
	if b[cut] != ' ' && b[cut] != '\n' {
		cut = detectSample
		for k := 0; k < utf8.UTFMax && !utf8.RuneStart(b[cut]); k++ {
			cut--
		}
	}
	return b[:cut]
}

// surelyUnicode reports whether b is valid UTF-8 up to a letter that only
// Vietnamese Unicode text has (U+1EA0..U+1EF9: ạ ả ấ ... ỹ): no legacy
// encoding read as Windows-1252 produces those. It reads only as far as the
// first such letter, which in Vietnamese text is within the first words.
func surelyUnicode(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		if 0x1EA0 <= r && r <= 0x1EF9 {
			return true
		}
		i += n
	}
	return false
}

// detect is Detect's scoring of the sample b.
func detect(b []byte) (enc Encoding, confidence float64) {
	if utf8.Valid(b) {
		g, bad := syllableScore(b)
		if g+bad == 0 {
			// Plain ASCII: VIQR or nothing to decide.
			if hasVIQRMarks(b) {
				out, _, _ := decodeVIQR(b, true)
				g2, b2 := syllableScore(out)
				if g2 >= 2 && g2 >= 4*b2 {
					return VIQR, confidenceOf(g2, b2)
				}
				// A short input (a word, a name): one marked syllable is
				// enough when a mark no English text has made it, nothing
				// else went wrong and the plain words are syllables too.
				if g2 >= 1 && b2 == 0 && viqrOnlyMarks(b) {
					if pg, pb := plainScore(out); 2*pb <= pg {
						return VIQR, confidenceOf(g2, b2)
					}
				}
			}
			return Unicode, 1
		}
		uf := fraction(g, bad)
		if uf >= 0.9 || 10*vnBeyond1252(b) >= g+bad {
			// Text whose bytes were decoded as Windows-1252 holds no
			// Vietnamese letter outside that repertoire (ơ, ư, đ, ạ...).
			return Unicode, confidenceOf(g, bad)
		}
		best, bestF, bestG, bestB := Unicode, uf, g, bad
		for _, t := range []*legacyTable{&tcvn3Table, &vniTable, &visciiTable, &cp1258Table} {
			out, _ := decodeTable(b, t, true)
			g2, b2 := syllableScore(out)
			// One word is enough evidence for a short input in which no
			// word read as Unicode was Vietnamese ("chµo", "Vieät").
			if f := fraction(g2, b2); f > bestF+0.1 && (g2 >= 2 || (g2 == 1 && b2 == 0 && g == 0 && t.short && hasASCIILetter(b))) {
				best, bestF, bestG, bestB = t.enc, f, g2, b2
			}
		}
		return best, confidenceOf(bestG, bestB)
	}
	best, bestF, bestG, bestB := Unicode, 0.0, 0, 0
	for _, t := range []*legacyTable{&tcvn3Table, &vniTable, &visciiTable, &cp1258Table} {
		out, _ := decodeTable(b, t, false)
		g2, b2 := syllableScore(out)
		if f := fraction(g2, b2); f > bestF {
			best, bestF, bestG, bestB = t.enc, f, g2, b2
		}
	}
	// Unicode text with a few broken bytes: its multi-byte sequences still
	// read as Vietnamese syllables (invalid bytes separate words).
	if g, bad := syllableScore(b); g >= 2 && fraction(g, bad) >= bestF {
		return Unicode, confidenceOf(g, bad) / 2
	}
	if bestF < 0.3 {
		return Unicode, 0.1
	}
	return best, confidenceOf(bestG, bestB)
}

func fraction(good, bad int) float64 {
	if good+bad == 0 {
		return 0
	}
	return float64(good) / float64(good+bad)
}

// confidenceOf scales the share of good words by the amount of evidence.
func confidenceOf(good, bad int) float64 {
	n := float64(good + bad)
	return fraction(good, bad) * n / (n + 1)
}

// viqrOnlyMarks reports whether b has a VIQR mark that ordinary ASCII text
// does not put after a vowel: ^ ( + ~ ` or a '.' or '?' inside a word.
func viqrOnlyMarks(b []byte) bool {
	for i := 1; i < len(b); i++ {
		if b[i-1] >= utf8.RuneSelf || asciiVowel[b[i-1]] == 0 {
			continue
		}
		switch b[i] {
		case '^', '(', '+', '~', '`':
			return true
		case '.', '?':
			if i+1 < len(b) && b[i+1] < utf8.RuneSelf && asciiLetter[b[i+1]] {
				return true
			}
		}
	}
	return false
}

// plainScore counts the words of b made only of ASCII letters that are
// Vietnamese syllables (good) and those that are not.
func plainScore(b []byte) (good, bad int) {
	for i := 0; i < len(b); {
		if b[i] >= utf8.RuneSelf || !asciiLetter[b[i]] {
			i++
			continue
		}
		start := i
		for i < len(b) && b[i] < utf8.RuneSelf && asciiLetter[b[i]] {
			i++
		}
		if i < len(b) && b[i] >= utf8.RuneSelf || start > 0 && b[start-1] >= utf8.RuneSelf {
			continue // part of a word with other letters
		}
		if validSyllable(b[start:i]) {
			good++
		} else {
			bad++
		}
	}
	return good, bad
}

func hasASCIILetter(b []byte) bool {
	for _, c := range b {
		if c < utf8.RuneSelf && asciiLetter[c] {
			return true
		}
	}
	return false
}

func hasVIQRMarks(b []byte) bool {
	for i := 1; i < len(b); i++ {
		switch b[i] {
		case '`', '\'', '?', '~', '.', '^', '(', '+':
			if asciiVowel[b[i-1]&0x7f] != 0 && b[i-1] < utf8.RuneSelf {
				return true
			}
		}
	}
	return false
}

// syllableScore counts, among the words of b that have a letter outside
// ASCII, those that are valid Vietnamese syllables (good) and the others.
// Words are separated by ASCII non-letters and by general punctuation;
// other non-ASCII symbols (the debris of wrongly decoded text) count as
// part of the word.
func syllableScore(b []byte) (good, bad int) {
	i := 0
	for i < len(b) {
		// skip separators
		c := b[i]
		if c < utf8.RuneSelf {
			if !asciiLetter[c] {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRune(b[i:])
			if isSeparator(r) {
				i += n
				continue
			}
		}
		start := i
		high := false
		for i < len(b) {
			c := b[i]
			if c < utf8.RuneSelf {
				if !asciiLetter[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRune(b[i:])
			if isSeparator(r) {
				break
			}
			high = true
			i += n
		}
		if high {
			if validSyllable(b[start:i]) {
				good++
			} else {
				bad++
			}
		}
	}
	return good, bad
}

func isSeparator(r rune) bool {
	return r == utf8.RuneError || r == 0xA0 || (r >= 0x2000 && r <= 0x206F) || r == 0x3000 || r == 0xFEFF
}

// validSyllable reports whether w (NFC) is one Vietnamese syllable with at
// most one tone mark.
func validSyllable(w []byte) bool {
	var codes [maxSlots]byte
	ns, nt := 0, 0
	for i := 0; i < len(w); ns++ {
		if ns == maxSlots {
			return false
		}
		c := w[i]
		if c < utf8.RuneSelf {
			if !asciiLetter[c] {
				return false
			}
			codes[ns] = c | 0x20
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		if r < foldLo || r > foldHi || vnFast[r-foldLo] == 0 {
			return false
		}
		f := vnFast[r-foldLo]
		if f&fTone != 0 {
			nt++
		}
		codes[ns] = byte(f)
		i += n
	}
	if nt > 1 {
		return false
	}
	_, ok := syllableTarget(codes[:ns], ToneOld)
	return ok
}

// vnBeyond1252 counts the Vietnamese letters of b that Windows-1252 lacks.
func vnBeyond1252(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		i += size
		if r >= 0x100 && r <= foldHi && vnTab[r-foldLo] != 0 {
			if _, ok := mojiByte(r); !ok {
				n++
			}
		}
	}
	return n
}
