// Command normalize shows the normalizer on text in legacy encodings and in
// mixed tone-mark styles.
//
//	go run ./examples/normalize
package main

import (
	"fmt"
	"log"

	"github.com/vnextract/vnextract/normalize"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("normalize: ")

	// Mixed tone styles: "Ủy ban" (old) and "Uỷ ban" (new) in one text, and a
	// mark typed on the wrong vowel ("baỏ").
	mixed := []byte("Uỷ ban nhân dân và Ủy ban Hoà bình; sức khoẻ, baỏ vệ")
	for _, style := range []string{"old", "new"} {
		ts, err := normalize.ParseToneStyle(style)
		if err != nil {
			log.Fatal(err)
		}
		n := normalize.Normalizer{Tone: ts}
		out, _, rep, err := n.Normalize(mixed)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-4s %s (%d syllables re-toned)\n", style+":", out, rep.Retoned)
	}

	// Legacy encodings: raw TCVN3 bytes, and the same bytes already read as
	// Windows-1252 (the usual "Xin chµo" mojibake), detected automatically.
	for _, in := range [][]byte{
		[]byte("Xin ch\xb5o Vi\xd6t Nam"), // TCVN3 bytes
		[]byte("Xin chµo ViÖt Nam"),       // TCVN3 read as Windows-1252
		[]byte("Xin chào Việt Nam"),       // Unicode: left alone
	} {
		enc, conf := normalize.Detect(in)
		n := normalize.Normalizer{From: normalize.Auto}
		out, _, rep, err := n.Normalize(in)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-28q detected %-8s (%.2f) -> %s [read as %s]\n", in, enc, conf, out, rep.Encoding)
	}

	// Folding: the key used to match text typed without diacritics.
	fmt.Println(normalize.Fold("Chủ tịch Phan Anh Sơn, Đà Nẵng"))

	// Offsets survive normalization: the alignment maps output offsets back
	// to the input.
	in := []byte("Thuỷ lợi")
	out, a, _, err := normalize.Normalizer{Tone: normalize.ToneOld}.Normalize(in)
	if err != nil {
		log.Fatal(err)
	}
	if a != nil {
		s, e := a.InputSpan(0, len(out))
		fmt.Printf("%q -> %q; output [0,%d) is input [%d,%d)\n", in, out, len(out), s, e)
	} else {
		fmt.Printf("%q unchanged\n", in)
	}
}
