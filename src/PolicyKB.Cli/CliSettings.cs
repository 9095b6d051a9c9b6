using Microsoft.Extensions.Configuration;
using PolicyKB.Ingestion;
using PolicyKB.Storage;

namespace PolicyKB.Cli;

/// <summary>Settings from appsettings.json (beside the binary, copied from the repository root) and PolicyKB__ environment variables.</summary>
internal sealed class CliSettings
{
    public required StoreOptions Store { get; init; }
    public required IngestionOptions Ingestion { get; init; }
    public required string SynonymsFile { get; init; }
    public required string RelatedTermsFile { get; init; }
    public required IConfiguration Configuration { get; init; }

    /// <summary>The configured embedding provider, or null when none is configured or available.</summary>
    public PolicyKB.Search.EmbeddingProvider? Embeddings() =>
        PolicyKB.Search.Providers.EmbeddingProviderFactory.Create(
            Configuration.GetSection(PolicyKB.Search.Providers.EmbeddingOptions.Section).Get<PolicyKB.Search.Providers.EmbeddingOptions>() ?? new());

    /// <summary>The admin key for a running host: POLICYKB_API_KEY, else PolicyKB:Api:ApiKey; null when neither is set.</summary>
    public static string? ApiKey(CliSettings settings) =>
        (Environment.GetEnvironmentVariable("POLICYKB_API_KEY") ?? settings.Configuration["PolicyKB:Api:ApiKey"]) is { Length: > 0 } key
        && !string.IsNullOrWhiteSpace(key) ? key.Trim() : null;

    /// <summary>Loads the settings; <paramref name="dataOverride"/> is the --data option.</summary>
    public static CliSettings Load(string? dataOverride)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var store = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        store.DataDirectory = dataOverride is { Length: > 0 } ? Path.GetFullPath(dataOverride) : PolicyKbPaths.Resolve(store.DataDirectory);
        var ingestion = configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
        var synonyms = PolicyKbPaths.Resolve(configuration["PolicyKB:SynonymsFile"] ?? "content/search/synonyms.tsv");
        var related = PolicyKbPaths.Resolve(configuration["PolicyKB:RelatedTermsFile"] ?? "content/search/related-terms.tsv");
        return new CliSettings { Store = store, Ingestion = ingestion, SynonymsFile = synonyms, RelatedTermsFile = related, Configuration = configuration };
    }
}
