using LiteDB;
using PolicyKB.Answering.Conversations;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>The conversation store specifications against chat.db, and what only a LiteDB file has (files from before sessions were recorded).</summary>
public sealed class LiteDbConversationStoreSpecs : ConversationStoreSpecs
{
    private readonly TempDirectory _dir = new();

    private string File => _dir.File("chat.db");

    /// <inheritdoc />
    protected override IConversationStore Open(ConversationLimits limits) => new LiteDbConversationStore(File, limits, Clock);

    /// <inheritdoc />
    protected override int StoredTurnCount()
    {
        using var raw = new LiteDatabase(new ConnectionString { Filename = File, Connection = ConnectionType.Shared });
        return raw.GetCollection("turns").Count();
    }

    private LiteDbConversationStore OpenFile(int retentionDays) => new(File, new ConversationLimits(RetentionDays: retentionDays), Clock);

    [Fact]
    public void Sessions_of_a_file_written_before_expiry_existed_expire_by_their_last_turn()
    {
        using (var raw = new LiteDatabase(new ConnectionString { Filename = File, Connection = ConnectionType.Shared }))
        {
            var turns = raw.GetCollection("turns", BsonAutoId.Int32);
            turns.Insert(new BsonDocument { ["SessionId"] = "stale", ["Question"] = "q", ["Answer"] = "a", ["At"] = Clock.GetUtcNow().UtcDateTime.AddDays(-40) });
            turns.Insert(new BsonDocument { ["SessionId"] = "live", ["Question"] = "q", ["Answer"] = "a", ["At"] = Clock.GetUtcNow().UtcDateTime.AddDays(-2) });
        }

        using var store = OpenFile(retentionDays: 30);

        Assert.Empty(store.Get("stale"));
        Assert.Equal(["q"], store.Get("live").Select(t => t.Question));
        Assert.Equal(1, store.SessionCount);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _dir.Dispose();
        base.Dispose();
    }
}
