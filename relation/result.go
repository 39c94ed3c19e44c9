package relation

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/entity"
)

// emitShortAliases decides whether short forms found by word subsequence
// ("Hội đồng Hòa bình" for "Hội đồng Hòa bình về Gaza") become alias relations.
const emitShortAliases = true

// emitAliases turns the alias candidates found while clustering into alias
// relations, one per (entity, alias wording).
func (l *linker) emitAliases() {
	for _, c := range l.aliases {
		if c.short && !emitShortAliases {
			continue
		}
		if l.kid[c.alias] == l.kid[c.name] || l.inDocumentNumber(c.alias) {
			continue
		}
		k := relKey{ent: int32(l.find(c.name)), key: l.kid[c.alias], org: -1}
		sp := l.span(c.name, c.alias)
		head := &l.relOf[k.ent]
		if x := l.findRelation(*head, k); x >= 0 {
			l.addEvidence(x, sp)
			continue
		}
		l.addRelation(Relation{
			Kind: Alias, Person: -1, Title: -1, Organization: -1, Date: -1,
			Name: c.name, Alias: c.alias,
		}, sp, k, head)
	}
}

// relKey identifies a relation for deduplication: a position by its person
// entity, title key id and organization entity (-1: none); an alias by its
// name entity and alias key id.
type relKey struct{ ent, key, org int32 }

// findRelation returns the relation with key k in the chain that starts at
// relation head (-1: empty), or -1. The chains are those of relOf: one
// entity has few positions or aliases.
func (l *linker) findRelation(head int32, k relKey) int {
	for x := head; x >= 0; x = l.relNext[x] {
		if l.relKeys[x] == k {
			return int(x)
		}
	}
	return -1
}

// evSpan is one span of evidence, in a chain of the spans of one relation.
type evSpan struct {
	sp   Span
	next int32 // next span of the same relation, -1 for none
}

// evChain is the first and last span of a relation's evidence in l.evs.
type evChain struct{ head, tail int32 }

// addRelation appends r, with evidence sp and key k, to the relations and
// to the chain that starts at *head. While linking, the evidence of the
// relations is kept in l.evs, so that the result's spans can all be
// allocated at once by relations.
func (l *linker) addRelation(r Relation, sp Span, k relKey, head *int32) {
	e := int32(len(l.evs))
	l.evs = append(l.evs, evSpan{sp: sp, next: -1})
	l.chains = append(l.chains, evChain{e, e})
	l.relKeys = append(l.relKeys, k)
	l.relNext = append(l.relNext, *head)
	*head = int32(len(l.res.Relations))
	l.res.Relations = append(l.res.Relations, r)
}

// addEvidence adds sp to the evidence of relation x, unless it is there.
func (l *linker) addEvidence(x int, sp Span) {
	c := &l.chains[x]
	for e := c.head; e >= 0; e = l.evs[e].next {
		if l.evs[e].sp == sp {
			return
		}
	}
	e := int32(len(l.evs))
	l.evs = append(l.evs, evSpan{sp: sp, next: -1})
	l.evs[c.tail].next = e
	c.tail = e
}

// relations returns the relations found, in a slice of their own: each
// with its evidence sorted, the first occurrence first, and all of them
// ordered (stably) by their first occurrence.
func (l *linker) relations() []Relation {
	rels := l.res.Relations
	if len(rels) == 0 {
		return nil
	}
	// One array holds the evidence of every relation.
	back := make([]Span, 0, len(l.evs))
	ev := resize(l.evRange, len(rels))
	l.evRange = ev
	for x := range rels {
		start := len(back)
		for e := l.chains[x].head; e >= 0; e = l.evs[e].next {
			back = append(back, l.evs[e].sp)
		}
		slices.SortFunc(back[start:], func(a, b Span) int { return a.Start - b.Start })
		ev[x] = [2]int32{int32(start), int32(len(back))}
	}
	// Sort indices rather than relations: a stable sort yields the one
	// order the comparison allows, however the elements are moved.
	order := resize(l.order, len(rels))
	l.order = order
	for x := range order {
		order[x] = int32(x)
	}
	slices.SortStableFunc(order, func(x, y int32) int {
		return back[ev[x][0]].Start - back[ev[y][0]].Start
	})
	out := make([]Relation, len(rels))
	for k, x := range order {
		out[k] = rels[x]
		s, e := ev[x][0], ev[x][1]
		out[k].Evidence = back[s:e:e]
	}
	return out
}

// entities builds one Entity per cluster of PERSON, ORGANIZATION and
// LOCATION mentions, in order of first mention.
func (l *linker) entities() {
	idx := l.idx // root -> entity index + 1
	l.ent = resize(l.ent, len(l.ms))
	ent := l.ent // mention -> entity index
	roots := 0   // the number of entities, if every cluster's root is one of its own type
	for i := range l.ms {
		if t := l.typ[i]; int(l.parent[i]) == i && (t == entity.Person || t == entity.Organization || t == entity.Location) {
			roots++
		}
	}
	// The entities are filled in field by field, their pointers once each.
	ents := make([]Entity, roots)
	n := 0 // entities so far
	l.ints = resize(l.ints, 3*roots)
	scratch := l.ints
	best, bestLen, count := scratch[:0:roots], scratch[roots:roots:2*roots], scratch[2*roots:2*roots:3*roots]
	total := 0 // mentions in entities
	for i := range l.ms {
		t := l.typ[i]
		if t != entity.Person && t != entity.Organization && t != entity.Location {
			continue
		}
		r := l.find(i)
		x := int(idx[r]) - 1
		if x < 0 {
			x = n
			n++
			idx[r] = int32(x + 1)
			if x < len(ents) {
				ents[x].Type = t
			} else {
				ents = append(ents, Entity{Type: t})
			}
			// The score of a name is only needed against another.
			best, bestLen, count = append(best, i), append(bestLen, -1), append(count, 0)
		} else if l.tid[i] != l.tid[best[x]] { // the same text scores the same
			if bestLen[x] < 0 {
				bestLen[x] = l.nameScore(best[x])
			}
			if 2*len(l.text(i))+1 > bestLen[x] { // no more runes than bytes
				if n := l.nameScore(i); n > bestLen[x] {
					best[x], bestLen[x] = i, n
				}
			}
		}
		ent[i] = int32(x)
		count[x]++
		total++
	}
	ents = ents[:n]
	// One backing array for all mention lists, each filled in text order.
	back := make([]int, total)
	start := count[:0] // where each entity's list goes on (reuses count)
	end := 0
	for x := range ents {
		c := count[x]
		start = append(start, end)
		end += c
		ents[x].Mentions = back[end-c : end : end]
	}
	for i := range l.ms {
		t := l.typ[i]
		if t != entity.Person && t != entity.Organization && t != entity.Location {
			continue
		}
		x := ent[i]
		back[start[x]] = i
		start[x]++
	}
	for x := range ents {
		name := l.text(best[x])
		// Every wide dash starts with byte 0xE2, as do the typographic
		// quotes, which are common and need no copy.
		if strings.IndexByte(name, 0xE2) >= 0 && strings.ContainsAny(name, wideDashes) {
			name = dashes.Replace(name)
		}
		if l.src != nil || l.own.inArena(name) {
			// Not to keep a piece of the text, nor to point into an
			// array the next call writes over.
			name = strings.Clone(name)
		}
		ents[x].Name = name
	}
	l.res.Entities = ents
}

// wideDashes are the dashes of names that dashes unifies.
const wideDashes = "–—‐‑‒−"

var dashes = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "‒", "-", "−", "-")

// nameScore returns nameScore of the text of mention i, computed once per
// distinct text.
func (l *linker) nameScore(i int) int {
	t := l.tid[i]
	if l.tscore[t] < 0 {
		l.tscore[t] = int32(nameScore(l.texts.str(t)))
	}
	return int(l.tscore[t])
}

// nameScore ranks candidate canonical names: the longest wins, and between
// two of the same length the one not written all in capitals ("Nhật Bản",
// not the headline's "NHẬT BẢN").
func nameScore(s string) int {
	n, lower := 0, 0
	for _, r := range s {
		n++
		if lower == 0 && (r < utf8.RuneSelf && 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r)) {
			lower = 1
		}
	}
	return 2*n + lower
}
