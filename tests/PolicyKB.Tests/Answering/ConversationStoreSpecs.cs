using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;
using PolicyKB.Tests.Support.Postgres;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// What every <see cref="IConversationStore"/> does, whatever engine holds the sessions: a session keeps its last
/// turns, untouched sessions expire, the session count is capped, oldest-touched first. Each concrete subclass (LiteDB,
/// PostgreSQL) runs every specification here against its own store.
/// </summary>
public abstract class ConversationStoreSpecs : IDisposable
{
    /// <summary>The test's clock, moved by hand.</summary>
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Opens the store under test with these limits: fresh on the first call, the same data on later calls.</summary>
    protected abstract IConversationStore Open(ConversationLimits limits);

    /// <summary>Turns left in the store's own storage, whatever session they belonged to.</summary>
    protected abstract int StoredTurnCount();

    private IConversationStore OpenNew(int maxSessions = 10_000, int retentionDays = 30, int maxTurns = 10) =>
        Open(new ConversationLimits(MaxTurns: maxTurns, MaxSessions: maxSessions, RetentionDays: retentionDays));

    private static ChatTurn Turn(string question) => new(question, "trả lời");

    [ProviderFact]
    public void A_session_keeps_only_its_last_turns_and_its_resolved_questions()
    {
        using (var store = OpenNew(maxTurns: 3))
        {
            for (var i = 1; i <= 5; i++) store.Append("s1", new ChatTurn($"câu {i}", $"trả lời {i}") { ResolvedQuestion = $"đã hiểu {i}" });
            store.Append("s2", Turn("khác"));
        }

        using var reopened = OpenNew(maxTurns: 3);
        Assert.Equal(["câu 3", "câu 4", "câu 5"], reopened.Get("s1").Select(t => t.Question));
        Assert.Equal(["trả lời 3", "đã hiểu 3"], new[] { reopened.Get("s1")[0].Answer, reopened.Get("s1")[0].ResolvedQuestion! });
        Assert.Null(reopened.Get("s2")[0].ResolvedQuestion);
        Assert.Empty(reopened.Get("s3"));
        Assert.True(reopened.Clear("s1"));
        Assert.False(reopened.Clear("s1"));
        Assert.Empty(reopened.Get("s1"));
        Assert.Equal(1, reopened.SessionCount);
    }

    [ProviderFact]
    public void A_session_untouched_past_the_retention_is_removed_on_the_next_write()
    {
        using var store = OpenNew(retentionDays: 30);
        store.Append("old", Turn("câu cũ"));
        Clock.Advance(TimeSpan.FromDays(29));
        store.Append("recent", Turn("câu gần"));
        Clock.Advance(TimeSpan.FromDays(2));

        store.Append("new", Turn("câu mới"));

        Assert.Empty(store.Get("old"));
        Assert.Single(store.Get("recent"));
        Assert.Equal(2, store.SessionCount);
    }

    [ProviderFact]
    public void An_expired_session_is_not_read_back_even_before_it_is_removed()
    {
        using var store = OpenNew(retentionDays: 30);
        store.Append("s", Turn("câu 1"));

        Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        Assert.Empty(store.Get("s"));
    }

    [ProviderFact]
    public void A_session_written_to_after_expiry_starts_afresh()
    {
        using var store = OpenNew(retentionDays: 30);
        store.Append("s", Turn("câu cũ"));
        Clock.Advance(TimeSpan.FromDays(31));

        store.Append("s", Turn("câu mới"));

        Assert.Equal(["câu mới"], store.Get("s").Select(t => t.Question));
    }

    [ProviderFact]
    public void Each_turn_keeps_its_session_alive()
    {
        using var store = OpenNew(retentionDays: 30);
        for (var day = 0; day < 90; day += 20)
        {
            store.Append("s", Turn($"ngày {day}"));
            Clock.Advance(TimeSpan.FromDays(20));
        }

        Assert.Equal(5, store.Get("s").Count);
    }

    [ProviderFact]
    public void Expired_sessions_are_removed_when_the_store_opens()
    {
        using (var store = OpenNew(retentionDays: 30)) store.Append("s", Turn("câu"));
        Clock.Advance(TimeSpan.FromDays(31));

        using var reopened = OpenNew(retentionDays: 30);

        Assert.Equal(0, reopened.SessionCount);
        Assert.Equal(0, StoredTurnCount());
    }

    [ProviderFact]
    public void Beyond_the_cap_the_sessions_touched_longest_ago_go_first()
    {
        using var store = OpenNew(maxSessions: 3);
        foreach (var id in new[] { "a", "b", "c" })
        {
            store.Append(id, Turn(id));
            Clock.Advance(TimeSpan.FromMinutes(1));
        }
        store.Append("a", Turn("a lần hai")); // a is now the most recently touched
        Clock.Advance(TimeSpan.FromMinutes(1));

        store.Append("d", Turn("d"));

        Assert.Empty(store.Get("b"));
        Assert.Equal(2, store.Get("a").Count);
        Assert.Single(store.Get("c"));
        Assert.Single(store.Get("d"));
        Assert.Equal(3, store.SessionCount);
    }

    [ProviderFact]
    public void The_session_just_written_is_never_evicted_even_when_every_time_ties()
    {
        using var store = OpenNew(maxSessions: 2);

        foreach (var id in new[] { "a", "b", "c", "d" }) store.Append(id, Turn(id));

        Assert.Single(store.Get("d"));
        Assert.Equal(2, store.SessionCount);
    }

    [ProviderFact]
    public void A_lower_cap_is_applied_when_the_store_opens()
    {
        using (var store = OpenNew(maxSessions: 100))
        {
            for (var i = 1; i <= 5; i++)
            {
                store.Append($"s{i}", Turn($"câu {i}"));
                Clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        using var reopened = OpenNew(maxSessions: 2);

        Assert.Equal(2, reopened.SessionCount);
        Assert.Single(reopened.Get("s4"));
        Assert.Single(reopened.Get("s5"));
        Assert.Empty(reopened.Get("s1"));
    }

    /// <inheritdoc />
    public virtual void Dispose() => GC.SuppressFinalize(this);
}
