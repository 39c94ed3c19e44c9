package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/normalize"
)

// A span is a token's byte range [start, end) in a text.
type span struct{ start, end int }

// conllTokens splits text into tokens for the CoNLL output: white space
// separates tokens, leading and trailing punctuation is split off one
// character at a time, and a token is also cut where a mention starts or
// ends (so that every token is wholly inside or outside a mention).
// Sentences end at line breaks and after a sentence-final mark (. ! ? …)
// that is not inside a mention.
func conllTokens(text []byte, mentions []vnextract.Mention) (sents [][]span) {
	cuts := make(map[int]bool, 2*len(mentions))
	for _, m := range mentions {
		cuts[m.Start], cuts[m.End] = true, true
	}
	inMention := func(off int) bool {
		// mentions are sorted and do not overlap
		lo, hi := 0, len(mentions)
		for lo < hi {
			mid := (lo + hi) / 2
			if mentions[mid].End <= off {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo < len(mentions) && mentions[lo].Start <= off
	}
	var cur []span
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	emit := func(s, e int) {
		// cut at mention boundaries
		start := s
		for i := s + 1; i < e; i++ {
			if cuts[i] {
				cur = append(cur, span{start, i})
				start = i
			}
		}
		cur = append(cur, span{start, e})
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRune(text[i:])
		if r == '\n' || r == '\u2028' || r == '\u2029' {
			flush()
			i += n
			continue
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		// a white-space separated chunk
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRune(text[j:])
			if unicode.IsSpace(r2) || r2 == '\u2028' || r2 == '\u2029' {
				break
			}
			j += n2
		}
		// split off leading punctuation
		s := i
		for s < j {
			r2, n2 := utf8.DecodeRune(text[s:])
			if !isEdgePunct(r2) {
				break
			}
			emit(s, s+n2)
			s += n2
		}
		// trailing punctuation, collected from the end
		e := j
		var trail []span
		for e > s {
			r2, n2 := utf8.DecodeLastRune(text[s:e])
			if !isEdgePunct(r2) {
				break
			}
			trail = append(trail, span{e - n2, e})
			e -= n2
		}
		if e > s {
			emit(s, e)
		}
		for k := len(trail) - 1; k >= 0; k-- {
			emit(trail[k].start, trail[k].end)
		}
		// sentence end after a final mark outside mentions
		if len(cur) > 0 {
			last := cur[len(cur)-1]
			if isFinal(text[last.start:last.end]) && !inMention(last.start) {
				flush()
			}
		}
		i = j
	}
	flush()
	return sents
}

func isEdgePunct(r rune) bool {
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

func isFinal(tok []byte) bool {
	switch string(tok) {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

// writeCoNLL writes the tokens of text with BIO tags from doc: one
// "token<TAB>tag" line per token, a blank line after each sentence.
func writeCoNLL(w io.Writer, text []byte, doc *vnextract.Document) {
	bw := bufio.NewWriter(w)
	ms := doc.Mentions
	k := 0
	for _, sent := range conllTokens(text, ms) {
		for _, t := range sent {
			for k < len(ms) && ms[k].End <= t.start {
				k++
			}
			tag := "O"
			if k < len(ms) && ms[k].Start <= t.start {
				if t.start == ms[k].Start {
					tag = "B-" + ms[k].Type.String()
				} else {
					tag = "I-" + ms[k].Type.String()
				}
			}
			bw.Write(conllToken(text[t.start:t.end]))
			bw.WriteByte('\t')
			bw.WriteString(tag)
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	bw.Flush()
}

// conllToken makes a token printable in a CoNLL line: invalid UTF-8 becomes
// U+FFFD (tokens never contain white space).
func conllToken(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// goldToken is one token of a CoNLL file.
type goldToken struct {
	text string
	tag  string // normalized: "O", "B-PERSON", ...
}

// goldDoc is one document of a CoNLL file (split at -DOCSTART- lines).
type goldDoc struct {
	sents [][]goldToken
}

// readCoNLL reads a CoNLL file: one token per line with its tag in the last
// column (tab or space separated), a blank line between sentences,
// "-DOCSTART-" lines between documents. Tags are O or a prefix B-, I-, E-,
// S- (also L-, U-) with a type; types PER, ORG, LOC are read as PERSON,
// ORGANIZATION, LOCATION. Errors name the file, the line and its byte offset.
func readCoNLL(r io.Reader, name string) ([]goldDoc, error) { return readCoNLLColumn(r, name, 0) }

// readCoNLLColumn is readCoNLL with the tag in column col (1 is the token's
// column), or in the last column when col is 0: corpora with several tag
// columns (part of speech, chunk, entity, nested entity) need it.
func readCoNLLColumn(r io.Reader, name string, col int) ([]goldDoc, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var docs []goldDoc
	var doc goldDoc
	var sent []goldToken
	endSent := func() {
		if len(sent) > 0 {
			doc.sents = append(doc.sents, sent)
			sent = nil
		}
	}
	endDoc := func() {
		endSent()
		if len(doc.sents) > 0 {
			docs = append(docs, doc)
		}
		doc = goldDoc{}
	}
	var off int64
	for lineNo := 1; ; lineNo++ {
		raw, err := readLine(br)
		start := off
		off += int64(len(raw))
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s:%d (byte %d): %w", name, lineNo, start, err)
		}
		if len(raw) == 0 && err == io.EOF {
			break
		}
		if lineNo == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
		}
		if !utf8.Valid(raw) {
			bad := start + int64(normalize.FirstInvalid(raw))
			return nil, fmt.Errorf("%s:%d: invalid UTF-8 at byte %d", name, lineNo, bad)
		}
		fields := conllFields(string(raw))
		switch {
		case len(fields) == 0:
			endSent()
		case fields[0] == "-DOCSTART-":
			endDoc()
		case len(fields) == 1:
			return nil, fmt.Errorf("%s:%d (byte %d): want TOKEN and TAG separated by a tab or space, found one column %q", name, lineNo, start, fields[0])
		case col > len(fields):
			return nil, fmt.Errorf("%s:%d (byte %d): %d columns, no column %d for the tag", name, lineNo, start, len(fields), col)
		default:
			tc := len(fields) - 1
			if col > 0 {
				tc = col - 1
			}
			tag, ok := normTag(fields[tc])
			if !ok {
				return nil, fmt.Errorf("%s:%d (byte %d): bad tag %q in column %d (want O, B-TYPE or I-TYPE)", name, lineNo, start, fields[tc], tc+1)
			}
			sent = append(sent, goldToken{text: joinUnderscores(fields[0]), tag: tag})
		}
		if err == io.EOF {
			break
		}
	}
	endDoc()
	return docs, nil
}

// conllFields splits a CoNLL line into its columns: at tabs when the line
// has one (a token may then contain spaces, as in word-segmented corpora:
// "Hà Nội<TAB>B-LOC"), otherwise at runs of spaces. Empty columns are
// dropped, and each column is trimmed.
func conllFields(line string) []string {
	if !strings.Contains(line, "\t") {
		return strings.Fields(line)
	}
	var out []string
	for _, f := range strings.Split(line, "\t") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// joinUnderscores reads a word-segmented token written with underscores
// between its syllables ("Hà_Nội", "Thành_phố_Hồ_Chí_Minh") as the words it
// stands for ("Hà Nội"). Only a token whose underscore-separated parts are
// all words of letters is read so: "a_1", "_", "ảnh_1.jpg" are kept.
func joinUnderscores(tok string) string {
	if !strings.Contains(tok, "_") {
		return tok
	}
	for _, part := range strings.Split(tok, "_") {
		if part == "" {
			return tok
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return tok
			}
		}
	}
	return strings.ReplaceAll(tok, "_", " ")
}

// text joins the tokens of d as eval and train read them: single spaces
// between tokens, one sentence per line. It returns the text and each
// token's byte range in it.
func (d *goldDoc) text() (string, [][]span) {
	var b strings.Builder
	offs := make([][]span, len(d.sents))
	for i, s := range d.sents {
		if i > 0 {
			b.WriteByte('\n')
		}
		offs[i] = make([]span, len(s))
		for k, t := range s {
			if k > 0 {
				b.WriteByte(' ')
			}
			offs[i][k] = span{b.Len(), b.Len() + len(t.text)}
			b.WriteString(t.text)
		}
	}
	return b.String(), offs
}

// normTag checks a tag and canonicalizes its type: "B-PER" -> "B-PERSON",
// "U-LOC" -> "S-LOCATION", "L-ORG" -> "E-ORGANIZATION".
func normTag(t string) (string, bool) {
	if t == "O" {
		return t, true
	}
	if len(t) < 3 || t[1] != '-' {
		return "", false
	}
	p := t[0]
	switch p {
	case 'B', 'I', 'E', 'S':
	case 'L':
		p = 'E'
	case 'U':
		p = 'S'
	default:
		return "", false
	}
	return string(p) + "-" + canonType(t[2:]), true
}

// canonType maps a type name to the library's name when it is one
// (PER -> PERSON); other names are kept, upper-cased.
func canonType(s string) string {
	switch strings.ToUpper(s) {
	case "PER", "PERSON":
		return "PERSON"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return "ORGANIZATION"
	case "LOC", "LOCATION":
		return "LOCATION"
	}
	return strings.ToUpper(s)
}

// chunk is a phrase of a tag sequence: tokens [start, end) of one type.
type chunk struct {
	typ        string
	start, end int
}

func splitTag(t string) (prefix byte, typ string) {
	if t == "O" || len(t) < 3 {
		return 'O', ""
	}
	return t[0], t[2:]
}

// chunks returns the phrases of a tag sequence, as conlleval reads them
// (IOB1, IOB2 and IOBES all work; an I- after O or after another type
// starts a phrase).
func chunks(tags []string) []chunk {
	var out []chunk
	inChunk := false
	var cur chunk
	prevP, prevT := byte('O'), ""
	for i, tag := range tags {
		p, t := splitTag(tag)
		if inChunk && endOfChunk(prevP, p, prevT, t) {
			cur.end = i
			out = append(out, cur)
			inChunk = false
		}
		if startOfChunk(prevP, p, prevT, t) {
			cur = chunk{typ: t, start: i}
			inChunk = true
		}
		prevP, prevT = p, t
	}
	if inChunk {
		cur.end = len(tags)
		out = append(out, cur)
	}
	return out
}

// endOfChunk reports whether a phrase ended between the previous tag and
// this one (conlleval's endOfChunk).
func endOfChunk(prevP, p byte, prevT, t string) bool {
	switch {
	case prevP == 'E' || prevP == 'S':
		return true
	case (prevP == 'B' || prevP == 'I') && (p == 'B' || p == 'S' || p == 'O'):
		return true
	case prevP != 'O' && prevT != t:
		return true
	}
	return false
}

// startOfChunk reports whether a phrase starts at this tag (conlleval's
// startOfChunk).
func startOfChunk(prevP, p byte, prevT, t string) bool {
	switch {
	case p == 'B' || p == 'S':
		return true
	case (prevP == 'E' || prevP == 'S' || prevP == 'O') && (p == 'I' || p == 'E'):
		return true
	case p != 'O' && prevT != t:
		return true
	}
	return false
}
