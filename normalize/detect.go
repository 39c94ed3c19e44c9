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
		var bestOut []byte
		moji := mojibake(b)
		for _, t := range []*legacyTable{&tcvn3Table, &vniTable, &visciiTable, &cp1258Table} {
			out, _ := decodeTable(b, t, moji)
			g2, b2 := syllableScore(out)
			// One word is enough evidence for a short input in which no
			// word read as Unicode was Vietnamese ("chµo", "Vieät").
			f := fraction(g2, b2)
			if f > bestF+0.1 && (g2 >= 2 || (g2 == 1 && b2 == 0 && g == 0 && t.short && hasASCIILetter(b))) ||
				t.short && best != Unicode && f == bestF && g2 == bestG && commonScore(out) > commonScore(bestOut) {
				best, bestF, bestG, bestB, bestOut = t.enc, f, g2, b2, out
			}
		}
		return best, confidenceOf(bestG, bestB)
	}
	best, bestF, bestG, bestB := Unicode, 0.0, 0, 0
	var bestOut []byte
	for _, t := range []*legacyTable{&tcvn3Table, &vniTable, &visciiTable, &cp1258Table} {
		out, _ := decodeTable(b, t, false)
		g2, b2 := syllableScore(out)
		// a tie between two readings goes to the one with more common
		// words
		if f := fraction(g2, b2); f > bestF || t.short && f > 0 && f == bestF && g2 == bestG && commonScore(out) > commonScore(bestOut) {
			best, bestF, bestG, bestB, bestOut = t.enc, f, g2, b2, out
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
// does not put after a vowel: ^ ( + ~ `, a '.' or '?' before a small
// letter (inside the word or after a space), an apostrophe (not the
// English "I'"), or the dd of đ starting a word before a vowel. Whether the words it marks read as syllables is checked after
// decoding.
func viqrOnlyMarks(b []byte) bool {
	for i := 1; i < len(b); i++ {
		if b[i] == 'd' || b[i] == 'D' {
			if (b[i-1] == 'd' || b[i-1] == 'D') && (i < 2 || !asciiLetter[b[i-2]&0x7f] || b[i-2] >= utf8.RuneSelf) &&
				i+1 < len(b) && b[i+1] < utf8.RuneSelf && asciiVowel[b[i+1]] != 0 {
				return true
			}
			continue
		}
		if b[i-1] >= utf8.RuneSelf || asciiVowel[b[i-1]] == 0 {
			continue
		}
		switch b[i] {
		case '^', '(', '+', '~', '`':
			return true
		case '.', '?':
			// before a small letter, in the word or after a space: a
			// sentence does not go on so after its end
			j := i + 1
			for j < len(b) && b[j] == ' ' && j-i < 2 {
				j++
			}
			if j < len(b) && b[j] >= 'a' && b[j] <= 'z' {
				return true
			}
		case '\'':
			// not the English I'm, I'd, I'll; a contraction such as
			// "don't" or "we're" does not read as a syllable
			if b[i-1] != 'I' || (i >= 2 && b[i-2] < utf8.RuneSelf && asciiLetter[b[i-2]]) {
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
		if (b[i] == 'd' || b[i] == 'D') && (b[i-1] == 'd' || b[i-1] == 'D') {
			return true
		}
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

// validSyllable reports whether w (NFC) is one Vietnamese syllable as a
// typing program writes it: at most one tone mark, on the letter where the
// old or the new style puts it; the codas ch and nh only after a, ê, i or
// y; after a stop coda (p, t, c, ch) only the acute or the dot tone; and no
// capital after a small letter. It is stricter than the normalizer's
// parse, which takes marks wherever they were typed: a word read in the
// wrong encoding often parses ("soõng", "gheỏ", "tổnh", "khãc", "bÕp") but
// is not written so.
func validSyllable(w []byte) bool {
	var codes [maxSlots]byte
	ns, nt, cur := 0, 0, -1
	tone, lower := ToneLevel, false
	for i := 0; i < len(w); ns++ {
		if ns == maxSlots {
			return false
		}
		c := w[i]
		if c < utf8.RuneSelf {
			if !asciiLetter[c] || (lower && c < 'a') {
				return false
			}
			lower = c >= 'a'
			codes[ns] = c | 0x20
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		if r < foldLo || r > foldHi || vnFast[r-foldLo] == 0 {
			return false
		}
		li := vnTab[r-foldLo]
		if lower && li.upper() {
			return false
		}
		lower = !li.upper()
		f := vnFast[r-foldLo]
		if f&fTone != 0 {
			nt, cur, tone = nt+1, ns, li.tone()
		}
		codes[ns] = byte(f)
		i += n
	}
	if nt > 1 {
		return false
	}
	t, ok := syllableTarget(codes[:ns], ToneOld)
	if !ok || (ns >= 3 && codes[ns-1] == 'h' && (codes[ns-2] == 'c' || codes[ns-2] == 'n') && !palatalRhyme(codes[ns-3])) {
		return false
	}
	if stopCoda(codes[:ns]) && tone != ToneAcute && tone != ToneDot {
		return false
	}
	if !onsetSpelled(codes[:ns]) {
		return false
	}
	if nt == 1 && cur != t {
		t, _ = syllableTarget(codes[:ns], ToneNew)
		return cur == t
	}
	return true
}

// onsetSpelled reports whether the velar onset of the letter codes s of a
// syllable is spelled by the rules (gh, ngh and k before i, e, ê, and k
// before y; g, ng and c elsewhere), and whether an oo is followed by ng or
// c, as in the few words that have it (boong, soóc).
func onsetSpelled(s []byte) bool {
	j := 0
	for j < len(s) && codeVowel[s[j]] == 0 {
		j++
	}
	if j == len(s) {
		return true
	}
	v := codeVowel[s[j]]
	front := v == vI || v == vE || v == vEe
	switch string(s[:j]) {
	case "gh", "ngh":
		if !front {
			return false
		}
	case "ng":
		if front {
			return false
		}
	case "g":
		if v == vE || v == vEe {
			return false
		}
	case "k":
		if !front && v != vY {
			return false
		}
	case "c":
		if front || v == vY {
			return false
		}
	}
	if j+1 < len(s) && v == vO && codeVowel[s[j+1]] == vO {
		rest := string(s[j+2:])
		return rest == "ng" || rest == "c"
	}
	return true
}

// stopCoda reports whether the letter codes s of a syllable end in p, t,
// c or ch.
func stopCoda(s []byte) bool {
	n := len(s)
	if n >= 2 && s[n-1] == 'h' && s[n-2] == 'c' {
		return true
	}
	return n >= 2 && (s[n-1] == 'p' || s[n-1] == 't' || s[n-1] == 'c') && codeVowel[s[n-2]] != 0
}

// palatalRhyme reports whether the letter code c is a vowel that the codas
// ch and nh may follow: a, ê, i, y.
func palatalRhyme(c byte) bool {
	switch codeVowel[c] {
	case vA, vEe, vI, vY:
		return true
	}
	return false
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
