using PolicyKB.Metadata;

namespace PolicyKB.Tests.Metadata;

public sealed class SquashTests
{
    [Theory]
    [InlineData("  KẾ   HOẠCH\tsố 36 ", "KẾ HOẠCH số 36")]
    [InlineData("Nơi nhận:\u00A0\u00A0- Như trên;", "Nơi nhận: - Như trên;")]
    [InlineData(" \t ", "")]
    [InlineData("", "")]
    public void Squash_collapses_white_space_runs_and_trims(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Squash(text));

    [Fact]
    public void A_line_already_squashed_is_returned_as_it_is()
    {
        // Layout squashes every line and trailer piece: a clean one is not copied.
        var line = "Điều 5. Phạm vi điều chỉnh";
        Assert.Same(line, VietnameseText.Squash(line));
    }

    [Fact]
    public void A_long_line_is_squashed_like_a_short_one()
    {
        var words = Enumerable.Range(0, 400).Select(i => $"từ{i}").ToList();
        Assert.Equal(string.Join(' ', words), VietnameseText.Squash("  " + string.Join("  \t", words) + "  "));
    }
}
