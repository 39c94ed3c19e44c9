package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/vnextract/vnextract/normalize"
)

func ExampleNormalizer_Normalize() {
	in := []byte("Phó Chủ tịch Uỷ ban – “Hữu nghị” baỏ vệ")
	out, a, rep, err := normalize.Normalizer{}.Normalize(in)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	fmt.Println("retoned:", rep.Retoned)
	// Map a span of the output back to the input.
	i := strings.Index(string(out), "Ủy ban")
	s, e := a.InputSpan(i, i+len("Ủy ban"))
	fmt.Printf("%q\n", in[s:e])
	// Output:
	// Phó Chủ tịch Ủy ban - "Hữu nghị" bảo vệ
	// retoned: 2
	// "Uỷ ban"
}

func ExampleNormalizer_String() {
	fmt.Println(normalize.Normalizer{Tone: normalize.ToneOld}.String("hoà bình, khoẻ mạnh, thuỷ lợi"))
	fmt.Println(normalize.Normalizer{Tone: normalize.ToneNew}.String("hòa bình, khỏe mạnh, thủy lợi"))
	fmt.Println(normalize.Normalizer{}.String("HOÀ lựơng nghịêm qúy Kalganov"))
	// Output:
	// hòa bình, khỏe mạnh, thủy lợi
	// hoà bình, khoẻ mạnh, thuỷ lợi
	// HÒA lượng nghiệm quý Kalganov
}

func ExampleKey() {
	fmt.Println(normalize.Key("PHAN ANH SƠN") == normalize.Key("Phan Anh Son"))
	fmt.Println(normalize.Key("Việt – Nga"), normalize.Key("Việt-Nga"))
	fmt.Println(normalize.Key("Ủy ban") == normalize.Key("Uỷ ban"))
	// Output:
	// true
	// viet-nga viet-nga
	// true
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Đà Nẵng, Việt Nam"))
	// Output: Da Nang, Viet Nam
}

func ExampleDecode() {
	for _, s := range []string{"Xin chµo c¸c b¹n", "Xin chaøo caùc baïn", "Xin cha`o ca'c ba.n"} {
		enc, _ := normalize.Detect([]byte(s))
		out, _, err := normalize.Decode([]byte(s), enc)
		if err != nil {
			panic(err)
		}
		fmt.Println(enc, string(out))
	}
	// Output:
	// tcvn3 Xin chào các bạn
	// vni Xin chào các bạn
	// viqr Xin chào các bạn
}

func ExampleDetect() {
	enc, conf := normalize.Detect([]byte("Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn"))
	fmt.Println(enc, conf > 0.9)
	// Output: unicode true
}

func ExampleNewTransformer() {
	r := transform.NewReader(strings.NewReader("Thuỷ điện – “Hoà Bình”\n"), normalize.NewTransformer(normalize.Normalizer{}))
	io.Copy(os.Stdout, r)
	// Output: Thủy điện - "Hòa Bình"
}

func ExampleCompose() {
	in := []byte("Chuû tòch Uyû ban") // VNI read as Windows-1252
	dec, a1, _ := normalize.Decode(in, normalize.VNI)
	out, a2, _, _ := normalize.Normalizer{}.Normalize(dec)
	a := normalize.Compose(a1, a2)
	i := strings.Index(string(out), "Ủy")
	s, e := a.InputSpan(i, i+len("Ủy ban"))
	fmt.Printf("%s <- %q\n", out, in[s:e])
	// Output: Chủ tịch Ủy ban <- "Uyû ban"
}

func ExampleTCVN3Encoding() {
	raw := "Vi\xd6t Nam" // TCVN3 bytes
	s, _ := normalize.TCVN3Encoding.NewDecoder().String(raw)
	fmt.Println(s)
	// Output: Việt Nam
}

func ExampleNameKey() {
	fmt.Println(normalize.NameKey("V. Kalganov") == normalize.NameKey("V.Kalganov"))
	fmt.Println(normalize.NameKey("Hội hữu nghị Việt – Nga"))
	// Output:
	// true
	// hoi huu nghi viet-nga
}

func ExampleIsSyllable() {
	for _, w := range []string{"Nguyễn", "nghieng", "Kalganov", "iPhone"} {
		fmt.Println(w, normalize.IsSyllable(w))
	}
	// Output:
	// Nguyễn true
	// nghieng true
	// Kalganov false
	// iPhone false
}
