using System.Diagnostics;
using System.Net;
using Npgsql;
using Xunit.Abstractions;
using PolicyKB.Tests.Support.Postgres;

namespace PolicyKB.Tests.Web;

/// <summary>
/// Two web nodes (separate data folders) on one PostgreSQL: each follows the shared change log into its own indexes,
/// reports its lag in /api/health and answers not ready when the lag passes PolicyKB:Store:MaxReplicaLagSeconds.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReplicaFollowerTests : IUsesPostgres
{
    private const string Query = "/api/search?q=nhan%20vien%20y%20te%20thon%20ban&mode=keyword&top=20";
    private const string UploadedId = "tinh-uy-242-kh-tu";

    private readonly string _connectionString = "";
    private readonly ITestOutputHelper _output;

    public ReplicaFollowerTests(PostgresCluster cluster, ITestOutputHelper output)
    {
        _output = output;
        if (PostgresCluster.Missing is not null) return;
        _connectionString = cluster.CreateDatabase();
    }

    [ProviderFact]
    public async Task A_document_uploaded_through_one_node_is_found_by_a_search_on_the_other_and_its_removal_too()
    {
        using var a = new PostgresApplication(_connectionString);
        using var b = new PostgresApplication(_connectionString);
        var nodeA = a.CreateAdminClient();
        var nodeB = b.CreateClient();
        Assert.False(await Finds(nodeB, 0), "not uploaded yet");

        await ApiAssert.Ok(await nodeA.PostAsync("/api/ingest", Uploads.Form(("tinh-uy-242-kh-tu.txt", Uploads.Utf8(Uploads.CitedPlan)))));
        var found = await Within(TimeSpan.FromSeconds(5), attempt => Finds(nodeB, attempt));

        Assert.NotNull(found);
        _output.WriteLine($"upload through A found on B after {found!.Value.TotalMilliseconds:0} ms");
        // The search sees the page as soon as it is committed to the index; the recorded sequence follows just after.
        Assert.NotNull(await Within(TimeSpan.FromSeconds(5), async _ => CaughtUp((await nodeB.GetOk("/api/health")).GetProperty("replication"))));
        var replication = (await nodeB.GetOk("/api/health")).GetProperty("replication");
        Assert.Equal(replication.GetProperty("headSequence").GetInt64(), replication.GetProperty("appliedSequence").GetInt64());
        Assert.Equal(0, replication.GetProperty("lagSeconds").GetDouble());
        Assert.Equal(replication.GetProperty("appliedSequence").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            File.ReadAllText(Path.Combine(b.DataDirectory, "replica.seq")).Trim());

        Assert.Equal(HttpStatusCode.NoContent, (await nodeA.DeleteAsync($"/api/documents/{UploadedId}")).StatusCode);
        var gone = await Within(TimeSpan.FromSeconds(5), async attempt => !await Finds(nodeB, 1000 + attempt));

        Assert.NotNull(gone);
        _output.WriteLine($"removal through A gone from B after {gone!.Value.TotalMilliseconds:0} ms");
    }

    [ProviderFact]
    public async Task A_node_whose_replica_lags_beyond_the_bound_answers_not_ready_until_it_has_caught_up()
    {
        // Polling an hour apart: only a notification wakes this node's follower.
        using var node = new PostgresApplication(_connectionString, new Dictionary<string, string>
        {
            ["PolicyKB:Store:ReplicaPollSeconds"] = "3600",
            ["PolicyKB:Store:MaxReplicaLagSeconds"] = "60",
        });
        var client = node.CreateClient();
        // The node's own start-up ingestion comes back through the change log too: let it catch up with that first.
        Assert.NotNull(await Within(TimeSpan.FromSeconds(30), async _ => CaughtUp((await client.GetOk("/api/health")).GetProperty("replication"))));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health/ready")).StatusCode);
        var documentId = (await client.GetOk("/api/documents")).GetProperty("items")[0].GetProperty("id").GetString()!;

        // A change committed an hour ago that this node has not applied (no NOTIFY: it does not know yet).
        Execute($"INSERT INTO changes (document_id, kind, at) VALUES ('{documentId}', 'upsert', now() - interval '1 hour')");

        var problem = await ApiAssert.Problem(await client.GetAsync("/api/health/ready"), HttpStatusCode.ServiceUnavailable);
        Assert.Contains("trễ", problem.GetProperty("detail").GetString());
        var replication = (await client.GetOk("/api/health")).GetProperty("replication");
        Assert.True(replication.GetProperty("lagSeconds").GetDouble() >= 3600, replication.ToString());
        Assert.True(replication.GetProperty("appliedSequence").GetInt64() < replication.GetProperty("headSequence").GetInt64());

        Execute("SELECT pg_notify('policykb_changes', 'test')");
        var ready = await Within(TimeSpan.FromSeconds(5), async _ => (await client.GetAsync("/api/health/ready")).StatusCode == HttpStatusCode.OK);

        Assert.NotNull(ready);
    }

    private static bool CaughtUp(System.Text.Json.JsonElement replication) =>
        replication.GetProperty("appliedSequence").GetInt64() == replication.GetProperty("headSequence").GetInt64();

    private static async Task<bool> Finds(HttpClient client, int attempt)
    {
        // A query string of its own each time: the output cache must not be what answers.
        var hits = (await client.GetOk($"{Query}&offset=0&attempt={attempt}")).GetProperty("hits");
        return hits.EnumerateArray().Any(h => h.GetProperty("documentId").GetString() == UploadedId);
    }

    /// <summary>Asks until <paramref name="condition"/> holds; how long that took, or null when <paramref name="limit"/> passed first.</summary>
    private static async Task<TimeSpan?> Within(TimeSpan limit, Func<int, Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; clock.Elapsed < limit; attempt++)
        {
            if (await condition(attempt)) return clock.Elapsed;
            await Task.Delay(50);
        }
        return null;
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
