package entity

// bitAdmin: the Vietnamese districts and communes, which name a place only
// after a place trigger (KindDistrict, KindCommune).
var bitAdmin = kindBit(KindDistrict) | kindBit(KindCommune)

// numberedUnit marks a numbered unit that starts with the trigger at i,
// "quận 1", "Phường 12", "phường IV": there the type word belongs to the
// name, and it is a place even capitalized inside a sentence, where a
// capitalized trigger is otherwise part of some other name. tend is the
// end of the trigger.
func (c *rctx) numberedUnit(i, tend int) bool {
	end, _ := c.w.longest(i, bitAdmin)
	if end <= tend || end > c.s.Last {
		// Units numbered anywhere, listed or not: "quận 2" (merged in
		// 2021), "phường 7", "thôn 3", "ấp 5", "khu phố 4", "xóm 5".
		trig := c.text[c.w.toks[i].Start:c.w.toks[tend-1].End]
		if !c.in(tend) || !c.joined(tend) || !numberedTrigger(trig) {
			return false
		}
		if (c.w.toks[tend].Kind != Number || len(c.word(tend)) > 2) && !(roadTrigger(trig) && roadNumber(c.word(tend))) {
			return false
		}
		end = tend + 1
	}
	c.add(rulePlaceUnit, i, end)
	return true
}

// numberedUnitEnd returns the end of a unit numbered anywhere ("khu phố
// 4", "Khu phố 3", "phường 7") that starts at token i, or -1.
func (c *rctx) numberedUnitEnd(i int) int {
	if !c.has(i, bitLocTrigger) {
		return -1
	}
	tend, _ := c.w.longest(i, bitLocTrigger)
	if tend < 0 || !c.in(tend) || !c.joined(tend) || c.w.toks[tend].Kind != Number || len(c.word(tend)) > 2 ||
		!numberedTrigger(c.text[c.w.toks[i].Start:c.w.toks[tend-1].End]) {
		return -1
	}
	return tend + 1
}

// numberedTrigger reports whether the trigger words trig name units that
// are numbered (the unit word then belongs to the place's name).
func numberedTrigger(trig string) bool {
	for _, t := range [...]string{"quận", "phường", "thôn", "ấp", "khu phố", "tổ dân phố", "xóm", "quốc lộ", "tỉnh lộ", "ngõ", "ngách", "hẻm"} {
		if lowerEqual(trig, t) {
			return true
		}
	}
	return false
}

// roadTrigger reports whether the trigger words trig name numbered roads
// or lanes, whose numbers run past two digits ("quốc lộ 279", "ngõ 158").
func roadTrigger(trig string) bool {
	return lowerEqual(trig, "quốc lộ") || lowerEqual(trig, "tỉnh lộ") || lowerEqual(trig, "ngõ") ||
		lowerEqual(trig, "ngách") || lowerEqual(trig, "hẻm")
}

// roadNumber reports whether w numbers a road: one to three digits and at
// most one capital letter after them ("14", "1A", "279B").
func roadNumber(w string) bool {
	n := 0
	for n < len(w) && n < 4 && '0' <= w[n] && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	return len(w) == n || len(w) == n+1 && 'A' <= w[n] && w[n] <= 'Z'
}

// adminEnd returns the end of the district or commune name that starts at
// token j, or -1: "Đông Anh" in "huyện Đông Anh", "Nga Sơn" (not the
// country "Nga") in "huyện Nga Sơn".
func (c *rctx) adminEnd(j int) int {
	end, _ := c.w.longest(j, bitAdmin)
	return end
}

// insideUnitName reports whether token i is inside a district's or
// commune's name that a lower-case unit word announces before it ("huyện
// Bảo Lâm": "Lâm" is the name's, and starts no person).
func (c *rctx) insideUnitName(i int) bool {
	for k := i - 1; k > c.s.First && k >= i-3; k-- {
		if c.has(k-1, bitLocTrigger) && !c.w.toks[k-1].Is(Cap) && c.adminEnd(k) > i {
			return true
		}
	}
	return false
}
