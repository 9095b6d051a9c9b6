using Npgsql;
using PolicyKB.Answering.Conversations;
using PolicyKB.Tests.Support.Postgres;

namespace PolicyKB.Tests.Answering;

/// <summary>The conversation store specifications against a real PostgreSQL (a throwaway cluster, one database per test).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConversationStoreSpecs(PostgresCluster cluster) : ConversationStoreSpecs, IUsesPostgres
{
    private string? _connectionString;

    private string ConnectionString => _connectionString ??= cluster.CreateDatabase();

    /// <inheritdoc />
    protected override IConversationStore Open(ConversationLimits limits) => new PostgresConversationStore(ConnectionString, limits, Clock);

    /// <inheritdoc />
    protected override int StoredTurnCount()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM chat_turns", connection);
        return (int)(long)command.ExecuteScalar()!;
    }
}
