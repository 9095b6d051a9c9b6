using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Support.Postgres;
using PolicyKB.Tests.Web;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Deploy;

/// <summary>
/// Two nodes as real processes (the built web host, two ports, two data folders) on one throwaway PostgreSQL: what an
/// operator runs behind haproxy, including a node killed with SIGKILL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NodeProcessTests : IUsesPostgres, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private readonly string _connectionString = "";
    private readonly TempDirectory _root = new();
    private readonly ITestOutputHelper _output;

    public NodeProcessTests(PostgresCluster cluster, ITestOutputHelper output)
    {
        _output = output;
        if (PostgresCluster.Missing is not null) return;
        _connectionString = cluster.CreateDatabase();
    }

    [ProviderFact]
    public async Task A_node_killed_with_sigkill_catches_up_after_restart_with_the_documents_ingested_meanwhile_in_its_index_and_vectors()
    {
        var files = SmallPlans(50);
        using var a = WebNode.Start(Folder("a"), _connectionString, ingestContent: true);
        await WaitCaughtUpAsync(a, "node A after its start-up ingestion");
        var b = WebNode.Start(Folder("b"), _connectionString, ingestContent: false);
        try
        {
            await WaitCaughtUpAsync(b, "node B built from the store");
            b.Kill();

            for (var i = 0; i < files.Count; i += 10)
            {
                var batch = files.Skip(i).Take(10).ToList();
                var answer = await ApiAssert.Ok(await a.Http.PostAsync("/api/ingest", Uploads.Form([.. batch.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))])));
                Assert.All(answer.GetProperty("files").EnumerateArray(), f => Assert.Equal("stored", f.GetProperty("status").GetString()));
            }
            var restart = Stopwatch.StartNew();
            b.Dispose();
            b = WebNode.Start(b.DataDirectory, _connectionString, ingestContent: false);
            await WaitCaughtUpAsync(b, "node B after its restart");
            _output.WriteLine($"node B restarted and caught up with {files.Count} documents in {restart.Elapsed.TotalSeconds:0.0} s (process start included)");

            var store = StoreCounts();
            var indexesA = await IndexesAsync(a);
            var indexesB = await IndexesAsync(b);
            _output.WriteLine($"store {store}; A {indexesA}; B {indexesB}");
            Assert.True(store.Documents >= files.Count + 5, $"store {store}");
            Assert.Equal((store.Documents, store.Clauses, store.Documents), (indexesB.Documents, indexesB.Clauses, indexesB.VectorDocuments));
            Assert.Equal(indexesA, indexesB);
        }
        finally
        {
            b.Dispose();
        }
    }

    [ProviderFact]
    public async Task Concurrent_uploads_through_both_nodes_lose_nothing_duplicate_nothing_and_are_found_on_both()
    {
        using var a = WebNode.Start(Folder("a"), _connectionString, ingestContent: true);
        await WaitCaughtUpAsync(a, "node A after its start-up ingestion");
        using var b = WebNode.Start(Folder("b"), _connectionString, ingestContent: false);
        await WaitCaughtUpAsync(b, "node B built from the store");
        var before = StoreCounts().Documents;
        var plans = Enumerable.Range(1, 25).Select(i => (Name: $"ke-hoach-dong-thoi-{i:00}.txt", Bytes: Uploads.Utf8(MarkedPlan(i)))).ToList();
        var distinct = plans.Take(20).ToList();
        var shared = plans.Skip(20).ToList();

        // Ten distinct files through each node, and the same five through both, all at once.
        var answers = await Task.WhenAll(
            a.Http.PostAsync("/api/ingest", Uploads.Form([.. distinct.Take(10)])),
            b.Http.PostAsync("/api/ingest", Uploads.Form([.. distinct.Skip(10)])),
            a.Http.PostAsync("/api/ingest", Uploads.Form([.. shared])),
            b.Http.PostAsync("/api/ingest", Uploads.Form([.. shared])));

        foreach (var answer in answers)
        {
            var files = (await ApiAssert.Ok(answer)).GetProperty("files").EnumerateArray().ToList();
            Assert.All(files, f => Assert.Contains(f.GetProperty("status").GetString(), new[] { "stored", "unchanged" }));
        }
        await WaitCaughtUpAsync(a, "node A after the uploads");
        await WaitCaughtUpAsync(b, "node B after the uploads");
        Assert.Equal(before + 25, StoreCounts().Documents);
        Assert.Equal(25, Count("SELECT count(*) FROM documents WHERE id LIKE 'ke-hoach-dong-thoi-%'"));
        Assert.Equal(25, Count("SELECT count(DISTINCT content_hash) FROM documents WHERE id LIKE 'ke-hoach-dong-thoi-%'"));
        Assert.Equal(25, Count("SELECT count(*) FROM originals WHERE document_id LIKE 'ke-hoach-dong-thoi-%'"));
        Assert.Equal(await IndexesAsync(a), await IndexesAsync(b));
        foreach (var node in new[] { a, b })
        {
            foreach (var i in Enumerable.Range(1, 25))
            {
                var hits = (await node.TryGetAsync($"/api/search?q={Marker(i)}&mode=keyword&top=5"))!.Value.GetProperty("hits");
                Assert.Equal(new[] { $"ke-hoach-dong-thoi-{i:00}" }, hits.EnumerateArray().Select(h => h.GetProperty("documentId").GetString()).Distinct());
            }
        }
    }

    public void Dispose() => _root.Dispose();

    /// <summary>A word found in plan <paramref name="i"/> only, so a keyword search names exactly that document.</summary>
    private static string Marker(int i) => "madongthoi" + (char)('a' + i) + "x";

    private static string MarkedPlan(int i) => Uploads.Plan($"{300 + i}-KH/TU")
        .Replace("2. Bảo đảm kinh phí cho trạm y tế xã.", $"2. Bảo đảm kinh phí cho trạm y tế xã theo đề án {Marker(i)}.", StringComparison.Ordinal);

    /// <summary>The <paramref name="count"/> smallest plans of ../shared/train, or generated plans when it is absent.</summary>
    private List<string> SmallPlans(int count)
    {
        var train = Path.Combine(SharedData.RepositoryRoot, "..", "shared", "train");
        if (Directory.Exists(train))
        {
            return [.. new DirectoryInfo(train).GetFiles("*.txt").OrderBy(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal)
                .Take(count).Select(f => f.FullName)];
        }
        var folder = Folder("generated");
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var path = Path.Combine(folder, $"ke-hoach-{i:000}.txt");
            File.WriteAllText(path, Uploads.Plan($"{i}-KH/TU"));
            return path;
        })];
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root.Path, name)).FullName;

    /// <summary>
    /// Waits until the node's health says its replica has applied the store's head and its own indexes hold every stored
    /// document and clause (embedded documents too).
    /// </summary>
    private Task<TimeSpan> WaitCaughtUpAsync(WebNode node, string what) => node.WaitUntilAsync(Patience, async () =>
    {
        if (await node.TryGetAsync("/api/health") is not { } health) return false;
        if (health.GetProperty("ingestion").GetProperty("state").GetString() is "running" or "pending") return false;
        var replication = health.GetProperty("replication");
        if (replication.ValueKind != JsonValueKind.Object) return false;
        if (replication.GetProperty("appliedSequence").GetInt64() != replication.GetProperty("headSequence").GetInt64()) return false;
        var indexes = Indexes(replication);
        var store = StoreCounts();
        return indexes.Documents == store.Documents && indexes.Clauses == store.Clauses && indexes.VectorDocuments == store.Documents;
    }, what);

    private static async Task<(int Documents, int Clauses, int VectorDocuments, int Vectors)> IndexesAsync(WebNode node) =>
        Indexes((await node.TryGetAsync("/api/health"))!.Value.GetProperty("replication"));

    private static (int Documents, int Clauses, int VectorDocuments, int Vectors) Indexes(JsonElement replication)
    {
        var indexes = replication.GetProperty("indexes");
        return (indexes.GetProperty("documents").GetInt32(), indexes.GetProperty("clauses").GetInt32(),
            indexes.GetProperty("vectorDocuments").GetInt32(), indexes.GetProperty("vectors").GetInt32());
    }

    private int Count(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private (int Documents, int Clauses) StoreCounts()
    {
        using var connection = new NpgsqlConnection(_connectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM clauses)", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt32(reader.GetInt64(0)), Convert.ToInt32(reader.GetInt64(1)));
    }
}
