package snap

import (
	"reflect"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var w Writer
	w.Uint(0)
	w.Uint(1 << 40)
	w.Int(300)
	w.String("")
	w.String("Hà Nội")
	w.Int32s([]int32{0, -1, 1 << 30, -1 << 31})
	w.Uint64s([]uint64{0, 1<<64 - 1, 12345})
	w.Bools([]bool{true, false, true})
	w.Int32s(nil)
	r := NewReader(string(w.B))
	got := []any{r.Uint(), r.Uint(), r.Int(1000), r.String(), r.String(), r.Int32s(), r.Uint64s(), r.Bools(), r.Int32s()}
	want := []any{uint64(0), uint64(1 << 40), 300, "", "Hà Nội", []int32{0, -1, 1 << 30, -1 << 31},
		[]uint64{0, 1<<64 - 1, 12345}, []bool{true, false, true}, []int32{}}
	if !reflect.DeepEqual(got, want) || r.Err() != nil || r.Len() != 0 {
		t.Fatalf("read %v (err %v, %d left), want %v", got, r.Err(), r.Len(), want)
	}
}

// TestShort reads past the end, too large counts and bad values: the
// error is set and zero values come back.
func TestShort(t *testing.T) {
	tests := []struct {
		name string
		data string
		read func(r *Reader) any
		want any
	}{
		{"empty uint", "", func(r *Reader) any { return r.Uint() }, uint64(0)},
		{"unfinished uint", "\x80\x80", func(r *Reader) any { return r.Uint() }, uint64(0)},
		{"too long uint", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", func(r *Reader) any { return r.Uint() }, uint64(0)},
		{"int over limit", "\x05", func(r *Reader) any { return r.Int(4) }, 0},
		{"string cut", "\x05abc", func(r *Reader) any { return r.String() }, ""},
		{"int32s cut", "\x02\x01\x00\x00\x00", func(r *Reader) any { return r.Int32s() }, []int32{}},
		{"huge count", "\xff\xff\xff\xff\x0f", func(r *Reader) any { return r.Uint64s() }, []uint64{}},
		{"bool not 0 or 1", "\x02\x01\x02", func(r *Reader) any { return r.Bools() }, []bool(nil)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(tc.data)
			if got := tc.read(r); !reflect.DeepEqual(got, tc.want) || r.Err() == nil {
				t.Fatalf("got %#v, err %v; want %#v and an error", got, r.Err(), tc.want)
			}
			if r.Uint() != 0 || r.Err() == nil {
				t.Fatal("a failed Reader reads on")
			}
		})
	}
}
