using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A clause naming a document the store lacks, its số hiệu printed with a space beside the hyphen ("13/CT- TTg"), still
/// names it: the not-stored check (issue #11) must not refuse its quote as if it spoke of another document.
/// </summary>
public sealed class UnstoredReferenceSpacingTests
{
    [Theory]
    [InlineData("Khẩn trương tiến hành sơ kết 6 tháng việc thực hiện Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025", "13/CT-TTg")]
    [InlineData("theo Nghị định số 135/2020/NĐ -CP ngày 18/11/2020", "135/2020/NĐ-CP")]
    public void A_hyphen_spaced_on_one_side_is_rejoined(string text, string number) =>
        Assert.Contains(number, UnstoredReferenceCheck.Joined(text));

    [Fact]
    public void A_dash_between_spaces_still_separates() =>
        Assert.Equal("Quyết định 12/QĐ-UBND - Về việc ban hành", UnstoredReferenceCheck.Joined("Quyết định 12/QĐ-UBND - Về việc ban hành"));
}
