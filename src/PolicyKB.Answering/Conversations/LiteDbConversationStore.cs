using LiteDB;
using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Conversations by session id, in their own LiteDB file (<c>chat.db</c> in the data directory) so chat history never
/// touches the document store. The file stays bounded (<see cref="ConversationLimits"/>): each session keeps its last
/// turns, a session untouched for the retention period is removed, and beyond the session cap the sessions touched
/// longest ago go first. The limits are enforced when the store opens and on every write, and an expired session is
/// never read back even before it is removed.
/// </summary>
public sealed class LiteDbConversationStore : IConversationStore
{
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<StoredTurn> _turns;
    private readonly ILiteCollection<StoredSession> _sessions;
    private readonly TimeProvider _clock;

    /// <summary>Opens (or creates) the store at <paramref name="path"/> and removes what the limits no longer allow.</summary>
    public LiteDbConversationStore(string path, ConversationLimits? limits = null, TimeProvider? clock = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Limits = (limits ?? new ConversationLimits()).AtLeastOne();
        _clock = clock ?? TimeProvider.System;
        _database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        _turns = _database.GetCollection<StoredTurn>("turns");
        _turns.EnsureIndex(t => t.SessionId);
        _sessions = _database.GetCollection<StoredSession>("sessions");
        _sessions.EnsureIndex(s => s.TouchedAt);
        AddMissingSessions();
        Prune();
    }

    /// <inheritdoc />
    public ConversationLimits Limits { get; }

    /// <summary>Turns kept per session.</summary>
    public int MaxTurns => Limits.MaxTurns;

    /// <inheritdoc />
    public int SessionCount => _sessions.Count();

    /// <inheritdoc />
    public IReadOnlyList<ChatTurn> Get(string sessionId)
    {
        var session = _sessions.FindById(sessionId);
        if (session is null || session.TouchedAt.ToUniversalTime() < Cutoff()) return [];
        return _turns.Find(t => t.SessionId == sessionId).OrderBy(t => t.Id)
            .Select(t => new ChatTurn(t.Question, t.Answer) { ResolvedQuestion = t.ResolvedQuestion, CitedClauseIds = t.CitedClauseIds }).ToList();
    }

    /// <inheritdoc />
    public void Append(string sessionId, ChatTurn turn) => InTransaction(() =>
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var session = _sessions.FindById(sessionId);
        // A session that expired but was not yet removed starts afresh rather than reviving its old turns.
        var expired = session is not null && session.TouchedAt.ToUniversalTime() < Cutoff();
        if (expired) Remove(sessionId);
        _sessions.Upsert(new StoredSession { Id = sessionId, TouchedAt = now });
        _turns.Insert(new StoredTurn
        {
            SessionId = sessionId, Question = turn.Question, ResolvedQuestion = turn.ResolvedQuestion, Answer = turn.Answer, At = now,
            CitedClauseIds = turn.CitedClauseIds?.ToList(),
        });
        var ids = _turns.Find(t => t.SessionId == sessionId).Select(t => t.Id).OrderByDescending(id => id).Skip(MaxTurns).ToList();
        foreach (var id in ids) _turns.Delete(id);
        // Adding to a known session leaves the count unchanged, so only a new session needs the (counting) cap check.
        return PruneCore(keep: sessionId, checkCap: session is null || expired);
    });

    /// <inheritdoc />
    public bool Clear(string sessionId)
    {
        var removed = _turns.DeleteMany(t => t.SessionId == sessionId) > 0;
        _sessions.Delete(sessionId);
        return removed;
    }

    /// <inheritdoc />
    public int Prune(string? keep = null) => InTransaction(() => PruneCore(keep, checkCap: true));

    private int PruneCore(string? keep, bool checkCap)
    {
        var cutoff = Cutoff();
        var expired = _sessions.Find(s => s.TouchedAt < cutoff).Select(s => s.Id).ToList();
        Remove(expired);
        var excess = checkCap ? _sessions.Count() - Limits.MaxSessions : 0;
        // Query.All walks the TouchedAt index in order, so only the sessions to evict are read (an OrderBy sorts them all).
        var evicted = excess <= 0 ? [] : _sessions.Find(Query.All(nameof(StoredSession.TouchedAt), Query.Ascending), limit: excess + 1)
            .Select(s => s.Id).Where(id => id != keep).Take(excess).ToList();
        Remove(evicted);
        return expired.Count + evicted.Count;
    }

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    // LiteDB hands dates back in local time; comparisons are made in UTC.
    private DateTime Cutoff() => _clock.GetUtcNow().UtcDateTime - Limits.Retention;

    private void Remove(string sessionId) => Remove([sessionId]);

    private void Remove(IReadOnlyList<string> sessionIds)
    {
        if (sessionIds.Count == 0) return;
        if (sessionIds.Count == 1)
        {
            // The common case (one eviction per new session): an index seek, where In scans.
            _turns.DeleteMany(Query.EQ(nameof(StoredTurn.SessionId), sessionIds[0]));
            _sessions.Delete(sessionIds[0]);
            return;
        }
        var ids = sessionIds.Select(id => new BsonValue(id)).ToArray();
        _turns.DeleteMany(Query.In(nameof(StoredTurn.SessionId), ids));
        _sessions.DeleteMany(Query.In("_id", ids));
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction: all or nothing, and in shared mode (the CLI and the server may
    /// both open chat.db) the file is opened once for the whole write instead of once per operation (5.9 → under 1 ms
    /// per turn). Never nest it: in shared mode a second BeginTrans on the thread makes the outer Commit discard the work.
    /// </summary>
    private T InTransaction<T>(Func<T> work)
    {
        _database.BeginTrans();
        try
        {
            var result = work();
            _database.Commit();
            return result;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <summary>
    /// Files written before sessions were recorded hold turns only: each such session gets a record dated by its
    /// latest turn, so it expires like the others instead of staying forever.
    /// </summary>
    private void AddMissingSessions()
    {
        if (_sessions.Count() > 0 || _turns.Count() == 0) return;
        var sessions = _turns.FindAll().GroupBy(t => t.SessionId, StringComparer.Ordinal)
            .Select(g => new StoredSession { Id = g.Key, TouchedAt = g.Max(t => t.At) })
            .ToList(); // read fully first: a shared-mode insert cannot run while a query on the same file is open
        _sessions.InsertBulk(sessions);
    }
}
