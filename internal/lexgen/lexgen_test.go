package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The committed gen_*.tsv files and LICENSES must be what the generator
// writes from ../shared/data today (CI has the data there; without it the
// test is skipped, and the committed files are used as they are).
func TestGeneratedFilesUpToDate(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("no data directory %s: %v", data, err)
	}
	lex := filepath.Join("..", "..", "entity", "lexdata")
	files, err := Generate(data, lex)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(lex, name))
		if err != nil {
			t.Errorf("%v (run go generate ./entity)", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the generator writes (run go generate ./entity)", name)
		}
	}
	stale, _ := filepath.Glob(filepath.Join(lex, "gen_*.tsv"))
	for _, p := range stale {
		if _, ok := files[filepath.Base(p)]; !ok {
			t.Errorf("%s is no longer generated", p)
		}
	}
}

// writeFiles writes name -> content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, s := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGenerateSmallData runs the generator on a few rows and checks the
// choices it makes: hand entries are not repeated, numbered units keep
// their type word, canonical names come from the hand list, filtered
// syllables and names stay out.
func TestGenerateSmallData(t *testing.T) {
	data, lex := t.TempDir(), t.TempDir()
	units := "code\tname\ttype\tparent_code\tlevel\tshort_name\tname_en\ttype_en\n"
	writeFiles(t, data, map[string]string{
		"admin_vn/units_2024.tsv": units +
			"01\tThành phố Hà Nội\tThành phố trực thuộc trung ương\t\tprovince\tHà Nội\tx\tx\n" +
			"79\tThành phố Hồ Chí Minh\tThành phố trực thuộc trung ương\t\tprovince\tHồ Chí Minh\tx\tx\n" +
			"17\tTỉnh Hoà Bình\tTỉnh\t\tprovince\tHoà Bình\tx\tx\n" +
			"760\tQuận 1\tQuận\t79\tdistrict\t1\tx\tx\n" +
			"017\tHuyện Đông Anh\tHuyện\t01\tdistrict\tĐông Anh\tx\tx\n" +
			"26734\tPhường 12\tPhường\t760\tcommune\t12\tx\tx\n" +
			"31000\tPhường IV\tPhường\t760\tcommune\tIV\tx\tx\n" +
			"00001\tXã Tân Lập\tXã\t017\tcommune\tTân Lập\tx\tx\n",
		"admin_vn/units_retired_2021_2025.tsv": strings.TrimSuffix(units, "\n") + "\tfirst_seen_release\n" +
			"00002\tXã Tân Lập\tXã\t017\tcommune\tTân Lập\tx\tx\tv1\n",
		"admin_vn/units_2025.tsv":               units + "00003\tXã Hòa Bình\tXã\t01\tcommune\tHòa Bình\tx\tx\n",
		"admin_vn/units_2025_later_changes.tsv": "code\tlevel\tparent_code\tfield\tvalue_2025_07_01\tvalue_v4.2.0\n00003\tcommune\t01\tshort_name\tHòa Bình\tHoà Bình\n",
		"world_vi/territories.tsv": "code\tname_vi\tname_en\talt\tkind\tsource\n" +
			"US\tHoa Kỳ\tUnited States\t\tterritory\tcldr\nUS\tMỹ\tUS\tshort\tterritory\tcldr\n" +
			"MM\tMyanmar (Miến Điện)\tMyanmar (Burma)\t\tterritory\tcldr\n001\tThế giới\tworld\t\tregion\tcldr\n" +
			"EU\tLiên Minh Châu Âu\tEuropean Union\t\tgrouping\tcldr\n",
		"world_vi/cities.tsv": "tz_id\tname_vi\tname_en\tterritory\tname_vi_source\ttz_aliases\tdescription_en\n" +
			"Asia/Shanghai\tThượng Hải\tShanghai\tCN\tvi\t\tx\nAmerica/Phoenix\tPhoenix\tPhoenix\tUS\tfallback\t\tx\n" +
			"Antarctica/Casey\tCasey\tCasey\tAQ\tfallback\t\tx\nAmerica/Denver\tDenver\tDenver\tUS\tfallback\t\tx\n",
		"names_vn/family_names.tsv":          "family_name\tcount\tshare\nNguyễn\t10\t0.1\nBành\t4\t0.01\nVăn\t25\t0.01\nÔng\t3\t0.01\nKhưu\t1\t0.01\n",
		"names_vn/middle_name_syllables.tsv": "syllable\tcount\nVăn\t766\nThị\t500\nTất\t10\n",
		"names_vn/given_names.tsv":           "given_name\tcount\nAnh\t136\nKhaùnh\t3\nTính\t11\nHổ\t1\n",
		"orgs_vn/universities_vn_hipo.tsv": "name_en\tdomains\tweb_pages\tstate_province\n" +
			"Hanoi University of Science and Technology\thust.edu.vn\tx\t\nDuy Tan University\tduytan.edu.vn\tx\t\n",
	})
	for _, l := range licences {
		writeFiles(t, data, map[string]string{l[0]: "licence " + l[1] + "\n"})
	}
	writeFiles(t, lex, map[string]string{
		"family.tsv":    "family\tNguyễn\n",
		"honorific.tsv": "honorific\tông\n",
		"country.tsv":   "country\tMỹ\ncountry\tHoa Kỳ\tMỹ\n",
		"province.tsv":  "province\tTP.HCM\tThành phố Hồ Chí Minh\nprovince\tThành phố Hồ Chí Minh\n",
	})
	files, err := Generate(data, lex)
	if err != nil {
		t.Fatal(err)
	}
	body := func(name string) string {
		var out []string
		for _, l := range strings.Split(string(files[name]), "\n") {
			if l != "" && !strings.HasPrefix(l, "#") {
				out = append(out, l)
			}
		}
		return strings.Join(out, "\n")
	}
	for name, want := range map[string]string{
		"gen_province.tsv":   "province\tHà Nội\nprovince\tHoà Bình",
		"gen_district.tsv":   "district\tĐông Anh\ndistrict\tquận 1",
		"gen_commune.tsv":    "commune\tHòa Bình\ncommune\tphường 12\ncommune\tphường IV\ncommune\tTân Lập",
		"gen_country.tsv":    "",
		"gen_city.tsv":       "city\tDenver\ncity\tShanghai\tThượng Hải\ncity\tThượng Hải",
		"gen_family.tsv":     "family\tBành",
		"gen_given.tsv":      "given\tAnh\ngiven\tTất\ngiven\tThị\ngiven\tTính\ngiven\tVăn",
		"gen_university.tsv": "org\tDuy Tan University\norg\tHanoi University of Science and Technology\norg\tHUST\tHanoi University of Science and Technology",
	} {
		if got := body(name); got != want {
			t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
		}
		if !strings.HasPrefix(string(files[name]), marker+"\n") {
			t.Errorf("%s does not start with the marker", name)
		}
	}
	if got := string(files[filepath.Join("LICENSES", "unicode-cldr.txt")]); got != "licence unicode-cldr.txt\n" {
		t.Errorf("LICENSES/unicode-cldr.txt = %q", got)
	}
	// A written generated file is recognized as such on the next run, and
	// a generated file the data no longer yields is removed.
	writeFiles(t, lex, map[string]string{"gen_old.tsv": marker + "\n"})
	if err := Write(lex, files); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(lex, "gen_old.tsv")); !os.IsNotExist(err) {
		t.Errorf("gen_old.tsv not removed: %v", err)
	}
	again, err := Generate(data, lex)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if !bytes.Equal(again[name], b) {
			t.Errorf("second run: %s differs", name)
		}
	}
}

func TestUnitName(t *testing.T) {
	for _, c := range []struct{ typ, short, want string }{
		{"Quận", "1", "quận 1"}, {"Phường", "12", "phường 12"}, {"Phường", "IV", "phường IV"},
		{"Xã", "Tân Lập", "Tân Lập"}, {"Phường", "Mỹ Đình 1", "Mỹ Đình 1"},
	} {
		if got, err := unitName(c.typ, c.short); err != nil || got != c.want {
			t.Errorf("unitName(%q, %q) = %q, %v; want %q", c.typ, c.short, got, err, c.want)
		}
	}
	if _, err := unitName("Đặc khu tại hải đảo", "3"); err == nil {
		t.Error("a numbered unit of an unknown type gave no error")
	}
}
