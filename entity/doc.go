// Package entity finds the mentions of Vietnamese text: PERSON, TITLE (a
// position: "Phó Chủ tịch"), ORGANIZATION, LOCATION, DATE and TIME, with
// byte offsets into the text it is given and, for dates and times, TIMEX3
// values.
//
// Build a [Recognizer] once with [NewRecognizer] (the embedded lexicons,
// plus any entries from [ParseLexicon]); it is immutable and safe for
// concurrent use. [Recognizer.Recognize] reads one normalized (NFC) text
// and returns an [Analysis]: its tokens, sentences and mentions, sorted by
// start and never overlapping. [Analysis.Release] hands the buffers back
// for the next call. [FindDates] and [FindDateline] read dates alone.
//
// # How Recognize reads a text
//
//  1. Tokens. One pass splits the text into words, numbers and
//     punctuation, with the word boundaries of Unicode's UAX #29 (a fast
//     path for Latin script; the general segmenter for anything else), and
//     into sentences. Each token carries its surface flags ([Cap],
//     [AllCaps], [Marked], [Syllable], ...) and the id of its folded
//     lower-case key ("Sơn" and "son" share one). The same pass makes the
//     date grammar's tokens. A word that is a whole run of letters is
//     looked up by its bytes in a memo of recent words, which gives all of
//     that at once: news text reuses a few thousand words.
//  2. Dates and times, read by a hand-written grammar on its own tokens
//     (the forms it reads and the values it gives are listed at the top of
//     date.go). Without a reference date, a dateline near the start of the
//     text provides one.
//  3. Lexicon matches. One-token entries are looked up by key and longer
//     ones with a token-level Aho-Corasick automaton, both on folded keys;
//     each match is then checked against the entry's diacritics and
//     capitals, so that text typed without accents is still read while
//     "phap" in an accented sentence is not "Pháp".
//  4. Grammar rules on the matches, sentence by sentence: Vietnamese names
//     (family, middle and given names, and honorifics), titles with their
//     modifiers ("nguyên Phó Thủ tướng"), organization names built on a
//     head noun ("Ủy ban Đối ngoại Saint Petersburg"), places after a
//     trigger word ("tỉnh Hải Dương").
//  5. Overlapping candidates resolved: by strength (dates and times
//     first, guesses at foreign names last), then length, then the rule's
//     priority.
//  6. A second look at what is left: names right after a title, foreign
//     capitalized runs, acronyms the text defines, short references to
//     people named in full elsewhere.
//
// Grouping mentions into entities and relations is package relation's
// work.
package entity
