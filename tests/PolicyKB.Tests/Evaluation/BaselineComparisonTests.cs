using PolicyKB.Search;
using PolicyKB.Search.Evaluation.Benchmarks;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary><c>policykb bench</c> times PolicyKB keyword search beside SQLite FTS5 (AND and OR) and plain Lucene, on the same clauses and queries.</summary>
public sealed class BaselineComparisonTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Every_system_is_timed_on_every_query_and_compared_with_fts5_and()
    {
        using var kb = KnowledgeBase.Open(_dir.File("kb"));
        kb.Ingest([SharedData.ContentDirectory]);
        string[] queries = ["bảo hiểm y tế", "bao dam an toan thuc pham", "Quyết định 281/QĐ-TTg", "?!"];

        var comparison = BaselineComparison.Measure(kb, queries, _dir.File("kb"), _dir.File("baselines"));

        Assert.Equal(["policykb-keyword", "sqlite-fts5-and", "sqlite-fts5-or", "lucene-standard-bm25"], comparison.Systems.Select(s => s.System));
        Assert.All(comparison.Systems, s => Assert.Equal(queries.Length, s.Stats.Count));
        Assert.Equal(1, comparison.Systems[1].P95RatioToFts5And);
        Assert.Equal(kb.Keyword.ClauseCount, comparison.Clauses);
        Assert.True(comparison.Fts5DatabaseMegabytes > 0 && comparison.DataFolderMegabytes > 0);
    }

    public void Dispose() => _dir.Dispose();
}
