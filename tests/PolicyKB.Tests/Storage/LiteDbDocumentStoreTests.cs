using PolicyKB.Documents;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Storage;

public sealed class LiteDbDocumentStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void A_stored_document_comes_back_with_its_clauses_in_order_and_its_citations()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        store.Replace(Document("plan-a", "hash1", number: "36/KH-SYT"), Clauses("plan-a", "I", "I.1", "II"), [Cite("plan-a", "plan-a/I.1", "25-CT/TW")]);

        var doc = store.GetDocument("plan-a")!;
        Assert.Equal("36/KH-SYT", doc.Metadata.Number);
        Assert.Equal(new PartialDate(2021, 1), doc.Metadata.IssuedOn);
        Assert.Equal(["plan-a/I", "plan-a/I.1", "plan-a/II"], store.GetClauses("plan-a").Select(c => c.Id));
        Assert.Equal("25-CT/TW", Assert.Single(store.FindCitations(key: "25-CT/TW")).Key);
        Assert.Equal("hash1", store.GetContentHash("plan-a"));
    }

    [Fact]
    public void A_document_packed_ahead_is_stored_from_the_records_packed_for_it()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var clauses = Clauses("plan-a", "I", "II");
        var citations = new List<Citation> { Cite("plan-a", "plan-a/I", "25-CT/TW") };
        var original = new OriginalFile("plan-a", "plan-a.txt", null, "h1", "Kế hoạch"u8.ToArray());
        store.PrepareReplace("plan-a", clauses, citations, null, original);

        store.Replace(Document("plan-a", "h1"), clauses, citations, null, original);

        Assert.Equal(["plan-a/I", "plan-a/II"], store.GetClauses("plan-a").Select(c => c.Id));
        Assert.Equal(["25-CT/TW"], store.FindCitations("plan-a").Select(c => c.Key));
        Assert.Equal("Kế hoạch"u8.ToArray(), store.GetOriginal("plan-a")!.Content);
    }

    [Fact]
    public void Records_packed_ahead_for_other_citations_or_another_file_are_not_used()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var clauses = Clauses("plan-a", "I");
        store.PrepareReplace("plan-a", clauses, [Cite("plan-a", "plan-a/I", "25-CT/TW")], null, new OriginalFile("plan-a", "plan-a.txt", null, "h1", [1, 2, 3]));

        store.Replace(Document("plan-a", "h2"), clauses, [Cite("plan-a", "plan-a/I", "30-CT/TW")], null, new OriginalFile("plan-a", "plan-a.txt", null, "h2", [4, 5]));

        Assert.Equal(["30-CT/TW"], store.FindCitations("plan-a").Select(c => c.Key));
        Assert.Equal([4, 5], store.GetOriginal("plan-a")!.Content);
    }

    [Fact]
    public void Replacing_a_document_drops_its_old_clauses_and_citations()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        store.Replace(Document("plan-a", "h1"), Clauses("plan-a", "I", "II", "III"), [Cite("plan-a", "plan-a/I", "25-CT/TW")]);
        store.Replace(Document("plan-a", "h2"), Clauses("plan-a", "I"), []);

        Assert.Single(store.GetClauses("plan-a"));
        Assert.Empty(store.FindCitations("plan-a"));
        Assert.Equal("h2", store.GetContentHash("plan-a"));
    }

    [Fact]
    public void A_failure_halfway_through_a_replace_leaves_the_previous_version()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        store.Replace(Document("plan-a", "h1"), Clauses("plan-a", "I", "II"), []);

        // A clause tree over LiteDB's 16 MB record limit fails after the document record was already written.
        var huge = Clauses("plan-a", "I");
        huge[0].Text = new string('x', 17 * 1024 * 1024);
        Assert.ThrowsAny<Exception>(() => store.Replace(Document("plan-a", "h2"), huge, []));

        Assert.Equal("h1", store.GetContentHash("plan-a"));
        Assert.Equal(2, store.GetClauses("plan-a").Count);
    }

    [Fact]
    public void Removing_a_document_removes_everything_it_owned_and_links_to_it()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        store.Replace(Document("directive", "h", number: "25-CT/TW"), Clauses("directive", "I"), []);
        store.Replace(Document("plan-a", "h"), Clauses("plan-a", "I"), [Cite("plan-a", "plan-a/I", "25-CT/TW")]);
        Assert.Equal(1, store.LinkCitationTargets());
        Assert.Equal("directive", store.FindCitations("plan-a").Single().TargetDocumentId);

        Assert.True(store.Remove("directive"));

        Assert.Null(store.GetDocument("directive"));
        Assert.Empty(store.GetClauses("directive"));
        Assert.Null(store.FindCitations("plan-a").Single().TargetDocumentId);
        Assert.False(store.Remove("directive"));
    }

    [Fact]
    public void Related_documents_are_those_citing_the_same_higher_documents()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        store.Replace(Document("a", "h"), Clauses("a", "I"), [Cite("a", "a/I", "25-CT/TW"), Cite("a", "a/I", "281/QĐ-TTg")]);
        store.Replace(Document("b", "h"), Clauses("b", "I"), [Cite("b", "b/I", "281/QĐ-TTg"), Cite("b", "b/I", "25-CT/TW")]);
        store.Replace(Document("c", "h"), Clauses("c", "I"), [Cite("c", "c/I", "25-CT/TW")]);
        store.Replace(Document("d", "h"), Clauses("d", "I"), [Cite("d", "d/I", "111/2018/NĐ-CP")]);

        var related = store.FindRelated("a");

        Assert.Equal(["b", "c"], related.Select(r => r.DocumentId));
        Assert.Equal(["25-CT/TW", "281/QĐ-TTg"], related[0].SharedKeys);
    }

    [Fact]
    public void The_store_survives_reopening()
    {
        var path = _dir.File("kb.db");
        using (var store = new LiteDbDocumentStore(path)) store.Replace(Document("a", "h"), Clauses("a", "I"), []);
        using var reopened = new LiteDbDocumentStore(path);
        Assert.Equal("a", Assert.Single(reopened.ListDocuments()).Id);
    }

    private static PolicyDocument Document(string id, string hash, string? number = null) => new()
    {
        Id = id,
        Source = id + ".txt",
        ContentHash = hash,
        Metadata = new DocumentMetadata { Number = number, Type = "Kế hoạch", IssuedOn = new PartialDate(2021, 1) },
    };

    private static List<Clause> Clauses(string doc, params string[] labels) =>
        labels.Select((l, i) => new Clause { Id = $"{doc}/{l}", DocumentId = doc, Label = l, Order = i }).ToList();

    private static Citation Cite(string doc, string clause, string key) =>
        new() { DocumentId = doc, ClauseId = clause, Raw = key, Key = key, Number = key };

    public void Dispose() => _dir.Dispose();
}
