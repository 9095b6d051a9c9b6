using System.Text.RegularExpressions;
using LiteDB;
using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Conversations by session id, in their own LiteDB file (<c>chat.db</c> in the data directory) so chat history never
/// touches the document store. Each session keeps only its last <see cref="MaxTurns"/> turns.
/// </summary>
public sealed partial class ConversationStore : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<StoredTurn> _turns;
    private readonly TimeProvider _clock;

    /// <summary>Opens (or creates) the store at <paramref name="path"/>.</summary>
    public ConversationStore(string path, int maxTurns = 10, TimeProvider? clock = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        _turns = _database.GetCollection<StoredTurn>("turns");
        _turns.EnsureIndex(t => t.SessionId);
        MaxTurns = Math.Max(1, maxTurns);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Turns kept per session.</summary>
    public int MaxTurns { get; }

    /// <summary>True when <paramref name="sessionId"/> is acceptable: 1–100 letters, digits, '-' or '_'.</summary>
    public static bool IsValidSessionId(string? sessionId) => sessionId is not null && SessionPattern().IsMatch(sessionId);

    /// <summary>The session's turns, oldest first (empty for an unknown session).</summary>
    public IReadOnlyList<ChatTurn> Get(string sessionId) =>
        _turns.Find(t => t.SessionId == sessionId).OrderBy(t => t.Id)
            .Select(t => new ChatTurn(t.Question, t.Answer) { ResolvedQuestion = t.ResolvedQuestion }).ToList();

    /// <summary>Appends a turn, dropping the session's oldest turns beyond <see cref="MaxTurns"/>.</summary>
    public void Append(string sessionId, ChatTurn turn)
    {
        _turns.Insert(new StoredTurn
        {
            SessionId = sessionId, Question = turn.Question, ResolvedQuestion = turn.ResolvedQuestion, Answer = turn.Answer,
            At = _clock.GetUtcNow().UtcDateTime,
        });
        var ids = _turns.Find(t => t.SessionId == sessionId).Select(t => t.Id).OrderByDescending(id => id).Skip(MaxTurns).ToList();
        foreach (var id in ids) _turns.Delete(id);
    }

    /// <summary>Forgets a session; false when it had no turns.</summary>
    public bool Clear(string sessionId) => _turns.DeleteMany(t => t.SessionId == sessionId) > 0;

    /// <inheritdoc />
    public void Dispose() => _database.Dispose();

    [GeneratedRegex(@"^[A-Za-z0-9_\-]{1,100}$")]
    private static partial Regex SessionPattern();
}
