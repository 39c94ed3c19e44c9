package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"sort"

	"github.com/vnextract/vnextract/entity"
)

// The model file, all integers little-endian:
//
//	magic    8 bytes "VNXTAGGR"
//	version  uint32 (formatVersion)
//	features uint32 (featureVersion: the templates the weights are for)
//	ntypes   uint32, then per type: uint8 length, the name (A-Z, 0-9, _ or -)
//	trust    ntypes × uint8: how Apply uses each type's spans (Trust);
//	         absent in version 1, whose models trust themselves on every type
//	nfeat    uint32
//	keys     nfeat × uint64, not 0, strictly increasing
//	weights  per feature, in key order: uint8 n (1..nl), then n × (uint8
//	         label, float32 weight), labels increasing; the weights not
//	         listed are 0 (nl = 1 + 2×ntypes labels: O, B-t, I-t ...)
//	trans    (nl+1) × nl × float32 (the last row: start of a sentence)
//	crc      uint32: CRC-32 (IEEE) of everything before it
const (
	magic         = "VNXTAGGR"
	formatVersion = 2
	maxTypes      = 64
	maxFeatures   = 1 << 27
)

// ErrFormat is wrapped by every error Load returns for a file that is not a
// valid model.
var ErrFormat = errors.New("tagger: not a valid model file")

// WriteTo writes the model in its file format. It implements io.WriterTo.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	type feat struct {
		key      uint64
		off, end int32
	}
	feats := make([]feat, 0, m.features())
	for _, s := range m.tab.slots {
		if s.key != 0 {
			feats = append(feats, feat{s.key, s.off, s.end})
		}
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].key < feats[j].key })
	cw := &countWriter{w: bufio.NewWriterSize(w, 1<<16), crc: crc32.NewIEEE()}
	cw.write([]byte(magic))
	cw.u32(formatVersion)
	cw.u32(featureVersion)
	cw.u32(uint32(len(m.types)))
	for _, t := range m.types {
		cw.write([]byte{byte(len(t))})
		cw.write([]byte(t))
	}
	for _, t := range m.trust {
		cw.write([]byte{byte(t)})
	}
	cw.u32(uint32(len(feats)))
	for _, f := range feats {
		cw.u64(f.key)
	}
	for _, f := range feats {
		cw.write([]byte{byte(f.end - f.off)})
		for _, e := range m.ents[f.off:f.end] {
			cw.write([]byte{byte(e.y)})
			cw.u32(math.Float32bits(e.w))
		}
	}
	for _, v := range m.trans {
		cw.u32(math.Float32bits(v))
	}
	sum := cw.crc.Sum32()
	cw.u32(sum)
	if cw.err == nil {
		cw.err = cw.w.Flush()
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   *bufio.Writer
	crc interface {
		io.Writer
		Sum32() uint32
	}
	n   int64
	err error
	buf [8]byte
}

func (c *countWriter) write(b []byte) {
	if c.err != nil {
		return
	}
	c.crc.Write(b)
	n, err := c.w.Write(b)
	c.n += int64(n)
	c.err = err
}

func (c *countWriter) u32(v uint32) {
	binary.LittleEndian.PutUint32(c.buf[:4], v)
	c.write(c.buf[:4])
}

func (c *countWriter) u64(v uint64) {
	binary.LittleEndian.PutUint64(c.buf[:8], v)
	c.write(c.buf[:8])
}

// Load reads a model written by WriteTo. A file that is not one (another
// format, a truncated or corrupted model, one made by a version with other
// features) gives an error wrapping ErrFormat.
func Load(r io.Reader) (*Model, error) {
	rd := &reader{r: bufio.NewReaderSize(r, 1<<16), crc: crc32.NewIEEE()}
	var mg [8]byte
	rd.read(mg[:])
	if rd.err != nil || string(mg[:]) != magic {
		return nil, fmt.Errorf("%w: no magic number %q at the start", ErrFormat, magic)
	}
	version := rd.u32()
	if rd.err == nil && (version < 1 || version > formatVersion) {
		return nil, fmt.Errorf("%w: format version %d, this program reads versions 1 to %d", ErrFormat, version, formatVersion)
	}
	if v := rd.u32(); rd.err == nil && v != featureVersion {
		return nil, fmt.Errorf("%w: made with feature set %d, this program uses %d: train the model again", ErrFormat, v, featureVersion)
	}
	nt := rd.u32()
	if rd.err == nil && (nt == 0 || nt > maxTypes) {
		return nil, fmt.Errorf("%w: %d types", ErrFormat, nt)
	}
	m := &Model{}
	for i := 0; i < int(nt) && rd.err == nil; i++ {
		var l [1]byte
		rd.read(l[:])
		name := make([]byte, l[0])
		rd.read(name)
		if rd.err == nil && !validType(string(name)) {
			return nil, fmt.Errorf("%w: bad type name %q", ErrFormat, name)
		}
		m.types = append(m.types, string(name))
	}
	if version >= 2 {
		m.trust = make([]Trust, 0, len(m.types))
		for range m.types {
			var b [1]byte
			rd.read(b[:])
			if rd.err == nil && Trust(b[0]) >= nTrust {
				return nil, fmt.Errorf("%w: trust %d of a type is none of 0-%d", ErrFormat, b[0], nTrust-1)
			}
			m.trust = append(m.trust, Trust(b[0]))
		}
	}
	nf := rd.u32()
	if rd.err == nil && nf > maxFeatures {
		return nil, fmt.Errorf("%w: %d features", ErrFormat, nf)
	}
	if rd.err != nil {
		return nil, rd.fail()
	}
	m.nl = 1 + 2*len(m.types)
	// Read in chunks, so that a short file claiming many features fails
	// before it makes the program allocate them all.
	keys := make([]uint64, 0, min(int(nf), 1<<16))
	for i := 0; i < int(nf) && rd.err == nil; i++ {
		k := rd.u64()
		if rd.err == nil && (k == 0 || len(keys) > 0 && k <= keys[len(keys)-1]) {
			return nil, fmt.Errorf("%w: feature keys out of order", ErrFormat)
		}
		keys = append(keys, k)
	}
	rows := make([]int32, 1, min(int(nf), 1<<16)+1)
	for i := 0; i < int(nf) && rd.err == nil; i++ {
		var b [1]byte
		rd.read(b[:])
		n := int(b[0])
		if rd.err == nil && (n == 0 || n > m.nl) {
			return nil, fmt.Errorf("%w: feature %d has %d weights (labels: %d)", ErrFormat, i, n, m.nl)
		}
		last := -1
		for k := 0; k < n && rd.err == nil; k++ {
			rd.read(b[:])
			y := int(b[0])
			w := rd.f32()
			if rd.err != nil {
				break
			}
			if y <= last || y >= m.nl {
				return nil, fmt.Errorf("%w: feature %d: label %d out of order or range", ErrFormat, i, y)
			}
			if math.IsNaN(float64(w)) || math.IsInf(float64(w), 0) {
				return nil, fmt.Errorf("%w: a weight is not a finite number", ErrFormat)
			}
			last = y
			m.ents = append(m.ents, entry{int32(y), w})
		}
		rows = append(rows, int32(len(m.ents)))
	}
	m.trans = make([]float32, 0, (m.nl+1)*m.nl)
	for i := 0; i < (m.nl+1)*m.nl && rd.err == nil; i++ {
		m.trans = append(m.trans, rd.f32())
	}
	want := rd.crc.Sum32()
	got := rd.u32()
	if rd.err != nil {
		return nil, rd.fail()
	}
	if got != want {
		return nil, fmt.Errorf("%w: checksum mismatch (corrupted file)", ErrFormat)
	}
	var extra [1]byte
	if n, _ := rd.r.Read(extra[:]); n > 0 {
		return nil, fmt.Errorf("%w: data after the end of the model", ErrFormat)
	}
	for _, v := range m.trans {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return nil, fmt.Errorf("%w: a weight is not a finite number", ErrFormat)
		}
	}
	m.finish(keys, rows)
	return m, nil
}

// features returns the number of features of m.
func (m *Model) features() int { return len(m.tab.slots) - m.tab.free }

// finish sets what a model derives from its types and features (keys[i]
// has the weights ents[rows[i]:rows[i+1]]).
func (m *Model) finish(keys []uint64, rows []int32) {
	m.nl = 1 + 2*len(m.types)
	m.etypes = make([]entity.Type, len(m.types))
	for i, t := range m.types {
		if et, err := entity.ParseType(t); err == nil {
			m.etypes[i] = et
		}
	}
	if m.trust == nil {
		m.trust = make([]Trust, len(m.types)) // TrustModel
	}
	m.pol = policyOf(m.etypes, m.trust)
	m.emits = false
	for _, et := range m.etypes {
		if et != 0 && m.pol.of(et) != TrustRules {
			m.emits = true
		}
	}
	m.tab = newTable(keys, rows)
	m.masked = maskTrans(m.trans, m.nl)
	m.lat.set(m.masked, m.nl)
	m.fixedVectors()
}

// validType reports whether s can name a type in a model: 1 to 32 bytes of
// A-Z, 0-9, '_' and '-'.
func validType(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

type reader struct {
	r   *bufio.Reader
	crc interface {
		io.Writer
		Sum32() uint32
	}
	err error
	buf [8]byte
}

func (r *reader) read(b []byte) {
	if r.err != nil {
		return
	}
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.err = err
		return
	}
	r.crc.Write(b)
}

func (r *reader) u32() uint32 {
	r.read(r.buf[:4])
	if r.err != nil {
		return 0
	}
	return binary.LittleEndian.Uint32(r.buf[:4])
}

func (r *reader) u64() uint64 {
	r.read(r.buf[:8])
	if r.err != nil {
		return 0
	}
	return binary.LittleEndian.Uint64(r.buf[:8])
}

func (r *reader) f32() float32 { return math.Float32frombits(r.u32()) }

func (r *reader) fail() error {
	if r.err == io.EOF || r.err == io.ErrUnexpectedEOF {
		return fmt.Errorf("%w: truncated", ErrFormat)
	}
	return fmt.Errorf("tagger: reading the model: %w", r.err)
}
