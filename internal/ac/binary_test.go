package ac

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/vnextract/vnextract/internal/snap"
)

// TestBinaryRoundTrip writes built automata and vocabularies and reads
// them back: the same tables, field by field, and the same matches.
func TestBinaryRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		patterns int
		alphabet int32
	}{
		{"empty", 0, 4},
		{"one", 1, 4},
		{"small alphabet", 200, 3},
		{"large alphabet", 2000, 500},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(i), 7))
			var b Builder
			v := NewVocab()
			for p := range tc.patterns {
				n := 1 + rng.IntN(4)
				syms := make([]int32, n)
				for j := range syms {
					syms[j] = rng.Int32N(tc.alphabet)
					v.Intern(strconv.Itoa(int(syms[j])))
				}
				b.Add(syms, int32(p))
			}
			a := b.Build()
			var w snap.Writer
			v.WriteTo(&w)
			a.WriteTo(&w)
			for shift := range 2 {
				// Read in place (aligned) and copied (shifted by a byte).
				data := string(append(make([]byte, shift), w.B...))[shift:]
				checkRoundTrip(t, data, v, a, rng, tc.alphabet)
			}
		})
	}
}

func checkRoundTrip(t *testing.T, data string, v *Vocab, a *Automaton, rng *rand.Rand, alphabet int32) {
	t.Helper()
	r := snap.NewReader(data)
	v2, err := ReadVocab(r)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := ReadAutomaton(r)
	if err != nil {
		t.Fatal(err)
	}
	if r.Len() != 0 {
		t.Fatalf("%d bytes left", r.Len())
	}
	if !reflect.DeepEqual(v2, v) {
		t.Error("vocabulary differs")
	}
	if !reflect.DeepEqual(a2, a) {
		t.Error("automaton differs")
	}
	in := make([]int32, 300)
	for j := range in {
		in[j] = rng.Int32N(alphabet+1) - 1
	}
	if got, want := collect(a2, in), collect(a, in); !reflect.DeepEqual(got, want) {
		t.Errorf("matches differ: %v, want %v", got, want)
	}
}

// TestReadRefusesBadShapes gives ReadVocab and ReadAutomaton cut and
// altered data: an error each time, never a panic.
func TestReadRefusesBadShapes(t *testing.T) {
	var b Builder
	b.Add([]int32{1, 2}, 0)
	b.Add([]int32{2}, 1)
	v := NewVocab()
	v.Intern("ab")
	v.Intern("c")
	var w snap.Writer
	v.WriteTo(&w)
	nv := len(w.B)
	b.Build().WriteTo(&w)
	good := string(w.B)
	for n := range len(good) {
		r := snap.NewReader(good[:n])
		_, err := ReadVocab(r)
		if err == nil {
			_, err = ReadAutomaton(r)
		}
		if err == nil {
			t.Errorf("cut at %d of %d: no error", n, len(good))
		}
	}
	for i := range len(good) {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			bad := []byte(good)
			bad[i] ^= x
			r := snap.NewReader(string(bad))
			if _, err := ReadVocab(r); err == nil && i >= nv {
				_, _ = ReadAutomaton(r) // an error or a consistent automaton
			}
		}
	}
}
