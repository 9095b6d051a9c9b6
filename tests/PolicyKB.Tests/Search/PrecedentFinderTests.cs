using PolicyKB.Search;
using PolicyKB.Search.Precedents;

namespace PolicyKB.Tests.Search;

/// <summary>The precedent finder over the bundled plans: the order is the similarity shown, and form lines do not lead.</summary>
public sealed class PrecedentFinderTests(SearchServiceTests.SeedKnowledgeBase fixture) : IClassFixture<SearchServiceTests.SeedKnowledgeBase>
{
    private readonly KnowledgeBase _kb = fixture.KnowledgeBase;

    [Fact]
    public async Task Precedents_are_sorted_by_the_similarity_shown_and_below_half_show_the_shared_phrases()
    {
        var response = await _kb.Similar.FindAsync(new SimilarRequest { Text = "Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ y tế cơ sở.", Top = 10 });

        var shown = response.Hits.Select(h => h.Similarity).ToList();
        Assert.True(shown.Count >= 5, $"{shown.Count} precedents");
        Assert.Equal(shown.OrderByDescending(s => s), shown);
        Assert.All(response.Hits, h => Assert.Equal(h.Similarity < PrecedentFinder.PhrasesBelow ? PrecedentViews.Phrases : PrecedentViews.Diff, h.View));
        Assert.Contains(response.Hits, h => h.View == PrecedentViews.Phrases);
        var phrases = response.Hits.First(h => h.View == PrecedentViews.Phrases);
        Assert.NotEmpty(phrases.Shared);
        Assert.All(phrases.Shared, p => Assert.InRange(p.Start + p.Length, 1, phrases.Text.Length));
    }

    [Fact]
    public async Task A_bare_form_line_naming_the_same_agency_does_not_lead_the_precedents()
    {
        var response = await _kb.Similar.FindAsync(new SimilarRequest
        {
            Text = "Tăng cường công tác kiểm tra, giám sát an toàn thực phẩm. Cơ quan chủ trì: Trung tâm Y tế huyện. Cơ quan phối hợp: Phòng Y tế.",
            Top = 5,
        });

        var first = response.Hits[0];
        Assert.DoesNotContain("chủ trì", first.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("an toàn thực phẩm", first.Text, StringComparison.OrdinalIgnoreCase);
    }
}
