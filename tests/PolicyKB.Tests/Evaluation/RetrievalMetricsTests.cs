using PolicyKB.Search.Evaluation;

namespace PolicyKB.Tests.Evaluation;

/// <summary>How a ranked hit list is judged against a query's snippets.</summary>
public sealed class RetrievalMetricsTests
{
    private const string A = "a.txt";
    private const string B = "b.md";

    private static EvalQuery Query(params RelevantSnippet[] relevant) => new("q", "k", relevant);

    private static RankedHit Hit(string source, string text) => new(source, text);

    [Fact]
    public void A_snippet_is_found_at_the_rank_of_the_first_hit_of_its_source_containing_it()
    {
        var outcome = RetrievalMetrics.Judge(
            Query(new RelevantSnippet(A, "tiêm chủng đầy đủ")),
            [Hit(A, "khác"), Hit(B, "Tiêm chủng đầy đủ"), Hit(A, "Duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ"), Hit(A, "tiêm chủng đầy đủ")]);
        Assert.Equal(3, outcome.FirstRelevantRank);
        Assert.Equal([3], outcome.SnippetRanks);
        Assert.Equal(0, outcome.RecallAt(1));
        Assert.Equal(1, outcome.RecallAt(5));
        Assert.Equal(1.0 / 3, outcome.ReciprocalRankAt(10), 9);
    }

    [Fact]
    public void Recall_counts_snippets_found_and_reciprocal_rank_uses_the_first_relevant_hit()
    {
        var outcome = RetrievalMetrics.Judge(
            Query(new RelevantSnippet(A, "một"), new RelevantSnippet(A, "hai"), new RelevantSnippet(B, "ba")),
            [Hit(A, "hai"), Hit(B, "x"), Hit(A, "một và hai")]);
        Assert.Equal(1, outcome.FirstRelevantRank);
        Assert.Equal([3, 1, null], outcome.SnippetRanks);
        Assert.Equal(1.0 / 3, outcome.RecallAt(1), 9);
        Assert.Equal(2.0 / 3, outcome.RecallAt(10), 9);
        Assert.Equal(1, outcome.ReciprocalRankAt(10));
    }

    [Fact]
    public void Hits_past_rank_ten_are_not_judged()
    {
        var hits = Enumerable.Range(0, 10).Select(_ => Hit(A, "nothing")).Append(Hit(A, "đích")).ToList();
        var outcome = RetrievalMetrics.Judge(Query(new RelevantSnippet(A, "đích")), hits);
        Assert.Null(outcome.FirstRelevantRank);
        Assert.Equal(0, outcome.ReciprocalRankAt(10));
        Assert.Equal(0, outcome.RecallAt(10));
    }

    [Fact]
    public void Snippets_match_after_the_ingestion_text_repair_and_ignoring_case_and_spacing()
    {
        // Ð (U+00D0, the look-alike damaged fonts produce), an en dash, a no-break space and a line break.
        Assert.True(SnippetMatcher.Matches(Hit(A, "Căn cứ Nghị định số 111/2018/NĐ-CP,\nngày 31/8/2018"), new RelevantSnippet(A, "nghị  định số 111/2018/N\u00D0–CP, ngày\u00A031/8")));
        Assert.True(SnippetMatcher.Matches(Hit("A.TXT", "x"), new RelevantSnippet(A, "X")));
        Assert.False(SnippetMatcher.Matches(Hit(B, "x"), new RelevantSnippet(A, "x")));
        Assert.False(SnippetMatcher.Matches(Hit(A, "x"), new RelevantSnippet(A, "  ")));
    }

    [Fact]
    public void Summaries_average_per_query_and_group_by_kind()
    {
        QueryOutcome Outcome(string kind, int? first, params int?[] ranks) => new("q", kind, first, ranks);
        var report = SystemReport.From("s", [Outcome("x", 1, 1), Outcome("x", 2, 2, null), Outcome("y", null, (int?)null)]);
        Assert.Equal(3, report.Overall.Queries);
        Assert.Equal((1 + 0.5 + 0) / 3, report.Overall.MrrAt10, 9);
        Assert.Equal((1 + 0 + 0) / 3.0, report.Overall.RecallAt1, 9);
        Assert.Equal((1 + 0.5 + 0) / 3, report.Overall.RecallAt5, 9);
        Assert.Equal(1.0 / 3, report.Overall.SuccessAt1, 9);
        Assert.Equal(2.0 / 3, report.Overall.SuccessAt10, 9);
        Assert.Equal(["x", "y"], report.ByKind.Keys);
        Assert.Equal(0.75, report.ByKind["x"].MrrAt10, 9);
        Assert.Equal(0, MetricSummary.Of([]).Queries);
    }

    [Fact]
    public async Task A_rejected_query_counts_as_no_hits_and_keeps_the_reason()
    {
        var report = await Evaluator.RunAsync(new RejectingRetriever(), [Query(new RelevantSnippet(A, "x"))]);
        var outcome = Assert.Single(report.Outcomes);
        Assert.Null(outcome.FirstRelevantRank);
        Assert.Equal("không có từ", outcome.Error);
    }

    private sealed class RejectingRetriever : IRetriever
    {
        public string Name => "reject";

        public string Description => "";

        public Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default) =>
            throw new PolicyKB.Search.SearchQueryException("không có từ");
    }
}
