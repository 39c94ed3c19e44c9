package vnextract

import (
	"fmt"
	"io"
	"time"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/entity/date"
	"github.com/vnextract/vnextract/normalize"
	"github.com/vnextract/vnextract/tagger"
)

// config is what Options set.
type config struct {
	ref      time.Time
	tone     normalize.ToneStyle
	encoding normalize.Encoding
	autoEnc  bool
	noRepair normalize.Repairs // repair rules not applied (zero: all apply)
	lexicon  []entity.LexiconEntry
	types    map[entity.Type]bool // nil: all types
	prefer   date.Direction
	model    *tagger.Model
}

// An Option configures an Extractor built by New.
type Option func(*config) error

// WithRefDate sets the reference date that resolves year-less and relative
// dates ("1/10", "hôm qua", "năm ngoái"). Without it, a dateline found near the
// start of the document is used ("06:00 | 15/11/2021 GMT+7"); without either,
// a year-less date keeps an unknown year (XXXX-10-01) and a relative one has no value.
func WithRefDate(t time.Time) Option {
	return func(c *config) error {
		c.ref = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		return nil
	}
}

// WithDatePreference sets where a year-less date ("ngày 20/11"), a bare
// weekday or month and a clock time alone go from the reference date:
// date.Past, the default, takes the nearest occurrence (news reports what
// happened); date.Future takes the next one, as Duckling does.
func WithDatePreference(p date.Direction) Option {
	return func(c *config) error {
		if p != date.Past && p != date.Future {
			return fmt.Errorf("vnextract: unknown date preference %v", p)
		}
		c.prefer = p
		return nil
	}
}

// WithToneStyle sets the tone-mark style of the normalized text (and so of
// the Normalized field of mentions): normalize.ToneOld ("hòa", the default),
// normalize.ToneNew ("hoà") or normalize.ToneKeep.
func WithToneStyle(s normalize.ToneStyle) Option {
	return func(c *config) error {
		c.tone = s
		return nil
	}
}

// WithRepairs sets the repair rules the normalizer applies to mistyped
// words (see normalize.Repairs): normalize.AllRepairs, the default, or a
// subset; WithRepairs(0) keeps every word as typed. Offsets point into the
// input either way.
func WithRepairs(r normalize.Repairs) Option {
	return func(c *config) error {
		if r&^normalize.AllRepairs != 0 {
			return fmt.Errorf("vnextract: unknown repair rules %v", r)
		}
		c.noRepair = normalize.AllRepairs &^ r
		return nil
	}
}

// WithEncoding fixes the input encoding instead of detecting it. By default
// the input's encoding is detected, and correct Unicode is never converted.
func WithEncoding(e normalize.Encoding) Option {
	return func(c *config) error {
		c.encoding = e
		c.autoEnc = false
		return nil
	}
}

// WithLexicon adds lexicon entries to the embedded ones (for example parsed
// with entity.ParseLexicon from a user's TSV file).
func WithLexicon(entries ...entity.LexiconEntry) Option {
	return func(c *config) error {
		c.lexicon = append(c.lexicon, entries...)
		return nil
	}
}

// WithTypes restricts the output to mentions of the given types; relations
// whose arguments are not all kept are dropped. By default every type is produced.
func WithTypes(types ...entity.Type) Option {
	return func(c *config) error {
		if len(types) == 0 {
			return fmt.Errorf("vnextract: WithTypes needs at least one type")
		}
		c.types = make(map[entity.Type]bool)
		for _, t := range types {
			if t < entity.Person || t > entity.Time {
				return fmt.Errorf("vnextract: unknown type %v", t)
			}
			c.types[t] = true
		}
		return nil
	}
}

// WithModel loads a tagger model (made by "vnextract train" or
// tagger.Train) from r. The model's mentions replace the rule mentions of
// the types it was trained on; the rules still give the other types, date
// values, relations and offsets. A file that is not a valid model is an
// error wrapping tagger.ErrFormat.
func WithModel(r io.Reader) Option {
	return func(c *config) error {
		m, err := tagger.Load(r)
		if err != nil {
			return err
		}
		c.model = m
		return nil
	}
}

// WithTagger uses an already loaded (or just trained) tagger model; see
// WithModel.
func WithTagger(m *tagger.Model) Option {
	return func(c *config) error {
		c.model = m
		return nil
	}
}
