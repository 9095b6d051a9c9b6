using System.ComponentModel.DataAnnotations;
using LiteDB;
using Microsoft.Extensions.Configuration;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;
using PolicyKB.Answering.Llm;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>chat.db stays bounded: untouched sessions expire, the session count is capped, oldest-touched first.</summary>
public sealed class ConversationLimitTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private string File => _dir.File("chat.db");

    private ConversationStore Open(int maxSessions = 10_000, int retentionDays = 30) =>
        new(File, new ConversationLimits(MaxTurns: 10, MaxSessions: maxSessions, RetentionDays: retentionDays), _clock);

    private static ChatTurn Turn(string question) => new(question, "trả lời");

    [Fact]
    public void A_session_untouched_past_the_retention_is_removed_on_the_next_write()
    {
        using var store = Open(retentionDays: 30);
        store.Append("old", Turn("câu cũ"));
        _clock.Advance(TimeSpan.FromDays(29));
        store.Append("recent", Turn("câu gần"));
        _clock.Advance(TimeSpan.FromDays(2));

        store.Append("new", Turn("câu mới"));

        Assert.Empty(store.Get("old"));
        Assert.Single(store.Get("recent"));
        Assert.Equal(2, store.SessionCount);
    }

    [Fact]
    public void An_expired_session_is_not_read_back_even_before_it_is_removed()
    {
        using var store = Open(retentionDays: 30);
        store.Append("s", Turn("câu 1"));

        _clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        Assert.Empty(store.Get("s"));
    }

    [Fact]
    public void A_session_written_to_after_expiry_starts_afresh()
    {
        using var store = Open(retentionDays: 30);
        store.Append("s", Turn("câu cũ"));
        _clock.Advance(TimeSpan.FromDays(31));

        store.Append("s", Turn("câu mới"));

        Assert.Equal(["câu mới"], store.Get("s").Select(t => t.Question));
    }

    [Fact]
    public void Each_turn_keeps_its_session_alive()
    {
        using var store = Open(retentionDays: 30);
        for (var day = 0; day < 90; day += 20)
        {
            store.Append("s", Turn($"ngày {day}"));
            _clock.Advance(TimeSpan.FromDays(20));
        }

        Assert.Equal(5, store.Get("s").Count);
    }

    [Fact]
    public void Expired_sessions_are_removed_when_the_store_opens()
    {
        using (var store = Open(retentionDays: 30)) store.Append("s", Turn("câu"));
        _clock.Advance(TimeSpan.FromDays(31));

        using var reopened = Open(retentionDays: 30);

        Assert.Equal(0, reopened.SessionCount);
        using var raw = new LiteDatabase(new ConnectionString { Filename = File, Connection = ConnectionType.Shared });
        Assert.Equal(0, raw.GetCollection("turns").Count());
    }

    [Fact]
    public void Beyond_the_cap_the_sessions_touched_longest_ago_go_first()
    {
        using var store = Open(maxSessions: 3);
        foreach (var id in new[] { "a", "b", "c" })
        {
            store.Append(id, Turn(id));
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
        store.Append("a", Turn("a lần hai")); // a is now the most recently touched
        _clock.Advance(TimeSpan.FromMinutes(1));

        store.Append("d", Turn("d"));

        Assert.Empty(store.Get("b"));
        Assert.Equal(2, store.Get("a").Count);
        Assert.Single(store.Get("c"));
        Assert.Single(store.Get("d"));
        Assert.Equal(3, store.SessionCount);
    }

    [Fact]
    public void The_session_just_written_is_never_evicted_even_when_every_time_ties()
    {
        using var store = Open(maxSessions: 2);

        foreach (var id in new[] { "a", "b", "c", "d" }) store.Append(id, Turn(id));

        Assert.Single(store.Get("d"));
        Assert.Equal(2, store.SessionCount);
    }

    [Fact]
    public void A_lower_cap_is_applied_when_the_store_opens()
    {
        using (var store = Open(maxSessions: 100))
        {
            for (var i = 1; i <= 5; i++)
            {
                store.Append($"s{i}", Turn($"câu {i}"));
                _clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        using var reopened = Open(maxSessions: 2);

        Assert.Equal(2, reopened.SessionCount);
        Assert.Single(reopened.Get("s4"));
        Assert.Single(reopened.Get("s5"));
        Assert.Empty(reopened.Get("s1"));
    }

    [Fact]
    public void Sessions_of_a_file_written_before_expiry_existed_expire_by_their_last_turn()
    {
        using (var raw = new LiteDatabase(new ConnectionString { Filename = File, Connection = ConnectionType.Shared }))
        {
            var turns = raw.GetCollection("turns", BsonAutoId.Int32);
            turns.Insert(new BsonDocument { ["SessionId"] = "stale", ["Question"] = "q", ["Answer"] = "a", ["At"] = _clock.GetUtcNow().UtcDateTime.AddDays(-40) });
            turns.Insert(new BsonDocument { ["SessionId"] = "live", ["Question"] = "q", ["Answer"] = "a", ["At"] = _clock.GetUtcNow().UtcDateTime.AddDays(-2) });
        }

        using var store = Open(retentionDays: 30);

        Assert.Empty(store.Get("stale"));
        Assert.Equal(["q"], store.Get("live").Select(t => t.Question));
        Assert.Equal(1, store.SessionCount);
    }

    [Theory]
    [InlineData("SessionRetentionDays", "0")]
    [InlineData("SessionRetentionDays", "5000")]
    [InlineData("MaxSessions", "0")]
    [InlineData("MaxHistoryTurns", "0")]
    public void Out_of_range_limits_are_refused_with_the_setting_named(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"PolicyKB:Chat:{setting}"] = value }).Build();

        var error = Assert.Throws<ValidationException>(() => ChatOptions.Read(configuration));

        Assert.Contains($"PolicyKB:Chat:{setting}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_keep_30_days_and_10_000_sessions()
    {
        var limits = ChatOptions.Read(new ConfigurationBuilder().Build()).ConversationLimits;

        Assert.Equal(new ConversationLimits(MaxTurns: 10, MaxSessions: 10_000, RetentionDays: 30), limits);
    }

    public void Dispose() => _dir.Dispose();
}
