package aggregate

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Format is an output format of the table.
type Format int

// The formats: TSV and CSV begin with a header row of the column names;
// JSONL writes one JSON object per row with the same names as keys.
const (
	TSV Format = iota
	CSV
	JSONL
)

// Columns are the names of the table's columns, in order.
var Columns = []string{"person", "title", "organization", "former", "first_date", "last_date", "documents", "mentions", "example"}

// ParseFormat reads "tsv", "csv" or "jsonl".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "tsv":
		return TSV, nil
	case "csv":
		return CSV, nil
	case "jsonl":
		return JSONL, nil
	}
	return 0, fmt.Errorf("unknown format %q (want tsv, csv or jsonl)", s)
}

// String returns the name ParseFormat reads: "tsv", "csv" or "jsonl".
func (f Format) String() string {
	switch f {
	case TSV:
		return "tsv"
	case CSV:
		return "csv"
	case JSONL:
		return "jsonl"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// fields returns the row's cells as text, in the order of Columns.
func (r *Row) fields() []string {
	return []string{r.Person, r.Title, r.Organization, strconv.FormatBool(r.Former), r.FirstDate, r.LastDate,
		strconv.Itoa(r.Documents), strconv.Itoa(r.Mentions), r.Example}
}

// Write writes rows in format f: for TSV and CSV a header row first. In TSV
// a tab or line break inside a cell (which names never have, but a
// hand-made document might) is written as a space.
func Write(w io.Writer, rows []Row, f Format) error {
	switch f {
	case TSV:
		var b bytes.Buffer
		writeTSVLine(&b, Columns)
		for i := range rows {
			writeTSVLine(&b, rows[i].fields())
			if b.Len() >= 32<<10 {
				if _, err := w.Write(b.Bytes()); err != nil {
					return err
				}
				b.Reset()
			}
		}
		_, err := w.Write(b.Bytes())
		return err
	case CSV:
		cw := csv.NewWriter(w)
		if err := cw.Write(Columns); err != nil {
			return err
		}
		for i := range rows {
			if err := cw.Write(rows[i].fields()); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case JSONL:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := range rows {
			if err := enc.Encode(&rows[i]); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("aggregate: unknown format %v", f)
}

var tsvCell = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

func writeTSVLine(b *bytes.Buffer, cells []string) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte('\t')
		}
		tsvCell.WriteString(b, c)
	}
	b.WriteByte('\n')
}

// snapshot is the encoded form of a Table.
type snapshot struct {
	Facts   []snapFact          `json:"facts"`
	Persons names               `json:"persons"`
	Titles  names               `json:"titles"`
	Orgs    names               `json:"orgs"`
	Links   map[string][]string `json:"links"`
}

type snapFact struct {
	factKey
	fact
}

// MarshalBinary encodes the table (for example as the accumulator a
// distributed runner sends between workers). The encoding is JSON and
// deterministic.
func (t *Table) MarshalBinary() ([]byte, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := &t.st
	snap := snapshot{Persons: s.persons, Titles: s.titles, Orgs: s.orgs, Links: make(map[string][]string, len(s.links))}
	for k, f := range s.facts {
		snap.Facts = append(snap.Facts, snapFact{k, *f})
	}
	slices.SortFunc(snap.Facts, func(a, b snapFact) int {
		if c := strings.Compare(a.Person+"\x00"+a.Title+"\x00"+a.Org, b.Person+"\x00"+b.Title+"\x00"+b.Org); c != 0 {
			return c
		}
		return cmpBool(a.Former, b.Former)
	})
	for a, full := range s.links {
		l := make([]string, 0, len(full))
		for f := range full {
			l = append(l, f)
		}
		slices.Sort(l)
		snap.Links[a] = l
	}
	return json.Marshal(&snap)
}

// UnmarshalBinary replaces the table's contents with a table encoded by
// MarshalBinary.
func (t *Table) UnmarshalBinary(data []byte) error {
	var snap snapshot
	if err := json.Unmarshal(data, &snap); err != nil {
		return fmt.Errorf("aggregate: decoding a table: %w", err)
	}
	s := newState()
	for i := range snap.Facts {
		f := snap.Facts[i].fact
		s.facts[snap.Facts[i].factKey] = &f
	}
	s.persons.add(snap.Persons)
	s.titles.add(snap.Titles)
	s.orgs.add(snap.Orgs)
	for a, full := range snap.Links {
		for _, f := range full {
			s.link(a, f)
		}
	}
	t.mu.Lock()
	t.st = s
	t.mu.Unlock()
	return nil
}
