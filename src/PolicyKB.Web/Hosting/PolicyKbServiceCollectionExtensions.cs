using Microsoft.Extensions.Options;
using PolicyKB.Ingestion;
using PolicyKB.Storage;

namespace PolicyKB.Web.Hosting;

/// <summary>Registers PolicyKB's services with bound, validated options.</summary>
public static class PolicyKbServiceCollectionExtensions
{
    /// <summary>Adds the store, the ingestion pipeline and the start-up content ingestion.</summary>
    public static IServiceCollection AddPolicyKb(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ContentOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            return new LiteDbDocumentStore(Path.Combine(PolicyKbPaths.Resolve(options.DataDirectory), options.DatabaseFile));
        });
        services.AddSingleton(sp => IngestionPipelineFactory.CreateDefault(
            sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<IOptions<IngestionOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ContentIngestionService>();
        return services;
    }
}
