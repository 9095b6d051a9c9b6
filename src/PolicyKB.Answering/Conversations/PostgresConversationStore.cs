using Npgsql;
using PolicyKB.Answering.Answers;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Conversations in the shared PostgreSQL database (<c>chat_sessions</c>, <c>chat_turns</c>), used when
/// PolicyKB:Store:Provider = postgres: every node reads and writes the same sessions, so a follow-up that the load
/// balancer sends to another node still sees the earlier turns. Same limits and expiry as <see cref="LiteDbConversationStore"/>;
/// each write is one transaction holding the session's row, so two nodes appending to one session do not interleave
/// their trimming. Failures to reach the server become <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class PostgresConversationStore : IConversationStore
{
    private readonly string _connectionString;
    private PostgresDatabase? _db;
    private readonly TimeProvider _clock;
    private readonly Lock _opening = new();
    private volatile bool _ready;

    /// <summary>
    /// Keeps the settings only. The first use opens the connection pool, applies the schema migrations not yet applied
    /// and removes what the limits no longer allow; none of it is done here, so a node whose database is down still
    /// starts (and answers 503 to chat), and a missing connection string is reported by the settings check, not here.
    /// </summary>
    public PostgresConversationStore(string connectionString, ConversationLimits? limits = null, TimeProvider? clock = null)
    {
        Limits = (limits ?? new ConversationLimits()).AtLeastOne();
        _clock = clock ?? TimeProvider.System;
        _connectionString = connectionString;
    }

    /// <inheritdoc />
    public ConversationLimits Limits { get; }

    /// <inheritdoc />
    public int SessionCount => Read(c =>
    {
        using var command = Command(c, "SELECT count(*) FROM chat_sessions");
        return (int)(long)command.ExecuteScalar()!;
    });

    /// <inheritdoc />
    public IReadOnlyList<ChatTurn> Get(string sessionId) => Read(c =>
    {
        using var command = Command(c,
            """
            SELECT t.question, t.resolved_question, t.answer, t.cited_clause_ids FROM chat_turns t JOIN chat_sessions s ON s.id = t.session_id
            WHERE s.id = @s AND s.touched_at >= @cutoff ORDER BY t.id
            """, ("s", sessionId), ("cutoff", Cutoff()));
        using var reader = command.ExecuteReader();
        var turns = new List<ChatTurn>();
        while (reader.Read())
        {
            turns.Add(new ChatTurn(reader.GetString(0), reader.GetString(2))
            {
                ResolvedQuestion = reader.IsDBNull(1) ? null : reader.GetString(1),
                CitedClauseIds = reader.IsDBNull(3) ? null : reader.GetFieldValue<string[]>(3),
            });
        }
        return turns;
    });

    /// <inheritdoc />
    public void Append(string sessionId, ChatTurn turn) => Write(c =>
    {
        var now = _clock.GetUtcNow();
        // FOR UPDATE holds the session until commit: a second node appending to it waits, then trims after this turn.
        using var read = Command(c, "SELECT touched_at FROM chat_sessions WHERE id = @s FOR UPDATE", ("s", sessionId));
        var touched = read.ExecuteScalar() as DateTime?;
        // A session that expired but was not yet removed starts afresh rather than reviving its old turns.
        var expired = touched is { } t && t < Cutoff().UtcDateTime;
        if (expired) Execute(c, "DELETE FROM chat_sessions WHERE id = @s", ("s", sessionId));
        Execute(c,
            """
            INSERT INTO chat_sessions (id, touched_at) VALUES (@s, @now) ON CONFLICT (id) DO UPDATE SET touched_at = excluded.touched_at;
            INSERT INTO chat_turns (session_id, question, resolved_question, answer, cited_clause_ids, at) VALUES (@s, @q, @r, @a, @c, @now);
            DELETE FROM chat_turns WHERE session_id = @s
                AND id NOT IN (SELECT id FROM chat_turns WHERE session_id = @s ORDER BY id DESC LIMIT @max);
            """,
            ("s", sessionId), ("now", now), ("q", turn.Question ?? ""), ("r", (object?)turn.ResolvedQuestion ?? DBNull.Value),
            ("a", turn.Answer ?? ""),
            ("c", (object?)turn.CitedClauseIds?.ToArray() ?? DBNull.Value), ("max", Limits.MaxTurns));
        // Adding to a known session leaves the count unchanged, so only a new session needs the (counting) cap check.
        return PruneCore(c, sessionId, checkCap: touched is null || expired);
    });

    /// <inheritdoc />
    public bool Clear(string sessionId) => Write(c =>
    {
        var removed = Execute(c, "DELETE FROM chat_turns WHERE session_id = @s", ("s", sessionId)) > 0;
        Execute(c, "DELETE FROM chat_sessions WHERE id = @s", ("s", sessionId));
        return removed;
    });

    /// <inheritdoc />
    public int Prune(string? keep = null) => Write(c => PruneCore(c, keep, checkCap: true));

    /// <inheritdoc />
    public void Dispose() => _db?.Dispose();

    private int PruneCore(NpgsqlConnection connection, string? keep, bool checkCap)
    {
        // Turns go with their session (ON DELETE CASCADE).
        var removed = Execute(connection, "DELETE FROM chat_sessions WHERE touched_at < @cutoff", ("cutoff", Cutoff()));
        if (!checkCap) return removed;
        return removed + Execute(connection,
            """
            DELETE FROM chat_sessions WHERE id IN (
                SELECT id FROM chat_sessions WHERE id <> @keep ORDER BY touched_at, id
                LIMIT greatest(0, (SELECT count(*) FROM chat_sessions) - @cap))
            """, ("keep", keep ?? ""), ("cap", Limits.MaxSessions)); // "" is never a session id
    }

    private DateTimeOffset Cutoff() => _clock.GetUtcNow() - Limits.Retention;

    private T Read<T>(Func<NpgsqlConnection, T> read)
    {
        return EnsureReady().Read(read);
    }

    private T Write<T>(Func<NpgsqlConnection, T> work)
    {
        return WriteCore(EnsureReady(), work);
    }

    private static T WriteCore<T>(PostgresDatabase db, Func<NpgsqlConnection, T> work) =>
        db.Write(c => (work(c), (IReadOnlyList<(string DocumentId, string Kind)>)[]));

    /// <summary>Migrates and prunes once, on first use (retried on the next use when the server was down).</summary>
    private PostgresDatabase EnsureReady()
    {
        if (_ready) return _db!;
        lock (_opening)
        {
            if (_ready) return _db!;
            _db ??= new PostgresDatabase(_connectionString);
            _db.Read(PostgresSchema.Apply);
            WriteCore(_db, c => PruneCore(c, keep: null, checkCap: true));
            _ready = true;
            return _db;
        }
    }

    private static int Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
