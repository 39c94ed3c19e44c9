package entity_test

import (
	"testing"

	"github.com/vnextract/vnextract/entity"
)

// contextCases: people and places as general news writes them, on
// sentences of our own (issue 14).
var contextCases = []recCase{
	// A full name right after a body's short name and its unit word is
	// the holder's, not a place: "UBND tỉnh" + name.
	{"chairman-after-ubnd-tinh", "Chủ tịch UBND tỉnh Đỗ Minh Khang đã ký quyết định.",
		personLoc, []want{P("Đỗ Minh Khang")}},
	{"vice-chair-after-hdnd-tinh", "Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh chủ trì buổi làm việc.",
		personLoc, []want{P("Trần Xuân Vinh")}},
	{"chair-after-ubnd-tp", "Chủ tịch UBND TP Lê Hoàng Quân phát biểu.",
		personLoc, []want{P("Lê Hoàng Quân")}},
	// A unit named after a person stays a place.
	{"commune-named-after-person", "UBND xã Trần Phú đã họp dân.",
		personLoc, []want{L("Trần Phú")}},
	{"street-named-after-person", "Cửa hàng nằm trên đường Lê Duẩn.",
		personLoc, nil},
}

func TestContextMentions(t *testing.T) { runCases(t, contextCases) }

var personLoc = []entity.Type{entity.Person, entity.Location}
