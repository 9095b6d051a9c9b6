using System.Net.Sockets;
using Npgsql;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// Connections to the shared database, pooled by Npgsql: every read takes a connection for its statement, every write
/// one transaction that ends by appending to the change log. Failures to reach the server become
/// <see cref="StoreUnavailableException"/>; errors the server reports (constraint, syntax) pass unchanged.
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    /// <summary>The channel NOTIFYed with the sequence of each committed change.</summary>
    public const string Channel = "policykb_changes";

    /// <summary>
    /// Advisory lock taken just before a change is appended and held until commit, so changes commit in sequence order
    /// and a follower reading "seq &gt; last" never passes over a change still to commit (docs/scale-out.md).
    /// </summary>
    public const long ChangeLogLock = 0x504B_4243_4841_4E47;

    private readonly NpgsqlDataSource _source;
    private long _requests;

    /// <summary>Creates the pool for <paramref name="connectionString"/>.</summary>
    public PostgresDatabase(string connectionString) => _source = NpgsqlDataSource.Create(connectionString);

    /// <summary>Reads and writes asked of the database since it was opened (a retried read counts twice).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>
    /// Runs <paramref name="read"/> on an open connection; tried once more on fresh connections when the first attempt
    /// met a dead one (after a server restart every pooled connection is dead, and a read is safe to repeat).
    /// </summary>
    public T Read<T>(Func<NpgsqlConnection, T> read)
    {
        T Run()
        {
            Interlocked.Increment(ref _requests);
            using var connection = _source.OpenConnection();
            return read(connection);
        }

        try
        {
            return Guard(Run);
        }
        catch (StoreUnavailableException)
        {
            return Guard(Run);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction; when it names changed documents, appends one change each and
    /// NOTIFYs, in the same transaction (NOTIFY is delivered at commit, so no follower wakes for an uncommitted change).
    /// </summary>
    public T Write<T>(Func<NpgsqlConnection, (T Result, IReadOnlyList<(string DocumentId, string Kind)> Changes)> write) => Guard(() =>
    {
        Interlocked.Increment(ref _requests);
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var (result, changes) = write(connection);
        if (changes.Count > 0) AppendChanges(connection, changes);
        transaction.Commit();
        return result;
    });

    /// <inheritdoc />
    public void Dispose() => _source.Dispose();

    private static void AppendChanges(NpgsqlConnection connection, IReadOnlyList<(string DocumentId, string Kind)> changes)
    {
        using var command = new NpgsqlCommand(
            $"""
            SELECT pg_advisory_xact_lock({ChangeLogLock});
            WITH added AS (INSERT INTO changes (document_id, kind) SELECT * FROM unnest(@ids, @kinds) RETURNING seq)
            SELECT pg_notify('{Channel}', max(seq)::text) FROM added;
            """, connection);
        command.Parameters.AddWithValue("ids", changes.Select(c => c.DocumentId).ToArray());
        command.Parameters.AddWithValue("kinds", changes.Select(c => c.Kind).ToArray());
        command.ExecuteNonQuery();
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            // The other pooled connections died with this one (server restart, failover): the next request opens new ones.
            _source.Clear();
            throw new StoreUnavailableException(ex);
        }
    }

    /// <summary>True for a server that is down, restarting or unreachable; false for errors in what was asked.</summary>
    private static bool IsUnreachable(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState is "57P01" or "57P02" or "57P03" or "08000" or "08003" or "08006" or "08001" or "08004",
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } => true,
        NpgsqlException npgsql when npgsql.InnerException is null => npgsql.IsTransient,
        SocketException => true,
        _ => false,
    };
}
