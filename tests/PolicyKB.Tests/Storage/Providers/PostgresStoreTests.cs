using System.Net;
using System.Net.Sockets;
using Npgsql;
using PolicyKB.Corrections;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Tests.Support.Postgres;
using static PolicyKB.Tests.Storage.Providers.StoreSamples;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>What only the shared PostgreSQL store does: the change log followers read, migrations, layout changes, outages.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresCluster cluster) : IUsesPostgres
{
    [ProviderFact]
    public void Every_committed_write_appends_one_change_in_sequence_order_and_nothing_else_does()
    {
        using var store = new PostgresDocumentStore(cluster.CreateDatabase());
        store.Replace(Document("a", "h-a"), Clauses("a", "I"), []);
        store.Replace(Document("b", "h-b"), Clauses("b", "I"), []);
        store.Correct(store.GetDocument("a")!, [new MetadataCorrection("a", "h", "title", null, "Mới", "admin", DateTimeOffset.UnixEpoch)]);
        store.Remove("b");
        store.Remove("missing");
        Assert.ThrowsAny<Exception>(() => store.Replace(Document("c", "h-c"), [new() { Id = "c/I", DocumentId = "c", Label = "I", Text = "\0" }], []));
        store.LinkCitationTargets();

        var changes = store.ChangesAfter(0);

        Assert.Equal([("a", false), ("b", false), ("a", false), ("b", true)], changes.Select(c => (c.DocumentId, c.Removed)));
        Assert.Equal(changes.Select(c => c.Sequence).Order(), changes.Select(c => c.Sequence));
        Assert.Equal(changes[^1].Sequence, store.HeadSequence());
        Assert.Equal(changes.Skip(2).Select(c => c.Sequence), store.ChangesAfter(changes[1].Sequence).Select(c => c.Sequence));
    }

    [ProviderFact]
    public void A_listener_is_notified_with_the_sequence_of_each_change_once_committed()
    {
        var connectionString = cluster.CreateDatabase();
        using var store = new PostgresDocumentStore(connectionString);
        using var listener = new NpgsqlConnection(connectionString);
        listener.Open();
        var payloads = new List<string>();
        listener.Notification += (_, e) => payloads.Add(e.Payload);
        using (var listen = new NpgsqlCommand("LISTEN policykb_changes", listener)) listen.ExecuteNonQuery();

        store.Replace(Document("a", "h-a"), Clauses("a", "I"), []);

        Assert.True(listener.Wait(TimeSpan.FromSeconds(10)), "no NOTIFY within 10 s");
        Assert.Equal([store.HeadSequence().ToString(System.Globalization.CultureInfo.InvariantCulture)], payloads);
    }

    [ProviderFact]
    public void Concurrent_writers_log_each_document_exactly_once()
    {
        var connectionString = cluster.CreateDatabase();
        using var first = new PostgresDocumentStore(connectionString);
        using var second = new PostgresDocumentStore(connectionString);

        Parallel.For(0, 30, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            (i % 2 == 0 ? first : second).Replace(Document($"d{i}", $"h{i}"), Clauses($"d{i}", "I", "II"), []));

        var changes = first.ChangesAfter(0);
        Assert.Equal(30, changes.Count);
        Assert.Equal(30, changes.Select(c => c.DocumentId).Distinct().Count());
    }

    [ProviderFact]
    public void Nodes_starting_at_once_on_an_empty_database_apply_each_migration_once()
    {
        var connectionString = cluster.CreateDatabase();

        var stores = new PostgresDocumentStore[4];
        Parallel.For(0, stores.Length, i => stores[i] = new PostgresDocumentStore(connectionString));
        foreach (var store in stores) store.Dispose();

        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*), max(version) FROM schema_version", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal((long)PostgresSchema.Migrations.Count, reader.GetInt64(0));
        Assert.Equal(PostgresSchema.Migrations.Count, reader.GetInt32(1));
    }

    [ProviderFact]
    public void Documents_of_another_layout_are_dropped_to_be_read_again_keeping_originals_and_corrections()
    {
        var connectionString = cluster.CreateDatabase();
        var correction = new MetadataCorrection("a", "bytes-a", "number", null, "1/KH", "admin", DateTimeOffset.UnixEpoch);
        using (var store = new PostgresDocumentStore(connectionString))
        {
            store.Replace(Document("a", "bytes-a"), Clauses("a", "I"), [], SampleFacts("a", "Sở Y tế"), Original("a", [1, 2, 3]));
            store.Correct(store.GetDocument("a")!, [correction]);
        }
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var older = new NpgsqlCommand("UPDATE store_meta SET value = '0' WHERE key = 'document_layout'", connection);
            older.ExecuteNonQuery();
        }

        using var reopened = new PostgresDocumentStore(connectionString);

        Assert.True(reopened.SchemaReset);
        Assert.Empty(reopened.ListDocuments());
        Assert.Empty(reopened.ListFacts());
        Assert.Equal(["a"], reopened.FindUnreadOriginals());
        Assert.Equal([1, 2, 3], reopened.GetOriginal("a")!.Content);
        Assert.Equal([correction], reopened.GetCorrectionsForContent("bytes-a"));
        Assert.True(reopened.ChangesAfter(0)[^1] is { DocumentId: "a", Removed: true });
    }

    [ProviderFact]
    public void Reads_and_writes_carry_on_after_the_server_restarts_under_an_open_store()
    {
        using var store = new PostgresDocumentStore(cluster.CreateDatabase());
        store.Replace(Document("a", "h-a"), Clauses("a", "I"), []);
        Parallel.For(0, 4, _ => store.ListDocuments()); // several pooled connections, all killed by the restart

        cluster.Stop();
        cluster.Start();

        Assert.Equal(["a"], store.ListDocuments().Select(d => d.Id));
        store.Replace(Document("b", "h-b"), Clauses("b", "I"), []);
        Assert.Equal(2, store.ListDocuments().Count);
    }

    [ProviderFact]
    public void An_unreachable_server_is_reported_as_the_shared_store_being_unavailable()
    {
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var error = Assert.Throws<StoreUnavailableException>(() => new PostgresDocumentStore($"Host=127.0.0.1;Port={closedPort};Username=postgres;Timeout=2"));

        Assert.Contains("PostgreSQL", error.Message);
        Assert.Contains("không truy cập được", error.Message);
    }
}
