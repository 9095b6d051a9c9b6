using System.Diagnostics;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.References;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Where a query's time goes, measured by replaying the stages <see cref="SearchService"/> runs, each on its own:
/// parsing and building the Lucene query, the BM25 search for the 100-candidate pool (ids loaded from stored
/// fields), the citing-clause lookup of the legal-reference fast path, the embedding search for its pool, and
/// hydrating ten hits from the document store.
/// </summary>
/// <param name="BuildQuery">Parse + build the Lucene query.</param>
/// <param name="KeywordPool">Lucene search, 100 candidates.</param>
/// <param name="References">Reference resolution and the citing-clause query.</param>
/// <param name="SemanticPool">Embedding the query and scanning the vectors, 100 candidates (null without a model).</param>
/// <param name="HydrateTen">Loading ten clauses and their documents from the store.</param>
public sealed record LatencyBreakdown(LatencyStats BuildQuery, LatencyStats KeywordPool, LatencyStats References, LatencyStats? SemanticPool, LatencyStats HydrateTen)
{
    /// <summary>Of <see cref="KeywordPool"/>: scoring the top 100 alone, on a reader of the same index (no stored fields loaded).</summary>
    public LatencyStats? KeywordScoringOnly { get; init; }

    private const int Pool = 100;

    /// <summary>Replays each stage for every query (after a short warm-up).</summary>
    public static LatencyBreakdown Measure(KnowledgeBase kb, SynonymTable synonyms, IReadOnlyList<string> queries, string? indexPath = null)
    {
        using var directory = indexPath is null ? null : Lucene.Net.Store.FSDirectory.Open(indexPath);
        using var reader = directory is null ? null : Lucene.Net.Index.DirectoryReader.Open(directory);
        var scorer = reader is null ? null : new Lucene.Net.Search.IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        List<double> scoring = [];
        var builder = new KeywordQueryBuilder(synonyms);
        var references = new ReferenceQueryParser(kb.Store.FindCitations().Select(c => c.Key));
        var filters = new SearchFilters();
        List<double> build = [], keyword = [], citing = [], semantic = [], hydrate = [];
        foreach (var (query, index) in queries.Select((q, i) => (q, i)))
        {
            var record = index >= 10; // the first ten warm up each stage
            var started = Stopwatch.GetTimestamp();
            var lucene = builder.Build(QueryTermsParser.Parse(query));
            Add(build, started, record);
            if (lucene is null) continue;

            started = Stopwatch.GetTimestamp();
            var hits = kb.Keyword.Search(lucene, filters, Pool);
            Add(keyword, started, record);

            if (scorer is not null)
            {
                started = Stopwatch.GetTimestamp();
                scorer.Search(lucene, Pool);
                Add(scoring, started, record);
            }

            started = Stopwatch.GetTimestamp();
            var keys = references.Resolve(query);
            if (keys.Count > 0) kb.Keyword.FindCiting(keys, filters, 500);
            Add(citing, started, record);

            if (kb.Semantic is { } vectors)
            {
                started = Stopwatch.GetTimestamp();
                vectors.SearchAsync(query, Pool, null, CancellationToken.None).GetAwaiter().GetResult();
                Add(semantic, started, record);
            }

            started = Stopwatch.GetTimestamp();
            foreach (var hit in hits.Take(10))
            {
                if (kb.Store.GetClause(hit.ClauseId) is { } clause) kb.Store.GetDocument(clause.DocumentId);
            }
            Add(hydrate, started, record);
        }
        return new LatencyBreakdown(LatencyStats.Of(build), LatencyStats.Of(keyword), LatencyStats.Of(citing),
            kb.Semantic is null ? null : LatencyStats.Of(semantic), LatencyStats.Of(hydrate))
        {
            KeywordScoringOnly = scorer is null ? null : LatencyStats.Of(scoring),
        };
    }

    private static void Add(List<double> samples, long started, bool record)
    {
        if (record) samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
