using PolicyKB.Documents;
using PolicyKB.Search.Evaluation.Benchmarks;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>The pure parts of <c>policykb bench</c>: percentiles, corpus copies and query generation.</summary>
public sealed class BenchmarkPartsTests
{
    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var stats = LatencyStats.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList());
        Assert.Equal((100, 50.0, 95.0, 99.0, 50.5, 100.0), (stats.Count, stats.P50, stats.P95, stats.P99, stats.Mean, stats.Max));
        Assert.Equal(7, LatencyStats.Of([7]).P99);
        Assert.Equal(0, LatencyStats.Of([]).P95);
    }

    [Fact]
    public void A_copy_renames_the_document_every_clause_link_and_every_citation()
    {
        var document = new PolicyDocument { Id = "kh-36", Source = "kh-36.txt", ContentHash = "h" };
        Clause[] clauses =
        [
            new() { Id = "kh-36/I", DocumentId = "kh-36", Label = "I", ChildIds = ["kh-36/I.1"], NextId = "kh-36/II", Text = "I. MỤC ĐÍCH" },
            new() { Id = "kh-36/I.1", DocumentId = "kh-36", Label = "1", ParentId = "kh-36/I", Path = ["I"], Text = "1. Căn cứ Quyết định số 281/QĐ-TTg" },
            new() { Id = "kh-36/II", DocumentId = "kh-36", Label = "II", PreviousId = "kh-36/I" },
        ];
        Citation[] citations = [new() { DocumentId = "kh-36", ClauseId = "kh-36/I.1", Raw = "Quyết định số 281/QĐ-TTg", Key = "281/QĐ-TTg", Start = 9 }];

        var (d, c, ci) = DocumentCopier.Copy(document, clauses, citations, 3);

        Assert.Equal(("kh-36~3", "3~kh-36.txt", "h"), (d.Id, d.Source, d.ContentHash));
        Assert.Equal(["kh-36~3/I", "kh-36~3/I.1", "kh-36~3/II"], c.Select(x => x.Id));
        Assert.All(c, x => Assert.Equal("kh-36~3", x.DocumentId));
        Assert.Equal(["kh-36~3/I.1"], c[0].ChildIds);
        Assert.Equal(("kh-36~3/II", "kh-36~3/I", "kh-36~3/I"), (c[0].NextId, c[1].ParentId, c[2].PreviousId));
        Assert.Equal(clauses[1].Text, c[1].Text);
        var citation = Assert.Single(ci);
        Assert.Equal(("kh-36~3", "kh-36~3/I.1", "281/QĐ-TTg", 9), (citation.DocumentId, citation.ClauseId, citation.Key, citation.Start));
        Assert.Equal("kh-36/I.1", clauses[1].Id);
    }

    [Fact]
    public void Queries_are_drawn_reproducibly_from_the_store_and_include_the_judged_ones()
    {
        using var dir = new TempDirectory();
        using var store = new LiteDbDocumentStore(dir.File("kb.db"));
        var pipeline = PolicyKB.Ingestion.IngestionPipelineFactory.CreateDefault(store);
        foreach (var file in pipeline.ExpandPaths([SharedData.ContentDirectory])) pipeline.Ingest(file);

        var first = BenchQueries.Build(store, 80, ["QĐ 281"]);
        Assert.Equal(first, BenchQueries.Build(store, 80, ["QĐ 281"]));
        Assert.Equal(80, first.Count);
        Assert.Equal("QĐ 281", first[0]);
        Assert.Contains(first, q => q.Contains("/QĐ-", StringComparison.Ordinal) || q.StartsWith("Quyết định", StringComparison.Ordinal));
        Assert.Contains(first, q => q.Length > 0 && q == BenchQueries.Unaccented(q) && q.Contains(' ', StringComparison.Ordinal));
        Assert.Equal("Bao hiem y te toan dan Dak Lak", BenchQueries.Unaccented("Bảo hiểm y tế toàn dân Đắk Lắk"));
    }
}
