using PolicyKB.Ingestion;
using PolicyKB.Storage.Postgres;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Support.Postgres;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Ingestion;

/// <summary>
/// Two nodes on one shared store take the same bytes under two different file names at the same instant: both find no
/// twin when they decide the file's identity, so only the store can keep them from becoming two documents.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ContentRaceTests(PostgresCluster cluster) : IUsesPostgres, IDisposable
{
    private const int Rounds = 20;

    private readonly TempDirectory _dir = new();

    [ProviderFact]
    public void The_same_bytes_uploaded_under_two_names_to_two_nodes_at_once_are_always_one_document()
    {
        var connectionString = cluster.CreateDatabase();
        using var first = new PostgresDocumentStore(connectionString);
        using var second = new PostgresDocumentStore(connectionString);
        var nodes = new[] { IngestionPipelineFactory.CreateDefault(first), IngestionPipelineFactory.CreateDefault(second) };

        for (var round = 0; round < Rounds; round++)
        {
            var text = Uploads.Plan($"{round + 1}-KH/UBND");
            var paths = new[] { Write($"{round}/ke-hoach-{round}.txt", text), Write($"{round}/KH so {round} ban sao.txt", text) };
            using var start = new Barrier(2);
            var results = new IngestionResult[2];
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                start.SignalAndWait();
                results[i] = nodes[i].Ingest(paths[i], Path.GetFileName(paths[i]), IngestRequest.Upload);
            });

            Assert.Equal(round + 1, first.ListDocuments().Count);
            Assert.Equal(
                [IngestionStatus.Stored, IngestionStatus.Unchanged],
                results.Select(r => r.Status).Order());
            var stored = results.Single(r => r.Status == IngestionStatus.Stored);
            var late = results.Single(r => r.Status == IngestionStatus.Unchanged);
            Assert.Equal(stored.DocumentId, late.DocumentId);
            Assert.Contains(stored.DocumentId, late.Note);
        }
    }

    public void Dispose() => _dir.Dispose();

    private string Write(string relative, string text)
    {
        var path = _dir.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
