package entity

import (
	"strings"

	"github.com/vnextract/vnextract/normalize"
)

// dkw is one keyword of the date grammar: its proper Vietnamese spelling and
// its folded lowercase ASCII key. A token written with diacritics must match
// the proper spelling (case-insensitively); a token written without any
// diacritics matches the folded key when its neighbours are undiacritized too.
type dkw struct {
	fold   string
	proper string
	key    uint64 // fold packed by packKey (every keyword folds to at most dKeyCap bytes)
	klen   uint8  // len(fold)
	ascii  bool
}

func mkdkw(proper string) dkw {
	f := strings.ToLower(normalize.Fold(proper))
	k, ok := packKey(f)
	if !ok {
		panic("date keyword longer than dKeyCap: " + proper)
	}
	return dkw{fold: f, proper: proper, key: k, klen: uint8(len(f)), ascii: f == proper}
}

// packKey packs a folded key of at most dKeyCap bytes into a word, first byte
// lowest, so that two keys of the same length are equal exactly when their
// packed forms are.
func packKey(k string) (uint64, bool) {
	if len(k) > dKeyCap {
		return 0, false
	}
	var v uint64
	for i := len(k) - 1; i >= 0; i-- {
		v = v<<8 | uint64(k[i])
	}
	return v, true
}

// Date nouns, part-of-day words, connectors, relative words.
var (
	kwNgay  = mkdkw("ngày")
	kwMong  = mkdkw("mồng")
	kwMung  = mkdkw("mùng")
	kwThang = mkdkw("tháng")
	kwNam   = mkdkw("năm")
	kwQuy   = mkdkw("quý")
	kwQui   = mkdkw("quí")
	kwTuan  = mkdkw("tuần")
	kwGiai  = mkdkw("giai")
	kwDoan  = mkdkw("đoạn")
	kwNhiem = mkdkw("nhiệm")
	kwThoi  = mkdkw("thời")
	kwKy    = mkdkw("kỳ")
	kwKi    = mkdkw("kì")
	kwHom   = mkdkw("hôm")
	kwNay   = mkdkw("nay")
	kwNay2  = mkdkw("này")
	kwQua   = mkdkw("qua")
	kwKia   = mkdkw("kia")
	kwMai   = mkdkw("mai")
	kwNgoai = mkdkw("ngoái")
	kwTruoc = mkdkw("trước")
	kwToi   = mkdkw("tới")
	kwSau   = mkdkw("sau")
	kwSap   = mkdkw("sắp")
	kwVua   = mkdkw("vừa")
	kwTiep  = mkdkw("tiếp")
	kwTheo  = mkdkw("theo")
	kwThu   = mkdkw("thứ")
	kwChu   = mkdkw("chủ")
	kwNhat  = mkdkw("nhật")
	kwDau   = mkdkw("đầu")
	kwCuoi  = mkdkw("cuối")
	kwGiua  = mkdkw("giữa")
	kwDen   = mkdkw("đến")
	kwTu    = mkdkw("từ")
	kwVa    = mkdkw("và")
	kwHoac  = mkdkw("hoặc")
	kwGio   = mkdkw("giờ")
	kwPhut  = mkdkw("phút")
	kwRuoi  = mkdkw("rưỡi")
	kwGiang = mkdkw("giáng")
	kwSinh  = mkdkw("sinh")
	kwNoel  = mkdkw("noel")
	kwQuoc  = mkdkw("quốc")
	kwKhanh = mkdkw("khánh")
	kwTet   = mkdkw("tết")
	kwDuong = mkdkw("dương")
	kwLich  = mkdkw("lịch")
	kwXuan  = mkdkw("xuân")
	kwMuoi  = mkdkw("mười")
	kwMuoi2 = mkdkw("mươi")
	kwGieng = mkdkw("giêng")
	kwChap  = mkdkw("chạp")
	kwGMT   = mkdkw("gmt")
)

// Keywords used directly by single rules.
var (
	kwMot   = mkdkw("một")
	kwDo    = mkdkw("đó")
	kwCu    = mkdkw("cũ")
	kwVao   = mkdkw("vào")
	kwLuc   = mkdkw("lúc")
	kwSang  = mkdkw("sáng")
	kwTrua  = mkdkw("trưa")
	kwChieu = mkdkw("chiều")
	kwToi2  = mkdkw("tối") // evening
	kwDem   = mkdkw("đêm")
	kwLien  = mkdkw("liền")
)

// Small keyword lists used by single rules.
var (
	dRelYearWords = []dkw{kwNay, kwNgoai, kwTruoc, kwToi, kwSau}
	dVaoHom       = []dkw{kwVao, kwHom}
	dDayParts3    = []dkw{kwSang, kwChieu, kwToi2}
	dAtWords      = []dkw{kwVao, kwLuc, kwHom, kwNgay}
)

// Part-of-day words: not part of a DATE span, but they introduce dates and
// shift clock hours.
var dPartsOfDay = []struct {
	k     dkw
	shift int // hours added to 1..11 ("3 giờ chiều" = 15:00)
}{
	{mkdkw("sáng"), 0},
	{mkdkw("trưa"), 12},
	{mkdkw("chiều"), 12},
	{mkdkw("tối"), 12},
	{mkdkw("đêm"), 12},
	{mkdkw("khuya"), 0},
}

// Words after which a bare d/m is read as a date.
var dTriggers = []dkw{
	kwNgay, kwMong, kwMung, kwHom, kwTu, kwDen, kwToi, kwVa, kwHoac, kwTruoc, kwSau,
	mkdkw("vào"), mkdkw("nhân"), mkdkw("dịp"), mkdkw("lúc"), kwKhanh, mkdkw("sáng"),
	mkdkw("trưa"), mkdkw("chiều"), mkdkw("tối"), mkdkw("đêm"), mkdkw("khuya"),
	mkdkw("hạn"), mkdkw("tính"), kwQua, kwSinh, mkdkw("niệm"),
}

// Words after which a bare d/m is rather a fraction or a count.
var dQuantityWords = []dkw{
	mkdkw("khoảng"), mkdkw("gần"), mkdkw("hơn"), mkdkw("chiếm"), mkdkw("đạt"),
	mkdkw("được"), mkdkw("có"), mkdkw("với"), mkdkw("là"), mkdkw("trên"), mkdkw("dưới"),
	mkdkw("lệ"), mkdkw("số"), mkdkw("tỷ"), mkdkw("tỉ"), mkdkw("mã"),
}

// Words that make a following "năm/tuần/tháng tới" or "N ngày" a vague
// plural, not a date ("những năm tới", "các tháng qua").
var dPluralWords = []dkw{
	mkdkw("những"), mkdkw("các"), mkdkw("nhiều"), mkdkw("mấy"), mkdkw("mỗi"),
	mkdkw("hàng"), mkdkw("vài"), mkdkw("mọi"), mkdkw("từng"),
}

// Prepositions that introduce "đầu năm", "cuối tháng"...
var dEdgeIntro = []dkw{
	kwTu, kwDen, kwToi, mkdkw("vào"), mkdkw("trong"), mkdkw("cho"), mkdkw("dịp"),
	mkdkw("hồi"), mkdkw("từ"), mkdkw("sau"), mkdkw("trước"), mkdkw("suốt"), mkdkw("tại"),
}

// Clock-time triggers ("lúc 9h", "từ 23h").
var dClockTriggers = []dkw{
	mkdkw("lúc"), mkdkw("vào"), kwTu, kwDen, kwToi, mkdkw("khoảng"), mkdkw("đúng"),
	kwTruoc, kwSau, mkdkw("tầm"), mkdkw("hồi"),
}

// Words before a number that make "N giờ"/"Nh" a duration.
var dDurationWords = []dkw{
	mkdkw("trong"), mkdkw("suốt"), mkdkw("mất"), mkdkw("dài"), mkdkw("hơn"), mkdkw("gần"),
	mkdkw("được"), mkdkw("bắn"), mkdkw("những"), mkdkw("các"), mkdkw("mỗi"),
}

// Heads of names and documents that absorb a following bare year
// ("Vietnam Happy Fest 2025", "Luật biển 1982").
var dNameHeads = []dkw{
	mkdkw("fest"), mkdkw("festival"), mkdkw("expo"), mkdkw("cup"), mkdkw("games"),
	mkdkw("award"), mkdkw("awards"), mkdkw("summit"), mkdkw("show"), mkdkw("luật"),
	mkdkw("lãm"), mkdkw("giải"), mkdkw("chợ"), mkdkw("hoan"), mkdkw("ước"), mkdkw("định"),
	mkdkw("pháp"), mkdkw("covid"), mkdkw("sea"), mkdkw("apec"), mkdkw("asean"),
	mkdkw("đàn"), mkdkw("thảo"), mkdkw("top"), mkdkw("số"), mkdkw("mã"), mkdkw("phiên"),
}

// Lunar (sexagenary) year names: a following 4-digit year is a DATE ("Bính Ngọ 2026").
var dLunarStems = []dkw{
	mkdkw("giáp"), mkdkw("ất"), mkdkw("bính"), mkdkw("đinh"), mkdkw("mậu"), mkdkw("kỷ"),
	mkdkw("canh"), mkdkw("tân"), mkdkw("nhâm"), kwQuy, kwQui,
}

var dLunarBranches = []dkw{
	mkdkw("tý"), mkdkw("tí"), mkdkw("sửu"), mkdkw("dần"), mkdkw("mão"), mkdkw("mẹo"),
	mkdkw("thìn"), mkdkw("tỵ"), mkdkw("tị"), mkdkw("ngọ"), mkdkw("mùi"), mkdkw("thân"),
	mkdkw("dậu"), mkdkw("tuất"), mkdkw("hợi"),
}

// Number words up to ten, as used in days, months and weekdays.
var dUnitWords = []struct {
	k dkw
	v int
}{
	{mkdkw("một"), 1}, {mkdkw("mốt"), 1}, {mkdkw("hai"), 2}, {mkdkw("ba"), 3},
	{mkdkw("bốn"), 4}, {mkdkw("tư"), 4}, {kwNam, 5}, {mkdkw("lăm"), 5},
	{mkdkw("sáu"), 6}, {mkdkw("bảy"), 7}, {mkdkw("bẩy"), 7}, {mkdkw("tám"), 8},
	{mkdkw("chín"), 9}, {kwMuoi, 10},
}

// Holidays with a fixed Gregorian date.
var dHolidays = []struct {
	words []dkw
	m, d  int
}{
	{[]dkw{kwGiang, kwSinh}, 12, 25},
	{[]dkw{kwNoel}, 12, 25},
	{[]dkw{kwQuoc, kwKhanh}, 9, 2},
	{[]dkw{kwTet, kwDuong, kwLich}, 1, 1},
}
