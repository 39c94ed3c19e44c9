package entity

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unsafe"

	_ "embed" // the recognizer snapshot

	"github.com/vnextract/vnextract/internal/ac"
	"github.com/vnextract/vnextract/internal/snap"
)

// The embedded lexicons compiled (see compileRecognizer) take a process
// tens of milliseconds at start, more than the rest of a news article's
// work. lexdata/recognizer.snap holds the result, written at go generate
// time (snapshot_test.go's TestRecognizerSnapshot with -write-snapshot),
// and NewRecognizer without extra entries reads it instead: a few large
// arrays, the strings shared with the embedded data. The snapshot records
// a checksum of the lexicons it was built from; when they differ (a
// lexicon edited and the snapshot not written again), NewRecognizer
// compiles them as before, and the test fails until it is written.
//
//go:generate go test -count=1 -run ^TestRecognizerSnapshot$ . -args -write-snapshot

//go:embed lexdata/recognizer.snap
var recognizerSnapshot string

// snapshotMagic starts a snapshot; snapshotVersion changes with its layout.
const (
	snapshotMagic   = "vnextract recognizer snapshot\n"
	snapshotVersion = 4
)

var errStaleSnapshot = errors.New("entity: the recognizer snapshot was built from other lexicons (go generate ./entity)")

// lexdataChecksum returns the CRC-32 of the embedded lexicons' names and
// contents, in file-name order.
func lexdataChecksum(fsys fs.FS) (uint32, error) {
	names, err := fs.Glob(fsys, "lexdata/*.tsv")
	if err != nil {
		return 0, err
	}
	h := crc32.NewIEEE()
	buf := make([]byte, 32<<10)
	for _, n := range names {
		io.WriteString(h, n+"\x00")
		f, err := fsys.Open(n)
		if err != nil {
			return 0, err
		}
		_, err = io.CopyBuffer(h, struct{ io.Reader }{f}, buf)
		f.Close()
		if err != nil {
			return 0, err
		}
	}
	return h.Sum32(), nil
}

// embeddedChecksum is lexdataChecksum of the embedded lexicons.
var embeddedChecksum = sync.OnceValues(func() (uint32, error) { return lexdataChecksum(lexdata) })

// loadSnapshot returns the Recognizer of the embedded lexicons, read from
// the embedded snapshot.
func loadSnapshot() (*Recognizer, error) {
	sum, err := embeddedChecksum()
	if err != nil {
		return nil, err
	}
	return readSnapshot(recognizerSnapshot, sum)
}

// compiled is a Recognizer compiled from lexicon entries, with what a
// snapshot of it records besides the Recognizer: the one-token entries
// (key, entry) in entry order and the word lists.
type compiled struct {
	r       *Recognizer
	singles [][2]int32
	lists   map[Kind][]LexiconEntry
}

// kindIndex returns the index of k in Kinds.
func kindIndex(k Kind) int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return -1
}

// writeSnapshot returns the snapshot of c, built from the lexicons whose
// lexdataChecksum is sum.
func writeSnapshot(c *compiled, sum uint32) ([]byte, error) {
	r := c.r
	var w snap.Writer
	r.vocab.WriteTo(&w)
	r.auto.WriteTo(&w)
	w.Int(len(r.entries))
	for i := range r.entries {
		e := &r.entries[i]
		k := kindIndex(e.kind)
		if k < 0 {
			return nil, fmt.Errorf("entity: snapshot: entry %q of unknown kind %q", e.surface, e.kind)
		}
		w.Int(k)
		w.String(e.surface)
		w.String(e.canonical)
		w.Int(e.ntok)
	}
	hashes := make([]uint64, len(r.tokInfo))
	caps := make([]bool, len(r.tokInfo))
	acronym := make([]bool, len(r.tokInfo))
	for i, t := range r.tokInfo {
		hashes[i], caps[i], acronym[i] = t.markHash, t.caps, t.acronym
	}
	w.Uint64s(hashes)
	w.Bools(caps)
	w.Bools(acronym)
	// tokInfo again, as records read in place (the entries' own arrays
	// above are too: both are views of the embedded data).
	w.Records(len(r.tokInfo), tokInfoSize, 8, func(i int, b []byte) {
		t := r.tokInfo[i]
		binary.LittleEndian.PutUint64(b, t.markHash)
		b[8], b[9] = boolByte(t.caps), boolByte(t.acronym)
	})
	flat := make([]int32, 0, 2*len(c.singles))
	for _, s := range c.singles {
		flat = append(flat, s[0], s[1])
	}
	w.Int32s(flat)
	for k, kind := range Kinds {
		es := c.lists[kind]
		if len(es) == 0 {
			continue
		}
		w.Int(k + 1)
		w.Int(len(es))
		for _, e := range es {
			w.String(e.Surface)
			w.String(e.Canonical)
			w.String(e.Source)
			w.Int(e.Line)
		}
	}
	w.Int(0)
	writePairSet(&w, r.w.wordPairs)
	writePairSet(&w, r.w.placePairs)
	w.Int(len(r.w.ministries))
	for _, m := range r.w.ministries {
		w.Int32s(m.keys)
		w.String(m.name)
	}
	var h snap.Writer
	h.B = append(h.B, snapshotMagic...)
	h.Int(snapshotVersion)
	h.Uint(uint64(sum))
	h.Uint(uint64(crc32.ChecksumIEEE(w.B)))
	if len(h.B) > snapshotHeader {
		return nil, errors.New("entity: snapshot header too long")
	}
	h.B = append(h.B, make([]byte, snapshotHeader-len(h.B))...)
	return append(h.B, w.B...), nil
}

// writePairSet writes the keys of a set of word pairs (pairKey), sorted.
func writePairSet(w *snap.Writer, set map[uint64]bool) {
	keys := make([]uint64, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.Uint64s(keys)
}

// readPairSet reads a set that writePairSet wrote.
func readPairSet(r *snap.Reader) map[uint64]bool {
	keys := r.Uint64s()
	set := make(map[uint64]bool, len(keys))
	for _, k := range keys {
		set[k] = true
	}
	return set
}

// snapshotHeader is the size of a snapshot's header (zero-padded), a
// multiple of 8 so that the body's arrays, aligned from its start, are
// aligned in memory when the snapshot is.
const snapshotHeader = 64

// tokInfoSize is the size of a tokInfo record: markHash, caps, acronym,
// padding, as in memory on a 64-bit machine.
const tokInfoSize = 16

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// readSnapshot returns the Recognizer of snapshot s, which must have been
// built from the lexicons whose lexdataChecksum is sum. Its entries'
// strings and vocabulary share s.
func readSnapshot(s string, sum uint32) (*Recognizer, error) {
	body, err := snapshotBody(s, sum)
	if err != nil {
		return nil, err
	}
	return readSnapshotBody(body)
}

// snapshotBody checks the header of snapshot s and returns its body.
func snapshotBody(s string, sum uint32) (string, error) {
	if !strings.HasPrefix(s, snapshotMagic) {
		return "", errors.New("entity: not a recognizer snapshot")
	}
	hr := snap.NewReader(s[len(snapshotMagic):])
	version, lexSum, bodySum := hr.Uint(), hr.Uint(), hr.Uint()
	switch {
	case hr.Err() != nil:
		return "", hr.Err()
	case version != snapshotVersion:
		return "", fmt.Errorf("entity: recognizer snapshot version %d, want %d", version, snapshotVersion)
	case lexSum != uint64(sum):
		return "", errStaleSnapshot
	}
	if len(s) < snapshotHeader || len(s)-hr.Len() > snapshotHeader {
		return "", errors.New("entity: recognizer snapshot: header too long")
	}
	body := s[snapshotHeader:]
	if uint64(crc32.ChecksumIEEE(unsafe.Slice(unsafe.StringData(body), len(body)))) != bodySum {
		return "", errors.New("entity: recognizer snapshot damaged (checksum)")
	}
	return body, nil
}

// readSnapshotBody reads the Recognizer of a snapshot's body (what follows
// its header). It refuses arrays that do not fit together; the values in
// them are those the checksum vouches for.
func readSnapshotBody(body string) (*Recognizer, error) {
	r := snap.NewReader(body)
	rec := &Recognizer{}
	var err error
	if rec.vocab, err = ac.ReadVocab(r); err != nil {
		return nil, err
	}
	if rec.auto, err = ac.ReadAutomaton(r); err != nil {
		return nil, err
	}
	n := r.Int(r.Len() / 4) // an entry takes four bytes at least
	rec.entries = make([]lexEntry, n)
	rec.quick = make([]entryQuick, n)
	ntok := 0
	for i := range rec.entries {
		k := r.Int(len(Kinds) - 1)
		kind := Kinds[k]
		e := &rec.entries[i]
		*e = lexEntry{kind: kind, bit: kindBit(kind), needCaps: needsCaps(kind), surface: r.String(), canonical: r.String(), ntok: r.Int(r.Len())}
		if e.ntok == 0 && r.Err() == nil {
			return nil, errors.New("entity: recognizer snapshot: an entry without tokens")
		}
		rec.quick[i] = entryQuick{bit: e.bit, needCaps: e.needCaps, org: kind == KindOrg, tok: int32(ntok), ntok: int32(e.ntok)}
		ntok += e.ntok
	}
	hashes, caps, acronym := r.Uint64s(), r.Bools(), r.Bools()
	infos, raw, ninfo := snap.RecordsOf[tokInfo](r, tokInfoSize, 8)
	flat := r.Int32s()
	if r.Err() != nil {
		return nil, r.Err()
	}
	if len(hashes) != ntok || len(caps) != ntok || len(acronym) != ntok || ninfo != ntok || len(flat)%2 != 0 {
		return nil, errors.New("entity: recognizer snapshot: token arrays of the wrong size")
	}
	for i := range ninfo {
		// Read in place, a bool byte must be 0 or 1.
		if b := raw[i*tokInfoSize:]; b[8] > 1 || b[9] > 1 {
			return nil, errors.New("entity: recognizer snapshot: a token's flags are not 0 or 1")
		}
	}
	if infos == nil {
		infos = make([]tokInfo, ninfo)
		for i := range infos {
			b := raw[i*tokInfoSize:]
			infos[i] = tokInfo{markHash: snap.Le64(b), caps: b[8] == 1, acronym: b[9] == 1}
		}
	}
	rec.tokInfo = infos
	for i := range rec.entries {
		e, q := &rec.entries[i], &rec.quick[i]
		lo, hi := int(q.tok), int(q.tok)+e.ntok
		e.caps, e.acronym, e.markHash = caps[lo:hi:hi], acronym[lo:hi:hi], hashes[lo:hi:hi]
		q.capFirst = e.needCaps && e.caps[0]
	}
	singles := make([][2]int32, len(flat)/2)
	nkeys := int32(rec.vocab.Len())
	for i := range singles {
		singles[i] = [2]int32{flat[2*i], flat[2*i+1]}
		if singles[i][0] < 0 || singles[i][0] >= nkeys || singles[i][1] < 0 || int(singles[i][1]) >= n {
			return nil, errors.New("entity: recognizer snapshot: a one-word entry out of range")
		}
	}
	lists := map[Kind][]LexiconEntry{}
	for {
		k := r.Int(len(Kinds))
		if k == 0 || r.Err() != nil {
			break
		}
		kind := Kinds[k-1]
		es := make([]LexiconEntry, r.Int(r.Len()))
		for j := range es {
			es[j] = LexiconEntry{Kind: kind, Surface: r.String(), Canonical: r.String(), Source: r.String(), Line: r.Int(1 << 30)}
		}
		lists[kind] = es
	}
	wordPairs, placePairs := readPairSet(r), readPairSet(r)
	ministries := make([]ministry, r.Int(r.Len()))
	for i := range ministries {
		ministries[i] = ministry{keys: r.Int32s(), name: r.String()}
	}
	if r.Err() != nil {
		return nil, r.Err()
	}
	if r.Len() != 0 {
		return nil, errors.New("entity: recognizer snapshot: trailing data")
	}
	// The words of the lists are in the vocabulary already: interning
	// them again must give their ids, not new ones.
	if rec.w, err = internWords(rec.vocab, lists); err != nil {
		return nil, err
	}
	if rec.vocab.Len() != int(nkeys) {
		return nil, errors.New("entity: recognizer snapshot: the word lists are not in its vocabulary")
	}
	rec.w.wordPairs, rec.w.placePairs, rec.w.ministries = wordPairs, placePairs, ministries
	rec.single = newSingleIndex(singles, rec.vocab.Len(), rec.entries, rec.quick)
	rec.pool.New = func() any { return new(work) }
	return rec, nil
}
