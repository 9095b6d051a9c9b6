using PolicyKB.Search.Fusion;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Tests.Rerank;

/// <summary>A query typed without diacritics fuses the embedding list at a fraction of its weight; any accent keeps it whole.</summary>
public sealed class UnaccentedQueryWeightTests
{
    private static IReadOnlyList<string> Words(string query) => QueryTermsParser.Parse(query).Words;

    [Theory]
    [InlineData("cay xang nghi ban duoc mo lai som khong")]
    [InlineData("mua ban dat rung trai phep")]
    [InlineData("bao hiem y te 2025")]
    public void An_accent_less_query_of_several_words_keeps_only_the_factor(string query)
    {
        Assert.True(UnaccentedQueryWeight.IsUnaccented(Words(query)));
        Assert.Equal(0.05, UnaccentedQueryWeight.Of(0.25, Words(query), factor: 0.2), 9);
    }

    [Theory]
    [InlineData("cây xăng nghỉ bán")]
    [InlineData("cay xang nghỉ ban")]
    [InlineData("đi lam")]
    [InlineData("luong")]
    [InlineData("QĐ 281")]
    [InlineData("BHYT 2025")]
    public void A_query_with_any_diacritic_or_fewer_than_two_letter_words_keeps_the_full_weight(string query)
    {
        Assert.Equal(0.25, UnaccentedQueryWeight.Of(0.25, Words(query), factor: 0.2));
    }
}
