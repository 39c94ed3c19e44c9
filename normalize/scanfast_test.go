package normalize

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// refScanFast is the plain definition of engine.scanFast, kept as it was
// before the fast path was tuned: one byte or one letter per step, every
// word with a misplaced-looking tone mark parsed by refPlaced. scanFast must
// return the same offset for every input, start offset and tone style.
func (e *engine) refScanFast(i int) int {
	src := e.src
	ws, nt, cur, lastQ := -1, 0, -1, -2
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			k := byteKind[c]
			if k == bkLetter {
				if ws < 0 {
					ws, nt, lastQ = i, 0, -2
				}
				i++
				continue
			}
			if ws >= 0 {
				if (nt > 0 && !e.refPlaced(ws, i, nt, cur, lastQ)) || e.refRepairSuspect(ws, i) {
					return ws
				}
				ws = -1
			}
			if k != bkPlain {
				return i
			}
			i++
			continue
		}
		var r rune
		size := 2
		if c >= 0xC2 && c < 0xE0 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(src[i+1]&0x3F)
		} else if c == 0xE1 && i+2 < len(src) && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			r, size = 0x1000|rune(src[i+1]&0x3F)<<6|rune(src[i+2]&0x3F), 3
		}
		var f uint16
		if r >= foldLo && r <= foldHi {
			f = vnFast[r-foldLo]
		}
		if f == 0 || f&fEth != 0 {
			if ws >= 0 {
				return ws
			}
			return i
		}
		if ws < 0 {
			ws, nt, lastQ = i, 0, -2
		}
		if f&fTone != 0 {
			nt++
			cur = i
		}
		if f&fQual != 0 {
			lastQ = i
		}
		i += size
	}
	if ws >= 0 && ((nt > 0 && !e.refPlaced(ws, i, nt, cur, lastQ)) || e.refRepairSuspect(ws, i)) {
		return ws
	}
	return i
}

// refRepairSuspect is the plain definition of engine.repairSuspect for the
// word src[start:end]: its letters are read one by one.
func (e *engine) refRepairSuspect(start, end int) bool {
	if e.repairs == 0 {
		return false
	}
	var bases []uint8
	nt, marked, hasOw, hasUw, lastQ := 0, false, false, false, -1
	for _, r := range string(e.src[start:end]) {
		if r >= utf8.RuneSelf {
			f := vnFast[r-foldLo]
			if f&fTone != 0 {
				nt++
			}
			if f&(fTone|fQual) != 0 {
				marked = true
			}
			if f&fQual != 0 {
				lastQ = len(bases)
			}
		}
		b := baseLetter(r)
		hasOw, hasUw = hasOw || b == vOw, hasUw || b == vUw
		bases = append(bases, b)
	}
	// in a word that has ơ or ư but not both, the last quality vowel is
	// the ơ of a uơ pair or the ư of a ưo pair
	horn := false
	if hasOw != hasUw && lastQ >= 0 {
		horn = (bases[lastQ] == vOw && lastQ > 0 && bases[lastQ-1] == vU) ||
			(bases[lastQ] == vUw && lastQ+1 < len(bases) && bases[lastQ+1] == vO)
	}
	if !marked {
		return false
	}
	return (nt >= 2 && e.repairs&RepairDoubleTone != 0) || (horn && e.repairs&RepairHorn != 0) ||
		(e.repairs&RepairSpelling != 0 && onsetSuspect(e.src[start:end]))
}

// refPlaced is the plain definition of engine.placed: every word that is
// not decided by its marks alone is parsed as a syllable.
func (e *engine) refPlaced(start, end, nt, cur, lastQ int) bool {
	if nt != 1 || e.style == ToneKeep || lastQ == cur {
		return true
	}
	var codes [maxSlots]byte
	ns, nv, ci, ok := refSyllableCodes(e.src, start, end, cur, &codes)
	if !ok || nv < 2 {
		return true
	}
	t, ok := syllableTarget(codes[:ns], e.style)
	return !ok || t == ci
}

// refSyllableCodes is syllableCodes as refPlaced needs it.
func refSyllableCodes(src []byte, start, end, cur int, codes *[maxSlots]byte) (ns, nv, ci int, ok bool) {
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

// checkScanFast compares scanFast with refScanFast from every offset of src
// (also inside runes and words) in every tone style.
func checkScanFast(t *testing.T, src []byte) {
	t.Helper()
	for _, st := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		for _, rules := range []Repairs{AllRepairs, 0, RepairHorn} {
			e := engine{style: st, repairs: rules, src: src}
			for i := 0; i <= len(src); i++ {
				if got, want := e.scanFast(i), e.refScanFast(i); got != want {
					t.Fatalf("%v %v: scanFast(%d) = %d, want %d in %+q", st, rules, i, got, want, src)
				}
			}
		}
	}
}

// scanFastInputs returns texts for the scanFast comparison: windows of the
// seed documents (raw and normalized in each style, so that both clean text
// and text with misplaced marks are covered), the bad inputs, and short
// cases at the edges of the fast path.
func scanFastInputs(tb testing.TB) [][]byte {
	tb.Helper()
	var docs [][]byte
	for _, d := range seeds(tb) {
		docs = append(docs, d)
		for _, st := range []ToneStyle{ToneOld, ToneNew} {
			out, _, _, _ := Normalizer{Tone: st}.Normalize(d)
			docs = append(docs, out)
		}
	}
	// Windows keep the all-offsets comparison linear in the seed size;
	// their odd starts and ends also cut runes and words.
	const window, step = 160, 61
	var in [][]byte
	for _, d := range docs {
		for s := 0; s < len(d); s += step {
			in = append(in, d[s:min(s+window, len(d))])
		}
	}
	bad, err := filepath.Glob(filepath.Join("..", "testdata", "bad", "*.txt"))
	if err != nil || len(bad) == 0 {
		tb.Fatalf("no bad inputs: %v", err)
	}
	for _, f := range bad {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		in = append(in, b)
	}
	for _, s := range []string{
		"", "a", "à", "của", "CỦA", "hoà hòa HOÀ", "quý qúy gìn gìa giữ", "thuỷ khuỷu khủyu",
		"nghiêng nghiêngg aaaaaaaaà àaaaaaaaa", "ađà ðà đà", "abcdefgh ijklmnop qrstuvwxyz",
		"x\x00y à\x7fb", "à\xc3", "à\xe1\xbb", "\xe1\xbb\xa7a", "ủ\xe1\xbb", "µà ßà Ωà",
		"hoà,hoà.hoà-hoà\nhoà\thoà", "tòan tòan.", "12hoà 3của", "A\u0300 hoa\u0300",
		"nguời muớn đuợc đưọc thuở quơ Ngùơi", "nghạc ngiệp gế kà cế cuân Kà Cế", "bàì cấú hóà", "uơ ưo ưọ ụơ",
	} {
		in = append(in, []byte(s))
	}
	return in
}

// TestScanFastMatchesReference checks that the tuned scanFast skips exactly
// what its plain definition skips, so that run's output (text, alignment
// and report) cannot change.
func TestScanFastMatchesReference(t *testing.T) {
	for _, in := range scanFastInputs(t) {
		checkScanFast(t, in)
	}
}

// FuzzScanFast compares scanFast with refScanFast on any input.
func FuzzScanFast(f *testing.F) {
	// every 16th input is enough to seed the mutator and keeps its start fast
	for k, in := range scanFastInputs(f) {
		if k%16 == 0 || len(in) < 100 {
			f.Add(in)
		}
	}
	f.Fuzz(checkScanFast)
}

// baseLetter returns the vowel id of r ignoring its tone (0 for other runes).
func baseLetter(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiVowel[r]
	}
	if r >= foldLo && r <= foldHi {
		return codeVowel[byte(vnFast[r-foldLo])]
	}
	return 0
}
