using PolicyKB.Storage;

namespace PolicyKB.Answering.Conversations;

/// <summary>Opens the conversation store that goes with the document store of PolicyKB:Store:Provider.</summary>
public static class ConversationStores
{
    /// <summary>
    /// <see cref="PostgresConversationStore"/> when the documents live in PostgreSQL (sessions shared by every node),
    /// otherwise <see cref="LiteDbConversationStore"/> in <c>chat.db</c> of <paramref name="dataDirectory"/>.
    /// </summary>
    public static IConversationStore Open(StoreProviderOptions provider, string dataDirectory, ConversationLimits limits, TimeProvider? clock = null) =>
        provider.IsPostgres
            ? new PostgresConversationStore(provider.ConnectionString!, limits, clock)
            : new LiteDbConversationStore(Path.Combine(dataDirectory, "chat.db"), limits, clock);
}
