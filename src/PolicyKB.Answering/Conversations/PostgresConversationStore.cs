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
    private readonly PostgresDatabase _db;
    private readonly TimeProvider _clock;
    private readonly Lock _opening = new();
    private volatile bool _ready;

    /// <summary>
    /// Prepares the connection pool. The first use applies the schema migrations not yet applied and removes what the
    /// limits no longer allow; it is not done here, so a node whose database is down still starts (and answers 503 to chat).
    /// </summary>
    public PostgresConversationStore(string connectionString, ConversationLimits? limits = null, TimeProvider? clock = null)
    {
        Limits = (limits ?? new ConversationLimits()).AtLeastOne();
        _clock = clock ?? TimeProvider.System;
        _db = new PostgresDatabase(connectionString);
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
            SELECT t.question, t.resolved_question, t.answer FROM chat_turns t JOIN chat_sessions s ON s.id = t.session_id
            WHERE s.id = @s AND s.touched_at >= @cutoff ORDER BY t.id
            """, ("s", sessionId), ("cutoff", Cutoff()));
        using var reader = command.ExecuteReader();
        var turns = new List<ChatTurn>();
        while (reader.Read())
        {
            turns.Add(new ChatTurn(reader.GetString(0), reader.GetString(2)) { ResolvedQuestion = reader.IsDBNull(1) ? null : reader.GetString(1) });
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
            INSERT INTO chat_turns (session_id, question, resolved_question, answer, at) VALUES (@s, @q, @r, @a, @now);
            DELETE FROM chat_turns WHERE session_id = @s
                AND id NOT IN (SELECT id FROM chat_turns WHERE session_id = @s ORDER BY id DESC LIMIT @max);
            """,
            ("s", sessionId), ("now", now), ("q", turn.Question ?? ""), ("r", (object?)turn.ResolvedQuestion ?? DBNull.Value),
            ("a", turn.Answer ?? ""), ("max", Limits.MaxTurns));
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
    public void Dispose() => _db.Dispose();

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
        EnsureReady();
        return _db.Read(read);
    }

    private T Write<T>(Func<NpgsqlConnection, T> work)
    {
        EnsureReady();
        return WriteCore(work);
    }

    private T WriteCore<T>(Func<NpgsqlConnection, T> work) => _db.Write(c => (work(c), (IReadOnlyList<(string DocumentId, string Kind)>)[]));

    /// <summary>Migrates and prunes once, on first use (retried on the next use when the server was down).</summary>
    private void EnsureReady()
    {
        if (_ready) return;
        lock (_opening)
        {
            if (_ready) return;
            _db.Read(PostgresSchema.Apply);
            WriteCore(c => PruneCore(c, keep: null, checkCap: true));
            _ready = true;
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
