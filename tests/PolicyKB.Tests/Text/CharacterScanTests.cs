using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>
/// The character tests repair and layout ask of every character, answered from tables and vectorised searches, give
/// the platform's answers: a word character for every UTF-16 unit, and spaces collapsed around every white-space
/// character as a test per character collapsed them.
/// </summary>
public sealed class CharacterScanTests
{
    [Fact]
    public void Word_characters_are_the_platforms_letters_and_non_spacing_marks_for_every_unit()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var expected = char.IsLetter(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark;
            Assert.True(expected == SyllableTokenizer.IsWordChar(ch), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Every_white_space_character_inside_a_line_is_collapsed_to_one_space()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (!char.IsWhiteSpace(ch)) continue;
            Assert.Equal("a b", VietnameseText.CollapseSpaces("a" + ch + "b"));
            Assert.Equal("a b", VietnameseText.CollapseSpaces("a " + ch + "b"));
            Assert.Equal("a b", PolicyKB.Metadata.VietnameseText.Squash("a" + ch + ch + "b"));
        }
    }

    [Theory]
    [InlineData("Điều 1.  Phạm vi", "Điều 1. Phạm vi")]
    [InlineData("Điều 1. Phạm vi  ", "Điều 1. Phạm vi")]
    [InlineData("  Điều 1", "Điều 1")]
    [InlineData("a     b", "a b")]
    public void Double_and_edge_spaces_are_collapsed(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.CollapseSpaces(input));
        Assert.Equal(expected, PolicyKB.Metadata.VietnameseText.Squash(input));
    }

    [Fact]
    public void A_clean_line_is_returned_as_it_is()
    {
        const string clean = "Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch thực hiện như sau:";

        Assert.Same(clean, VietnameseText.CollapseSpaces(clean));
    }

    [Fact]
    public void Squash_reads_lines_longer_than_its_stack_buffer()
    {
        var words = Enumerable.Range(0, 300).Select(i => "từ" + i).ToArray();

        Assert.Equal(string.Join(' ', words), PolicyKB.Metadata.VietnameseText.Squash(" \t" + string.Join(" \u00A0 ", words) + "\n"));
    }
}
