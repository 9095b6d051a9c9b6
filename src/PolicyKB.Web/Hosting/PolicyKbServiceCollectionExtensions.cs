using Microsoft.Extensions.Options;
using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Providers;
using PolicyKB.Search.Rerank;
using PolicyKB.Search.Translation;
using PolicyKB.Storage;
using PolicyKB.Web.Services;

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
        services.AddOptions<RerankOptions>().BindConfiguration(RerankOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TranslationOptions>().BindConfiguration(TranslationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KnowledgeBase));
            try
            {
                var kb = KnowledgeBase.Open(
                    PolicyKbPaths.ResolveData(store.DataDirectory),
                    sp.GetRequiredService<IOptions<IngestionOptions>>().Value,
                    SynonymTable.Load(PolicyKbPaths.Resolve(content.SynonymsFile)),
                    EmbeddingProviderFactory.Create(sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value),
                    sp.GetRequiredService<TimeProvider>(),
                    SynonymTable.Load(PolicyKbPaths.Resolve(content.RelatedTermsFile)),
                    role: "web",
                    store: store.Store);
                kb.Search.ConfigureRerank(sp.GetRequiredService<IOptions<RerankOptions>>().Value);
                kb.Search.ConfigureTranslation(sp.GetRequiredService<IOptions<TranslationOptions>>().Value);
                // Only the owner gets here, and before any request holds the knowledge base: uploads left by a
                // killed run of this folder's host can go.
                var leftovers = UploadBatch.RemoveLeftovers(Path.Combine(kb.Ownership.Directory, UploadBatch.UploadsFolderName));
                if (leftovers > 0) logger.LogInformation("Removed {Count} upload folders left by an earlier run", leftovers);
                foreach (var repair in kb.Health.Repairs) logger.LogWarning("{Repair}", repair);
                foreach (var notice in kb.Health.Notices) logger.LogWarning("{Notice}", notice);
                foreach (var problem in kb.Health.Problems) logger.LogError("{Problem}", problem);
                return kb;
            }
            catch (Exception ex) when (ex is StoreDamagedException or DataDirectoryInUseException or StoreUnavailableException)
            {
                // One line that names the file and the remedy, before the host stops on the exception.
                logger.LogCritical("PolicyKB không khởi động được. {Problem}", ex.Message);
                throw;
            }
        });
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<KnowledgeBase>().Store);
        services.AddSingleton(sp => sp.GetRequiredService<KnowledgeBase>().Search);
        services.AddSingleton<ContentIngestionProgress>();
        // First of the hosted services: the open begins before any other starts (Kestrel included).
        services.AddSingleton<KnowledgeBaseOpening>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeBaseOpening>());
        services.AddSingleton<StoreCheckState>();
        services.AddSingleton<FirstAnswerGate>();
        services.AddHostedService<ContentIngestionService>();
        services.AddHostedService<StoreCheckService>();
        services.AddHostedService<ReplicaFollowerService>();
        services.AddHostedService<ChangeLogTrimService>();
        services.AddHostedService<IndexRepairService>();
        return services;
    }
}
