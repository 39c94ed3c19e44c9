package main

import (
	"fmt"

	"github.com/vnextract/vnextract/entity"
)

var adminSource = []string{
	"Source: ../shared/data/admin_vn, from github.com/thanglequoc/vietnamese-provinces-database (tags v2.4.1,",
	"v3.0.2, v4.2.0; built from the GSO administrative-unit catalogue and Decision 19/2025/QĐ-TTg),",
	"collected 2026-12-05. Licence: MIT, Copyright (c) 2021 Thang Le Quoc (LICENSES/thanglequoc-vietnamese-provinces-database.txt).",
	"State: units in force on 2025-03-01 (units_2024.tsv) and 2025-07-01 (units_2025.tsv), the respellings",
	"of 2026-04-30 (units_2025_later_changes.tsv), and the units retired since 2021-11-01 (units_retired_2021_2025.tsv).",
}

// adminFiles are the unit tables, oldest spelling first.
var adminFiles = []string{"admin_vn/units_2024.tsv", "admin_vn/units_retired_2021_2025.tsv", "admin_vn/units_2025.tsv"}

// unitTypeWord is the lower-case type word kept with a numbered unit's name
// ("quận 1", "phường 12"): a number alone names nothing.
var unitTypeWord = map[string]string{"Quận": "quận", "Phường": "phường", "Huyện": "huyện", "Xã": "xã", "Thị trấn": "thị trấn", "Thị xã": "thị xã"}

// units calls f with the type and short name of every unit of the level in
// the unit tables, then with the later short names of units_2025_later_changes.tsv.
func (g *gen) units(level string, f func(typ, name string) error) error {
	ts, err := g.readAll([]string{"level", "type", "short_name"}, adminFiles...)
	if err != nil {
		return err
	}
	for _, t := range ts {
		for _, r := range t.rows {
			if t.get(r, "level") == level {
				if err := f(t.get(r, "type"), t.get(r, "short_name")); err != nil {
					return fmt.Errorf("%s: %v", t.path, err)
				}
			}
		}
	}
	ch, err := g.readAll([]string{"level", "field", "value_v4.2.0"}, "admin_vn/units_2025_later_changes.tsv")
	if err != nil {
		return err
	}
	for _, r := range ch[0].rows {
		if ch[0].get(r, "level") == level && ch[0].get(r, "field") == "short_name" {
			if err := f("", ch[0].get(r, "value_v4.2.0")); err != nil {
				return fmt.Errorf("%s: %v", ch[0].path, err)
			}
		}
	}
	return nil
}

// unitName is the lexicon surface of a unit: its short name, or type word
// and number for a numbered one.
func unitName(typ, short string) (string, error) {
	if !isNumber(short) {
		return short, nil
	}
	w, ok := unitTypeWord[typ]
	if !ok {
		return "", fmt.Errorf("numbered unit %q of type %q: no type word known", short, typ)
	}
	return w + " " + short, nil
}

// isNumber reports whether s is a unit number: digits, or a Roman numeral
// as some wards have ("Phường I", "Phường IV").
func isNumber(s string) bool {
	if romanUnit[s] {
		return true
	}
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

var romanUnit = map[string]bool{"I": true, "II": true, "III": true, "IV": true, "V": true, "VI": true, "VII": true, "VIII": true, "IX": true, "X": true}

// notPlaceName lists short names that, without their type word, name
// something else first: "Hồ Chí Minh" is the person; the city is
// "Thành phố Hồ Chí Minh" (province.tsv).
var notPlaceName = map[string]bool{"Hồ Chí Minh": true}

func (g *gen) provinces() (*genFile, error) {
	f := g.file("gen_province.tsv", append([]string{
		"Kind province: Vietnamese provinces and centrally-run cities, the 63 before and the 34 after the",
		"July 2025 merger, and Thừa Thiên Huế (a city since 2025-01-01), by their short names. The forms",
		"news writes that the data lacks (TP.HCM, Sài Gòn, BR-VT, Đắc Lắc...) are in province.tsv.",
	}, adminSource...)...)
	err := g.units("province", func(_, name string) error {
		if notPlaceName[name] {
			return nil
		}
		f.add(entity.KindProvince, name, "")
		return nil
	})
	return f, err
}

func (g *gen) districts() (*genFile, error) {
	return g.subunits(entity.KindDistrict, "district", "gen_district.tsv",
		"Kind district: the district-level units before the July 2025 reorganization (huyện, quận, thị xã,",
		"provincial cities) and those retired since 2021, by their names without the type word. A district",
		"name is a place only right after a place trigger (\"huyện Đông Anh\"): many are ordinary words or",
		"people's names, so the recognizer never marks one on its own. Numbered units keep their type word",
		"(\"quận 1\"), which is then part of the place.")
}

func (g *gen) communes() (*genFile, error) {
	return g.subunits(entity.KindCommune, "commune", "gen_commune.tsv",
		"Kind commune: the commune-level units (xã, phường, thị trấn, đặc khu) before and after the July",
		"2025 reorganization and those retired since 2021, by their names without the type word. Like",
		"a district, a commune name is a place only right after a place trigger (\"xã Tân Lập\"); numbered",
		"units keep their type word (\"phường 12\").")
}

// subunits writes the units of a level below the province as entries of kind k.
func (g *gen) subunits(k entity.Kind, level, name string, about ...string) (*genFile, error) {
	f := g.file(name, append(about, adminSource...)...)
	err := g.units(level, func(typ, short string) error {
		n, err := unitName(typ, short)
		f.add(k, n, "")
		return err
	})
	return f, err
}
