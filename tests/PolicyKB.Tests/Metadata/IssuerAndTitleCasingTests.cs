using PolicyKB.Metadata;

namespace PolicyKB.Tests.Metadata;

/// <summary>Proper Vietnamese case for issuers and titles printed in capitals.</summary>
public sealed class IssuerAndTitleCasingTests
{
    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "UBND tỉnh Hà Tĩnh")]
    [InlineData("ỦY BAN NHÂN DÂN HUYỆN SƠN DƯƠNG", "UBND huyện Sơn Dương")]
    [InlineData("UỶ BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "UBND thành phố Cần Thơ")]
    [InlineData("CHÍNH PHỦ", "Chính phủ")]
    [InlineData("BỘ Y TẾ", "Bộ Y tế")]
    [InlineData("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn")]
    [InlineData("BỘ QUỐC PHÒNG", "Bộ Quốc phòng")]
    [InlineData("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI", "HĐND thành phố Hà Nội")]
    [InlineData("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("TỈNH ỦY HÀ TĨNH", "Tỉnh ủy Hà Tĩnh")]
    public void One_line_letterheads(string printed, string expected) =>
        Assert.Equal(expected, IssuerFormatter.FromLetterhead([printed]));

    [Theory]
    [InlineData("UBND TỈNH HÀ GIANG|SỞ Y TẾ", "Sở Y tế tỉnh Hà Giang")]
    [InlineData("ỦY BAN NHÂN DÂN|TỈNH ĐẮK LẮK", "UBND tỉnh Đắk Lắk")]
    [InlineData("BỘ VĂN HÓA, THỂ|THAO|VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("BỘ TÀI CHÍNH|CỤC THUẾ", "Cục Thuế, Bộ Tài chính")]
    [InlineData("BỘ TÀI CHÍNH CỤC THUẾ", "Cục Thuế, Bộ Tài chính")]
    [InlineData("BỘ NỘI|VỤ", "Bộ Nội vụ")]
    [InlineData("BỘ NỘI VỤ", "Bộ Nội vụ")]
    [InlineData("BỘ NGOẠI|GIAO", "Bộ Ngoại giao")]
    [InlineData("BỘ NỘI VỤ|VỤ TIỀN LƯƠNG", "Vụ Tiền lương, Bộ Nội vụ")]
    public void Letterheads_over_several_lines(string printed, string expected) =>
        Assert.Equal(expected, IssuerFormatter.FromLetterhead(printed.Split('|')));

    [Theory]
    [InlineData("Sở Y tế Hà Giang", "Hà Giang", "Sở Y tế tỉnh Hà Giang")]
    [InlineData("Sở Y tế", "Thanh Hóa", "Sở Y tế tỉnh Thanh Hóa")]
    [InlineData("Ủy ban nhân dân tỉnh Hà Tĩnh", null, "UBND tỉnh Hà Tĩnh")]
    [InlineData("Uỷ ban nhân dân huyện Sơn Dương", null, "UBND huyện Sơn Dương")]
    [InlineData("Bộ trưởng Bộ Tài chính", "Hà Nội", "Bộ Tài chính")]
    [InlineData("Sở Y tế", null, "Sở Y tế")]
    public void Bodies_named_in_running_text(string named, string? place, string expected) =>
        Assert.Equal(expected, IssuerFormatter.FromSentence(named, place));

    [Theory]
    [InlineData("KHẮC PHỤC MÔI TRƯỜNG SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK", "Khắc phục môi trường sau lụt bão trên địa bàn tỉnh Đắk Lắk")]
    [InlineData("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ", "Triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ")]
    [InlineData("TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH", "Triển khai thi hành Luật Việc làm trên địa bàn thành phố Hồ Chí Minh")]
    [InlineData("QUY HOẠCH MẠNG LƯỚI CƠ SỞ VĂN HÓA VÀ THỂ THAO", "Quy hoạch mạng lưới cơ sở văn hóa và thể thao")]
    [InlineData("CHỨC NĂNG CỦA CHI CỤC KIỂM LÂM THUỘC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ", "Chức năng của Chi cục Kiểm lâm thuộc Sở Nông nghiệp và Môi trường tỉnh Quảng Trị")]
    [InlineData("PHÁT TRIỂN KINH TẾ - XÃ HỘI HUYỆN SƠN DƯƠNG NĂM 2021", "Phát triển kinh tế - xã hội huyện Sơn Dương năm 2021")]
    [InlineData("V/V HỖ TRỢ NHU YẾU PHẨM", "V/v hỗ trợ nhu yếu phẩm")]
    [InlineData("Đã viết thường", "Đã viết thường")]
    public void Titles_printed_in_capitals_read_in_sentence_case(string printed, string expected) =>
        Assert.Equal(expected, TitleCaser.ToSentenceCase(printed));

    [Theory]
    [InlineData("36/KH-SYT", "Kế hoạch")]
    [InlineData("16/2025/NĐ-CP", "Nghị định")]
    [InlineData("242-KH/TU", "Kế hoạch")]
    [InlineData("04/VBHN-BYT", "Văn bản hợp nhất")]
    [InlineData("265/UBND-VHXH", null)]
    [InlineData("26/2008/QH12", null)]
    public void Type_from_the_number_abbreviation(string number, string? type) =>
        Assert.Equal(type, DocumentTypes.FromNumber(number));
}
