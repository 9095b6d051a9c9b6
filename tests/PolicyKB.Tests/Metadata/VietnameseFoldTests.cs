using System.Globalization;
using System.Text;
using PolicyKB.Metadata;

namespace PolicyKB.Tests.Metadata;

/// <summary>Folding skips Unicode normalisation only for text that is already in normalisation form C.</summary>
public sealed class VietnameseFoldTests
{
    [Fact]
    public void Every_character_the_fold_trusts_as_composed_is_its_own_form_C_and_never_combines()
    {
        var trusted = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && VietnameseText.IsSurelyComposed(c.ToString()))
            .ToList();

        Assert.Contains('ệ', trusted);
        Assert.Contains('“', trusted);
        Assert.All(trusted, c =>
        {
            Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
            Assert.DoesNotContain(char.GetUnicodeCategory(c), new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark });
            Assert.True(("A" + c).IsNormalized(NormalizationForm.FormC), $"A + U+{(int)c:X4}");
        });
    }

    [Theory]
    [InlineData("Ủy ban nhân dân", "ỦY BAN NHÂN DÂN")]
    [InlineData("Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN")]
    [InlineData("Thanh Hoa\u0301", "THANH HÓA")]
    [InlineData("U\u031Bo\u031B\u0300ng", "ƯỜNG")]
    [InlineData("Ω \u212B", "Ω Å")]
    public void Decomposed_and_composed_spellings_fold_alike(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));
}
