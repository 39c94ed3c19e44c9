package ac

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type match struct {
	start, end int
	value      int32
}

func collect(a *Automaton, syms []int32) []match {
	var out []match
	a.Match(syms, func(s, e int, v int32) { out = append(out, match{s, e, v}) })
	return out
}

func sortMatches(m []match) {
	slices.SortFunc(m, func(x, y match) int {
		if x.start != y.start {
			return x.start - y.start
		}
		if x.end != y.end {
			return x.end - y.end
		}
		return int(x.value - y.value)
	})
}

type pat struct {
	syms  []int32
	value int32
}

func naive(pats []pat, syms []int32) []match {
	var out []match
	seen := map[match]bool{}
	for _, p := range pats {
		for s := 0; s+len(p.syms) <= len(syms); s++ {
			if slices.Equal(syms[s:s+len(p.syms)], p.syms) {
				m := match{s, s + len(p.syms), p.value}
				if !seen[m] {
					seen[m] = true
					out = append(out, m)
				}
			}
		}
	}
	return out
}

func TestVocab(t *testing.T) {
	var v Vocab
	a := v.Intern("chủ")
	b := v.Intern("tịch")
	assert.Equal(t, int32(0), a)
	assert.Equal(t, int32(1), b)
	assert.Equal(t, a, v.Intern("chủ"))
	assert.Equal(t, b, v.Lookup([]byte("tịch")))
	assert.Equal(t, int32(-1), v.Lookup([]byte("nước")))
	assert.Equal(t, int32(-1), v.LookupString("nước"))
	assert.Equal(t, 2, v.Len())
	assert.Equal(t, "tịch", v.String(b))
	assert.Equal(t, "", v.String(7))
	buf := []byte("xx tịch")
	allocs := testing.AllocsPerRun(100, func() { _ = v.Lookup(buf[3:]) })
	assert.Zero(t, allocs)
}

// TestVocabMany interns enough strings to grow the table several times and
// checks every one is found again, by bytes and by string, and that
// near-misses are not.
func TestVocabMany(t *testing.T) {
	v := NewVocab()
	var words []string
	for i := 0; i < 5000; i++ {
		w := strings.Repeat(string(rune('a'+i%26)), 1+i%11) + fmt.Sprint(i/26)
		if i%7 == 0 {
			w = string(rune('!' + i%90)) // one-byte strings take the direct table
		}
		words = append(words, w)
	}
	ids := make([]int32, len(words))
	for i, w := range words {
		ids[i] = v.Intern(w)
	}
	for i, w := range words {
		assert.Equal(t, ids[i], v.Lookup([]byte(w)), w)
		assert.Equal(t, ids[i], v.LookupString(w), w)
		assert.Equal(t, w, v.String(ids[i]))
		assert.Equal(t, int32(-1), v.LookupString(w+"ǃ"), w)
		assert.Equal(t, int32(-1), v.LookupString(w+"\x00"), w) // same head when short: the length tells
		assert.Equal(t, int32(-1), v.Lookup([]byte(w+"12345678x")), w)
	}
	assert.Equal(t, int32(-1), v.LookupString(""))
	for _, w := range words {
		if n := len(w); n >= 2 && n <= 7 {
			var head uint64
			for i := 0; i < n; i++ {
				head |= uint64(w[i]) << (8 * i)
			}
			assert.Equal(t, v.LookupString(w), v.LookupShort(head, n), w)
			assert.Equal(t, int32(-1), v.LookupShort(head, n+1), w)
		}
	}
	for _, s := range []string{"", "a", "abcdefg", "abcdefgh", "abcdefghi", "chủ tịch nước Việt Nam"} {
		h1, p1 := hash(s)
		h2, p2 := hash([]byte(s))
		assert.Equal(t, h1, h2, s)
		assert.Equal(t, p1, p2, s)
	}
	allocs := testing.AllocsPerRun(100, func() { _ = v.LookupString(words[3]) })
	assert.Zero(t, allocs)
}

func TestMatchBasic(t *testing.T) {
	v := NewVocab()
	tok := func(s string) []int32 {
		var out []int32
		for _, w := range strings.Fields(s) {
			out = append(out, v.Intern(w))
		}
		return out
	}
	var b Builder
	b.Add(tok("chu tich"), 1)
	b.Add(tok("chu tich nuoc"), 2)
	b.Add(tok("tich"), 3)
	b.Add(tok("chu tich"), 4)
	b.Add(tok("chu tich"), 4) // duplicate stored once
	b.Add(nil, 9)             // ignored
	a := b.Build()
	in := tok("ong chu tich nuoc va chu tich")
	got := collect(a, in)
	want := []match{
		{1, 3, 1}, {1, 3, 4}, {2, 3, 3},
		{1, 4, 2},
		{5, 7, 1}, {5, 7, 4}, {6, 7, 3},
	}
	assert.Equal(t, want, got)

	// unknown symbols reset: no match spans them.
	in2 := []int32{v.Intern("chu"), -1, v.Intern("tich")}
	assert.Equal(t, []match{{2, 3, 3}}, collect(a, in2))
	// symbols interned after Build are unknown to the automaton.
	in3 := []int32{v.Intern("chu"), v.Intern("moi"), v.Intern("tich")}
	assert.Equal(t, []match{{2, 3, 3}}, collect(a, in3))

	var empty Builder
	assert.Empty(t, collect(empty.Build(), in))
	assert.Panics(t, func() { b.Add([]int32{1, -2}, 0) })
}

func TestMatchRandomAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 300; iter++ {
		alpha := 2 + r.IntN(6)
		np := 1 + r.IntN(40)
		var pats []pat
		var b Builder
		for range np {
			l := 1 + r.IntN(6)
			p := make([]int32, l)
			for j := range p {
				p[j] = int32(r.IntN(alpha))
			}
			v := int32(r.IntN(20))
			pats = append(pats, pat{p, v})
			b.Add(p, v)
		}
		a := b.Build()
		for range 5 {
			n := r.IntN(60)
			in := make([]int32, n)
			for j := range in {
				in[j] = int32(r.IntN(alpha+2)) - 1 // -1 and alpha are unknown
			}
			got := collect(a, in)
			// order: increasing end
			for i := 1; i < len(got); i++ {
				require.LessOrEqual(t, got[i-1].end, got[i].end)
			}
			want := naive(pats, in)
			sortMatches(got)
			sortMatches(want)
			require.Equal(t, want, got, "iter %d patterns %v input %v", iter, pats, in)
		}
		// Reports tells exactly the states where Report calls its function.
		for n := range int32(a.NumNodes()) {
			calls := 0
			a.Report(n, 10, func(int, int, int32) { calls++ })
			require.Equal(t, calls > 0, a.Reports(n), "iter %d node %d", iter, n)
		}
	}
}

func TestConcurrentMatch(t *testing.T) {
	var b Builder
	b.Add([]int32{0, 1}, 1)
	b.Add([]int32{1}, 2)
	a := b.Build()
	done := make(chan int)
	for range 8 {
		go func() {
			n := 0
			for range 1000 {
				a.Match([]int32{0, 1, 0, 1}, func(int, int, int32) { n++ })
			}
			done <- n
		}()
	}
	for range 8 {
		assert.Equal(t, 4000, <-done)
	}
}

func benchAutomaton() (*Automaton, []int32) {
	r := rand.New(rand.NewPCG(3, 4))
	const alpha = 5000
	var b Builder
	for i := range 20000 {
		l := 1 + r.IntN(5)
		p := make([]int32, l)
		for j := range p {
			p[j] = int32(r.IntN(alpha / 4)) // patterns use frequent symbols
		}
		b.Add(p, int32(i))
	}
	a := b.Build()
	in := make([]int32, 10000)
	for i := range in {
		if r.IntN(10) == 0 {
			in[i] = -1
		} else {
			in[i] = int32(r.IntN(alpha / 3))
		}
	}
	return a, in
}

func TestMatchNoAllocs(t *testing.T) {
	a, in := benchAutomaton()
	n := 0
	fn := func(int, int, int32) { n++ }
	allocs := testing.AllocsPerRun(10, func() { a.Match(in, fn) })
	assert.Zero(t, allocs)
	assert.Positive(t, n)
}

func BenchmarkMatch(b *testing.B) {
	a, in := benchAutomaton()
	n := 0
	fn := func(int, int, int32) { n++ }
	// about 6 bytes per Vietnamese token including its space.
	b.SetBytes(int64(len(in) * 6))
	b.ReportAllocs()
	for b.Loop() {
		a.Match(in, fn)
	}
}

func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		benchAutomaton()
	}
}
