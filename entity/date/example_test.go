package date_test

import (
	"fmt"
	"time"

	"github.com/vnextract/vnextract/entity/date"
)

func ExampleFind() {
	ref := time.Date(2017, 2, 2, 0, 0, 0, 0, time.UTC)
	text := "Hội nghị họp lúc 8 giờ sáng mai; báo cáo nộp ngày 20/11."
	for _, prefer := range []date.Direction{date.Past, date.Future} {
		for _, s := range date.Find(text, date.Options{Ref: ref, Prefer: prefer}) {
			fmt.Printf("%s %q %s\n", prefer, s.Text, s.Value)
		}
	}
	// Output:
	// past "8 giờ sáng mai" 2017-02-03T08:00
	// past "ngày 20/11" 2016-11-20
	// future "8 giờ sáng mai" 2017-02-03T08:00
	// future "ngày 20/11" 2017-11-20
}
