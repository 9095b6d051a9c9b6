using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Fusion;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// tests/eval/paraphrase-dev.jsonl: short everyday queries (5–13 words) over documents no other judged set and no
/// reranker training uses, split by document into "train" (may be trained on) and "dev" (may be tuned on). The floor
/// sits under what hybrid + rerank measured on the dev half (tests/eval/rerank.md, round 4: 0.578 before accent-less
/// queries fused the embedding list at 0, 0.631 after); raise it when search improves.
/// </summary>
public sealed class ParaphraseDevQualityTests(ParaphraseDevKnowledgeBase kb) : IClassFixture<ParaphraseDevKnowledgeBase>
{
    private const double DevMrrFloor = 0.60;
    private const double LargestFallBelowKeyword = 0.02;

    [Fact]
    public void The_set_holds_at_least_80_short_queries_over_15_documents_split_by_document_into_train_and_dev()
    {
        Assert.True(kb.Queries.Count >= 80, $"{kb.Queries.Count} queries");
        Assert.All(kb.Queries, q => Assert.InRange(q.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 5, 13));
        Assert.All(kb.Queries, q => Assert.Contains(q.Split, new[] { "train", "dev" }));
        var sources = kb.Queries.SelectMany(q => q.Relevant.Select(r => r.Source)).Distinct().ToList();
        Assert.True(sources.Count >= 15, $"{sources.Count} documents");
        Assert.Subset(kb.Files.Select(f => Path.GetFileName(f)).ToHashSet(), sources.ToHashSet());
        var splitOf = kb.Queries.SelectMany(q => q.Relevant.Select(r => (r.Source, q.Split))).Distinct().GroupBy(p => p.Source);
        Assert.All(splitOf, g => Assert.Single(g));
        Assert.InRange(kb.Queries.Count(q => q.Split == "dev"), kb.Queries.Count * 2 / 5, kb.Queries.Count * 3 / 5);
    }

    [Fact]
    public void No_other_judged_search_set_is_judged_over_its_documents()
    {
        var others = OtherFiles(f => !IsChatSet(f)).Append(Path.Combine(EvalFolder, "reference-corpus.txt"));
        var taken = FileNames(others);
        Assert.All(kb.Files, f => Assert.DoesNotContain(Path.GetFileName(f), taken));
    }

    [Fact]
    public void A_document_shared_with_a_chat_answer_set_carries_no_training_queries()
    {
        // Chat sets judge answers, not this set's rankings, so sharing a document costs nothing as long as
        // `train-reranker --judged` can never learn from it: its queries here must all be dev.
        var chat = FileNames(OtherFiles(IsChatSet));
        var trained = kb.Queries.Where(q => q.Split == "train")
            .SelectMany(q => q.Relevant.Select(r => Path.GetFileName(r.Source)))
            .Where(chat.Contains)
            .Distinct();
        Assert.Empty(trained);
    }

    private static string EvalFolder => Path.Combine(SharedData.RepositoryRoot, "tests", "eval");

    private static bool IsChatSet(string filesPath) => Path.GetFileName(filesPath).StartsWith("answers", StringComparison.Ordinal);

    private static IEnumerable<string> OtherFiles(Func<string, bool> keep) =>
        Directory.EnumerateFiles(EvalFolder, "*.files").Where(f => Path.GetFileName(f) != "paraphrase-dev.files").Where(keep);

    private static HashSet<string> FileNames(IEnumerable<string> listFiles) =>
        listFiles.SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFileName(l.Trim()))
            .ToHashSet();

    [Fact]
    public void Every_judged_snippet_is_found_in_a_clause_of_its_document()
    {
        if (kb.KnowledgeBase is null) return;
        Assert.Empty(JudgedSnippets.Missing(kb.KnowledgeBase.Store, kb.Queries));
    }

    [Fact]
    public void Hybrid_with_rerank_stays_above_the_dev_floor()
    {
        if (kb.KnowledgeBase is null) return;
        var dev = kb.Queries.Where(q => q.Split == "dev").ToList();
        var reranked = kb.Run(SearchMode.Hybrid, dev, rerank: true);
        Assert.True(reranked.Overall.MrrAt10 >= DevMrrFloor, $"dev MRR@10 {reranked.Overall.MrrAt10:0.000} < {DevMrrFloor}");
    }

    [Fact]
    public void Queries_typed_without_diacritics_rank_in_hybrid_search_about_as_well_as_in_keyword_search()
    {
        if (kb.KnowledgeBase is null) return;
        var accentLess = kb.Queries.Where(q => UnaccentedQueryWeight.IsUnaccented(QueryTermsParser.Parse(q.Query).Words)).ToList();
        Assert.True(accentLess.Count >= 8, $"{accentLess.Count} accent-less queries");
        var keyword = kb.Run(SearchMode.Keyword, accentLess);
        var hybrid = kb.Run(SearchMode.Hybrid, accentLess, rerank: false);
        Assert.True(hybrid.Overall.MrrAt10 >= keyword.Overall.MrrAt10 - LargestFallBelowKeyword,
            $"accent-less MRR@10: hybrid {hybrid.Overall.MrrAt10:0.000}, keyword {keyword.Overall.MrrAt10:0.000}");
    }
}
