// Package relation turns the mentions of one document into entities and
// relations: who holds which position in which organization, and which names
// are aliases of one another.
//
// [Link] reads an [entity.Analysis] (its text, sentences and mentions; tokens
// are not needed) and returns a [Result]. It never re-tokenizes: every pattern
// looks at consecutive mentions of one sentence and at the short stretch of
// text between them, so the work is linear in the number of mentions.
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
//     noun: "LĐTBXH" = Bộ Lao động - Thương binh và Xã hội), by a small table
//     of well-known acronyms (VUFO, TTXVN, ...) and bare "Đảng", or as a word
//     subsequence with the same head ("Hội đồng Hòa bình" for "Hội đồng Hòa
//     bình về Gaza", "Liên hiệp Hữu nghị Việt Nam"). A name that only adds a
//     place to a short one ("Quốc hội Nhật Bản", "... tỉnh Hải Dương") is a
//     different body; a parenthesized name that is the short form of some
//     other body ("Ban Công tác đa phương (Liên hiệp Hữu nghị)") is not an
//     alias;
//   - places are variants of one another by a small table and by state words
//     ("Liên bang Nga", "LB Nga", "Nga"; "Hoa Kỳ", "Mỹ"; "TP.HCM", "Thành phố
//     Hồ Chí Minh"; "Nhà nước Palestine", "Palestine"; "Vũng Tàu" in "Bà Rịa -
//     Vũng Tàu").
//
// An entity's Name is its fullest (longest) mention, with dashes unified.
//
// # Positions
//
// A TITLE mention first gathers what qualifies it: a directly following
// ORGANIZATION or LOCATION ("Chủ tịch Quốc hội", "Tổng thống Mỹ", "Thủ tướng
// thứ 105 của Nhật Bản"), a parenthesized acronym, places introduced by
// "tại"/"kiêm nhiệm"/"của", a parent body after a comma, and a date of the
// position ("từ ngày 1/10", "nhiệm kỳ 2021-2026"; an event date such as
// "Ngày 18/2, ..." is not one). Its holder is then, in order of preference:
//
//   - TITLE [ORG] PERSON, also with an honorific or one capitalized word
//     between ("Chủ tịch Hội Nguyễn Văn Lợi");
//   - PERSON, TITLE [ORG]; PERSON - TITLE [ORG]; PERSON (TITLE [ORG]); and
//     after an appositive ("ông X, Giảng viên ..., Giám đốc ...");
//   - the holder of the previous title in a list ("PERSON, TITLE1 ORG1,
//     TITLE2 ORG2" gives two positions) or of the next stacked title
//     ("Ủy viên Bộ Chính trị, Chủ tịch Quốc hội X");
//   - TITLE ORG, ông PERSON;
//   - after a verb of office ("giữ chức", "trở thành", "được bầu làm"): the
//     person an "ông"/"bà" before the verb refers to, else the first person
//     of the sentence.
//
// Coordinated titles ("Chủ tịch nước Lương Cường và Thủ tướng Phạm Minh
// Chính") each take their own person. A title and a person that the text does
// not tie together ("Thủ tướng gửi điện cho bà Takaichi Sanae, Chủ tịch
// ...") are not linked. A title without a holder in its sentence ("Theo Chủ
// tịch Liên hiệp ..., ...") adds its sentence as evidence to the position of
// the one person entity known to hold that title in that organization.
// "nguyên"/"cựu" before or at the start of a title set Former.
//
// # Relations
//
// Positions are deduplicated per (person entity, title wording, organization
// entity), aliases per (entity, alias wording); the first occurrence gives the
// arguments and every occurrence adds its sentence to Evidence.
package relation
