namespace PolicyKB.Answering.Conversations;

/// <summary>A session as stored in <c>chat.db</c>: when a turn was last added, for expiry and eviction.</summary>
internal sealed class StoredSession
{
    /// <summary>The session id (the document key).</summary>
    public string Id { get; set; } = "";

    /// <summary>When the latest turn was added (UTC).</summary>
    public DateTime TouchedAt { get; set; }
}
