package normalize

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// refScanFast is the plain definition of engine.scanFast: one byte or one
// letter per step, and a word that has a letter outside ASCII is skipped
// only when refClean, which parses it, says that slowWord leaves it as
// written. scanFast must return the same offset for every input, start
// offset and tone style.
func (e *engine) refScanFast(i int) int {
	src := e.src
	ws, vn := -1, false
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			k := byteKind[c]
			if k == bkLetter {
				if ws < 0 {
					ws, vn = i, false
				}
				i++
				continue
			}
			if ws >= 0 {
				if vn && !refClean(src[ws:i], e.style) {
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
			ws = i
		}
		vn = true
		i += size
	}
	if ws >= 0 && vn && !refClean(src[ws:i], e.style) {
		return ws
	}
	return i
}

// refClean reports whether the word w (ASCII letters and precomposed
// Vietnamese letters) is one syllable that slowWord leaves as written in
// the given style: valid, at most one tone mark and that one in place,
// and no repair rule that changes it, read in lower case (the k/c rule
// leaves a capitalized word alone, but the fast path does not tell case).
func refClean(w []byte, style ToneStyle) bool {
	var sl [maxSlots]slot
	var codes [maxSlots]byte
	ns, nt, cur := 0, 0, -1
	for _, r := range string(w) {
		if ns == maxSlots {
			return false
		}
		s := slot{ch: byte(r) | 0x20}
		if r < utf8.RuneSelf {
			s.id = asciiVowel[r]
		} else {
			li := vnTab[r-foldLo]
			s = slot{id: li.id(), ch: letterBase[li.id()], tone: li.tone()}
			if s.id == vDD {
				s.ch = 'D'
			}
		}
		if s.tone != ToneLevel {
			nt++
			cur = ns
		}
		sl[ns], codes[ns] = s, s.code()
		ns++
	}
	t, ok := syllableTarget(codes[:ns], style)
	if !ok || nt > 1 || (nt == 1 && style != ToneKeep && t != cur) {
		return false
	}
	_, _, rules := repairSlots(sl, ns, AllRepairs, style)
	return rules == 0
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
	for k, in := range scanFastInputs(t) {
		// in short mode (the race run) every 8th window and every short case
		if !testing.Short() || k%8 == 0 || len(in) < 100 {
			checkScanFast(t, in)
		}
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

// checkFastPath compares the whole pass, with scanFast and with every
// word sent through word and slowWord, on src: output, alignment and
// report must be equal in every style, with the repair rules on and off.
func checkFastPath(t *testing.T, src []byte) {
	t.Helper()
	for _, st := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		for _, rules := range []Repairs{AllRepairs, 0, RepairSpelling} {
			var got, want engine
			for k, e := range []*engine{&got, &want} {
				*e = engine{style: st, repairs: rules, align: true, src: src, slowOnly: k == 1}
				e.run()
			}
			if got.w != want.w || !bytes.Equal(got.dst, want.dst) {
				t.Fatalf("%v %v: output %+q, the slow path's %+q, for %+q", st, rules, got.dst, want.dst, src)
			}
			if !reflect.DeepEqual(got.segs.alignment(), want.segs.alignment()) || got.rep != want.rep {
				t.Fatalf("%v %v: alignment or report differ from the slow path's for %+q", st, rules, src)
			}
		}
	}
}

// TestFastPathMatchesSlowPath checks that what scanFast skips is what the
// slow path would leave as written, on the seeds (raw and in each style),
// the bad inputs and the edge cases.
func TestFastPathMatchesSlowPath(t *testing.T) {
	for _, in := range scanFastInputs(t) {
		checkFastPath(t, in)
	}
}

// FuzzFastPath compares the pass with and without scanFast on any input.
func FuzzFastPath(f *testing.F) {
	for k, in := range scanFastInputs(f) {
		if k%16 == 0 || len(in) < 100 {
			f.Add(in)
		}
	}
	f.Fuzz(checkFastPath)
}

// TestCleanSetComplete builds every word of an onset, one or two vowels
// (or three that start with a vowel pair of the syllable table) and a coda, toneless and with a tone mark on each vowel, in each style,
// and checks that scanFast skips it exactly when refClean says that it
// needs no change: the clean-syllable sets hold nothing else, and lack no
// syllable (which would cost time, not output).
func TestCleanSetComplete(t *testing.T) {
	vowels := []rune("aăâeêioôơuưy")
	var seqs [][]rune
	for _, a := range vowels {
		seqs = append(seqs, []rune{a})
		for _, b := range vowels {
			seqs = append(seqs, []rune{a, b})
			if clusterTab[int(asciiVowelOf(a))|int(asciiVowelOf(b))<<4] == 0 {
				continue
			}
			for _, c := range vowels {
				seqs = append(seqs, []rune{a, b, c})
			}
		}
	}
	n := 0
	for _, st := range []ToneStyle{ToneOld, ToneNew, ToneKeep} {
		e := engine{style: st, repairs: AllRepairs}
		for _, on := range syllableOnsets {
			for _, vs := range seqs {
				for _, co := range syllableCodas {
					for toned := -1; toned < len(vs); toned++ {
						w := []rune(on)
						for k, v := range vs {
							if k == toned {
								v, _ = utf8.DecodeRuneInString(norm.NFC.String(string(v) + "\u0323"))
							}
							w = append(w, v)
						}
						w = append(w, []rune(co)...)
						e.src = []byte(string(w))
						if e.src[0] < utf8.RuneSelf && len(e.src) == len(w) {
							continue // all ASCII: never looked up
						}
						if got, want := e.scanFast(0) == len(e.src), refClean(e.src, st); got != want {
							t.Errorf("%v: %q skipped=%v, clean=%v", st, string(w), got, want)
						}
						n++
					}
				}
			}
		}
	}
	t.Logf("%d words", n)
}

// asciiVowelOf returns the vowel id of a toneless vowel letter.
func asciiVowelOf(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiVowel[r]
	}
	return vnTab[r-foldLo].id()
}
