package main

import (
	"slices"
	"strings"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// notAcronym lists domain labels that are words or names, not the
// university's acronym.
var notAcronym = map[string]bool{"duytan": true, "hoasen": true, "hueuni": true, "vimaru": true}

func (g *gen) universities() (*genFile, error) {
	f := g.file("gen_university.tsv",
		"Kind org: Vietnamese universities under their English names, and the acronyms their web domains",
		"use (HUST, NEU, FTU), with the English name in column 3. An acronym two universities share, or one",
		"the hand lists already know, is left out. Vietnamese names of universities are in org.tsv.",
		"Source: ../shared/data/orgs_vn, from github.com/Hipo/university-domains-list (commit bb07faf0),",
		"collected 2026-12-05. Licence: MIT (LICENSES/Hipo-university-domains-list.txt).",
	)
	ts, err := g.readAll([]string{"name_en", "domains"}, "orgs_vn/universities_vn_hipo.tsv")
	if err != nil {
		return nil, err
	}
	t := ts[0]
	acronyms := map[string][]string{} // acronym -> names
	var order []string
	note := func(a, name string) {
		if acronyms[a] == nil {
			order = append(order, a)
		}
		if !slices.Contains(acronyms[a], name) {
			acronyms[a] = append(acronyms[a], name)
		}
	}
	for _, r := range t.rows {
		name := t.get(r, "name_en")
		// "University of Science and Technology Hanoi (USTH, Vietnam-France University)"
		if i := strings.IndexByte(name, '('); i > 0 {
			inner := strings.TrimSuffix(name[i+1:], ")")
			name = strings.TrimSpace(name[:i])
			for _, p := range strings.Split(inner, ",") {
				if p = strings.TrimSpace(p); isAcronym(p) {
					note(p, name)
				}
			}
		}
		f.add(entity.KindOrg, name, "")
		for _, d := range strings.Fields(t.get(r, "domains")) {
			label, _, _ := strings.Cut(d, ".")
			if a := strings.ToUpper(label); len(a) >= 3 && len(a) <= 6 && isAcronym(a) && !notAcronym[label] {
				note(a, name)
			}
		}
	}
	for _, a := range order {
		if ns := acronyms[a]; len(ns) == 1 && !g.handAny[normalize.SpellingKey(a)] {
			f.add(entity.KindOrg, a, ns[0])
		}
	}
	return f, nil
}

// isAcronym: two or more ASCII capitals, nothing else.
func isAcronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
