namespace PolicyKB.Answering.Conversations;

/// <summary>How much chat history a conversation store keeps: turns per session, sessions in all, and for how long.</summary>
/// <param name="MaxTurns">Turns kept per session; older turns of a session are dropped as new ones arrive.</param>
/// <param name="MaxSessions">Sessions kept; beyond it the sessions touched longest ago are removed first.</param>
/// <param name="RetentionDays">A session no turn was added to for this many days is removed.</param>
public sealed record ConversationLimits(int MaxTurns = 10, int MaxSessions = 10_000, int RetentionDays = 30)
{
    /// <summary>How long an untouched session is kept.</summary>
    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);

    /// <summary>These limits with every count at least 1 (a store never keeps zero turns or sessions).</summary>
    internal ConversationLimits AtLeastOne() =>
        this with { MaxTurns = Math.Max(1, MaxTurns), MaxSessions = Math.Max(1, MaxSessions), RetentionDays = Math.Max(1, RetentionDays) };
}
