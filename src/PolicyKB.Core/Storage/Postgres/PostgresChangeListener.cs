using Npgsql;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// One dedicated connection LISTENing on the change channel: <see cref="WaitAsync"/> returns when another node (or this
/// one) commits a change, or when the timeout passes (polling is the safety net for a notification lost with a
/// dropped connection). Connection failures become <see cref="StoreUnavailableException"/>; the caller makes a new listener.
/// </summary>
public sealed class PostgresChangeListener : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private PostgresChangeListener(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Opens a connection (unpooled: it lives as long as the listener) and starts listening.</summary>
    public static async Task<PostgresChangeListener> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"LISTEN {PostgresDatabase.Channel}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresChangeListener(connection);
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreUnavailableException(ex);
        }
    }

    /// <summary>Waits for a change notification; true when one came, false when <paramref name="timeout"/> passed first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await _connection.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
        {
            throw new StoreUnavailableException(ex);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
