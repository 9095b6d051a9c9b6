using PolicyKB.Corrections;
using PolicyKB.Tests.Support.Postgres;
using static PolicyKB.Tests.Storage.Providers.StoreSamples;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>The store specifications about writing: replacing, removing, corrections, batches and concurrent writers.</summary>
public abstract partial class DocumentStoreSpecs
{
    [ProviderFact]
    public void Replacing_a_document_drops_its_old_clauses_citations_and_facts()
    {
        var store = Open();
        store.Replace(Document("plan-a", "h1"), Clauses("plan-a", "I", "II", "III"), [Cite("plan-a", "plan-a/I", "25-CT/TW")], SampleFacts("plan-a", "Sở Y tế"));
        store.Replace(Document("plan-a", "h2"), Clauses("plan-a", "I"), []);

        Assert.Equal(["plan-a/I"], store.GetClauses("plan-a").Select(c => c.Id));
        Assert.Null(store.GetClause("plan-a/III"));
        Assert.Empty(store.FindCitations("plan-a"));
        Assert.Empty(store.FindCitations(key: "25-CT/TW"));
        Assert.Null(store.GetFacts("plan-a"));
        Assert.Equal("h2", store.GetContentHash("plan-a"));
    }

    [ProviderFact]
    public void Storing_the_same_content_again_leaves_one_document_with_one_set_of_clauses()
    {
        var store = Open();
        for (var i = 0; i < 3; i++)
        {
            store.Replace(Document("plan-a", "same-hash"), Clauses("plan-a", "I", "II"), [Cite("plan-a", "plan-a/I", "25-CT/TW")], original: Original("plan-a", [1, 2, 3]));
        }

        Assert.Equal("plan-a", Assert.Single(store.FindByContentHash("same-hash")).Id);
        Assert.Equal(2, store.GetClauses("plan-a").Count);
        Assert.Single(store.FindCitations(key: "25-CT/TW"));
    }

    [ProviderFact]
    public void A_failure_halfway_through_a_replace_leaves_the_previous_version()
    {
        var store = Open();
        store.Replace(Document("plan-a", "h1"), Clauses("plan-a", "I", "II"), [Cite("plan-a", "plan-a/I", "25-CT/TW")]);

        Assert.ThrowsAny<Exception>(() => store.Replace(Document("plan-a", "h2"), [UnstorableClause("plan-a")], []));

        Assert.Equal("h1", store.GetContentHash("plan-a"));
        Assert.Equal(2, store.GetClauses("plan-a").Count);
        Assert.Single(store.FindCitations("plan-a"));
    }

    [ProviderFact]
    public void Removing_a_document_removes_everything_it_owned_and_links_to_it()
    {
        var store = Open();
        store.Replace(Document("directive", "h-directive", number: "25-CT/TW"), Clauses("directive", "I"), [], SampleFacts("directive", "Sở Y tế"), Original("directive", [7]));
        store.Replace(Document("plan-a", "h-plan-a"), Clauses("plan-a", "I"), [Cite("plan-a", "plan-a/I", "25-CT/TW")]);
        Assert.Equal(1, store.LinkCitationTargets());

        Assert.True(store.Remove("directive"));

        Assert.Null(store.GetDocument("directive"));
        Assert.Empty(store.GetClauses("directive"));
        Assert.Null(store.GetFacts("directive"));
        Assert.Null(store.GetOriginal("directive"));
        Assert.Null(store.FindCitations("plan-a").Single().TargetDocumentId);
        Assert.False(store.Remove("directive"));
        Assert.Equal(["plan-a"], store.ListDocuments().Select(d => d.Id));
    }

    [ProviderFact]
    public void A_correction_updates_the_metadata_and_keeps_an_audit_trail_by_document_and_by_content()
    {
        var store = Open();
        store.Replace(Document("plan-a", "bytes-a", number: "36/KH-SYT"), Clauses("plan-a", "I"), [], SampleFacts("plan-a", "Sở Y tế"));
        var at = new DateTimeOffset(2024, 6, 1, 8, 30, 0, TimeSpan.Zero);
        var document = store.GetDocument("plan-a")!;
        document.Metadata.Number = "37/KH-SYT";
        var facts = store.GetFacts("plan-a")!;
        facts.IssuedOn = "2021-02-01";
        var first = new MetadataCorrection("plan-a", "bytes-a", "number", "36/KH-SYT", "37/KH-SYT", "admin", at);
        var second = new MetadataCorrection("plan-a", "bytes-a", "title", null, "Kế hoạch mới", "editor", at.AddMinutes(5));

        store.Correct(document, [first], facts);
        store.Correct(document, [second]);

        Assert.Equal("37/KH-SYT", store.GetDocument("plan-a")!.Metadata.Number);
        Assert.Equal("2021-02-01", store.GetFacts("plan-a")!.IssuedOn);
        Assert.Equal([first, second], store.GetCorrections("plan-a", "bytes-a"));
        Assert.Equal([first, second], store.GetCorrections("other-id", "bytes-a"));
        Assert.Equal([first, second], store.GetCorrectionsForContent("bytes-a"));
        Assert.Empty(store.GetCorrectionsForContent("other-bytes"));
        Assert.Equal(1, store.LinkCitationTargets() + 1);
    }

    [ProviderFact]
    public void Corrections_outlive_the_document_so_the_same_bytes_read_again_get_them_back()
    {
        var store = Open();
        store.Replace(Document("plan-a", "bytes-a"), Clauses("plan-a", "I"), []);
        var correction = new MetadataCorrection("plan-a", "bytes-a", "number", null, "1/KH", "admin", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        store.Correct(store.GetDocument("plan-a")!, [correction]);

        store.Remove("plan-a");

        Assert.Equal([correction], store.GetCorrectionsForContent("bytes-a"));
    }

    [ProviderFact]
    public void Writes_in_a_batch_are_all_stored_and_a_failing_one_is_undone_alone()
    {
        var store = Open();
        using (store.BeginBatch())
        {
            store.Replace(Document("a", "h-a"), Clauses("a", "I"), []);
            Assert.ThrowsAny<Exception>(() => store.Replace(Document("bad", "h-bad"), [UnstorableClause("bad")], []));
            store.Replace(Document("b", "h-b"), Clauses("b", "I"), []);
            using (store.BeginBatch()) store.Replace(Document("c", "h-c"), Clauses("c", "I"), []);
            Assert.True(store.Remove("c"));
        }

        Assert.Equal(["a", "b"], store.ListDocuments().Select(d => d.Id));
        Assert.Empty(store.GetClauses("bad"));
    }

    [ProviderFact]
    public void Two_writers_storing_different_documents_at_once_lose_nothing()
    {
        var first = Open();
        var second = OpenSecondWriter(first);
        var writers = new[] { first, second };

        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var id = $"doc-{i:D2}";
            writers[i % 2].Replace(Document(id, "h" + i), Clauses(id, "I", "II", "III"), [Cite(id, id + "/I", "25-CT/TW")], SampleFacts(id, "Sở " + i));
        });

        foreach (var store in writers)
        {
            Assert.Equal(40, store.ListDocuments().Count);
            Assert.Equal(40, store.FindCitations(key: "25-CT/TW").Count);
            Assert.Equal(40, store.ListFacts().Count);
            Assert.All(store.ListDocuments(), d => Assert.Equal(3, store.GetClauses(d.Id).Count));
        }
    }

    [ProviderFact]
    public void Two_writers_storing_the_same_document_at_once_leave_one_whole_version()
    {
        var first = Open();
        var second = OpenSecondWriter(first);

        Parallel.For(0, 20, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var labels = Enumerable.Range(1, 2 + i % 5).Select(n => "L" + n).ToArray();
            (i % 2 == 0 ? first : second).Replace(Document("same", "h" + labels.Length), Clauses("same", labels), [Cite("same", "same/L1", "K" + labels.Length)]);
        });

        var stored = Assert.Single(first.ListDocuments());
        var clauseCount = int.Parse(stored.ContentHash[1..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(clauseCount, first.GetClauses("same").Count);
        Assert.Equal("K" + clauseCount, Assert.Single(first.FindCitations("same")).Key);
    }
}
