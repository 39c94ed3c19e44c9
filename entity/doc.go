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
//  4. The stage-1 rules of the registry (registry.go), sentence by
//     sentence: at each token, the rules of the lexicon kinds matched
//     there (or of its cues: a capitalized word, a credit) propose
//     candidates: Vietnamese names (family, middle and given names, and
//     honorifics), titles with their modifiers ("nguyên Phó Thủ tướng"),
//     organization names built on a head noun ("Ủy ban Đối ngoại Saint
//     Petersburg"), places after a trigger word ("tỉnh Hải Dương").
//  5. Overlapping candidates resolved by one sort key read from the
//     registry: the rule's tier (dates and times above the grammar), then
//     length, then the rule's priority, then position.
//  6. The gap rules of the registry, on the tokens no mention holds: names
//     right after a title, foreign capitalized runs, acronyms the text
//     defines, short references to people named in full elsewhere.
//
// A mention that is exactly one lexicon entry's match carries the entry's
// canonical name ([Mention.Canonical]); [Mention.Rule] names the rule that
// found it (the Rule constants).
//
// # Where things go
//
// A new organization pattern is a rule. If it is a new way of reading the
// names that start at a head noun (org-head), it goes into org.go, in
// orgByHead or orgBody; a context that makes or unmakes a local body (a
// bare "tỉnh", a Party committee, a lower-case head) goes into
// org_local.go, and one that reads the whole document (acronyms, names
// used again, brands) into org_document.go, as people's are split between
// person.go and person_document.go. If it starts from something else, it is
// a new function in the file of its concern, a ruleID constant and an entry in the registry
// (registry.go) giving its name (a new exported Rule constant: it is part of
// the JSON contract, so also add it to contractRules in registry_test.go), its type,
// tier and priority, and the lexicon kinds at which it runs (on); the
// registry's order is the order in which the rules propose at a token, and
// the priority decides between overlapping candidates of equal length. A
// pattern that needs what the other rules found goes in as a gap rule (gap
// instead of at), run after resolution on the free tokens. Words the
// pattern looks for belong in the lexicon, not in the code.
//
// A new lexicon kind is a Kind constant in lexicon.go, added to Kinds, a
// file in lexdata/ (its header says what the words are and how they are
// compared) and a row in lexdata/README.md. A kind of names to find in text
// is matched like the others and gets a bit (bitX = kindBit(KindX), in
// recognizer.go) that rules name in the registry; a word list that rules
// consult is listed in Kind.wordList and indexed in internWords (rulectx.go)
// for the rule to read from Recognizer.w. User lexicons may then add to it
// with the same kind name.
//
// A new mention type (MONEY, PERCENT) is a Type constant in mention.go with
// its JSON name in typeNames, Types and ParseType; a file of its own
// (money.go) with the functions that propose its spans; its Rule constants
// and registry entries (registry.go); and its words as lexicon kinds. If
// it is read by a grammar of its own, like the dates, its candidates join
// the others in Recognizer.Recognize under a registry entry that gives
// their tier. The root package and the relation package handle a new type
// where they switch on the types (JSON, CoNLL, HTML, clustering).
//
// Grouping mentions into entities and relations is package relation's
// work. What it needs of the lexicon it asks the [Analysis]:
// [Analysis.CanonicalName] gives the canonical name of a text of a type
// (the third column of a lexicon line; a user entry "ORG	XYZQ	Tập
// đoàn Thử Nghiệm Alpha" makes XYZQ an alias of that body), and
// [Analysis.VietnameseName] tells a Vietnamese name from a foreign one by
// the lexicon's family names. A variant of a name is therefore a lexicon
// line; relation keeps no list of names.
//
// The letters, syllables and keys are normalize's: the tokenizer's rune
// table is built from [normalize.FoldRune] and [normalize.SplitTone], the
// [Syllable] flag is [normalize.IsSyllable], and canonical names are
// compared by [normalize.NameKey].
package entity
