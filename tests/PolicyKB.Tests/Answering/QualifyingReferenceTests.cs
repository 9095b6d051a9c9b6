using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A question naming an unstored document only to say which thing it means (the decree amending it, the allowance paid
/// under it) asks about a document citing it; one opening with "Theo …," or asking of the document itself does not.
/// </summary>
public sealed class QualifyingReferenceTests
{
    [Theory]
    [InlineData("Nghị định sửa đổi Nghị định 72/2020/NĐ-CP về dân quân tự vệ có hiệu lực từ ngày nào?", "72/2020/NĐ-CP")]
    [InlineData("Ai quy định chi tiết việc điều chỉnh trợ cấp đối với người hưởng trợ cấp theo Quyết định 53/2010/QĐ-TTg?", "53/2010/QĐ-TTg")]
    [InlineData("Còn bao nhiêu vốn dư từ nguồn hỗ trợ đặc thù theo NQ 37/2021/QH15?", "37/2021/QH15")]
    [InlineData("Kế hoạch triển khai Quyết định số 120/QĐ-BYT giao việc cho ai?", "120/QĐ-BYT")]
    public void A_document_named_to_qualify_another_thing_qualifies(string question, string number) =>
        Assert.True(QualifyingReference.Qualifies(question, Wanted(number)));

    [Theory]
    [InlineData("Theo Quyết định 53/2010/QĐ-TTg, ai được hưởng trợ cấp?", "53/2010/QĐ-TTg")]
    [InlineData("Quyết định 2151/QĐ-BYT có hiệu lực từ ngày nào?", "2151/QĐ-BYT")]
    [InlineData("Ai ký Quyết định 2151/QĐ-BYT?", "2151/QĐ-BYT")]
    [InlineData("Nghị định 72/2020/NĐ-CP sửa đổi những gì?", "72/2020/NĐ-CP")]
    public void A_document_asked_about_itself_does_not_qualify(string question, string number) =>
        Assert.False(QualifyingReference.Qualifies(question, Wanted(number)));

    private static HashSet<string> Wanted(string number) => [KnowledgeSnapshot.Normalized(number)];
}
