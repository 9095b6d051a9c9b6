using PolicyKB.Documents;
using PolicyKB.Storage;
using PolicyKB.Tests.Support.Postgres;
using static PolicyKB.Tests.Storage.Providers.StoreSamples;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>
/// What every <see cref="IDocumentStore"/> does, whatever engine holds the data: each concrete subclass (LiteDB,
/// PostgreSQL) runs every specification here against its own store. Writes, batches and concurrency are in the
/// second part of this class (DocumentStoreSpecs.Writes.cs).
/// </summary>
public abstract partial class DocumentStoreSpecs : IDisposable
{
    private readonly List<IDocumentStore> _opened = [];

    /// <summary>Opens the store under test: a fresh one on the first call, the same data on later calls.</summary>
    protected abstract IDocumentStore OpenStore();

    /// <summary>A second writer on the same data, as a second node (PostgreSQL) or thread (LiteDB: one process owns the file) would use.</summary>
    protected abstract IDocumentStore OpenSecondWriter(IDocumentStore first);

    /// <summary>A clause this engine refuses to store, so a write fails after the document row was written.</summary>
    protected abstract Clause UnstorableClause(string documentId);

    /// <summary>Opens the store and disposes it with the test.</summary>
    protected IDocumentStore Open()
    {
        var store = OpenStore();
        _opened.Add(store);
        return store;
    }

    [ProviderFact]
    public void A_stored_document_comes_back_whole_with_its_clauses_in_order_and_its_citations()
    {
        var store = Open();
        store.Replace(Document("plan-a", "hash1", number: "36/KH-SYT"), Clauses("plan-a", "I", "I.1", "II"), [Cite("plan-a", "plan-a/I.1", "25-CT/TW")]);

        var doc = store.GetDocument("plan-a")!;
        Assert.Equal("36/KH-SYT", doc.Metadata.Number);
        Assert.Equal(new PartialDate(2021, 1), doc.Metadata.IssuedOn);
        Assert.Equal(["Sở Y tế", "Sở Tài chính"], doc.Metadata.Recipients);
        Assert.Equal(("plan-a.txt", "/data/plan-a.txt", "txt", 3), (doc.Source, doc.Origin, doc.Format, doc.ClauseCount));
        Assert.Equal(["một cảnh báo"], doc.Warnings);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), doc.IngestedAt);
        Assert.Equal("hash1", store.GetContentHash("plan-a"));
        Assert.Null(store.GetContentHash("plan-b"));
        Assert.Null(store.GetDocument("plan-b"));
        Assert.Equal(["plan-a/I", "plan-a/I.1", "plan-a/II"], store.GetClauses("plan-a").Select(c => c.Id));
        var citation = Assert.Single(store.FindCitations(key: "25-CT/TW"));
        Assert.Equal(("plan-a", "plan-a/I.1", "số 25-CT/TW", 3, 8, 4, 5, true), (citation.DocumentId, citation.ClauseId, citation.Raw, citation.Start,
            citation.Length, citation.LineStart, citation.LineEnd, citation.Basis));
    }

    [ProviderFact]
    public void A_clause_keeps_every_field_and_is_found_by_its_id()
    {
        var store = Open();
        var written = Clauses("plan-a", "I", "II", "III");
        store.Replace(Document("plan-a", "h-plan-a"), written, []);

        var read = store.GetClause("plan-a/II")!;
        var expected = written[1];
        Assert.Equal((expected.Id, expected.DocumentId, expected.ParentId, expected.Label, expected.DisplayLabel, expected.Heading, expected.Text, expected.Kind),
            (read.Id, read.DocumentId, read.ParentId, read.Label, read.DisplayLabel, read.Heading, read.Text, read.Kind));
        Assert.Equal((expected.PreviousId, expected.NextId, expected.LineStart, expected.LineEnd, expected.Order), (read.PreviousId, read.NextId, read.LineStart, read.LineEnd, read.Order));
        Assert.Equal(expected.Path, read.Path);
        Assert.Equal(["plan-a/x"], store.GetClause("plan-a/I")!.ChildIds);
        Assert.Null(store.GetClause("plan-a/IV"));
        Assert.Null(store.GetClause("no-slash"));
        Assert.Empty(store.GetClauses("plan-b"));
    }

    [ProviderFact]
    public void Documents_are_listed_and_found_by_content_hash_and_file_name_in_id_order()
    {
        var store = Open();
        store.Replace(Document("b", "bytes-b", source: "ke-hoach.docx"), Clauses("b", "I"), []);
        store.Replace(Document("a", "bytes-a", source: "ke-hoach.docx"), Clauses("a", "I"), []);
        store.Replace(Document("c", "other"), Clauses("c", "I"), []);

        Assert.Equal(["a", "b", "c"], store.ListDocuments().Select(d => d.Id));
        Assert.Equal(["b"], store.FindByContentHash("bytes-b").Select(d => d.Id));
        Assert.Equal(["a", "b"], store.FindBySource("ke-hoach.docx").Select(d => d.Id));
        Assert.Empty(store.FindByContentHash("missing"));
        Assert.Empty(store.FindBySource("missing.docx"));
    }

    [ProviderFact]
    public void Citations_are_found_by_document_and_by_key_in_document_and_clause_order()
    {
        var store = Open();
        store.Replace(Document("b", "h-b"), Clauses("b", "I"), [Cite("b", "b/I", "25-CT/TW"), Cite("b", "b/I", "281/QĐ-TTg")]);
        store.Replace(Document("a", "h-a"), Clauses("a", "I", "II"), [Cite("a", "a/II", "281/QĐ-TTg"), Cite("a", "a/I", "25-CT/TW")]);

        Assert.Equal(["a/II", "a/I"], store.FindCitations("a").Select(c => c.ClauseId));
        Assert.Equal(["a", "b"], store.FindCitations(key: "25-CT/TW").Select(c => c.DocumentId));
        Assert.Equal(["a/I"], store.FindCitations("a", "25-CT/TW").Select(c => c.ClauseId));
        Assert.Equal(["a/II", "a/I", "b/I", "b/I"], store.FindCitations().Select(c => c.ClauseId));
    }

    [ProviderFact]
    public void Citation_targets_link_to_the_stored_document_with_that_number_but_never_to_the_citing_document()
    {
        var store = Open();
        store.Replace(Document("directive", "h-directive", number: "25-CT/TW"), Clauses("directive", "I"), [Cite("directive", "directive/I", "25-CT/TW")]);
        store.Replace(Document("plan-a", "h-plan-a"), Clauses("plan-a", "I"), [Cite("plan-a", "plan-a/I", "25-CT/TW"), Cite("plan-a", "plan-a/I", "99/QĐ-TTg")]);

        Assert.Equal(1, store.LinkCitationTargets());
        Assert.Equal(0, store.LinkCitationTargets());

        Assert.Equal(["directive", null], store.FindCitations("plan-a").Select(c => c.TargetDocumentId));
        Assert.Null(store.FindCitations("directive").Single().TargetDocumentId);
    }

    [ProviderFact]
    public void Related_documents_are_those_citing_the_same_higher_documents_most_shared_first()
    {
        var store = Open();
        store.Replace(Document("a", "h-a"), Clauses("a", "I"), [Cite("a", "a/I", "25-CT/TW"), Cite("a", "a/I", "281/QĐ-TTg")]);
        store.Replace(Document("b", "h-b"), Clauses("b", "I"), [Cite("b", "b/I", "281/QĐ-TTg"), Cite("b", "b/I", "25-CT/TW"), Cite("b", "b/I", "25-CT/TW")]);
        store.Replace(Document("c", "h-c"), Clauses("c", "I"), [Cite("c", "c/I", "25-CT/TW")]);
        store.Replace(Document("d", "h-d"), Clauses("d", "I"), [Cite("d", "d/I", "111/2018/NĐ-CP")]);

        var related = store.FindRelated("a");

        Assert.Equal(["b", "c"], related.Select(r => r.DocumentId));
        Assert.Equal(["25-CT/TW", "281/QĐ-TTg"], related[0].SharedKeys);
        Assert.Empty(store.FindRelated("missing"));
    }

    [ProviderFact]
    public void Facts_are_kept_whole_per_document_and_listed_in_document_order()
    {
        var store = Open();
        store.Replace(Document("b", "h-b"), Clauses("b", "I"), [], SampleFacts("b", "Sở Y tế"));
        store.Replace(Document("a", "h-a"), Clauses("a", "I"), [], SampleFacts("a", "Sở Nội vụ"));
        store.Replace(Document("c", "h-c"), Clauses("c", "I"), []);

        var facts = store.GetFacts("a")!;
        Assert.Equal("a", facts.DocumentId);
        Assert.Equal(("Nguyễn Văn A", "Chủ tịch"), (facts.Signer!.Name, facts.Signer.Title));
        var task = Assert.Single(facts.Tasks);
        Assert.Equal(("Sở Nội vụ", "quý II/2021", "2021-06-30", "a/I", 12), (task.Lead, task.Deadline!.Text, task.Deadline.To, task.ClauseId, task.Line));
        Assert.Equal(["Sở Tài chính"], task.Cooperating);
        Assert.Equal((95.5m, ">=", "%"), (facts.Targets[0].Value, facts.Targets[0].Comparator, facts.Targets[0].Unit));
        Assert.Equal(("replaces", "12/KH-UBND"), (facts.Relations[0].Relation, facts.Relations[0].TargetKey));
        Assert.Null(store.GetFacts("c"));
        Assert.Equal(["a", "b"], store.ListFacts().Select(f => f.DocumentId));
    }

    [ProviderFact]
    public void The_original_file_comes_back_byte_for_byte()
    {
        var store = Open();
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kế hoạch số 36/KH-SYT về tiêm chủng. ", 500)));
        store.Replace(Document("plan-a", "h-plan-a"), Clauses("plan-a", "I"), [], original: Original("plan-a", bytes));

        var original = store.GetOriginal("plan-a")!;
        Assert.Equal(("plan-a", "plan-a.txt", "upload", "hash-plan-a"), (original.DocumentId, original.FileName, original.Origin, original.ContentHash));
        Assert.Equal(bytes, original.Content);
        Assert.Null(store.GetOriginal("plan-b"));
        Assert.Empty(store.FindUnreadOriginals());
    }

    [ProviderFact]
    public void The_store_survives_reopening()
    {
        using (var store = OpenStore()) store.Replace(Document("a", "h-a"), Clauses("a", "I"), [Cite("a", "a/I", "25-CT/TW")], SampleFacts("a", "Sở Y tế"));

        var reopened = Open();
        Assert.Equal("a", Assert.Single(reopened.ListDocuments()).Id);
        Assert.Single(reopened.FindCitations(key: "25-CT/TW"));
        Assert.NotNull(reopened.GetFacts("a"));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        Cleanup();
        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes what the subclass created for the test.</summary>
    protected virtual void Cleanup()
    {
    }
}
