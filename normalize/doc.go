// Package normalize brings Vietnamese text to one canonical form without
// losing the way back to the original.
//
// # Rules
//
// [Normalizer.Normalize] applies, in one pass over UTF-8 input:
//
//   - Unicode: the output is NFC, from NFC, NFD or mixed input, including the
//     Windows-1258 style of a base letter followed by a combining tone. The
//     tone and quality marks attached to a Vietnamese vowel are merged
//     whatever their order ("e" U+0301 U+0302 is "ế"). ð/Ð (U+00F0/U+00D0)
//     become đ/Đ in Vietnamese syllables ("Ðà Nẵng" -> "Đà Nẵng").
//   - Tone placement: every word that has a tone mark is parsed as a
//     syllable, onset + glide + nucleus + coda + tone (the "qu" and "gi"
//     onsets keep their u and i). The mark goes on the vowel with a quality
//     mark (ươ: on ơ; uô: ô; iê/yê: ê); otherwise, with a coda consonant, on
//     the last vowel; otherwise on the first vowel of the diphthong, or the
//     middle one of three. oa, oe and uy without a coda depend on the style:
//     [ToneOld] hòa khỏe thủy, [ToneNew] hoà khoẻ thuỷ. Marks typed on the
//     wrong vowel are repaired ("baỏ" -> "bảo", "lựơng" -> "lượng",
//     "nghịêm" -> "nghiệm", "qúy" -> "quý") and case is kept (HOÀ -> HÒA).
//     [ToneKeep] leaves every mark where it was written (no repair) but does
//     everything else. A word that is not one Vietnamese syllable (Kalganov,
//     Petersburg, two different tone marks), or that is part of an e-mail address, a
//     URL ("://", "www.") or an identifier (next to a digit, "_", "/", "\"
//     or "@"), keeps its marks as written.
//   - Spaces: U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F and U+3000 become
//     U+0020, one for one (runs are not collapsed). Line breaks (LF, CR,
//     CRLF, VT, FF, U+0085, U+2028, U+2029) and tabs are kept as they are.
//   - Invisible characters are removed: soft hyphen U+00AD, U+180E, U+200B,
//     U+200E, U+200F, U+202A-U+202E, U+2060-U+2064, U+2066-U+2069 and U+FEFF.
//     ZWNJ and ZWJ (U+200C, U+200D) are removed after Latin letters, digits,
//     punctuation and spaces, and kept elsewhere (emoji sequences, Indic and
//     Arabic scripts). Inside a word the removal joins its parts, which are
//     then read as one word ("Hà\u200bNội" -> "HàNội"); an invisible
//     character right before a combining mark that follows a non-letter is
//     kept, since removing it would move the mark.
//   - Control characters other than tab and line breaks (C0, DEL, C1 except
//     U+0085) become U+0020.
//   - Dashes: U+2010-U+2015, U+2212, U+FE58, U+FE63 and U+FF0D become "-"
//     (U+002D); spaces around them are kept ("Việt – Nga" -> "Việt - Nga").
//   - Quotes: “ ” „ ‟ ″ « » ＂ 〝 〞 become '"'; ‘ ’ ‚ ‛ ′ ‹ › ＇ become "'".
//   - Invalid UTF-8: each invalid byte becomes U+FFFD and is counted in the
//     [Report] (with the offset of the first one); in strict mode Normalize
//     fails with an [*InvalidUTF8Error] naming the offset instead.
//   - Repairs: typing mistakes in a word that, repaired, is one Vietnamese
//     syllable: the same tone typed twice ([RepairDoubleTone]), the missing
//     horn of ươ ([RepairHorn]), the spelling of the velar onsets ngh/gh,
//     k/c/qu ([RepairSpelling]) and, in VIQR input, a final "?" or "." read
//     as a tone ([RepairVIQR]). Valid words, words without a Vietnamese
//     diacritic and codes are left as written. [Normalizer.NoRepair]
//     switches rules off, [Report] counts the repairs by rule and
//     [Normalizer.Explain] lists every change with its input offsets.
//
// Nothing else changes: ASCII punctuation ("TP.", "St.", "D.C."), the
// letters of non-Vietnamese words, digits and line structure are kept.
// Normalizing twice gives the same result as normalizing once, and text that
// is already normalized comes back as the same slice, without allocating.
//
// The key family is defined here, once, for every package: [Key] builds
// comparison keys (folded, lower-case, spacing and dashes unified),
// [AccentKey] the same keeping diacritics, [NameKey] the key entity and
// relation compare names by (as Key on normalized text, a word joined to a
// dot before it), [WordKey] the key of one token, [SpellingKey] and
// [AppendMarkKey] keys that keep tones but not their placement; key.go
// says what each folds and who needs it. [Fold] and
// [AppendFold] remove all diacritics, [FoldRune] and [SplitTone] are the
// letter facts the other packages build their tables from, and
// [IsSyllable] tells a Vietnamese syllable from a foreign word.
//
// # Legacy encodings
//
// [Decode] converts TCVN3 (ABC), VNI-Windows, VISCII, VIQR and Windows-1258
// text to Unicode, from raw 8-bit bytes or from text whose bytes were
// already decoded as Windows-1252 ("Xin chµo", "Xin chaøo"). [Detect]
// guesses the encoding from the share of words that become valid Vietnamese
// syllables and never proposes to convert correct Unicode Vietnamese. It is
// the module's one detector: Normalizer (From: Auto), the extractor and the
// commands take its answer as it is.
// [TCVN3Encoding], [VNIEncoding], [VISCIIEncoding] and [CP1258Encoding] are
// golang.org/x/text/encoding values for use with transform.NewReader.
//
// # Alignment
//
// Every operation can report an [*Alignment] from output byte offsets to
// input byte offsets. It records only the pieces that changed: each says
// that out[o:o+ol] was made from in[i:i+il] as a whole; bytes between pieces
// were copied. A nil alignment is the identity. [Alignment.InputSpan] maps an
// output span to the smallest input span that produced it; offsets are
// monotonic, and an output span whose ends are rune boundaries maps to an
// input span whose ends are rune boundaries. Removed characters belong to no
// output byte, so they are left out of a span that starts or ends next to
// them. [Compose] chains the alignments of successive steps (decoding, then
// normalizing, then folding) so that a mention found in the final text can
// be reported in the caller's coordinates.
//
// # Streaming
//
// [NewTransformer] returns a transform.SpanningTransformer for
// transform.NewReader: memory stays bounded, and input is cut only at
// whitespace so that results match Normalize.
package normalize
