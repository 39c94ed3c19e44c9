package normalize

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// commonSyllableText lists some of the most frequent Vietnamese syllables
// (written for this package from general knowledge of the language). Detect
// uses them only to choose between two legacy encodings that read a short
// input equally well ("m\xf6a" is "mưa" in VNI and "mửa" in TCVN3).
const commonSyllableText = `của và là có các những được trong cho với không một người này đã đến
từ khi để về năm ra theo như cũng nhiều đó tại sẽ trên ngày nhà còn đi làm phải thì nhưng mà hơn
lại vì nên sau đang chỉ rất thể nước việt nam học anh chị em ông bà tôi bạn mình họ chúng ta nó
ai gì sao đâu nào bao giờ lúc đây kia ấy mới cũ lớn nhỏ tốt đẹp xấu cao thấp dài ngắn nhanh chậm
mưa nắng gió trời đất sông núi biển rừng cây hoa lá quả cơm sữa thịt cá rau bánh chợ phố đường
xe tàu máy điện thoại tiền việc hỏi nói nghe xem thấy biết muốn cần nghĩ hiểu yêu thích sống
chết ăn uống ngủ chơi đọc viết dạy mua bán trả lời gửi nhận mở đóng vào lên xuống qua đứng ngồi
nằm chạy bơi bay hát múa cười khóc tim mắt tay chân đầu mặt miệng tai tóc áo quần giày mũ bàn
ghế giường cửa sổ tường bếp phòng lớp trường thầy cô bố mẹ con cháu vợ chồng hai ba bốn sáu bảy
tám chín mười trăm nghìn triệu tỷ cuối giữa trước trái trong ngoài dưới gần xa sáng trưa chiều
tối đêm hôm nay mai tuần tháng thứ chủ nhật quốc gia dân tộc chính phủ tỉnh thành huyện xã tổng
bộ trưởng tịch đồng công ty tế kinh văn hóa hội giáo dục khoa kỹ thuật y sức khỏe bệnh viện đời
mới tin tức báo chí đoàn đảng sự kiện nghị họp tổ chức quan hệ hợp tác phát triển tư doanh sản
xuất lao động nông nghiệp thương mại dịch vụ du lịch an ninh phòng quân đội pháp luật tòa án
vấn đề kết quả thông số liệu tím xanh đỏ vàng trắng đen hư hỏng sai đúng mọi cả rồi chưa vẫn
luôn thường hay đều cùng riêng chung bị tự tay nhau ở hết thêm bớt đủ thiếu thừa`

// commonSyllables holds commonSyllableText's syllables.
var commonSyllables = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(commonSyllableText) {
		m[w] = true
	}
	return m
}()

// commonScore counts the words of the decoded text b that are common
// syllables (see commonSyllableText), in any case.
func commonScore(b []byte) int {
	n := 0
	for _, w := range bytes.FieldsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.Valid(w) && commonSyllables[strings.ToLower(string(w))] {
			n++
		}
	}
	return n
}
