using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Support.Postgres;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Search;

/// <summary>
/// A node of the shared store answers searches from its local replica alone: counted on the store's own request counter,
/// no search of any kind asks PostgreSQL anything, and a change from another node reaches the read model by reading
/// only the changed document.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReplicaSearchPathTests : IUsesPostgres
{
    private const string CitedId = "tinh-uy-242-kh-tu";
    private readonly string _connectionString = "";

    public ReplicaSearchPathTests(PostgresCluster cluster)
    {
        if (PostgresCluster.Missing is not null) return;
        _connectionString = cluster.CreateDatabase();
    }

    [ProviderFact]
    public async Task A_reopened_node_answers_keyword_hybrid_filtered_number_and_reference_searches_without_asking_postgresql()
    {
        using var data = new TempDirectory();
        using var a = Ingested(data.Path, out var store);
        // Reopened on its folder: nothing to rebuild, so nothing about the documents was learnt while indexing them.
        using (KnowledgeBase.Open(Path.Combine(data.Path, "b"), store: store))
        {
        }
        using var b = KnowledgeBase.Open(Path.Combine(data.Path, "b"), store: store);
        var requests = ((PostgresDocumentStore)b.Store).Requests;

        var keyword = await b.Search.SearchAsync(new SearchRequest("nhân viên y tế thôn bản") { Mode = SearchMode.Keyword });
        var hybrid = await b.Search.SearchAsync(new SearchRequest("củng cố mạng lưới y tế cơ sở") { Mode = SearchMode.Hybrid });
        var filtered = await b.Search.SearchAsync(new SearchRequest("trạm y tế xã") { Mode = SearchMode.Keyword, Filters = new SearchFilters { Type = "Kế hoạch" } });
        var number = await b.Search.SearchAsync(new SearchRequest("Kế hoạch 242-KH/TU") { Mode = SearchMode.Hybrid });
        var reference = await b.Search.SearchAsync(new SearchRequest("Chỉ thị 25-CT/TW") { Mode = SearchMode.Hybrid });

        Assert.Equal(requests, ((PostgresDocumentStore)b.Store).Requests);
        Assert.Contains(keyword.Hits, h => h.DocumentId == CitedId && h.DocumentTitle is not null);
        Assert.NotEmpty(hybrid.Hits);
        Assert.Contains(filtered.Hits, h => h.DocumentId == CitedId);
        Assert.Equal([$"{CitedId}/title"], number.Hits.Take(1).Select(h => h.ClauseId));
        Assert.Contains(reference.Hits, h => h.CitesQueriedDocument);
    }

    [ProviderFact]
    public async Task A_change_from_another_node_reaches_the_read_model_by_reading_only_the_changed_document()
    {
        using var data = new TempDirectory();
        using var a = Ingested(data.Path, out var store);
        using var b = KnowledgeBase.Open(Path.Combine(data.Path, "b"), store: store);
        a.CorrectMetadata(CitedId, new Dictionary<string, string?> { ["type"] = "Chỉ thị" }, "test", DateTimeOffset.UtcNow);
        var changes = ((PostgresDocumentStore)a.Store).ChangesAfter(b.Replica!.Status.AppliedSequence);
        var before = ((PostgresDocumentStore)b.Store).Requests;

        b.ApplyChanges(changes);

        // The document's row, its clauses and its citations: no reload of every document and citation.
        Assert.InRange(((PostgresDocumentStore)b.Store).Requests - before, 1, 3);
        Assert.Equal("Chỉ thị", b.Search.ReadModel.Current.Document(CitedId)!.Metadata.Type);
        Assert.Equal(2, b.Search.ReadModel.Current.Documents.Count);
        var filtered = await b.Search.SearchAsync(new SearchRequest("trạm y tế xã") { Mode = SearchMode.Keyword, Filters = new SearchFilters { Type = "Chỉ thị" } });
        Assert.Contains(filtered.Hits, h => h.DocumentId == CitedId && h.DocumentType == "Chỉ thị");
    }

    /// <summary>Node A on the store with the cited plan and a plan citing the same directive under another number.</summary>
    private KnowledgeBase Ingested(string root, out StoreProviderOptions store)
    {
        store = new StoreProviderOptions { Provider = StoreProviderOptions.Postgres, ConnectionString = _connectionString };
        var files = Directory.CreateDirectory(Path.Combine(root, "files")).FullName;
        File.WriteAllText(Path.Combine(files, "tinh-uy-242-kh-tu.txt"), Uploads.CitedPlan);
        File.WriteAllText(Path.Combine(files, "tinh-uy-250-kh-tu.txt"), Uploads.Plan("250-KH/TU"));
        var a = KnowledgeBase.Open(Path.Combine(root, "a"), store: store);
        a.IngestFile(Path.Combine(files, "tinh-uy-242-kh-tu.txt"), "tinh-uy-242-kh-tu.txt");
        a.IngestFile(Path.Combine(files, "tinh-uy-250-kh-tu.txt"), "tinh-uy-250-kh-tu.txt");
        return a;
    }
}
