using System.Diagnostics;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Where a keyword query's managed allocations go, measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/>
/// around each stage <see cref="SearchService"/> runs for a keyword search (replayed one by one on this thread), and
/// around the whole search. dotnet-counters and dotnet-trace are not installed on the machines this runs on; the
/// per-thread counter is exact and cheap.
/// </summary>
/// <param name="Queries">Queries measured (after a warm-up pass).</param>
/// <param name="Stages">Kilobytes allocated a query by each stage, in the order the search runs them.</param>
/// <param name="WholeSearch">Kilobytes allocated a query by <see cref="SearchService.SearchAsync"/> itself (keyword, top 10).</param>
public sealed record AllocationBreakdown(int Queries, IReadOnlyList<AllocationStage> Stages, double WholeSearch)
{
    /// <summary>Mean time of <see cref="SearchService.SearchAsync"/> itself, in milliseconds.</summary>
    public double WholeSearchMilliseconds { get; init; }

    /// <summary>
    /// Hybrid search of the same queries (top 10, reranked when the knowledge base reranks by default): latencies, and
    /// kilobytes allocated a query on every thread (the embedding scan runs on another); null without an embedding model.
    /// </summary>
    public LatencyStats? Hybrid { get; init; }

    /// <summary>Kilobytes a hybrid search allocates, every thread counted.</summary>
    public double HybridKilobytes { get; init; }

    private const int Pool = 100;
    private const int Page = 10;

    /// <summary>Replays each stage of a keyword search for every query in <paramref name="queries"/>.</summary>
    public static AllocationBreakdown Measure(KnowledgeBase kb, SynonymTable synonyms, IReadOnlyList<string> queries)
    {
        var names = new[] { "parse", "references", "build query", "keyword pool (100)", "match count", "load page (10)", "highlight page" };
        var builder = new KeywordQueryBuilder(synonyms);
        var matcher = new MatchQueryBuilder(synonyms);
        var highlighter = new HighlightFinder();
        var filters = new SearchFilters();
        var totals = new long[names.Length];
        var ticks = new long[names.Length];
        long whole = 0, wholeTicks = 0;
        var measured = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var query in queries)
            {
                var stage = new long[names.Length];
                var stageTicks = new long[names.Length];
                var started = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.GetTimestamp();
                void Lap(int i)
                {
                    var now = GC.GetAllocatedBytesForCurrentThread();
                    var time = Stopwatch.GetTimestamp();
                    stage[i] = now - started;
                    stageTicks[i] = time - clock;
                    started = now;
                    clock = time;
                }
                var terms = QueryTermsParser.Parse(query);
                if (terms.IsEmpty) continue;
                Lap(0);
                var snapshot = kb.Search.ReadModel.Current;
                snapshot.References.Resolve(query);
                snapshot.Numbers.Find(query, filters);
                Lap(1);
                var lucene = builder.Build(terms);
                Lap(2);
                var hits = lucene is null ? [] : kb.Keyword.Search(lucene, filters, Pool);
                Lap(3);
                var ids = hits.Select(h => h.ClauseId).ToList();
                if (matcher.Build(terms) is { } strict) kb.Keyword.Match(strict, filters, ids);
                Lap(4);
                var page = kb.Keyword.GetClauses(ids.Take(Page).ToList());
                Lap(5);
                var words = HighlightWords.From(terms, synonyms);
                foreach (var clause in page.Values) highlighter.Find(clause.Text, words);
                Lap(6);
                kb.Search.SearchAsync(new SearchRequest(query) { Mode = SearchMode.Keyword, Top = Page }).GetAwaiter().GetResult();
                var all = GC.GetAllocatedBytesForCurrentThread() - started;
                var allTicks = Stopwatch.GetTimestamp() - clock;
                if (pass == 0) continue; // the first pass warms caches up
                for (var i = 0; i < names.Length; i++)
                {
                    totals[i] += stage[i];
                    ticks[i] += stageTicks[i];
                }
                whole += all;
                wholeTicks += allTicks;
                measured++;
            }
        }
        var (hybrid, hybridBytes) = kb.Search.HasSemantic ? MeasureHybrid(kb, queries) : (null, 0);
        var per = Math.Max(1, measured) * 1024.0;
        double Ms(long t) => Math.Round(Stopwatch.GetElapsedTime(0, t).TotalMilliseconds / Math.Max(1, measured), 3);
        return new AllocationBreakdown(measured, names.Select((n, i) => new AllocationStage(n, Math.Round(totals[i] / per, 1), Ms(ticks[i]))).ToList(), Math.Round(whole / per, 1))
        {
            WholeSearchMilliseconds = Ms(wholeTicks),
            Hybrid = hybrid,
            HybridKilobytes = hybrid is null ? 0 : Math.Round(hybridBytes / 1024.0 / Math.Max(1, hybrid.Count), 1),
        };
    }

    /// <summary>Hybrid latencies over <paramref name="queries"/> (after a warm-up pass) and the bytes allocated on all threads.</summary>
    private static (LatencyStats Stats, long Bytes) MeasureHybrid(KnowledgeBase kb, IReadOnlyList<string> queries)
    {
        var samples = new List<double>(queries.Count);
        long bytes = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var query in queries)
            {
                if (QueryTermsParser.Parse(query).IsEmpty) continue;
                var before = GC.GetTotalAllocatedBytes();
                var started = Stopwatch.GetTimestamp();
                kb.Search.SearchAsync(new SearchRequest(query) { Mode = SearchMode.Hybrid, Top = Page }).GetAwaiter().GetResult();
                if (pass == 0) continue;
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                bytes += GC.GetTotalAllocatedBytes() - before;
            }
        }
        return (LatencyStats.Of(samples), bytes);
    }
}
