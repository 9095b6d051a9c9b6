namespace PolicyKB.Tests.Support.Postgres;

/// <summary>The test classes sharing one throwaway PostgreSQL cluster (each test still takes its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    /// <summary>The collection name.</summary>
    public const string Name = "PostgreSQL";
}
