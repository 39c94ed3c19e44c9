package main

import (
	"strings"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

var worldSource = []string{
	"Source: ../shared/data/world_vi, from Unicode CLDR 47 (github.com/unicode-org/cldr-json, commit b08a82b5)",
	"and github.com/umpirsky/country-list (commit 4d8f8752), collected 2026-12-05. Licences: Unicode License v3",
	"(LICENSES/unicode-cldr.txt) and MIT (LICENSES/umpirsky-country-list.txt).",
}

// skipTerritory lists CLDR codes whose name is an ordinary word: "Thế giới"
// (world) starts "Ngân hàng Thế giới" and is no place in news.
var skipTerritory = map[string]bool{"001": true}

// skipCity lists CLDR zone cities whose name is, in Vietnamese news, far more
// often an English word or a person's name than the place.
var skipCity = map[string]bool{
	"Canary": true, "Center": true, "Chatham": true, "Christmas": true, "Cocos": true, "Comoro": true,
	"Creston": true, "Darwin": true, "Dawson": true, "Easter": true, "Menominee": true, "Midway": true,
	"Nome": true, "Norfolk": true, "Oral": true, "Phoenix": true, "Regina": true, "Resolute": true,
	"Stanley": true, "Wake": true, "Wallis": true, "Chagos": true, "Mahe": true, "Lindeman": true,
}

func (g *gen) countries() (*genFile, error) {
	f := g.file("gen_country.tsv", append([]string{
		"Kinds country and region: territory names in Vietnamese (CLDR, with its short and variant forms)",
		"and CLDR's continents and sub-regions. Names with a parenthesis are left out, and so is \"Thế giới\"",
		"(world). Column 3 is the usual name: the hand list's (country.tsv) where it has the territory.",
		"Groupings (EU, UN) are organizations, in org.tsv.",
	}, worldSource...)...)
	ts, err := g.readAll([]string{"code", "name_vi", "kind"}, "world_vi/territories.tsv")
	if err != nil {
		return nil, err
	}
	t := ts[0]
	var codes []string
	names := map[string][]string{}
	kinds := map[string]entity.Kind{}
	for _, r := range t.rows {
		code, name := t.get(r, "code"), t.get(r, "name_vi")
		var k entity.Kind
		switch t.get(r, "kind") {
		case "territory":
			k = entity.KindCountry
		case "region":
			k = entity.KindRegion
		default:
			continue
		}
		if skipTerritory[code] || strings.ContainsAny(name, "()") {
			continue
		}
		if names[code] == nil {
			codes = append(codes, code)
			kinds[code] = k
		}
		names[code] = append(names[code], name)
	}
	for _, code := range codes {
		k, ns := kinds[code], names[code]
		canon := g.canonical(k, ns)
		for _, n := range ns {
			f.add(k, n, canon)
		}
	}
	return f, nil
}

// canonical returns the usual name of an entity written as names (the
// first is the source's default): the hand list's name for the first of
// them it has, else the first.
func (g *gen) canonical(k entity.Kind, names []string) string {
	for _, n := range names {
		if e, ok := g.hand[handKey{k, normalize.SpellingKey(n)}]; ok {
			return e.Name()
		}
	}
	return names[0]
}

func (g *gen) cities() (*genFile, error) {
	f := g.file("gen_city.tsv", append([]string{
		"Kind city: the world's time-zone cities of CLDR under their Vietnamese name (English for the 362 CLDR",
		"does not localize), and the English name of the localized ones (Shanghai -> Thượng Hải). Left out:",
		"Vietnam's (province.tsv has them), Antarctic stations, US sub-zones (\"Knox, Indiana\"), names that",
		"are a territory's, and names that in news are mostly English words or people's names (Phoenix, Regina).",
	}, worldSource...)...)
	ts, err := g.readAll([]string{"code", "name_vi"}, "world_vi/territories.tsv")
	if err != nil {
		return nil, err
	}
	territory := map[string]bool{}
	for _, r := range ts[0].rows {
		territory[normalize.SpellingKey(ts[0].get(r, "name_vi"))] = true
	}
	ts, err = g.readAll([]string{"name_vi", "name_en", "territory", "name_vi_source"}, "world_vi/cities.tsv")
	if err != nil {
		return nil, err
	}
	t := ts[0]
	for _, r := range t.rows {
		vi, en, cc := t.get(r, "name_vi"), t.get(r, "name_en"), t.get(r, "territory")
		if cc == "AQ" || cc == "VN" {
			continue
		}
		ns := []string{vi}
		if t.get(r, "name_vi_source") == "vi" && en != vi {
			ns = append(ns, en)
		}
		var keep []string
		for _, n := range ns {
			if strings.ContainsAny(n, ",()") || skipCity[n] || territory[normalize.SpellingKey(n)] ||
				g.handHas(entity.KindCountry, n) || g.handHas(entity.KindProvince, n) || g.handHas(entity.KindRegion, n) {
				continue
			}
			keep = append(keep, n)
		}
		if len(keep) == 0 {
			continue
		}
		canon := g.canonical(entity.KindCity, keep)
		for _, n := range keep {
			f.add(entity.KindCity, n, canon)
		}
	}
	return f, nil
}
