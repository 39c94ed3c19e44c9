package tagger

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vnextract/vnextract/entity"
	"github.com/vnextract/vnextract/normalize"
)

// Doc is an annotated training document: a text and its mentions, byte
// offsets into Text (the v1 contract's mention shape, with the type as a
// name).
type Doc struct {
	Text     string
	Mentions []Span
}

// Options configure Train. The zero value trains for 10 epochs with no dev
// set.
type Options struct {
	// Epochs is the most passes over the training documents (default 10).
	Epochs int
	// Dev, when not empty, is scored after each epoch; training stops when
	// its F1 has not improved for Patience epochs, and the model of the
	// best epoch is returned.
	Dev      []Doc
	Patience int // default 3
	// Types, when not empty, limits the model to these types; the others
	// in the data are read as outside any mention.
	Types []string
	// MinCount drops the features seen fewer times in the training data
	// (default: 1 below 200,000 tokens, 2 above, to bound memory).
	MinCount int
	// MinWeight drops the averaged weights smaller than it in magnitude
	// from the model (default: 1, less than one update on average, from 20,000 training tokens up, where there are many, and 0 below; negative: keep all). Most of them come
	// from a few updates made early and undone later: they change few
	// decisions but cost time at every token.
	MinWeight float64
	// TrustFolds is the number of parts the training documents are cut
	// into, when there is no dev set, to choose how far to trust the
	// model on each type (Trust): a model is trained on all parts but
	// one in turn and scored, with the rules, on the part left out
	// (default 3; it needs twice as many documents, otherwise the model
	// is trusted on every type). With a dev set the trust is chosen on
	// the dev set. Negative: trust the model on every type, as version 1
	// models did.
	TrustFolds int
	// Seed fixes the order of the documents in each epoch (default 1).
	// The same documents, options and seed give the same model, byte for
	// byte.
	Seed uint64
	// Progress, when set, is called after each epoch.
	Progress func(Epoch)
}

// Epoch reports one pass over the training data.
type Epoch struct {
	N         int           // 1-based
	Tokens    int           // training tokens
	Mistakes  int           // sentences whose labels the perceptron got wrong (and updated on)
	Train     time.Duration // time of this epoch
	DevF1     float64       // phrase F1 on the dev set (0 without one)
	DevScored bool          // a dev set was scored
	Best      bool          // the best epoch so far on the dev set
}

// Stats describes a training run.
type Stats struct {
	Docs, Sentences, Tokens int
	Features                int           // features in the model
	Prepare                 time.Duration // tokenizing, recognizing, extracting features
	Epochs                  int           // epochs run
	BestEpoch               int
	DevF1                   float64
	Skipped                 int // gold mentions left out: overlapping another or not on a token
	// TrustDocs is the number of documents the trust of each type was
	// chosen on (0: none, the model is trusted on every type).
	TrustDocs int
}

// corpus is a prepared data set: feature ids and gold labels per token.
type corpus struct {
	ids   []int32
	off   []int32 // token t: ids[off[t]:off[t+1]]
	gold  []int16
	sents [][2]int32 // token ranges
	// What choosing the trust reads, in the offsets of the input
	// texts: each token's span, and per document its sentences, rule
	// mentions and gold mentions.
	spans [][2]int32
	docs  []docInfo
}

// docInfo is a document of a corpus: its sentences c.sents[first:last],
// the rule mentions and the gold mentions of entity types.
type docInfo struct {
	first, last int32
	rules       []entity.Mention
	gold        []typedSpan
}

func (c *corpus) tokens() int { return len(c.gold) }

// Train learns a model from docs with rec's rule signals as features. The
// texts are normalized as Extract normalizes them (tone style "old"), and
// the gold offsets are mapped through the normalization. ctx stops it.
func Train(ctx context.Context, rec *entity.Recognizer, docs []Doc, opt Options) (*Model, Stats, error) {
	var st Stats
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Patience <= 0 {
		opt.Patience = 3
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	types, err := collectTypes(docs, opt.Types)
	if err != nil {
		return nil, st, err
	}
	if len(types) == 0 {
		return nil, st, errors.New("tagger: the training data has no mentions")
	}
	labelOf := map[string]int{}
	for i, t := range types {
		labelOf[t] = 1 + 2*i
	}
	nl := 1 + 2*len(types)
	t0 := time.Now()
	dict := map[uint64]int32{}
	var keys []uint64
	var counts []int32
	train, skipped, err := prepare(ctx, rec, docs, labelOf, func(k uint64) int32 {
		id, ok := dict[k]
		if !ok {
			id = int32(len(keys))
			dict[k] = id
			keys = append(keys, k)
			counts = append(counts, 0)
		}
		counts[id]++
		return id
	})
	if err != nil {
		return nil, st, err
	}
	st.Skipped = skipped
	minCount := opt.MinCount
	if minCount <= 0 {
		minCount = 1
		if train.tokens() > 200000 {
			minCount = 2
		}
	}
	keys = prune(&train, keys, counts, minCount)
	dict = make(map[uint64]int32, len(keys))
	for i, k := range keys {
		dict[k] = int32(i)
	}
	var dev corpus
	if len(opt.Dev) > 0 {
		var sk int
		dev, sk, err = prepare(ctx, rec, opt.Dev, labelOf, func(k uint64) int32 {
			if id, ok := dict[k]; ok {
				return id
			}
			return -1
		})
		if err != nil {
			return nil, st, fmt.Errorf("dev set: %w", err)
		}
		_ = sk
	}
	st.Docs, st.Sentences, st.Tokens = len(docs), len(train.sents), train.tokens()
	st.Prepare = time.Since(t0)

	all := make([]int, len(train.sents))
	for i := range all {
		all[i] = i
	}
	bestW, bestT, err := fit(ctx, &train, all, len(keys), nl, opt, &dev, &st)
	if err != nil {
		return nil, st, err
	}
	minW := float32(opt.MinWeight)
	switch {
	case opt.MinWeight == 0 && train.tokens() >= 20000:
		minW = 1
	case opt.MinWeight == 0:
		minW = 0
	case opt.MinWeight < 0:
		minW = 0
	}
	etypes := make([]entity.Type, len(types))
	for i, t := range types {
		etypes[i], _ = entity.ParseType(t)
	}
	var trust []Trust
	switch folds := cmp.Or(opt.TrustFolds, 3); {
	case folds < 0:
	case len(opt.Dev) > 0:
		held := heldOutDocs(&dev, bestW, bestT, nl, etypes, nil)
		trust, st.TrustDocs = learnTrust(etypes, held), len(held)
	case folds >= 2 && len(train.docs) >= 2*folds:
		var held []heldOut
		for k := 0; k < folds; k++ {
			var part []int
			for d := range train.docs {
				if d%folds != k {
					part = append(part, sentRange(&train, d)...)
				}
			}
			o := opt
			o.Seed = opt.Seed + uint64(k) + 1
			o.Progress = nil
			var fst Stats
			w, t, err := fit(ctx, &train, part, len(keys), nl, o, &corpus{}, &fst)
			if err != nil {
				return nil, st, err
			}
			held = append(held, heldOutDocs(&train, w, t, nl, etypes, func(d int) bool { return d%folds == k })...)
		}
		trust, st.TrustDocs = learnTrust(etypes, held), len(held)
	}
	m := buildModel(types, keys, bestW, slices.Clone(bestT), minW, trust)
	st.Features = m.features()
	return m, st, nil
}

// sentRange returns the indexes of the sentences of document d of c.
func sentRange(c *corpus, d int) []int {
	var out []int
	for i := c.docs[d].first; i < c.docs[d].last; i++ {
		out = append(out, int(i))
	}
	return out
}

// fit trains a perceptron on the sentences order of train (the order is
// shuffled in place, epoch by epoch) and returns the averaged weights of
// the best epoch: by the F1 on dev when it has sentences, otherwise the
// last. It fills in the epochs of st.
func fit(ctx context.Context, train *corpus, order []int, nfeat, nl int, opt Options, dev *corpus, st *Stats) (w, t []float32, err error) {
	p := newPerceptron(nfeat, nl)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7461676765720001))
	var bestW, bestT, avgW, avgT []float32
	bestF1, sinceBest := -1.0, 0
	scoreDev := len(dev.sents) > 0
	var sc scratch
	for ep := 1; ep <= opt.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		te := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for k, si := range order {
			if k%1024 == 1023 {
				if err := ctx.Err(); err != nil {
					return nil, nil, err
				}
			}
			if p.learn(train, train.sents[si], &sc) {
				mistakes++
			}
		}
		e := Epoch{N: ep, Tokens: train.tokens(), Mistakes: mistakes, Train: time.Since(te)}
		st.Epochs = ep
		avgW, avgT = p.average(avgW, avgT)
		if scoreDev {
			e.DevF1, e.DevScored = scoreDense(dev, avgW, avgT, nl, &sc), true
			if e.DevF1 > bestF1 {
				bestF1, sinceBest, e.Best = e.DevF1, 0, true
				bestW, avgW = avgW, bestW
				bestT, avgT = avgT, bestT
				st.BestEpoch, st.DevF1 = ep, e.DevF1
			} else {
				sinceBest++
			}
		} else {
			bestW, bestT, st.BestEpoch = avgW, avgT, ep
		}
		if opt.Progress != nil {
			opt.Progress(e)
		}
		if scoreDev && sinceBest >= opt.Patience {
			break
		}
		if mistakes == 0 {
			break // the perceptron no longer changes
		}
	}
	return bestW, bestT, nil
}

// heldOutDocs labels the documents d of c for which use(d) (all when use is
// nil) with the weights w and t (by training id), and returns them with
// their rule and gold mentions, for learnTrust.
func heldOutDocs(c *corpus, w, t []float32, nl int, etypes []entity.Type, use func(int) bool) []heldOut {
	var lat lattice
	lat.set(maskTrans(t, nl), nl)
	var sc scratch
	var out []heldOut
	for d := range c.docs {
		if use != nil && !use(d) {
			continue
		}
		di := &c.docs[d]
		h := heldOut{rules: di.rules, gold: make(map[typedSpan]bool, len(di.gold))}
		for _, g := range di.gold {
			h.gold[g] = true
		}
		for si := di.first; si < di.last; si++ {
			s := c.sents[si]
			path := decodeDense(c, s, w, &lat, nl, &sc)
			phrases(path, func(typ, a, b int) {
				if et := etypes[typ]; et != 0 {
					st, en := c.spans[int(s[0])+a][0], c.spans[int(s[0])+b-1][1]
					h.spans = append(h.spans, entity.Mention{Type: et, Start: int(st), End: int(en)})
				}
			})
		}
		out = append(out, h)
	}
	return out
}

// collectTypes returns the model's types: only (canonical names), or every
// type in docs, entity types first in their order, then the others sorted.
func collectTypes(docs []Doc, only []string) ([]string, error) {
	seen := map[string]bool{}
	if len(only) > 0 {
		for _, t := range only {
			c := CanonicalType(t)
			if !validType(c) {
				return nil, fmt.Errorf("tagger: bad type name %q", t)
			}
			seen[c] = true
		}
	} else {
		for di, d := range docs {
			for _, m := range d.Mentions {
				c := CanonicalType(m.Type)
				if !validType(c) {
					return nil, fmt.Errorf("tagger: document %d: bad type name %q (want letters, digits, _ or -)", di+1, m.Type)
				}
				seen[c] = true
			}
		}
	}
	var out []string
	for _, t := range entity.Types {
		if seen[t.String()] {
			out = append(out, t.String())
			delete(seen, t.String())
		}
	}
	rest := make([]string, 0, len(seen))
	for t := range seen {
		rest = append(rest, t)
	}
	sort.Strings(rest)
	out = append(out, rest...)
	if len(out) > maxTypes {
		return nil, fmt.Errorf("tagger: %d types, at most %d", len(out), maxTypes)
	}
	return out, nil
}

// CanonicalType returns the name a model uses for a type: the entity type's
// name when s names one ("PER" -> "PERSON", "org" -> "ORGANIZATION"),
// otherwise s in upper case ("misc" -> "MISC").
func CanonicalType(s string) string {
	if t, err := entity.ParseType(s); err == nil {
		return t.String()
	}
	return strings.ToUpper(s)
}

// prepared is one document's data, made by a worker.
type prepared struct {
	keys    []uint64
	off     []int32
	gold    []int16
	sents   [][2]int32
	spans   [][2]int32 // per token, in the input's offsets
	rules   []entity.Mention
	golds   []typedSpan
	skipped int
	err     error
}

// prepare tokenizes, recognizes and extracts the features of docs (in
// parallel), then gives each feature key an id with id (in document order,
// so that ids do not depend on scheduling; -1 drops the feature).
func prepare(ctx context.Context, rec *entity.Recognizer, docs []Doc, labelOf map[string]int, id func(uint64) int32) (corpus, int, error) {
	var c corpus
	c.off = []int32{0}
	skipped := 0
	workers := runtime.GOMAXPROCS(0)
	const batch = 32
	res := make([]prepared, batch)
	for b := 0; b < len(docs); b += batch {
		n := min(batch, len(docs)-b)
		var wg sync.WaitGroup
		next := make(chan int, n)
		for i := 0; i < n; i++ {
			next <- i
		}
		close(next)
		for w := 0; w < min(workers, n); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var x extractor
				for i := range next {
					res[i] = prepareDoc(ctx, rec, &docs[b+i], labelOf, &x)
				}
			}()
		}
		wg.Wait()
		for i := 0; i < n; i++ {
			r := &res[i]
			if r.err != nil {
				return c, 0, fmt.Errorf("tagger: document %d: %w", b+i+1, r.err)
			}
			skipped += r.skipped
			base := int32(len(c.gold))
			first := int32(len(c.sents))
			for _, s := range r.sents {
				c.sents = append(c.sents, [2]int32{base + s[0], base + s[1]})
			}
			c.docs = append(c.docs, docInfo{first: first, last: int32(len(c.sents)), rules: r.rules, gold: r.golds})
			c.gold = append(c.gold, r.gold...)
			c.spans = append(c.spans, r.spans...)
			for t := 0; t+1 < len(r.off); t++ {
				for _, k := range r.keys[r.off[t]:r.off[t+1]] {
					if v := id(fixKey(k)); v >= 0 {
						c.ids = append(c.ids, v)
					}
				}
				c.off = append(c.off, int32(len(c.ids)))
			}
			res[i] = prepared{}
		}
	}
	return c, skipped, nil
}

var trainNormalizer = normalize.Normalizer{Tone: normalize.ToneOld}

func prepareDoc(ctx context.Context, rec *entity.Recognizer, d *Doc, labelOf map[string]int, x *extractor) prepared {
	var p prepared
	ms := slices.Clone(d.Mentions)
	for _, m := range ms {
		if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
			p.err = fmt.Errorf("mention %s [%d, %d) is not inside the text (%d bytes)", m.Type, m.Start, m.End, len(d.Text))
			return p
		}
	}
	// Longest first at one start; a mention overlapping one kept is skipped.
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	kept := ms[:0]
	for _, m := range ms {
		if _, ok := labelOf[CanonicalType(m.Type)]; !ok {
			continue
		}
		if len(kept) > 0 && kept[len(kept)-1].End > m.Start {
			p.skipped++
			continue
		}
		kept = append(kept, m)
	}
	norm, align, _, err := trainNormalizer.Normalize([]byte(d.Text))
	if err != nil {
		p.err = err
		return p
	}
	an, err := rec.Recognize(ctx, string(norm), entity.Options{})
	if err != nil {
		p.err = err
		return p
	}
	defer an.Release()
	x.extract(an)
	p.keys = slices.Clone(x.keys)
	p.off = slices.Clone(x.off)
	for _, rm := range an.Mentions {
		st, en := align.InputSpan(rm.Start, rm.End)
		p.rules = append(p.rules, entity.Mention{Type: rm.Type, Start: st, End: en})
	}
	for _, g := range kept {
		if et, err := entity.ParseType(g.Type); err == nil {
			p.golds = append(p.golds, typedSpan{et, g.Start, g.End})
		}
	}
	// Gold labels: a token belongs to the mention in which it starts (in
	// the input's offsets); the first token of a mention in a sentence is B.
	used := make([]bool, len(kept))
	k := 0
	for _, s := range an.Sentences {
		a := int32(len(p.gold))
		prev := -1
		for i := s.First; i < s.Last; i++ {
			t := an.Tokens[i]
			in, inEnd := align.InputSpan(t.Start, t.End)
			p.spans = append(p.spans, [2]int32{int32(in), int32(inEnd)})
			for k < len(kept) && kept[k].End <= in {
				k++
			}
			y := 0
			if k < len(kept) && kept[k].Start <= in {
				y = labelOf[CanonicalType(kept[k].Type)]
				if prev == k {
					y++ // I-
				}
				used[k] = true
				prev = k
			} else {
				prev = -1
			}
			p.gold = append(p.gold, int16(y))
		}
		if b := int32(len(p.gold)); b > a {
			p.sents = append(p.sents, [2]int32{a, b})
		}
	}
	for _, u := range used {
		if !u {
			p.skipped++
		}
	}
	return p
}

// prune drops the features seen fewer than min times, renumbering the
// others in order, and returns their keys.
func prune(c *corpus, keys []uint64, counts []int32, min int) []uint64 {
	if min <= 1 {
		return keys
	}
	newID := make([]int32, len(keys))
	var kept []uint64
	for i, n := range counts {
		if int(n) >= min {
			newID[i] = int32(len(kept))
			kept = append(kept, keys[i])
		} else {
			newID[i] = -1
		}
	}
	ids := c.ids[:0]
	w := 0
	for t := 0; t+1 < len(c.off); t++ {
		a, b := c.off[t], c.off[t+1]
		c.off[t] = int32(w)
		for _, id := range c.ids[a:b] {
			if v := newID[id]; v >= 0 {
				ids = append(ids, v)
				w++
			}
		}
	}
	c.off[len(c.off)-1] = int32(w)
	c.ids = ids
	return kept
}
