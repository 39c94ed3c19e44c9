package date

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// dateFuzzSeeds returns the seed documents and a few hard phrases.
func dateFuzzSeeds(tb testing.TB) []string {
	tb.Helper()
	var out []string
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			out = append(out, string(b))
		}
	}
	return append(out,
		"Ngày 1/10, tại Hà Nội", "từ ngày 18-20/2/2026", "(22/12/1944 - 22/12/2024)", "ngày 21//01",
		"06:00 | 15/11/2021 GMT+7", "ngày 5, 6 và 7/12", "ngay 5 thang 10 nam 2024", "thứ sáu tới",
		"3 ngày tới", "giai đoạn 2018-2021", "10,2%", "84/NQ-CP", "tu 142025", "mồng 3 tháng ba",
		"15 giờ 30", "10h45", "quý IV/2018", "\xff1/2\xc3", "ngày 31/2",
		"từ 8h đến 10h", "7h-11h", "từ 2 đến 4 giờ chiều", "cách đây hai tuần", "3 ngày nữa",
		"thứ 2 cuối cùng của tháng 3", "quý đầu tiên của năm 2018", "mùng 10", "chủ nhật tuần sau lúc 15h",
		"từ thứ hai đến thứ sáu tuần sau", "tháng này năm ngoái", "cùng kỳ năm trước", "Valentine 2025",
		"Tết Nguyên đán năm nay", "nhà nhà cúng ông Công ông Táo", "buổi sáng mai lúc 8 giờ", "đêm khuya,",
		"mùng 1 tháng 8 âm lịch", "ngày 15/7 (ÂL) năm 2025", "rằm tháng 7", "30 Tết", "tháng 4 nhuận",
		"ngày 5 tháng 4 nhuận năm 2020 âm lịch", "Ngày 5/10. Hôm đó trời mưa, ngày này", "tối mai 8h",
		"lúc 4 rưỡi", "tuần đầu tháng 6", "ngày cuối cùng của năm", "năm sau nữa",
	)
}

func FuzzFindDates(f *testing.F) {
	// Lines and a document's head rather than whole documents: the engine
	// makes almost no progress mutating 10-36 KB inputs (a minute gave 54
	// runs), and the dateline is found in a document's first lines.
	for _, s := range dateFuzzSeeds(f) {
		for _, line := range strings.Split(s, "\n") {
			f.Add(line)
		}
		if len(s) > 1024 {
			f.Add(s[:1024])
		}
	}
	ref := time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		checkMentionInvariants(t, text, Find(text, Options{}))
		checkMentionInvariants(t, text, Find(text, Options{Ref: ref}))
		Dateline(text)
	})
}
