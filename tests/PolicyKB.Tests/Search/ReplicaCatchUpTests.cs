using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Support.Postgres;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Search;

/// <summary>A node reopened on its data folder follows the shared store's change log from its recorded sequence.</summary>
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
}
