package date

import (
	"strings"

	"github.com/vnextract/vnextract/normalize"
)

// keyword is one keyword of the date grammar: its proper Vietnamese spelling and
// its folded lowercase ASCII key. A token written with diacritics must match
// the proper spelling (case-insensitively); a token written without any
// diacritics matches the folded key when its neighbours are undiacritized too.
type keyword struct {
	fold   string
	proper string
	key    uint64 // fold packed by packKey (every keyword folds to at most keyCap bytes)
	klen   uint8  // len(fold)
	ascii  bool
}

func kw(proper string) keyword {
	f := strings.ToLower(normalize.Fold(proper))
	k, ok := packKey(f)
	if !ok {
		panic("date keyword longer than keyCap: " + proper)
	}
	return keyword{fold: f, proper: proper, key: k, klen: uint8(len(f)), ascii: f == proper}
}

// packKey packs a folded key of at most keyCap bytes into a word, first byte
// lowest, so that two keys of the same length are equal exactly when their
// packed forms are.
func packKey(k string) (uint64, bool) {
	if len(k) > keyCap {
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
	kwNgay  = kw("ngày")
	kwMong  = kw("mồng")
	kwMung  = kw("mùng")
	kwThang = kw("tháng")
	kwNam   = kw("năm")
	kwQuy   = kw("quý")
	kwQui   = kw("quí")
	kwTuan  = kw("tuần")
	kwGiai  = kw("giai")
	kwDoan  = kw("đoạn")
	kwNhiem = kw("nhiệm")
	kwThoi  = kw("thời")
	kwKy    = kw("kỳ")
	kwKi    = kw("kì")
	kwHom   = kw("hôm")
	kwNay   = kw("nay")
	kwNay2  = kw("này")
	kwQua   = kw("qua")
	kwKia   = kw("kia")
	kwMai   = kw("mai")
	kwNgoai = kw("ngoái")
	kwTruoc = kw("trước")
	kwToi   = kw("tới")
	kwSau   = kw("sau")
	kwSap   = kw("sắp")
	kwVua   = kw("vừa")
	kwTiep  = kw("tiếp")
	kwTheo  = kw("theo")
	kwThu   = kw("thứ")
	kwChu   = kw("chủ")
	kwNhat  = kw("nhật")
	kwDau   = kw("đầu")
	kwCuoi  = kw("cuối")
	kwGiua  = kw("giữa")
	kwDen   = kw("đến")
	kwTu    = kw("từ")
	kwVa    = kw("và")
	kwHoac  = kw("hoặc")
	kwGio   = kw("giờ")
	kwPhut  = kw("phút")
	kwGiay  = kw("giây")
	kwRuoi  = kw("rưỡi")
	kwGiang = kw("giáng")
	kwSinh  = kw("sinh")
	kwNoel  = kw("noel")
	kwQuoc  = kw("quốc")
	kwKhanh = kw("khánh")
	kwTet   = kw("tết")
	kwDuong = kw("dương")
	kwLich  = kw("lịch")
	kwXuan  = kw("xuân")
	kwMuoi  = kw("mười")
	kwMuoi2 = kw("mươi")
	kwGieng = kw("giêng")
	kwChap  = kw("chạp")
	kwGMT   = kw("gmt")
)

// Keywords used directly by single rules.
var (
	kwMot   = kw("một")
	kwDo    = kw("đó")
	kwCu    = kw("cũ")
	kwVao   = kw("vào")
	kwLuc   = kw("lúc")
	kwSang  = kw("sáng")
	kwTrua  = kw("trưa")
	kwChieu = kw("chiều")
	kwToi2  = kw("tối") // evening
	kwDem   = kw("đêm")
	kwLien  = kw("liền")
	kwKem   = kw("kém")
	kwKhuya = kw("khuya")
	kwNua   = kw("nửa")
	kwCua   = kw("của")
	kwKe    = kw("kế")
	kwRoi   = kw("rồi")
	kwTien  = kw("tiên")
	kwCung  = kw("cùng")
	kwBua   = kw("bữa")
	kwBay   = kw("bây")
	kwMua   = kw("mùa")
	kwMot2  = kw("mốt") // the day after tomorrow
	kwNhut  = kw("nhựt")
	kwChua  = kw("chúa")
	kwNghin = kw("nghìn")
	kwNgan  = kw("ngàn")
	kwTram  = kw("trăm")
	kwKhong = kw("không")
	kwLinh  = kw("linh")
	kwLe    = kw("lẻ")
	kwNua2  = kw("nữa")
	kwCach  = kw("cách")
	kwDay   = kw("đây")
)

// Seasons, with their TIMEX3 codes and first month (meteorological:
// winter is December to February).
var seasons = []struct {
	k     keyword
	code  string
	first int
}{
	{kwXuan, "SP", 3}, {kw("hè"), "SU", 6}, {kw("hạ"), "SU", 6}, {kw("thu"), "FA", 9}, {kw("đông"), "WI", 12},
}

// Small keyword lists used by single rules.
var (
	// countUnits are the units of a count, in the order of countValue.
	// The last two, "quí" and "tiếng" (the spoken hour), are read as quý
	// and giờ (see countUnit).
	countUnits   = []keyword{kwNgay, kwTuan, kwThang, kwNam, kwGio, kwPhut, kwGiay, kwQuy, kwQui, kw("tiếng")}
	relYearWords = []keyword{kwNay, kwNgoai, kwTruoc, kwToi, kwSau}
	vaoHom       = []keyword{kwVao, kwHom}
	dayParts3    = []keyword{kwSang, kwChieu, kwToi2}
	atWords      = []keyword{kwVao, kwLuc, kwHom, kwNgay}
)

// Part-of-day words: not part of a DATE span, but they introduce dates and
// shift clock hours.
var partsOfDay = []struct {
	k     keyword
	shift int // hours added to 1..11 ("3 giờ chiều" = 15:00)
}{
	{kw("sáng"), 0},
	{kw("trưa"), 12},
	{kw("chiều"), 12},
	{kw("tối"), 12},
	{kw("đêm"), 12},
	{kw("khuya"), 0},
}

// podPairs are parts of the day said in two words, with the index in
// partsOfDay of the part they name.
var podPairs = []struct {
	first, second keyword
	pod           int
}{
	{kwSang, kw("sớm"), 0},  // early morning
	{kwChieu, kwToi2, 3},    // dusk: evening
	{kwDem, kwKhuya, 4},     // late night
	{kwToi2, kw("muộn"), 4}, // late evening: night
}

// kwBuoi, "buổi", heads a part of the day ("buổi sáng").
var kwBuoi = kw("buổi")

// dayNouns head a date after a part of the day ("sáng sớm ngày 5/10").
var dayNouns = []keyword{kwNgay, kwMong, kwMung, kwHom, kwBua, kwThang, kwNam, kwTuan}

// podCodes are the TIMEX3 codes of the parts of the day, in the order of
// partsOfDay: morning, midday, afternoon, evening, night, late night.
var podCodes = []string{"MO", "MI", "AF", "EV", "NI", "NI"}

// Words after which a bare d/m is read as a date.
var triggers = []keyword{
	kwNgay, kwMong, kwMung, kwHom, kwTu, kwDen, kwToi, kwVa, kwHoac, kwTruoc, kwSau,
	kw("vào"), kw("nhân"), kw("dịp"), kw("lúc"), kwKhanh, kw("sáng"),
	kw("trưa"), kw("chiều"), kw("tối"), kw("đêm"), kw("khuya"),
	kw("hạn"), kw("tính"), kwQua, kwSinh, kw("niệm"),
}

// Words after which a bare d/m is rather a fraction or a count.
var quantityWords = []keyword{
	kw("khoảng"), kw("gần"), kw("hơn"), kw("chiếm"), kw("đạt"),
	kw("được"), kw("có"), kw("với"), kw("là"), kw("trên"), kw("dưới"),
	kw("lệ"), kw("số"), kw("tỷ"), kw("tỉ"), kw("mã"),
}

// Words that make a following "năm/tuần/tháng tới" or "N ngày" a vague
// plural, not a date ("những năm tới", "các tháng qua").
var pluralWords = []keyword{
	kw("những"), kw("các"), kw("nhiều"), kw("mấy"), kw("mỗi"),
	kw("hàng"), kw("vài"), kw("mọi"), kw("từng"),
}

// Words before "tháng/năm/tuần rồi" that make "rồi" "already", not "last"
// ("hết năm rồi", "đã một tuần rồi").
var alreadyWords = []keyword{
	kw("hết"), kw("đã"), kw("cả"), kw("được"), kw("mất"), kw("xong"), kw("sang"), kw("là"),
}

// Prepositions that introduce "đầu năm", "cuối tháng"...
var edgeIntro = []keyword{
	kwTu, kwDen, kwToi, kw("vào"), kw("trong"), kw("cho"), kw("dịp"),
	kw("hồi"), kw("từ"), kw("sau"), kw("trước"), kw("suốt"), kw("tại"),
}

// Clock-time triggers ("lúc 9h", "từ 23h").
var clockTriggers = []keyword{
	kw("lúc"), kw("vào"), kwTu, kwDen, kwToi, kw("khoảng"), kw("đúng"),
	kwTruoc, kwSau, kw("tầm"), kw("hồi"),
}

// Words before a number that make "N giờ"/"Nh" a duration.
var durationWords = []keyword{
	kw("trong"), kw("suốt"), kw("mất"), kw("dài"), kw("hơn"), kw("gần"),
	kw("được"), kw("bắn"), kw("những"), kw("các"), kw("mỗi"), kw("thêm"),
}

// Heads of names and documents that absorb a following bare year
// ("Vietnam Happy Fest 2025", "Luật biển 1982").
var nameHeads = []keyword{
	kw("fest"), kw("festival"), kw("expo"), kw("cup"), kw("games"),
	kw("award"), kw("awards"), kw("summit"), kw("show"), kw("luật"),
	kw("lãm"), kw("giải"), kw("chợ"), kw("hoan"), kw("ước"), kw("định"),
	kw("pháp"), kw("covid"), kw("sea"), kw("apec"), kw("asean"),
	kw("đàn"), kw("thảo"), kw("top"), kw("số"), kw("mã"), kw("phiên"),
}

// Words that address a person by name ("ông Quốc Khánh").
var personWords = []keyword{
	kw("ông"), kw("bà"), kw("anh"), kw("chị"), kw("em"), kw("cô"), kw("chú"),
	kw("bác"), kw("cháu"), kw("cậu"), kw("thầy"), kw("bạn"),
}

// Capitalized words that head a holiday's name rather than a person's
// ("Lễ Quốc Khánh", "Ngày Quốc Khánh", "Tết Trung Thu").
var holidayHeads = []keyword{
	kw("lễ"), kw("ngày"), kw("dịp"), kw("mừng"), kw("chào"), kw("đón"), kw("tết"),
	kw("đêm"), kw("mùa"), kw("kỷ"), kw("kỳ"), kw("nghỉ"),
}

// Lunar (sexagenary) year names: a following 4-digit year is a DATE ("Bính Ngọ 2026").
var lunarStems = []keyword{
	kw("giáp"), kw("ất"), kw("bính"), kw("đinh"), kw("mậu"), kw("kỷ"),
	kw("canh"), kw("tân"), kw("nhâm"), kwQuy, kwQui,
}

var lunarBranches = []keyword{
	kw("tý"), kw("tí"), kw("sửu"), kw("dần"), kw("mão"), kw("mẹo"),
	kw("thìn"), kw("tỵ"), kw("tị"), kw("ngọ"), kw("mùi"), kw("thân"),
	kw("dậu"), kw("tuất"), kw("hợi"),
}

// Number words up to ten, as used in days, months and weekdays.
var unitWords = []struct {
	k keyword
	v int
}{
	{kw("một"), 1}, {kw("mốt"), 1}, {kw("hai"), 2}, {kw("ba"), 3},
	{kw("bốn"), 4}, {kw("tư"), 4}, {kwNam, 5}, {kw("lăm"), 5},
	{kw("sáu"), 6}, {kw("bảy"), 7}, {kw("bẩy"), 7}, {kw("tám"), 8},
	{kw("chín"), 9}, {kwMuoi, 10},
}

// Holidays of the lunar calendar: day d of month m. up asks for the first
// word capitalized ("Trung thu", not "tập trung thu hút").
var lunarHolidays = []struct {
	words []keyword
	d, m  int
	up    bool
}{
	{[]keyword{kwTet, kw("nguyên"), kw("đán")}, 1, 1, false},
	{[]keyword{kw("rằm"), kwThang, kwGieng}, 15, 1, false},
	{[]keyword{kwTet, kw("đoan"), kw("ngọ")}, 5, 5, false},
	{[]keyword{kw("vu"), kw("lan")}, 15, 7, true},
	{[]keyword{kwTet, kw("trung"), kw("thu")}, 15, 8, false},
	{[]keyword{kw("trung"), kw("thu")}, 15, 8, true},
}

// ongTao is "ông Công ông Táo", the 23rd of the twelfth lunar month. The
// rule starts at "táo" and looks back: "ông", a common word, starts no rule.
var ongTao = []keyword{kw("ông"), kw("công"), kw("ông"), kw("táo")}

// Holidays whose names are longer than a key holds, written in ASCII:
// matched on their text (see matchLongHoliday).
var longHolidays = []struct {
	name string
	m, d int
}{
	{"valentine", 2, 14},
	{"halloween", 10, 31},
}

// Holidays with a fixed Gregorian date.
var holidays = []struct {
	words []keyword
	m, d  int
}{
	{[]keyword{kwGiang, kwSinh}, 12, 25},
	{[]keyword{kwNoel}, 12, 25},
	{[]keyword{kwQuoc, kwKhanh}, 9, 2},
	{[]keyword{kwTet, kwDuong, kwLich}, 1, 1},
	{[]keyword{kwQuoc, kw("tế"), kw("phụ"), kw("nữ")}, 3, 8},
	{[]keyword{kwQuoc, kw("tế"), kw("lao"), kw("động")}, 5, 1},
	{[]keyword{kwQuoc, kw("tế"), kw("thiếu"), kw("nhi")}, 6, 1},
	{[]keyword{kw("nhà"), kw("giáo"), kw("việt"), kw("nam")}, 11, 20},
	{[]keyword{kw("lễ"), kw("tình"), kw("nhân")}, 2, 14},
}
