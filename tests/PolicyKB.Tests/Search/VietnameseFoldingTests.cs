using System.Globalization;
using System.Text;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Tests.Search;

/// <summary>
/// Folding (no diacritics, đ → d, lower case) is what matches "bao hiem" to "bảo hiểm" and decides highlights; its fast
/// path, one character at a time without allocating, must give exactly what the definition gives: NFD, drop the
/// combining marks, đ → d, lower case, NFC.
/// </summary>
public sealed class VietnameseFoldingTests
{
    private static string ByDefinition(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is 'đ' or 'Đ' or '\u00D0' or '\u00F0' ? 'd' : char.ToLowerInvariant(c));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [Fact]
    public void Every_character_of_the_basic_multilingual_plane_folds_as_the_definition_says()
    {
        for (var c = 1; c < 0xD800; c++)
        {
            var text = "x" + (char)c + "y";
            Assert.True(ByDefinition(text) == VietnameseNormalizer.Fold(text), $"U+{c:X4}");
        }
    }

    /// <summary>Callers match folded text against lower-case patterns without lower-casing it again.</summary>
    [Fact]
    public void A_folded_text_is_already_lower_case()
    {
        for (var c = 1; c < 0xD800; c++)
        {
            var folded = VietnameseNormalizer.Fold("X" + (char)c + "Y");
            Assert.True(folded == folded.ToLowerInvariant(), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("Quyết định số 281/QĐ-TTg về bảo hiểm y tế", "quyet dinh so 281/qd-ttg ve bao hiem y te")]
    [InlineData("ĐƯỜNG Ứng Dụng", "duong ung dung")]
    [InlineData("a\u0301o\u0302\u0300", "ao")]
    [InlineData("Thực hiện ở 한국 và Ελλάδα", "thuc hien o 한국 va ελλαδα")]
    public void Vietnamese_text_and_other_scripts_fold_as_the_definition_says(string text, string folded)
    {
        Assert.Equal(ByDefinition(text), VietnameseNormalizer.Fold(text));
        Assert.Equal(folded, VietnameseNormalizer.Fold(text));
    }

    [Fact]
    public void Folding_on_the_stack_refuses_text_outside_latin_script_instead_of_folding_it_differently()
    {
        Span<char> buffer = stackalloc char[16];

        Assert.False(VietnameseNormalizer.TryFold("한국", buffer, out _));
        Assert.True(VietnameseNormalizer.TryFold("Hiểm", buffer, out var written));
        Assert.Equal("hiem", buffer[..written].ToString());
    }

    [Fact]
    public void A_highlight_word_matches_a_token_given_as_part_of_the_text_as_it_matches_the_token_alone()
    {
        var words = HighlightWords.From(QueryTermsParser.Parse("bảo hiem"), SynonymTable.Empty);
        var text = "Bảo hiểm, bao hiêm và bão";

        Assert.True(words.Matches(text.AsSpan(0, 3)));   // "Bảo": typed with its marks
        Assert.True(words.Matches(text.AsSpan(4, 4)));   // "hiểm": "hiem" typed without, any form
        Assert.False(words.Matches(text.AsSpan(10, 3))); // "bao": not the form typed
        Assert.True(words.Matches(text.AsSpan(14, 4)));  // "hiêm"
        Assert.False(words.Matches(text.AsSpan(22, 3))); // "bão"
        Assert.Equal(words.Matches("Bảo"), words.Matches(text.AsSpan(0, 3)));
    }
}
