// Package relation turns the mentions of one document into entities and
// relations: who holds which position in which organization, and which names
// are aliases of one another.
//
// [Link] reads an [entity.Analysis] (its text, sentences and mentions; tokens
// are not needed) and returns a [Result]. It never re-tokenizes: every pattern
// looks at consecutive mentions of one sentence and at the short stretch of
// text between them, so the work is linear in the number of mentions.
//
// [LinkList] does the same for a long document gathered window by window:
// its mentions kept compactly in a [MentionList] (24 bytes each), its
// sentences as spans, and its text from a [TextSource], which may hold it
// in pieces rather than whole.
//
// # Entities
//
// Every PERSON, ORGANIZATION and LOCATION mention belongs to exactly one
// [Entity]; TITLE, DATE and TIME mentions to none. Mentions join when:
//
//   - their keys are equal: diacritics folded (so both tone styles and
//     variants such as "Đinh Hòa"/"Đình Hoà" meet), case ignored, dashes
//     unified with no space around them ("Việt-Nga", "Việt - Nga",
//     "Việt – Nga"), quotes unified, no space after a dot ("V. Kalganov");
//   - a person's short form matches a full name: the given name of a
//     Vietnamese name ("ông Hùng" -> Nguyễn Quốc Hùng), the first or last word
//     of a foreign one ("Kalganov", "Svetlana", "Trump"), an initialed form
//     ("V.Kalganov" -> Vyacheslav Kalganov), and "Bác Hồ" -> Hồ Chí Minh. When
//     several full names share the word ("Nguyễn Quốc Hùng", "Nguyễn Minh
//     Hùng"), the nearest preceding one is chosen, else the nearest following;
//     different full names never merge;
//   - an organization's acronym or short form is tied to its full name: in
//     parentheses right after it ("... Việt Nam (VUFO)", "(Liên hiệp Hữu
//     nghị)"), by initials ("HĐND" = Hội đồng nhân dân, also without the head
//     noun: "LĐTBXH" = Bộ Lao động - Thương binh và Xã hội), by the canonical
//     name the lexicon gives it (entity.Analysis.CanonicalName: VUFO, TTXVN,
//     bare "Đảng", a user's entries; two forms with the same canonical name
//     when the text has not that name itself), or as a word
//     subsequence with the same head ("Hội đồng Hòa bình" for "Hội đồng Hòa
//     bình về Gaza", "Liên hiệp Hữu nghị Việt Nam"). A name that only adds a
//     place to a short one ("Quốc hội Nhật Bản", "... tỉnh Hải Dương") is a
//     different body; a parenthesized name that is the short form of some
//     other body ("Ban Công tác đa phương (Liên hiệp Hữu nghị)") or the
//     parent of a unit ("Vụ ... (Bộ Ngoại giao)") is not an alias, nor is a
//     parenthesis on the line after a name (a credit under a headline). A
//     body without its country ("Bộ Ngoại giao" for "Bộ Ngoại giao Việt
//     Nam", "Bộ Chiến tranh" for "... Hoa Kỳ") is an alias, a bare
//     institution of two words ("Chính phủ", "Quốc hội") only Viet Nam's
//     same body; a short name that a local body also has ("Liên hiệp các
//     tổ chức hữu nghị" with "... tỉnh Hải Dương" and "... Việt Nam")
//     joins neither. A short form with a place right after it ("Hội Sân
//     khấu" + "thành phố Hồ Chí Minh"), or a local body's short form after
//     another place was named ("tại Ninh Thuận, ... Công an tỉnh"), is
//     another body than a full name without that place;
//   - a state body's name is the same with its acronym spelled out and
//     without "nhân dân" ("VKSND huyện X" = "Viện kiểm sát nhân dân huyện
//     X"), and a local body named by its level alone is a short form of the
//     one named with its place ("Tòa án tỉnh" for "TAND tỉnh Cà Mau",
//     "CATP" for "Công an TP.HCM"). An acronym in the number of a document
//     ("số 12/QĐ-NHNN") joins its body but is not written as its alias;
//   - places are variants of one another by the lexicon's canonical names
//     and by state and city words
//     ("Liên bang Nga", "LB Nga", "Nga"; "Hoa Kỳ", "Mỹ"; "TP.HCM", "Thành phố
//     Hồ Chí Minh"; "Nhà nước Palestine", "Palestine"; "Vũng Tàu" in "Bà Rịa -
//     Vũng Tàu");
//   - a person's name without name parts is Vietnamese when
//     entity.Analysis.VietnameseName says so (a lexicon family name, then
//     Vietnamese syllables), else foreign.
//
// An entity's Name is its fullest (longest) mention, with dashes unified.
//
// # Positions
//
// A TITLE mention first gathers what qualifies it: a directly following
// ORGANIZATION or LOCATION ("Chủ tịch Quốc hội", "Tổng thống Mỹ", "Thủ tướng
// thứ 105 của Nhật Bản"), a parenthesized acronym, places introduced by
// "tại"/"kiêm nhiệm"/"của", a parent body after a comma, and a date of the
// position ("từ ngày 1/10", "nhiệm kỳ 2021-2026", and "Từ ngày 1/7/2025,"
// opening a sentence whose verb states the office; an event date such as
// "Ngày 18/2, ..." is not one). The head of a unit takes the body after
// the unit's name when the recognizer did not find the unit ("Trưởng phòng
// Cảnh sát hình sự Công an tỉnh ..."); "phụ trách" may stand between a
// title and its body. Degrees, academic ranks and state honours
// ("PGS.TS.", "Tiến sĩ", "NSND") are never positions; a name they stand
// before is read as if they were not there. Its holder is then, in order of
// preference:
//
//   - TITLE [ORG] PERSON, also with an honorific, a degree or one
//     capitalized word between ("Chủ tịch Hội Nguyễn Văn Lợi"); after a
//     plural title ("các Phó Chủ tịch HĐND tỉnh A, B và C", "2 nguyên Chủ
//     tịch ... A và B") every name of the list;
//   - PERSON, TITLE [ORG]; PERSON - TITLE [ORG]; PERSON (TITLE [ORG]); after
//     an appositive ("ông X, Giảng viên ..., Giám đốc ..."), or after an
//     office the recognizer missed and its body ("ông X - nguyên Phó Trưởng
//     ban, Ban ..., Phó Chủ tịch ...");
//   - the holder of the previous title in a chain joined by commas, dashes,
//     "kiêm" or "đồng thời là" ("PERSON, TITLE1 ORG1, TITLE2 ORG2", "Ủy
//     viên HĐQT kiêm Tổng Giám đốc"), or of the next stacked title ("Ủy
//     viên Bộ Chính trị, Chủ tịch Quốc hội X");
//   - PERSON, [a role that is no title] kiêm TITLE ("ông X, nhà sáng lập
//     kiêm Chủ tịch ..."); "các ông A, B, TITLE" gives it to every name;
//   - PERSON [hiện/cũng/từng/đều] là TITLE: a copula ("ông Tú là Ủy viên
//     HĐQT"; "A và B đều là ..." gives it to both);
//   - TITLE ORG, ông PERSON, when the title opens a clause ("Ngày 5/9,
//     Chủ tịch UBND tỉnh, ông A cho biết", "Với cương vị là Trưởng đại
//     diện ..., bà B") or the name is set off on both sides ("Theo Giám
//     đốc Sở Y tế, ông C, ..."); not "Theo Giám đốc Sở Y tế, ông D đã được
//     điều trị"; TITLE ORG (hiện) là PERSON ("Chủ tịch UBND tỉnh hiện là
//     ông E");
//   - after a verb of office ("giữ chức", "được bổ nhiệm làm", "đảm nhiệm
//     chức vụ", "thăng chức lên", "được giao", "với cương vị", "làm",
//     "là"): the person right before the
//     verb, else the person an "ông"/"bà" before the verb refers to (in the
//     two sentences before when this one names nobody: "Tháng 1/1998, ông
//     là Giám đốc ..."), else the first person of the sentence ("là" alone
//     names nobody).
//
// A board ("HĐQT", "Hội đồng quản trị SeABank") is part of the office, not
// its body: the company after it, or the one its name ends with, is; a board
// office coordinated with another ("thành viên HĐQT kiêm Tổng Giám đốc
// BIDV") shares that one's body. So do two offices of a company joined by
// "kiêm" ("Chủ tịch kiêm Tổng Giám đốc Công ty ..."). A body named by its
// kind ("ngân hàng này", "của bệnh viện", or capitalized right before the
// holder: "Phó Giám đốc Sở Vũ Văn A") is the last one of that kind named
// before.
//
// A title without an organization, listed in a delegation ("Phía Viện X có
// GS.TS. A - Viện trưởng", "Viện X gồm có ..."), takes the delegation's
// organization; military and police ranks keep none. Coordinated titles
// ("Chủ tịch nước Lương Cường và Thủ tướng Phạm Minh Chính") each take their
// own person. A title and a person that the text does not tie together
// ("Thủ tướng gửi điện cho bà Takaichi Sanae, Chủ tịch ...") are not linked.
// A title without a holder in its sentence ("Theo Chủ tịch Liên hiệp ...,
// ...") adds its sentence as evidence to the position of the one person
// entity known to hold that title in that organization.
//
// Former is set by "nguyên"/"cựu" before or at the start of a title and by
// verbs that put the office in the past ("thôi giữ chức", "từ nhiệm",
// "rời", "từng là") or a sentence that opens with "Trước đó", which the
// titles chained to it share; Acting by
// "quyền" ("Quyền Vụ trưởng").
//
// # Relations
//
// Positions are deduplicated per (person entity, title wording, organization
// entity), aliases per (entity, alias wording); the first occurrence gives the
// arguments and every occurrence adds its sentence to Evidence.
package relation
