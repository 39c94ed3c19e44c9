package relation

import (
	"slices"
	"strings"
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
		ak := aliasKey{name: int32(root), alias: l.keys[c.alias]}
		if l.keys[c.alias] == l.keys[c.name] {
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
	idx := make(map[int]int)
	best := []int{}
	for i := range l.ms {
		t := l.ms[i].Type
		if t != entity.Person && t != entity.Organization && t != entity.Location {
			continue
		}
		r := l.find(i)
		x, ok := idx[r]
		if !ok {
			x = len(l.res.Entities)
			idx[r] = x
			l.res.Entities = append(l.res.Entities, Entity{Type: t})
			best = append(best, i)
		}
		e := &l.res.Entities[x]
		e.Mentions = append(e.Mentions, i)
		if utf8.RuneCountInString(l.text(i)) > utf8.RuneCountInString(l.text(best[x])) {
			best[x] = i
		}
	}
	for x := range l.res.Entities {
		l.res.Entities[x].Name = dashes.Replace(l.text(best[x]))
	}
}

var dashes = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "‒", "-", "−", "-")
