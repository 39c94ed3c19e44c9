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
		return false
	}
	c.add(rulePlaceUnit, i, end)
	return true
}

// adminEnd returns the end of the district or commune name that starts at
// token j, or -1: "Đông Anh" in "huyện Đông Anh", "Nga Sơn" (not the
// country "Nga") in "huyện Nga Sơn".
func (c *rctx) adminEnd(j int) int {
	end, _ := c.w.longest(j, bitAdmin)
	return end
}
