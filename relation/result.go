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
		root := l.find(c.name)
		ak := aliasKey{name: int32(root), alias: l.kid[c.alias]}
		if l.kid[c.alias] == l.kid[c.name] {
			continue
		}
		sp := l.span(c.name, c.alias)
		if l.alsIdx == nil {
			l.alsIdx = map[aliasKey]int{}
		}
		if x, ok := l.alsIdx[ak]; ok {
			l.res.Relations[x].Evidence = appendSpan(l.res.Relations[x].Evidence, sp)
			continue
		}
		l.alsIdx[ak] = len(l.res.Relations)
		l.res.Relations = append(l.res.Relations, Relation{
			Kind: Alias, Person: -1, Title: -1, Organization: -1, Date: -1,
			Name: c.name, Alias: c.alias, Evidence: []Span{sp},
		})
	}
	for x := range l.res.Relations {
		slices.SortFunc(l.res.Relations[x].Evidence, func(a, b Span) int { return a.Start - b.Start })
	}
	slices.SortStableFunc(l.res.Relations, func(a, b Relation) int {
		return a.Evidence[0].Start - b.Evidence[0].Start
	})
}

// entities builds one Entity per cluster of PERSON, ORGANIZATION and
// LOCATION mentions, in order of first mention.
func (l *linker) entities() {
	idx := l.idx // root -> entity index + 1
	l.ent = resize(l.ent, len(l.ms))
	ent := l.ent // mention -> entity index
	roots := 0   // the number of entities, if every cluster's root is one of its own type
	for i := range l.ms {
		if t := l.ms[i].Type; int(l.parent[i]) == i && (t == entity.Person || t == entity.Organization || t == entity.Location) {
			roots++
		}
	}
	l.res.Entities = make([]Entity, 0, roots)
	l.ints = resize(l.ints, 3*roots)
	scratch := l.ints
	best, bestLen, count := scratch[:0:roots], scratch[roots:roots:2*roots], scratch[2*roots:2*roots:3*roots]
	for i := range l.ms {
		t := l.ms[i].Type
		if t != entity.Person && t != entity.Organization && t != entity.Location {
			continue
		}
		r := l.find(i)
		x := int(idx[r]) - 1
		if x < 0 {
			x = len(l.res.Entities)
			idx[r] = int32(x + 1)
			l.res.Entities = append(l.res.Entities, Entity{Type: t})
			best, bestLen, count = append(best, i), append(bestLen, l.nameScore(i)), append(count, 0)
		} else if 2*len(l.text(i))+1 > bestLen[x] { // no more runes than bytes
			if n := l.nameScore(i); n > bestLen[x] {
				best[x], bestLen[x] = i, n
			}
		}
		ent[i] = int32(x)
		count[x]++
	}
	// One backing array for all mention lists.
	back := make([]int, 0, len(l.ms))
	for x := range l.res.Entities {
		end := len(back) + count[x]
		l.res.Entities[x].Mentions = back[len(back):len(back):end]
		back = back[:end]
	}
	for i := range l.ms {
		t := l.ms[i].Type
		if t != entity.Person && t != entity.Organization && t != entity.Location {
			continue
		}
		e := &l.res.Entities[ent[i]]
		e.Mentions = append(e.Mentions, i)
	}
	for x := range l.res.Entities {
		name := l.text(best[x])
		if strings.IndexByte(name, 0xE2) >= 0 { // a non-ASCII dash may be there
			name = dashes.Replace(name)
		}
		l.res.Entities[x].Name = name
	}
}

var dashes = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "‒", "-", "−", "-")

// nameScore returns nameScore of the text of mention i, computed once per
// distinct text.
func (l *linker) nameScore(i int) int {
	t := l.tid[i]
	if l.tscore[t] < 0 {
		l.tscore[t] = int32(nameScore(l.ttext[t]))
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
