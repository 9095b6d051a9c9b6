namespace PolicyKB.Answering.Conversations;

/// <summary>One turn as stored in <c>chat.db</c>.</summary>
internal sealed class StoredTurn
{
    public int Id { get; set; }
    public string SessionId { get; set; } = "";
    public string Question { get; set; } = "";
    public string? ResolvedQuestion { get; set; }
    public string Answer { get; set; } = "";
    public List<string>? CitedClauseIds { get; set; }
    public DateTime At { get; set; }
}
