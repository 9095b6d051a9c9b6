using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PolicyKB;
using PolicyKB.Answering;
using PolicyKB.Answering.Conversations;
using PolicyKB.Answering.Llm;
using PolicyKB.Search;
using PolicyKB.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the answering service for hosts that already register the <see cref="KnowledgeBase"/>.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AnsweringService"/> with the language model of <c>PolicyKB:Chat</c> (none by default) and the
    /// conversation store: <c>chat.db</c> in the data directory of <c>PolicyKB:DataDirectory</c>, or the shared database
    /// when <c>PolicyKB:Store:Provider</c> = postgres (<see cref="ConversationStores"/>). The options are
    /// validated when the host starts, and the store is opened (and pruned) then too.
    /// </summary>
    public static IServiceCollection AddPolicyKbAnswering(this IServiceCollection services)
    {
        services.AddOptions<ChatOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.GetSection(ChatOptions.Section).Bind(options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChatOptions>, ChatOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ChatOptions>>().Value);
        services.AddSingleton<IConversationStore>(sp =>
        {
            // The host's validated store options when it registers them, so a bad PolicyKB:Store setting is reported by
            // its own validation message instead of surfacing as a driver error from the conversation store.
            var store = sp.GetService<IOptions<StoreOptions>>()?.Value
                ?? sp.GetRequiredService<IConfiguration>().GetSection(StoreOptions.Section).Get<StoreOptions>()
                ?? new StoreOptions();
            return ConversationStores.Open(
                store.Store, PolicyKbPaths.ResolveData(store.DataDirectory), sp.GetRequiredService<ChatOptions>().ConversationLimits, sp.GetService<TimeProvider>());
        });
        services.AddHostedService(sp => new ConversationRetention(
            sp.GetRequiredService<IConversationStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ConversationRetention>>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<ChatOptions>();
            return new AnsweringService(sp.GetRequiredService<KnowledgeBase>(), options, ChatModelFactory.Create(options), sp.GetRequiredService<IConversationStore>());
        });
        return services;
    }
}
