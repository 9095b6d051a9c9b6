using PolicyKB.Documents;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Tests.Support.Postgres;

namespace PolicyKB.Tests.Storage.Providers;

/// <summary>The store specifications against a real PostgreSQL (a throwaway cluster, one database per test).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentStoreSpecs(PostgresCluster cluster) : DocumentStoreSpecs, IUsesPostgres
{
    private string? _connectionString;

    /// <inheritdoc />
    protected override IDocumentStore OpenStore() => new PostgresDocumentStore(_connectionString ??= cluster.CreateDatabase());

    /// <summary>Another store instance on the same database, as a second node has.</summary>
    protected override IDocumentStore OpenSecondWriter(IDocumentStore first) => Open();

    /// <summary>PostgreSQL text cannot hold a NUL character: refused after the document row was written.</summary>
    protected override Clause UnstorableClause(string documentId) =>
        new() { Id = documentId + "/I", DocumentId = documentId, Label = "I", Text = "trước\0sau" };
}
