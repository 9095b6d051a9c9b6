using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;
using PolicyKB.Documents;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Question and sentence wordings the checks misread on the dev half of answers-unseen-23 (issue #11, session 26,
/// chat38a): "quỹ nào" folded as "quý nào", a share of a total ("hai phần ba tổng số phiếu") not read as a count, an item
/// label ("2.") read as one, a lead-in stating a value dropped as a heading, a web address asked.
/// </summary>
public sealed class WordingGapsTests
{
    private static readonly IReadOnlyList<string> Places = ProvinceKeys.All;

    [Theory]
    [InlineData("Tiền phí, lệ phí đại sứ quán thu được thì hạch toán vào quỹ nào?", false)]
    [InlineData("Các Bộ phải cập nhật dữ liệu trước quý nào?", true)]
    [InlineData("Cac Bo phai cap nhat du lieu truoc quy nao?", true)]
    [InlineData("Báo cáo gửi trước ngày nào?", true)]
    public void A_quarter_is_asked_only_where_the_question_writes_quy_with_its_tone(string question, bool deadline) =>
        Assert.Equal(deadline, new DeadlineRule().Match(new QuestionText(question, [])) == QuestionIntent.Deadline);

    [Theory]
    [InlineData("Có bao nhiêu phiếu tín nhiệm thấp thì người được lấy phiếu có thể xin từ chức?",
        "Người được lấy phiếu tín nhiệm có quá nửa đến dưới hai phần ba tổng số phiếu đánh giá “tín nhiệm thấp” thì có thể xin từ chức;")]
    [InlineData("Cần bao nhiêu phiếu thì bị miễn nhiệm?", "Người có từ hai phần ba tổng số phiếu đánh giá “tín nhiệm thấp” trở lên thì bị miễn nhiệm.")]
    public void A_share_of_the_total_counts_the_noun_asked(string question, string sentence) =>
        Assert.Null(AskedSlot.MissingIn(question, sentence, ""));

    [Fact]
    public void An_item_label_counts_nothing() =>
        Assert.NotNull(AskedSlot.MissingIn("Ninh Bình đã cấp được bao nhiêu chứng thư chữ ký số?",
            "2. Chứng thư chữ ký số: là một dạng chứng thư điện tử do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp.", ""));

    [Fact]
    public void A_lead_in_stating_a_value_is_quotable_though_read_as_its_heading()
    {
        const string text = "1. Xã đạt nội dung tiêu chí số 3.6 khi có tối thiểu 01 hợp tác xã đạt các yêu cầu sau:";
        var clause = new Clause { Id = "doc/C2.D5.1", DocumentId = "doc", Label = "1", Heading = text[3..^1], Text = text, ChildIds = ["doc/C2.D5.1.a"] };
        Assert.False(HeadingLines.IsHeadingOnly(text, clause));
    }

    [Fact]
    public void A_short_title_ending_with_a_colon_is_still_a_heading()
    {
        var clause = new Clause { Id = "doc/II.2", DocumentId = "doc", Label = "2", Heading = "Năm 2025", Text = "2. Năm 2025:", ChildIds = ["doc/II.2.a"] };
        Assert.True(HeadingLines.IsHeadingOnly("2. Năm 2025:", clause));
    }

    [Fact]
    public void A_web_address_asked_needs_one_in_the_quote()
    {
        const string question = "Cơ sở dữ liệu công chứng Hải Phòng truy cập ở địa chỉ web nào?";
        Assert.True(WebAddress.Asked(question));
        Assert.Equal("địa chỉ trang web được hỏi", AskedTypeEvidence.Missing(question,
            "3. Các tổ chức, cá nhân được cấp tài khoản không được chia sẻ địa chỉ và mã khóa truy cập vào Cơ sở dữ liệu.", "", Places));
        Assert.Null(AskedTypeEvidence.Missing(question, "Cơ sở dữ liệu có tên miền truy cập là: https://congchung.haiphong.gov.vn", "", Places));
        Assert.False(WebAddress.Asked("Cơ sở dữ liệu đặt ở địa chỉ nào?"));
    }

    [Theory]
    [InlineData("Ai quản lý website của tỉnh?", false)]
    [InlineData("Tên miền của cổng thông tin có phải đăng ký lại không?", false)]
    [InlineData("Cổng thông tin có tên miền nào?", true)]
    [InlineData("Website nào đăng tải văn bản?", true)]
    public void The_site_named_as_a_subject_asks_no_address(string question, bool asks)
        => Assert.Equal(asks, WebAddress.Asked(question));
}
