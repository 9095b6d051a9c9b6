using Microsoft.Extensions.Options;
using PolicyKB.Ingestion;
using PolicyKB.Search;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Brings the store up to date with the bundled <c>content/</c> folder before the app serves requests:
/// unchanged files are skipped by their content hash, so a warm start costs only the hashing.
/// </summary>
public sealed class ContentIngestionService(
    KnowledgeBase knowledgeBase, IOptions<ContentOptions> options, ILogger<ContentIngestionService> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IngestContentOnStart) return Task.CompletedTask;
        var directory = PolicyKbPaths.Resolve(options.Value.ContentDirectory);
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("Content folder {ContentDirectory} not found; nothing ingested", directory);
            return Task.CompletedTask;
        }
        var results = knowledgeBase.Ingest([directory]);
        foreach (var failure in results.Where(r => r.Status == IngestionStatus.Failed))
        {
            logger.LogError("Could not ingest {File}: {Error}", failure.FileName, failure.Error);
        }
        logger.LogInformation(
            "Content ingested from {ContentDirectory}: {Stored} stored, {Unchanged} unchanged, {Failed} failed",
            directory, results.Count(r => r.Status == IngestionStatus.Stored), results.Count(r => r.Status == IngestionStatus.Unchanged),
            results.Count(r => r.Status == IngestionStatus.Failed));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
