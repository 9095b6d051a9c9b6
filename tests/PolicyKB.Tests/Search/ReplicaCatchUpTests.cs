using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Support.Postgres;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Search;

/// <summary>
/// A node reopened on its data folder follows the shared store's change log from its recorded sequence, or rebuilds
/// from the store when the changes it missed were trimmed from the log.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReplicaCatchUpTests : IUsesPostgres
{
    private readonly string _connectionString = "";

    public ReplicaCatchUpTests(PostgresCluster cluster)
    {
        if (PostgresCluster.Missing is not null) return;
        _connectionString = cluster.CreateDatabase();
    }

    [ProviderFact]
    public async Task A_metadata_correction_made_while_a_node_was_down_reaches_its_index_from_the_recorded_sequence()
    {
        using var dataA = new TempDirectory();
        using var dataB = new TempDirectory();
        using var files = new TempDirectory();
        var store = new StoreProviderOptions { Provider = StoreProviderOptions.Postgres, ConnectionString = _connectionString };
        var file = Path.Combine(files.Path, "tinh-uy-242-kh-tu.txt");
        File.WriteAllText(file, Uploads.CitedPlan);
        using var a = KnowledgeBase.Open(dataA.Path, store: store);
        a.IngestFile(file, "tinh-uy-242-kh-tu.txt");
        long recorded;
        using (var b = KnowledgeBase.Open(dataB.Path, store: store)) recorded = b.Replica!.Status.AppliedSequence;

        // While B is down: the type changes, the content hash does not, so B's rebuild-by-hash at open cannot see it.
        a.CorrectMetadata("tinh-uy-242-kh-tu", new Dictionary<string, string?> { ["type"] = "Chỉ thị" }, "test", DateTimeOffset.UtcNow);
        using var reopened = KnowledgeBase.Open(dataB.Path, store: store);
        var request = new SearchRequest("nhân viên y tế thôn bản") { Mode = SearchMode.Keyword, Filters = new SearchFilters { Type = "Chỉ thị" } };
        var before = (await reopened.Search.SearchAsync(request)).Hits;

        var applied = reopened.Replica!.CatchUp(reopened.ApplyChanges);

        Assert.Empty(before);
        Assert.Equal(1, applied);
        Assert.Equal(recorded + 1, new PolicyKB.Search.Replication.ReplicaSequenceFile(dataB.Path).Read());
        Assert.Contains((await reopened.Search.SearchAsync(request)).Hits, h => h.DocumentId == "tinh-uy-242-kh-tu");
    }

    [ProviderFact]
    public async Task A_node_left_behind_the_trimmed_log_rebuilds_from_the_store_instead_of_skipping_what_it_missed()
    {
        using var dataA = new TempDirectory();
        using var dataB = new TempDirectory();
        using var files = new TempDirectory();
        var store = new StoreProviderOptions { Provider = StoreProviderOptions.Postgres, ConnectionString = _connectionString };
        var cited = Path.Combine(files.Path, "tinh-uy-242-kh-tu.txt");
        var other = Path.Combine(files.Path, "tinh-uy-243-kh-tu.txt");
        File.WriteAllText(cited, Uploads.CitedPlan);
        File.WriteAllText(other, Uploads.Plan("243-KH/TU") + "\nPhụ lục: danh sách trạm y tế xã đạt chuẩn.");
        using var a = KnowledgeBase.Open(dataA.Path, store: store);
        a.IngestFile(cited, "tinh-uy-242-kh-tu.txt");
        var removedId = a.IngestFile(other, "tinh-uy-243-kh-tu.txt").DocumentId;
        using (var b = KnowledgeBase.Open(dataB.Path, store: store)) Assert.Contains(removedId, await Found(b, "trạm y tế xã đạt chuẩn"));

        // While B is down: a correction (same content hash) and a removal, then the log is trimmed past both.
        a.CorrectMetadata("tinh-uy-242-kh-tu", new Dictionary<string, string?> { ["type"] = "Chỉ thị" }, "test", DateTimeOffset.UtcNow);
        a.Remove(removedId);
        Assert.True(a.TrimChangeLog(ChangeRetention.Parse("1")!) > 0);
        using var reopened = KnowledgeBase.Open(dataB.Path, store: store);

        reopened.Replica!.CatchUp(reopened.ApplyChanges);

        var request = new SearchRequest("nhân viên y tế thôn bản") { Mode = SearchMode.Keyword, Filters = new SearchFilters { Type = "Chỉ thị" } };
        Assert.Contains((await reopened.Search.SearchAsync(request)).Hits, h => h.DocumentId == "tinh-uy-242-kh-tu");
        Assert.Equal(1, reopened.Replica.Rebuilds);
        Assert.DoesNotContain(removedId, await Found(reopened, "trạm y tế xã đạt chuẩn"));
        Assert.Equal(((PostgresDocumentStore)a.Store).HeadSequence(), new PolicyKB.Search.Replication.ReplicaSequenceFile(dataB.Path).Read());
    }

    private static async Task<IReadOnlyList<string>> Found(KnowledgeBase kb, string query) =>
        (await kb.Search.SearchAsync(new SearchRequest(query) { Mode = SearchMode.Keyword, Top = 20 })).Hits.Select(h => h.DocumentId).ToList();
}
