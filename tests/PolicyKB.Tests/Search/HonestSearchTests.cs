using PolicyKB.Search;
using PolicyKB.Search.Analysis;
using PolicyKB.Tests.Evaluation;

namespace PolicyKB.Tests.Search;

/// <summary>Search says when nothing matches, counts only real matches, and respects the accents typed (issue 11, items 5–7).</summary>
public sealed class HonestSearchTests(SeedKnowledgeBase seeds) : IClassFixture<SeedKnowledgeBase>
{
    private SearchResponse Search(string query, SearchMode mode = SearchMode.Hybrid, int top = 10) =>
        seeds.KnowledgeBase.Search.SearchAsync(new SearchRequest(query) { Mode = mode, Top = top }).GetAwaiter().GetResult();

    [Theory]
    [InlineData(SearchMode.Hybrid)]
    [InlineData(SearchMode.Keyword)]
    public void Gibberish_matches_nothing_and_shows_nothing(SearchMode mode)
    {
        var response = Search("xkcd qwzt plomb", mode);
        Assert.Equal(0, response.Total);
        Assert.Empty(response.Hits);
    }

    [Fact]
    public void A_common_expression_counts_only_the_clauses_holding_all_its_words()
    {
        var response = Search("bảo hiểm y tế", top: 100);
        Assert.InRange(response.Total, 1, 100); // it claimed 153 of 369 clauses
        var words = new[] { "bảo", "hiểm", "y", "tế" };
        // Each holds every word, or the abbreviation standing for them (content/search/synonyms.tsv).
        Assert.All(response.Hits.Where(h => h.Matches), h => Assert.True(
            words.All(w => h.Text.ToLowerInvariant().Contains(w, StringComparison.Ordinal)) || h.Text.Contains("BHYT", StringComparison.Ordinal), h.Text));
        Assert.Equal(response.Total, response.Hits.Count(h => h.Matches));
    }

    [Fact]
    public void A_query_that_matches_nothing_suggests_its_twin_without_diacritics()
    {
        var response = Search("phòng chông dịch");
        Assert.Equal(0, response.Total);
        var twin = Assert.Single(response.Suggestions, s => s.Kind == "no-diacritics");
        Assert.Equal("phong chong dich", twin.Query);
        Assert.True(twin.Matches > 0);
    }

    [Theory]
    [InlineData("KH 36 Hà Giang")]
    [InlineData("kế hoạch 36/KH-SYT")]
    [InlineData("ke hoach so 36 ha giang")]
    public void A_document_named_by_its_own_number_comes_first_title_then_first_clause(string query)
    {
        var hits = Search(query).Hits;
        Assert.Equal("ha-giang-2021-ky-niem-ngay-thay-thuoc/title", hits[0].ClauseId);
        Assert.Equal("ha-giang-2021-ky-niem-ngay-thay-thuoc", hits[1].DocumentId);
        Assert.True(hits[0].Matches && hits[0].InNamedDocument);
    }

    [Theory]
    [InlineData("cơ sở", new[] { "số", "có", "cố" })]
    [InlineData("Hà Tĩnh", new[] { "tình", "tỉnh", "hạ" })]
    public void Highlights_keep_the_accents_the_user_typed(string query, string[] never)
    {
        var highlighted = Search(query, top: 30).Hits
            .SelectMany(h => h.Highlights.Select(s => h.Text.Substring(s.Start, s.Length)))
            .SelectMany(t => t.Split(' '))
            .Select(t => t.ToLowerInvariant())
            .ToList();
        Assert.NotEmpty(highlighted);
        Assert.DoesNotContain(highlighted, never.Contains);
    }

    [Fact]
    public void An_unaccented_query_still_highlights_every_form()
    {
        var highlighted = Search("co so", top: 30).Hits
            .SelectMany(h => h.Highlights.Select(s => VietnameseNormalizer.Normalize(h.Text.Substring(s.Start, s.Length)).ToLowerInvariant()))
            .SelectMany(t => t.Split(' '))
            .ToHashSet();
        Assert.Contains("cơ", highlighted);
        Assert.Contains("sở", highlighted);
    }
}
