using PolicyKB.Answering.Answers;
using PolicyKB.Documents;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A unit that only repeats its clause's heading answers nothing, but an item whose heading was read from its own line
/// and which states its value ("b) Người cao tuổi từ đủ 80 tuổi trở lên: 2.0") is the answer, not a title (issue #11,
/// chat19b: the sibling without a heading was quoted instead).
/// </summary>
public sealed class HeadingLinesTests
{
    private static Clause Item(string heading, string text, params string[] children) =>
        new() { Id = "doc/D4.2.b", DocumentId = "doc", Label = "b", Heading = heading, Text = text, ChildIds = [.. children] };

    [Theory]
    [InlineData("Người cao tuổi từ đủ 80 tuổi trở lên", "b) Người cao tuổi từ đủ 80 tuổi trở lên: 2.0")]
    [InlineData("Hệ số 5,0 đối với trẻ em dưới 04 tuổi", "a) Hệ số 5,0 đối với trẻ em dưới 04 tuổi;")]
    public void An_item_stating_its_value_under_its_own_heading_is_quotable(string heading, string text) =>
        Assert.False(HeadingLines.IsHeadingOnly(text, Item(heading, text)));

    [Fact]
    public void A_title_line_repeating_the_heading_is_not_quotable()
    {
        Assert.True(HeadingLines.IsHeadingOnly("2. Các hoạt động Kỷ niệm.", Item("Các hoạt động Kỷ niệm", "2. Các hoạt động Kỷ niệm.")));
        Assert.True(HeadingLines.IsHeadingOnly("2. Hệ số năm 2025", Item("Hệ số năm 2025", "2. Hệ số năm 2025", "doc/D4.2.b.1")));
    }
}
