package normalize

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzNormalize checks, for any input and every style, with the repair
// rules on and off: no panic, valid UTF-8 output, idempotence, monotonic
// in-range alignments at rune boundaries, agreement with the streaming
// transformer, and an Explain that agrees with Normalize and whose changes
// rebuild the output.
func FuzzNormalize(f *testing.F) {
	for _, d := range seeds(f) {
		f.Add(d)
		// a short slice of each, to keep the corpus fast
		if len(d) > 600 {
			f.Add(d[:600])
		}
	}
	for _, s := range []string{
		"baỏ lựơng nghịêm qúy HOÀ Uỷ", "Vie\u0323\u0302t \u00a0– “x” \u200b\x00", "\xff\xfe\xc3",
		"=\u0338 a\u0301\u0301 \u0301 ð", "nguyen.hoà@example.com hoà_bình", "Xin chµo c¸c b¹n",
		"nguời muớn đưọc ngụơi bàì cấú nghạc ngiệp gế kủa cế cuân Kà", "thu+? ddi.? Em ngu+? Anh\\.", "Vi\xd6t",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(fuzzCheck)
}

func fuzzCheck(t *testing.T, in []byte) {
	{
		for k, st := range []ToneStyle{ToneOld, ToneNew, ToneKeep, ToneOld} {
			n := Normalizer{Tone: st}
			if k == 3 {
				n.NoRepair = AllRepairs
			}
			out, a, rep, err := n.Normalize(in)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(out) {
				t.Fatalf("invalid UTF-8 output %q", out)
			}
			if rep.Invalid > 0 != !utf8.Valid(in) {
				t.Fatalf("report %+v for valid=%v", rep, utf8.Valid(in))
			}
			again, a2, _, _ := n.Normalize(out)
			if !bytes.Equal(again, out) {
				t.Fatalf("not idempotent (%v):\n in  %+q\n out %+q\n out2 %+q", st, in, out, again)
			}
			if a2 != nil {
				t.Fatalf("second pass has an alignment")
			}
			checkAlignment(t, in, out, a)
			// strict mode agrees on valid input and names the first offset
			_, _, _, err = Normalizer{Tone: st, Strict: true}.Normalize(in)
			if utf8.Valid(in) != (err == nil) {
				t.Fatalf("strict: %v", err)
			}
			// streaming gives the same text
			r := transform.NewReader(bytes.NewReader(in), NewTransformer(n))
			streamed, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(streamed, out) && !longRun(in) {
				t.Fatalf("stream differs:\n in  %q\n out %q\n str %q", in, out, streamed)
			}
			// Explain: the same text and report; its changes rebuild it
			eout, changes, erep, err := n.Explain(in)
			if err != nil || !bytes.Equal(eout, out) || erep != rep {
				t.Fatalf("explain differs: %v\n out %q\n exp %q\n %+v\n %+v", err, out, eout, rep, erep)
			}
			var rebuilt []byte
			last := 0
			for _, c := range changes {
				if c.Start < last || string(in[c.Start:c.End]) != c.Old {
					t.Fatalf("change %+v out of order or not the input's", c)
				}
				rebuilt = append(append(rebuilt, in[last:c.Start]...), c.New...)
				last = c.End
			}
			if rebuilt = append(rebuilt, in[last:]...); !bytes.Equal(rebuilt, out) {
				t.Fatalf("changes rebuild %q, want %q", rebuilt, out)
			}
		}
		// decoding, normalizing and folding compose their alignments
		for _, from := range []Encoding{TCVN3, VNI, Auto} {
			out, a, _, err := Normalizer{From: from, Fold: true}.Normalize(in)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(out) {
				t.Fatalf("%v fold: invalid output", from)
			}
			checkAlignmentUnits(t, in, out, a, rawRead(in, from), false)
		}
		// folding and decoding never panic and keep alignments sane
		k := Key(string(in))
		if !utf8.ValidString(k) {
			t.Fatalf("invalid key")
		}
		Detect(in)
		for _, enc := range []Encoding{TCVN3, VNI, VISCII, VIQR, CP1258} {
			out, a, err := Decode(in, enc)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(out) {
				t.Fatalf("%v: invalid output", enc)
			}
			checkAlignmentUnits(t, in, out, a, rawRead(in, enc), true)
		}
	}
}

// rawRead reports whether Decode reads in byte by byte as enc: invalid
// UTF-8, or a legacy table encoding when in is not mojibake.
func rawRead(in []byte, enc Encoding) bool {
	if enc == Auto {
		enc, _ = Detect(in)
	}
	switch enc {
	case TCVN3, VNI, VISCII, CP1258:
		return !mojibake(in)
	}
	return !utf8.Valid(in)
}

// longRun reports whether in has a run without whitespace long enough for
// the streaming transformer to cut it.
func longRun(in []byte) bool {
	for _, f := range bytes.FieldsFunc(in, func(r rune) bool { return strings.ContainsRune(" \n\t\r\v\f", r) }) {
		if len(f) > maxRun/2 {
			return true
		}
	}
	return false
}
