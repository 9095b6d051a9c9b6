using System.Globalization;
using System.Text;
using PolicyKB.Metadata;
using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>Repair and folding skip Unicode normalisation and ICU casing only where the answer is known to be the same.</summary>
public sealed class FastCharactersTests
{
    [Fact]
    public void Every_character_the_fold_trusts_as_composed_is_its_own_form_C_and_never_combines()
    {
        var trusted = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && FastCharacters.IsSurelyComposed(c.ToString()))
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

    [Fact]
    public void Lower_casing_from_the_table_is_the_platforms_for_every_character() =>
        Assert.All(Enumerable.Range(0, 0x10000).Select(c => (char)c), c => Assert.Equal(char.ToLowerInvariant(c), FastCharacters.ToLowerInvariant(c)));

    [Fact]
    public void Upper_casing_from_the_table_is_the_platforms_for_every_character() =>
        Assert.All(Enumerable.Range(0, 0x10000).Select(c => (char)c), c => Assert.Equal(char.ToUpperInvariant(c), FastCharacters.ToUpperInvariant(c)));

    [Theory]
    [InlineData("")]
    [InlineData("ke hoach 36")]
    [InlineData("KẾ HOẠCH số 36/KH-UBND – “Đề án” Ủy ban nhân dân tỉnh Hà Tĩnh … Ơn Ưu Ĩ Ũ Ă Đ")]
    [InlineData("Điều 5. Ωμέγα Ёлка ǅ ǈ ß İ ı ﬁ")]
    [InlineData("Phụ lục 𝐀 😀 Ⅻ ⓐ")] // beyond the table: surrogates, Roman numerals, circled letters
    public void Strings_are_cased_as_the_platform_cases_them(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), FastCharacters.ToLowerInvariant(text));
        Assert.Equal(text.ToUpperInvariant(), FastCharacters.ToUpperInvariant(text));
    }

    [Theory]
    [InlineData("Ủy ban nhân dân", "ỦY BAN NHÂN DÂN")]
    [InlineData("Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN")]
    [InlineData("Thanh Hoa\u0301", "THANH HÓA")]
    [InlineData("U\u031Bo\u031B\u0300ng", "ƯỜNG")]
    [InlineData("Ω \u212B", "Ω Å")]
    public void Decomposed_and_composed_spellings_fold_alike(string text, string folded) =>
        Assert.Equal(folded, PolicyKB.Metadata.VietnameseText.Fold(text));
}
