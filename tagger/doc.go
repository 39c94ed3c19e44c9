// Package tagger is a tagger users train on their own annotations: a
// structured averaged perceptron over the tokens of package entity, with BIO
// labels for every mention type in the training data, decoded with Viterbi.
//
// Its features are the token's surface (word, lower-case and accent-free
// forms, shape, flags, prefixes and suffixes), its neighbours at ±2 and
// their bigrams, its place in the sentence, and the signals of the rules:
// the lexicon kinds matched at and around it ([entity.Analysis.TokenKinds])
// and the rule mention that covers it. So a model learns when to trust the
// rules.
//
// [Train] learns a [Model] from annotated [Doc]s, deterministically (integer
// weights, a fixed shuffle per epoch, averaging), with early stopping on a
// dev set. [Model.WriteTo] and [Load] write and read the portable model file.
// [Model.Apply] merges the model's mentions with the rules' for an
// [entity.Analysis], type by type as the model's [Trust] in the type says
// (replace the rules, go before or after them, or leave the type to them),
// which Train chooses on documents the model did not learn from; the root
// package does this when given the WithModel or WithTagger option. A Model
// is immutable and safe for concurrent use.
package tagger
