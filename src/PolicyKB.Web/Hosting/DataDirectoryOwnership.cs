using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PolicyKB.Search;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Records in the folder's owner file where this host listens, once it has started (so once the knowledge base, and
/// with it the folder's ownership, is open: <see cref="KnowledgeBaseOpening"/>): a <c>policykb ingest</c> beside it
/// then sends its files here instead of writing the folder.
/// </summary>
public sealed class DataDirectoryOwnership(
    KnowledgeBaseOpening opening, IServer server, IHostApplicationLifetime lifetime, ApiKeyGuard keys,
    ILogger<DataDirectoryOwnership> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
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
        // Started is raised only after KnowledgeBaseOpening's open has succeeded.
        var knowledgeBase = opening.Opened.GetAwaiter().GetResult();
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
