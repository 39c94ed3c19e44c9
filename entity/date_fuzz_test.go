package entity

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func FuzzFindDates(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"Ngày 1/10, tại Hà Nội", "từ ngày 18-20/2/2026", "(22/12/1944 - 22/12/2024)", "ngày 21//01",
		"06:00 | 15/11/2021 GMT+7", "ngày 5, 6 và 7/12", "ngay 5 thang 10 nam 2024", "thứ sáu tới",
		"3 ngày tới", "giai đoạn 2018-2021", "10,2%", "84/NQ-CP", "tu 142025", "mồng 3 tháng ba",
		"15 giờ 30", "10h45", "quý IV/2018", "\xff1/2\xc3", "ngày 31/2",
	} {
		f.Add(s)
	}
	ref := time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		checkMentionInvariants(t, text, FindDates(text, DateOptions{}))
		checkMentionInvariants(t, text, FindDates(text, DateOptions{Ref: ref}))
		FindDateline(text)
	})
}
