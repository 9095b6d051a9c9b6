using Npgsql;

namespace PolicyKB.Storage.Postgres;

/// <summary>
/// Trimming the change log: changes older than the retention are deleted and the highest sequence deleted is recorded
/// in <c>store_meta</c> as the trim point, in one transaction. A follower whose applied sequence is below the trim
/// point may have missed changes, so it rebuilds from the store instead of following the log.
/// </summary>
internal static class PostgresChangeLog
{
    /// <summary>Advisory lock key held while trimming ("PKBTRIM"): one node trims at a time, the others skip their turn.</summary>
    public const long TrimLock = 0x504B_4254_5249_4D;

    /// <summary>The store_meta key of the trim point.</summary>
    public const string TrimPointKey = "changes_trimmed_through";

    /// <summary>The highest sequence trimmed from the log (0 when never trimmed).</summary>
    public static long TrimPoint(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand($"SELECT value::bigint FROM store_meta WHERE key = '{TrimPointKey}'", connection);
        return command.ExecuteScalar() is long point ? point : 0;
    }

    /// <summary>
    /// Deletes the changes <paramref name="retention"/> no longer keeps (inside the caller's transaction) and moves the
    /// trim point up to the last one deleted; null when another node holds the trim lock (it is trimming now).
    /// </summary>
    public static int? Trim(NpgsqlConnection connection, ChangeRetention retention, DateTimeOffset now)
    {
        using (var locked = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({TrimLock})", connection))
        {
            if (!(bool)locked.ExecuteScalar()!) return null;
        }
        // The last sequence to delete: older than the days kept, or before the last Count changes.
        using var last = retention.Days is { } days
            ? new NpgsqlCommand("SELECT max(seq) FROM changes WHERE at < @cutoff", connection) { Parameters = { new("cutoff", now.ToUniversalTime().AddDays(-days)) } }
            : new NpgsqlCommand("SELECT seq FROM changes ORDER BY seq DESC OFFSET @keep LIMIT 1", connection) { Parameters = { new("keep", retention.Count!.Value) } };
        if (last.ExecuteScalar() is not long through) return 0;
        using var delete = new NpgsqlCommand("DELETE FROM changes WHERE seq <= @through", connection) { Parameters = { new("through", through) } };
        var deleted = delete.ExecuteNonQuery();
        using var record = new NpgsqlCommand(
            $"""
            INSERT INTO store_meta (key, value) VALUES ('{TrimPointKey}', @through::text)
            ON CONFLICT (key) DO UPDATE SET value = greatest(store_meta.value::bigint, excluded.value::bigint)::text
            """, connection) { Parameters = { new("through", through) } };
        record.ExecuteNonQuery();
        return deleted;
    }
}
