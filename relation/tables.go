package relation

// locPrefixes are words of state that a country's full name may start with
// ("Nhà nước Palestine", "Cộng hòa Ả-rập Ai Cập", "Liên bang Nga") and the
// word for a city before its name ("Thành phố Hồ Chí Minh", "TP.Hà Nội");
// the short name without them is the same place. Keys (folded, lower case).
var locPrefixes = []string{
	"nha nuoc ", "cong hoa ", "hop chung quoc ", "vuong quoc ", "lien bang ", "lb ",
	"nuoc ", "dat nuoc ", "thu do ", "thanh pho ", "tp.", "tp ",
}

// isFunctionWord reports whether key word w is skipped when an acronym is
// compared with a name's initials.
func isFunctionWord(w string) bool {
	switch w {
	case "va", "cac", "cua", "ve", "tai", "-", "&", "voi":
		return true
	}
	return false
}

// honorifics are forms of address that may stand between a title and a name
// ("Phó Chủ tịch ..., ông Nikolai Bondarenko"). Keys.
var honorifics = map[string]bool{
	"ong": true, "ba": true, "ngai": true, "anh": true, "chi": true, "dong": true, "chi.": true,
	"co": true, "thay": true, "ngai.": true, "mr": true, "ms": true, "mrs": true, "mr.": true,
	"ms.": true, "mrs.": true, "nha": true, "bac": true, "dc": true, "dc.": true, "d/c": true,
}

// isFormer reports whether key word w starts a title held in the past
// ("nguyên Chủ tịch", "cựu Thủ tướng").
func isFormer(w string) bool { return w == "nguyen" || w == "cuu" }

// verbalTrigger is a verb that ends the text before a title whose holder
// is the subject of the clause. Keys.
type verbalTrigger struct {
	k string
	// past: the office is left or was held before ("thôi giữ chức").
	past bool
	// copula: "là", which names the office but, without a pronoun or a
	// name right before it, not who holds it.
	copula bool
}

// verbalTriggers end the text before a title whose holder is the subject of
// the clause ("... được bầu giữ chức Thủ tướng", "... trở thành Đại sứ").
var verbalTriggers = []verbalTrigger{
	{k: "thoi giu chuc", past: true}, {k: "thoi giu chuc vu", past: true}, {k: "thoi chuc", past: true},
	{k: "tu nhiem", past: true}, {k: "tu nhiem chuc", past: true}, {k: "roi ghe", past: true},
	{k: "thoi lam", past: true}, {k: "tu nhiem chuc vu", past: true}, {k: "roi chuc", past: true}, {k: "roi cuong vi", past: true}, {k: "roi vi tri", past: true},
	{k: "giu chuc"}, {k: "giu chuc vu"}, {k: "tro thanh"}, {k: "nham chuc"}, {k: "duoc bau lam"}, {k: "bau lam"},
	{k: "bo nhiem lam"}, {k: "duoc bau"}, {k: "duoc bo nhiem"}, {k: "tai dac cu"}, {k: "dac cu"}, {k: "dam nhiem"},
	{k: "dam nhan"}, {k: "giu cuong vi"}, {k: "nhan chuc"}, {k: "len lam"}, {k: "dam trach"},
	{k: "dam nhiem chuc vu"}, {k: "dam nhiem vi tri"}, {k: "dam nhiem cuong vi"}, {k: "dam nhan chuc vu"},
	{k: "dam nhan cuong vi"}, {k: "dam nhan vi tri"}, {k: "thang chuc len"}, {k: "thang chuc"}, {k: "chuc vu"},
	{k: "giu vi tri"}, {k: "duoc giao"}, {k: "duoc giao nhiem vu"}, {k: "giao nhiem vu"}, {k: "voi cuong vi"}, {k: "tren cuong vi"}, {k: "lam"}, {k: "la", copula: true},
}

// degreeAbbrevs are the abbreviations of degrees, academic ranks and state
// honours, which combine ("PGS.TS.", "GS.TSKH", "ThS. BS"). Keys.
var degreeAbbrevs = map[string]bool{
	"gs": true, "pgs": true, "ts": true, "ths": true, "tskh": true, "ks": true, "cn": true, "bs": true,
	"bsck": true, "bscki": true, "bsckii": true, "ck1": true, "ck2": true, "cki": true, "ckii": true, "ds": true,
	"nsnd": true, "nsut": true, "ngnd": true, "ngut": true, "ttnd": true, "ttut": true, "nnnd": true, "nnut": true,
	"ahld": true,
}

// degreePhrases are degrees, academic ranks and state honours spelled out.
// Keys.
var degreePhrases = map[string]bool{
	"giao su": true, "pho giao su": true, "tien si": true, "tien si khoa hoc": true, "thac si": true,
	"cu nhan": true, "ky su": true, "nghe si nhan dan": true, "nghe si uu tu": true, "nha giao nhan dan": true,
	"nha giao uu tu": true, "thay thuoc nhan dan": true, "thay thuoc uu tu": true, "nghe nhan nhan dan": true,
	"nghe nhan uu tu": true, "nghe nhan quoc gia": true, "anh hung lao dong": true,
	"anh hung luc luong vu trang nhan dan": true, "giao su tien si": true, "pho giao su tien si": true,
	"bac si": true, "duoc si": true, "bac si chuyen khoa": true,
}

// countries are canonical keys of countries and capitals that are places even
// when the text has no LOCATION mention of them (a place inside an
// organization's name is not a separate mention).
var countries = map[string]bool{
	"viet nam": true, "nga": true, "hoa ky": true, "trung quoc": true, "nhat ban": true, "han quoc": true,
	"anh": true, "phap": true, "duc": true, "lao": true, "campuchia": true, "thai lan": true, "an do": true,
	"uc": true, "canada": true, "cuba": true, "palestine": true, "israel": true, "ai cap": true,
	"singapore": true, "indonesia": true, "malaysia": true, "philippines": true, "myanmar": true,
	"brunei": true, "y": true, "tay ban nha": true, "ha lan": true, "bi": true, "thuy dien": true,
	"na uy": true, "phan lan": true, "ba lan": true, "sec": true, "hungary": true, "belarus": true,
	"ukraine": true, "kazakhstan": true, "mong co": true, "trieu tien": true, "iran": true, "iraq": true,
	"brazil": true, "argentina": true, "mexico": true, "chile": true, "venezuela": true, "nam phi": true,
	"ha noi": true, "moscow": true, "washington": true, "bac kinh": true, "tokyo": true, "seoul": true,
	"lien xo": true, "chau au": true, "chau a": true, "asean": true, "eu": true,
}

// genericHead reports whether the key words w0 w1 are a head noun that a
// body's own name may drop ("Tổ chức VietHope" -> "VietHope").
func genericHead(w0, w1 string) bool {
	switch w0 {
	case "to":
		return w1 == "chuc"
	case "cong":
		return w1 == "ty"
	case "tap":
		return w1 == "doan"
	}
	return false
}

// boardKeys are the boards whose offices are titles of the company they
// run ("Chủ tịch HĐQT" of a bank): the board is not the organization.
// Keys.
var boardKeys = []string{
	"hdqt", "hoi dong quan tri", "hdtv", "hoi dong thanh vien", "ban giam doc", "ban tong giam doc",
	"ban dieu hanh", "hoi dong quan ly",
}

// bodyKinds are the words that name a body by its kind ("ngân hàng này",
// "của bệnh viện"). Keys.
var bodyKinds = map[string]bool{
	"ngan hang": true, "tap doan": true, "cong ty": true, "truong": true, "benh vien": true, "vien": true,
	"nha hat": true, "doi tuyen": true, "cau lac bo": true, "clb": true, "hoc vien": true, "dai hoc": true,
	"quy": true, "hiep hoi": true, "lien doan": true, "so": true, "cuc": true, "bo": true,
}

// titleAcronyms spell out the acronyms of a title's key, so that one
// office written both ways is one position. Keys.
var titleAcronyms = map[string]string{
	"hdqt": "hoi dong quan tri", "hdtv": "hoi dong thanh vien", "tgd": "tong giam doc",
	"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
}

// companyHeads are the offices that head a company and are held together
// ("Chủ tịch kiêm Tổng Giám đốc"). Keys.
var companyHeads = map[string]bool{
	"chu tich": true, "pho chu tich": true, "tong giam doc": true, "pho tong giam doc": true, "giam doc": true,
	"pho giam doc": true, "giam doc dieu hanh": true, "ceo": true,
}
