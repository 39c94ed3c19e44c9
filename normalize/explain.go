package normalize

import "strings"

// Change is one change that Normalize makes: the input bytes
// input[Start:End], Old, became New because of Rule.
type Change struct {
	Start, End int
	Old, New   string
	// Rule names why: a repair rule ("double-tone", "horn", "spelling",
	// "viqr"), "tone" (a mark moved to the vowel the style puts it on),
	// "nfc", "eth" (ð read as đ), "space", "control", "invisible", "dash",
	// "quote", "invalid-utf8", or "decode:ENCODING" for a legacy encoding.
	// A word changed for several reasons names them all, joined by "+"
	// ("horn+tone").
	Rule string
}

// Rule names of the changes that are not repairs.
const (
	ruleTone      = "tone"
	ruleNFC       = "nfc"
	ruleEth       = "eth"
	ruleSpace     = "space"
	ruleControl   = "control"
	ruleInvisible = "invisible"
	ruleDash      = "dash"
	ruleQuote     = "quote"
	ruleInvalid   = "invalid-utf8"
)

// note records a change for Explain.
func (e *engine) note(start, end int, repl []byte, rule string) {
	if e.expl == nil {
		return
	}
	*e.expl = append(*e.expl, Change{Start: start, End: end, Old: string(e.src[start:end]), New: string(repl), Rule: rule})
}

// wordRules names the reasons a word changed.
func wordRules(repaired Repairs, retone, nfc, eth bool) string {
	var parts []string
	for k, n := range repairNames {
		if repaired&(1<<k) != 0 {
			parts = append(parts, n)
		}
	}
	if retone {
		parts = append(parts, ruleTone)
	}
	if eth {
		parts = append(parts, ruleEth)
	}
	if nfc && len(parts) == 0 {
		parts = append(parts, ruleNFC)
	}
	return strings.Join(parts, "+")
}

// Explain normalizes src as Normalize does and also lists the changes, in
// input order, with their offsets in src. A legacy encoding's decoding is
// listed piece by piece ("decode:tcvn3"), before the changes made to the
// decoded text at the same place; the changes that Fold makes are not
// listed.
func (n Normalizer) Explain(src []byte) (out []byte, changes []Change, rep Report, err error) {
	changes = []Change{}
	out, _, rep, err = n.normalize(nil, src, &changes)
	if err != nil {
		return nil, nil, rep, err
	}
	// The decoding's pieces come first, each list in input order: merge
	// them so that a decoded piece comes before the change of its word.
	nd := 0
	for nd < len(changes) && strings.HasPrefix(changes[nd].Rule, "decode:") {
		nd++
	}
	dec, norm := changes[:nd], changes[nd:]
	merged := make([]Change, 0, len(changes))
	for len(dec) > 0 || len(norm) > 0 {
		if len(norm) == 0 || (len(dec) > 0 && dec[0].Start < norm[0].End) {
			merged, dec = append(merged, dec[0]), dec[1:]
		} else {
			merged, norm = append(merged, norm[0]), norm[1:]
		}
	}
	return out, merged, rep, nil
}

// explainDecode appends the pieces that decoding input as enc into dec
// changed.
func explainDecode(expl *[]Change, input, dec []byte, pre *Alignment, enc Encoding) {
	if pre == nil {
		return
	}
	for _, s := range pre.segs {
		*expl = append(*expl, Change{Start: s.i, End: s.i + s.il, Old: string(input[s.i : s.i+s.il]),
			New: string(dec[s.o : s.o+s.ol]), Rule: "decode:" + enc.String()})
	}
}

// explainMap maps the changes from changes[first] on, recorded with
// offsets in the decoded text, to offsets in input.
func explainMap(changes []Change, first int, input []byte, pre *Alignment) {
	if pre.Identity() {
		return
	}
	for k := first; k < len(changes); k++ {
		c := &changes[k]
		c.Start, c.End = pre.InputSpan(c.Start, c.End)
		c.Old = string(input[c.Start:c.End])
	}
}
