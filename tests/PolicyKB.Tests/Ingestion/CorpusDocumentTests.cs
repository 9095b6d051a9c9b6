using PolicyKB.Documents;
using PolicyKB.Ingestion;

namespace PolicyKB.Tests.Ingestion;

/// <summary>Every document of ../shared/corpus ingests into a real tree (skipped quietly when the folder is absent).</summary>
public sealed class CorpusDocumentTests(CorpusStore corpus) : IClassFixture<CorpusStore>
{
    [Fact]
    public void Every_corpus_document_ingests_with_type_number_tree_and_citations()
    {
        if (corpus.Results.Count == 0) return; // ../shared/corpus is not beside this clone
        foreach (var result in corpus.Results)
        {
            Assert.True(result.Status == IngestionStatus.Stored, $"{result.FileName}: {result.Error}");
            var document = corpus.Store.GetDocument(result.DocumentId)!;
            Assert.False(string.IsNullOrEmpty(document.Metadata.Type), result.FileName);
            Assert.False(string.IsNullOrEmpty(document.Metadata.Number), result.FileName);
            var clauses = corpus.Store.GetClauses(result.DocumentId);
            Assert.True(clauses.Count(c => c.Kind != ClauseKind.Preamble) >= 10, $"{result.FileName}: {clauses.Count} clauses");
            Assert.True(clauses.Max(c => c.Depth) >= 1, result.FileName);
        }
        Assert.True(corpus.Results.Sum(r => r.Citations) > 300);
    }

    [Fact]
    public void Decrees_and_circulars_split_into_articles_clauses_and_points()
    {
        foreach (var result in corpus.Results.Where(r => r.FileName.Contains("_nd-") || r.FileName.Contains("_tt-")))
        {
            var kinds = corpus.Store.GetClauses(result.DocumentId).Select(c => c.Kind).ToHashSet();
            Assert.Contains(ClauseKind.Article, kinds);
            Assert.Contains(ClauseKind.Clause, kinds);
        }
        var decree = corpus.Store.GetClauses("022-nd-171-2025-dao-tao-boi-duong-cong-chuc");
        if (decree.Count == 0) return;
        Assert.Contains(decree, c => c.Kind == ClauseKind.Chapter);
        Assert.Contains(decree, c => c.Kind == ClauseKind.Point && c.Path.Any(p => p.StartsWith('D')));
    }

    [Fact]
    public void A_decision_issuing_a_plan_keeps_the_plan_as_its_own_subtree()
    {
        var clauses = corpus.Store.GetClauses("017-qd-2954-ubnd-sonla-ke-hoach-xuat-khau-2026-2030");
        if (clauses.Count == 0) return;
        var attachment = Assert.Single(clauses, c => c.Kind == ClauseKind.Attachment);
        Assert.Contains(clauses, c => c.ParentId == attachment.Id && c.Kind == ClauseKind.Section);
        Assert.Contains(clauses, c => c.Kind == ClauseKind.Article && c.ParentId is null);
    }
}
