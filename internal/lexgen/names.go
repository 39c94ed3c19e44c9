package main

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

var namesSource = []string{
	"Source: ../shared/data/names_vn, counts derived from 7,517 full names of github.com/duyet/vietnamese-namedb",
	"(commit 2129070d, a 2016 forum member list), collected 2026-12-05. Licence: MIT, Copyright (c) 2016",
	"Van-Duyet Le (LICENSES/duyet-vietnamese-namedb.txt). Only syllables are taken, never a full name.",
}

// clueKinds are the hand kinds whose words announce or stop a name: a
// syllable the hand lists have there ("Ông", "Trong") is not added as a name part.
var clueKinds = []entity.Kind{entity.KindHonorific, entity.KindStop, entity.KindTitle, entity.KindTitleMod, entity.KindOrgHead, entity.KindLocTrigger}

// notNamePart lists syllables of the data that are no family or given name
// in running text: "Y" is the Ê Đê men's prefix (and a Vietnamese word), "Le"
// an unaccented "Lê" or a French article, "Trưởng" the head of a title.
var notNamePart = map[string]bool{"Y": true, "Le": true, "Trưởng": true}

// counts reads a syllable<TAB>count table.
func (g *gen) counts(rel, col string) (map[string]int, []string, error) {
	ts, err := g.readAll([]string{col, "count"}, rel)
	if err != nil {
		return nil, nil, err
	}
	t := ts[0]
	m := map[string]int{}
	var order []string
	for _, r := range t.rows {
		n, err := strconv.Atoi(t.get(r, "count"))
		if err != nil {
			return nil, nil, err
		}
		s := t.get(r, col)
		if _, ok := m[s]; !ok {
			order = append(order, s)
		}
		m[s] += n
	}
	return m, order, nil
}

// nameSyllable reports whether s can be added as a name part: one
// capitalized Vietnamese syllable (letters of the Vietnamese alphabet, one
// tone mark at most, not the tone-after-vowel shape of text mis-decoded
// from the VNI encoding, as "Khaùnh"), and not a word the hand lists know
// as a clue to something else.
func (g *gen) nameSyllable(s string) bool {
	if s == "" || strings.ContainsRune(s, ' ') || notNamePart[s] {
		return false
	}
	rs := []rune(strings.ToLower(s))
	if !unicode.IsUpper([]rune(s)[0]) {
		return false
	}
	tones := 0
	for i, r := range rs {
		base, tone := normalize.SplitTone(r)
		if !strings.ContainsRune("aăâbcdđeêghiklmnoôơpqrstuưvxy", base) {
			return false
		}
		if tone != normalize.ToneLevel {
			tones++
			// "aù", "oø": a tone on u after a, e or o is the VNI
			// encoding read as Latin-1, not a Vietnamese spelling.
			if base == 'u' && i > 0 && strings.ContainsRune("aeo", rs[i-1]) {
				return false
			}
		}
	}
	if tones > 1 {
		return false
	}
	for _, k := range clueKinds {
		if g.handHas(k, s) {
			return false
		}
	}
	return true
}

// nameCounts are the syllable counts of the name data, by place in the name.
type nameCounts struct {
	family, middle, given map[string]int
	// the syllables in the files' order
	familyOrder, middleOrder, givenOrder []string
}

func (g *gen) nameCounts() (*nameCounts, error) {
	var c nameCounts
	var err error
	if c.family, c.familyOrder, err = g.counts("names_vn/family_names.tsv", "family_name"); err != nil {
		return nil, err
	}
	if c.middle, c.middleOrder, err = g.counts("names_vn/middle_name_syllables.tsv", "syllable"); err != nil {
		return nil, err
	}
	if c.given, c.givenOrder, err = g.counts("names_vn/given_names.tsv", "given_name"); err != nil {
		return nil, err
	}
	return &c, nil
}

func (g *gen) families() (*genFile, error) {
	f := g.file("gen_family.tsv", append([]string{
		"Kind family: family names met at least twice as the first syllable of a name, and more often there",
		"than as a middle or given name (so not \"Văn\", a middle name where a family name was left out).",
		"family.tsv is the reviewed list; this adds the rarer names it lacks.",
	}, namesSource...)...)
	c, err := g.nameCounts()
	if err != nil {
		return nil, err
	}
	for _, s := range c.familyOrder {
		if n := c.family[s]; n >= 2 && n > c.middle[s]+c.given[s] && g.nameSyllable(s) {
			f.add(entity.KindFamily, s, "")
		}
	}
	return f, nil
}

func (g *gen) givens() (*genFile, error) {
	f := g.file("gen_given.tsv", append([]string{
		"Kind given: middle and given name syllables met at least twice in those places. given.tsv is the",
		"reviewed list; this adds the rarer syllables it lacks.",
	}, namesSource...)...)
	c, err := g.nameCounts()
	if err != nil {
		return nil, err
	}
	for _, s := range append(c.middleOrder, c.givenOrder...) {
		if c.middle[s]+c.given[s] >= 2 && g.nameSyllable(s) {
			f.add(entity.KindGiven, s, "")
		}
	}
	return f, nil
}
