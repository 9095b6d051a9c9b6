using PolicyKB.Search.Evaluation;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// tests/eval/paraphrase-dev-2.jsonl: a second everyday-wording tuning set (issue #15), short queries over ten documents
/// no other judged set uses, all "train". Only its shape is checked here; the lead sets a quality floor after measuring.
/// </summary>
public sealed class ParaphraseDev2SetTests(ParaphraseDev2KnowledgeBase kb) : IClassFixture<ParaphraseDev2KnowledgeBase>
{
    [Fact]
    public void The_set_holds_at_least_130_short_train_queries_over_its_10_listed_documents()
    {
        Assert.True(kb.Queries.Count >= 130, $"{kb.Queries.Count} queries");
        Assert.All(kb.Queries, q => Assert.InRange(q.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 5, 13));
        Assert.All(kb.Queries, q => Assert.Equal("train", q.Split));
        Assert.All(kb.Queries, q => Assert.NotEmpty(q.Relevant));
        var sources = kb.Queries.SelectMany(q => q.Relevant.Select(r => r.Source)).ToHashSet();
        Assert.Equal(10, kb.Files.Count);
        Assert.Equal(kb.Files.Select(f => Path.GetFileName(f)).ToHashSet(), sources);
    }

    [Fact]
    public void About_a_fifth_of_the_queries_are_typed_without_diacritics()
    {
        // Plain ASCII means no Vietnamese letter carries a mark: how people type on a phone without a Vietnamese keyboard.
        var accentLess = kb.Queries.Count(q => q.Query.All(char.IsAscii));
        Assert.InRange(accentLess, kb.Queries.Count / 7, kb.Queries.Count / 3);
    }

    [Fact]
    public void No_other_judged_set_is_judged_over_its_documents()
    {
        // Chat sets included: every query here is "train", so `train-reranker --judged` may learn from all of them.
        var others = Directory.EnumerateFiles(EvalFolder, "*.files")
            .Where(f => Path.GetFileName(f) != "paraphrase-dev-2.files")
            .Append(Path.Combine(EvalFolder, "reference-corpus.txt"));
        var taken = others.SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFileName(l.Trim()))
            .ToHashSet();
        Assert.All(kb.Files, f => Assert.DoesNotContain(Path.GetFileName(f), taken));
    }

    [Fact]
    public void Every_judged_snippet_is_found_in_a_clause_of_its_document()
    {
        if (kb.KnowledgeBase is null) return;
        Assert.Empty(JudgedSnippets.Missing(kb.KnowledgeBase.Store, kb.Queries));
    }

    private static string EvalFolder => Path.Combine(SharedData.RepositoryRoot, "tests", "eval");
}
