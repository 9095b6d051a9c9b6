using Npgsql;
using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Support.Postgres;
using static PolicyKB.Tests.Storage.Providers.StoreSamples;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>One set of bytes is one document on the shared store, and a database written before that rule still opens.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresUniqueContentTests(PostgresCluster cluster) : IUsesPostgres
{
    [ProviderFact]
    public void A_second_document_with_the_same_bytes_is_refused_whole_and_logs_no_change()
    {
        using var store = new PostgresDocumentStore(cluster.CreateDatabase());
        store.Replace(Document("a", "same"), Clauses("a", "I"), []);
        var head = store.HeadSequence();

        var refused = Assert.Throws<ContentAlreadyStoredException>(() => store.Replace(Document("b", "same"), Clauses("b", "I"), [], original: Original("b", [1])));

        Assert.Equal(("b", "same"), (refused.DocumentId, refused.ContentHash));
        Assert.Equal(["a"], store.ListDocuments().Select(d => d.Id));
        Assert.Empty(store.GetClauses("b"));
        Assert.Null(store.GetOriginal("b"));
        Assert.Equal(head, store.HeadSequence());
    }

    [ProviderFact]
    public void A_document_replaced_with_its_own_bytes_is_not_a_twin()
    {
        using var store = new PostgresDocumentStore(cluster.CreateDatabase());
        store.Replace(Document("a", "same"), Clauses("a", "I"), []);

        store.Replace(Document("a", "same"), Clauses("a", "I", "II"), []);

        Assert.Equal(2, store.GetClauses("a").Count);
    }

    [ProviderFact]
    public void Twins_stored_before_the_rule_are_kept_and_named_and_the_rule_arrives_once_they_are_gone()
    {
        var connectionString = cluster.CreateDatabase();
        using (var old = new PostgresDocumentStore(connectionString))
        {
            // As a database written by an earlier version: no unique index, and a twin that slipped in.
            Execute(connectionString, $"DROP INDEX {PostgresUniqueContent.IndexName}; CREATE INDEX documents_content_hash ON documents (content_hash)");
            old.Replace(Document("b", "same"), Clauses("b", "I"), []);
            old.Replace(Document("a", "same"), Clauses("a", "I"), []);
            old.Replace(Document("c", "other"), Clauses("c", "I"), []);
        }

        using (var data = new TempDirectory())
        using (var kb = KnowledgeBase.Open(data.Path, store: new StoreProviderOptions { Provider = StoreProviderOptions.Postgres, ConnectionString = connectionString }))
        {
            Assert.Contains(kb.Health.Notices, n => n.Contains("a = b", StringComparison.Ordinal) && n.Contains("giữ nguyên", StringComparison.Ordinal));
            Assert.Empty(kb.Health.Problems);
        }
        using (var reopened = new PostgresDocumentStore(connectionString))
        {
            Assert.Equal([["a", "b"]], reopened.ContentTwins);
            Assert.Equal(["a", "b", "c"], reopened.ListDocuments().Select(d => d.Id));
            reopened.Remove("b");
        }

        using var cleaned = new PostgresDocumentStore(connectionString);
        Assert.Empty(cleaned.ContentTwins);
        Assert.Throws<ContentAlreadyStoredException>(() => cleaned.Replace(Document("d", "same"), Clauses("d", "I"), []));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
