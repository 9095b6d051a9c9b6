using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A quote about another member of a family named by the same noun ("casino Hồ Tràm" for "casino Nam Hội An") does not
/// answer a question about the member asked (issue #11, -19 dev U19K14).
/// </summary>
public sealed class SiblingNameTests
{
    private const string Question = "Casino Nam Hội An được thí điểm cho người Việt vào chơi trong mấy năm?";

    [Fact]
    public void A_quote_about_a_sibling_named_by_the_same_noun_does_not_answer() =>
        Assert.Equal("Casino Nam Hội An", SiblingName.Missing(Question,
            "Thí điểm cho phép người Việt Nam đủ điều kiện vào chơi casino tại dự án casino Hồ Tràm (Thành phố Hồ Chí Minh) trong thời hạn 05 năm.", ""));

    [Theory]
    [InlineData("Thí điểm cho phép người Việt Nam vào chơi casino tại dự án casino Nam Hội An trong thời hạn 05 năm.", "")]
    [InlineData("Thí điểm cho phép người Việt Nam vào chơi casino trong thời hạn 05 năm.", "")]
    [InlineData("Dự án casino Hồ Tràm được thí điểm trong thời hạn 05 năm.", "Nghị quyết thí điểm casino Nam Hội An")]
    public void A_quote_naming_the_member_asked_or_no_sibling_passes(string quote, string context) =>
        Assert.Null(SiblingName.Missing(Question, quote, context));

    [Fact]
    public void A_one_syllable_name_is_half_of_a_title_and_not_read() =>
        Assert.Null(SiblingName.Missing("Bộ Tài chính được giao bao nhiêu tỷ đồng?", "Giao Bộ Xây dựng 200 tỷ đồng.", ""));

    [Fact]
    public void An_acronym_is_not_a_name() =>
        Assert.Null(SiblingName.Missing("Vốn điều lệ của NSMO là bao nhiêu?", "vốn điều lệ của công ty Điện Lực là 3.000 tỷ đồng", ""));

    [Fact]
    public void A_quote_of_that_kind_naming_another_member_by_its_own_noun_does_not_answer() =>
        Assert.Equal("Casino Nam Hội An", SiblingName.Missing(Question,
            "Thí điểm cho phép người Việt Nam vào chơi casino tại dự án Vân Đồn (tỉnh Quảng Ninh) trong thời hạn 05 năm.", ""));

    [Fact]
    public void A_quote_whose_clause_names_the_member_asked_passes() =>
        Assert.Null(SiblingName.Missing("Về cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang, tỉnh làm theo thông báo nào?",
            "Dự án nâng cấp đường đến cửa khẩu A Pa Chải: tỉnh thực hiện theo Thông báo 75-TB/VPTW.",
            "7. Về dự án xây dựng đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang; dự án nâng cấp đường đến cửa khẩu A Pa Chải"));

    [Fact]
    public void A_name_written_with_words_put_inside_it_is_the_name_asked() =>
        Assert.Null(SiblingName.Missing("Bộ Tài chính phải báo cáo Kế hoạch chống buôn lậu dịp Tết Bính Ngọ 2026 trước ngày nào?",
            "Hoàn thiện Kế hoạch chống buôn lậu dịp trước, trong và sau Tết Nguyên đán Bính Ngọ 2026 theo chỉ đạo của Phó Thủ tướng Hồ Đức Phớc, báo cáo trước ngày 30 tháng 11.", ""));
}
