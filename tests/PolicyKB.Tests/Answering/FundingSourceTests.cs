using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// "lấy tiền ở đâu" asks where the money comes from (issue #11 round 17): a sentence naming a source of funds answers it
/// though it names no place, and one naming none does not; "ở đâu" of anything else still asks a place.
/// </summary>
public sealed class FundingSourceTests
{
    private static readonly IReadOnlyList<string> Places = ProvinceKeys.All;

    private const string Funded = "Trường hợp các đề án không được bố trí nguồn kinh phí riêng cho hoạt động tư vấn thì được sử dụng nguồn kinh phí hoạt động của cơ quan đề nghị tư vấn.";

    [Theory]
    [InlineData("de an khong co kinh phi rieng cho tu van thi lay tien o dau?")]
    [InlineData("Đề án không có kinh phí riêng cho tư vấn thì lấy kinh phí từ đâu?")]
    public void A_source_of_funds_answers_where_the_money_is_taken_from(string question) =>
        Assert.Null(AskedTypeEvidence.Missing(question, Funded, "", Places));

    [Fact]
    public void A_sentence_naming_no_source_of_funds_does_not_answer_it() =>
        Assert.Equal("nguồn kinh phí được hỏi", AskedTypeEvidence.Missing("Phần còn thiếu thì lấy tiền ở đâu?",
            "Liên hiệp các hội thực hiện tư vấn theo hợp đồng đã ký.", "", Places));

    [Fact]
    public void Where_anything_else_is_asked_a_place_is_still_needed() =>
        Assert.Equal("địa điểm được hỏi", AskedTypeEvidence.Missing("Đề án tư vấn được lưu trữ ở đâu?", Funded, "", Places));
}
