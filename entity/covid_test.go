package entity_test

import "testing"

// Addresses, facilities and health bodies as COVID-19 news writes them:
// numbered lanes keep their word, a place inside a facility's name is no
// place, and hospitals and local health bodies are organizations with their
// branch or their commune.
var covidCases = []recCase{
	{"numbered-lanes", "Bệnh nhân sống ở ngõ 158 phố Ngọc Hà, gần ngách 12 và hẻm 7B.",
		onlyLoc, []want{L("ngõ 158"), L("Ngọc Hà"), L("ngách 12"), L("hẻm 7B")}},
	{"lane-word-alone", "Xe không vào được ngõ nhỏ, hẻm sâu.",
		onlyLoc, nil},
	{"facilities-named-after-places", "Anh ấy về qua cửa khẩu Mộc Bài rồi đến chợ Bến Thành ở Quận 1.",
		onlyLoc, []want{L("Quận 1")}},
	{"industrial-zone", "Công nhân ở Khu chế xuất Linh Trung và KCN Quang Châu, huyện Việt Yên.",
		onlyLoc, []want{L("Việt Yên")}},
	{"capitalized-one-word-facility-is-a-name", "Ông sống ở huyện Chợ Mới từ nhỏ.",
		onlyLoc, []want{L("Chợ Mới")}},
	{"hospital-branch", "Bệnh nhân được chuyển sang Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở 2 để điều trị.",
		onlyOrg, []want{O("Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở 2")}},
	{"field-hospital-number", "Bệnh viện Dã chiến số 3 nhận thêm 100 bệnh nhân.",
		onlyOrg, []want{O("Bệnh viện Dã chiến số 3")}},
	{"commune-health-station", "Cán bộ trạm y tế xã Yên Phú và trung tâm y tế huyện Ý Yên đã có mặt.",
		onlyOrg, []want{O("trạm y tế xã Yên Phú"), O("trung tâm y tế huyện Ý Yên")}},
	{"health-station-without-place", "Người dân đến trạm y tế xã để tiêm vaccine.",
		onlyOrg, nil},
	{"company-head-before-brand-and-place", "Công ty Samsung Display Việt Nam và Tổng công ty Samsung Việt Nam tuyển thêm lao động.",
		onlyOrg, []want{O("Công ty Samsung Display Việt Nam"), O("Tổng công ty Samsung Việt Nam")}},
	{"brand-and-place-alone", "Samsung Việt Nam tuyển thêm lao động.",
		onlyOrg, []want{O("Samsung Việt Nam")}},
	{"health-centre-acronym", "TTYT huyện Gia Bình đã lấy 500 mẫu.",
		onlyOrg, []want{O("TTYT huyện Gia Bình")}},
}

func TestCovidNewsRules(t *testing.T) { runCases(t, covidCases) }
