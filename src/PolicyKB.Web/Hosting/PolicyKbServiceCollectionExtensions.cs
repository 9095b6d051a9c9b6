using Microsoft.Extensions.Options;
using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Providers;
using PolicyKB.Storage;

namespace PolicyKB.Web.Hosting;

/// <summary>Registers PolicyKB's services with bound, validated options.</summary>
public static class PolicyKbServiceCollectionExtensions
{
    /// <summary>Adds the knowledge base (store, indexes, pipeline, search) and the start-up content ingestion.</summary>
    public static IServiceCollection AddPolicyKb(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ContentOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmbeddingOptions>().BindConfiguration(EmbeddingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return KnowledgeBase.Open(
                PolicyKbPaths.ResolveData(store.DataDirectory),
                sp.GetRequiredService<IOptions<IngestionOptions>>().Value,
                SynonymTable.Load(PolicyKbPaths.Resolve(content.SynonymsFile)),
                EmbeddingProviderFactory.Create(sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value),
                sp.GetRequiredService<TimeProvider>(),
                SynonymTable.Load(PolicyKbPaths.Resolve(content.RelatedTermsFile)),
                role: "web");
        });
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<KnowledgeBase>().Store);
        services.AddSingleton(sp => sp.GetRequiredService<KnowledgeBase>().Search);
        services.AddHostedService<ContentIngestionService>();
        return services;
    }
}
