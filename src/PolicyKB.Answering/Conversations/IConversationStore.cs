using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Conversations by session id, bounded by <see cref="ConversationLimits"/>: each session keeps its last turns, a
/// session untouched for the retention period is removed (and never read back before that), and beyond the session cap
/// the sessions touched longest ago go first. <see cref="LiteDbConversationStore"/> keeps them in the node's chat.db;
/// <see cref="PostgresConversationStore"/> in the shared database, so a follow-up reaching another node continues the
/// conversation. One provider-agnostic test class checks both.
/// </summary>
public interface IConversationStore : IDisposable
{
    /// <summary>The limits in force.</summary>
    ConversationLimits Limits { get; }

    /// <summary>Sessions currently stored.</summary>
    int SessionCount { get; }

    /// <summary>The session's turns, oldest first (empty for an unknown or expired session).</summary>
    IReadOnlyList<ChatTurn> Get(string sessionId);

    /// <summary>Appends a turn, dropping the session's oldest turns beyond the turn limit, then applies the limits.</summary>
    void Append(string sessionId, ChatTurn turn);

    /// <summary>Forgets a session; false when it had no turns.</summary>
    bool Clear(string sessionId);

    /// <summary>
    /// Removes sessions untouched for longer than the retention period, then the sessions touched longest ago while
    /// there are more than the cap (never <paramref name="keep"/>, the session just written). Returns how many went.
    /// </summary>
    int Prune(string? keep = null);
}
