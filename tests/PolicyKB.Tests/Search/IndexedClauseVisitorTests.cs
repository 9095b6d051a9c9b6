using PolicyKB.Documents;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Tests.Search;

/// <summary>A page of results is read from the index's stored fields (<see cref="IndexedClauseVisitor"/>), every shown field intact.</summary>
public sealed class IndexedClauseVisitorTests
{
    [Fact]
    public void A_loaded_clause_has_every_field_a_result_shows()
    {
        using var index = new LuceneKeywordIndex(null);
        var document = new PolicyDocument { Id = "kh-36", Source = "kh-36.txt", ContentHash = "h", Metadata = new DocumentMetadata { Title = "Kế hoạch 36" } };
        index.Index(document,
        [
            new Clause { Id = "kh-36/II.1.5", DocumentId = "kh-36", Label = "5", Heading = "Mở rộng bảo hiểm", Path = ["II", "1"], Kind = ClauseKind.Item, Text = "1.5. Mở rộng độ bao phủ bảo hiểm y tế" },
            new Clause { Id = "kh-36/I", DocumentId = "kh-36", Label = "I", Kind = ClauseKind.Section, Text = "I. MỤC ĐÍCH" },
        ], []);

        var page = index.GetClauses(["kh-36/II.1.5", "kh-36/I", "kh-36/II.1.5", "khong-co"]);

        Assert.Equal(2, page.Count);
        var item = page["kh-36/II.1.5"];
        Assert.Equal(("kh-36/II.1.5", "kh-36", "5", "Mở rộng bảo hiểm", "item", "1.5. Mở rộng độ bao phủ bảo hiểm y tế"), (item.ClauseId, item.DocumentId, item.Label, item.Heading, item.Kind, item.Text));
        Assert.Equal(["II", "1"], item.Path);
        Assert.Empty(page["kh-36/I"].Path);
        Assert.Equal("", page["kh-36/I"].Heading);
    }
}
