using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PolicyKB.Search;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Opens the knowledge base while the host starts, so a data folder owned by another process stops the start at once
/// with a message naming the owner (instead of the first request failing), and records in the folder's owner file
/// where this host listens: a <c>policykb ingest</c> beside it then sends its files here instead of writing the folder.
/// </summary>
public sealed class DataDirectoryOwnership(
    KnowledgeBase knowledgeBase, UploadReceiver uploads, IServer server, IHostApplicationLifetime lifetime, ApiKeyGuard keys,
    ILogger<DataDirectoryOwnership> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Only the owner gets here, so uploads left by a killed run of this folder's host can go.
        var leftovers = UploadBatch.RemoveLeftovers(uploads.UploadsRoot);
        if (leftovers > 0) logger.LogInformation("Removed {Count} upload folders left by an earlier run", leftovers);
        lifetime.ApplicationStarted.Register(Record);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Record()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return; // the in-memory test server listens nowhere
        // A wildcard binding is reached on loopback by a CLI on the same machine.
        var url = address.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
        try
        {
            knowledgeBase.Ownership.RecordEndpoint(url, keys.IsGenerated ? keys.Key : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not record the host address in {Directory}", knowledgeBase.Ownership.Directory);
        }
    }
}
