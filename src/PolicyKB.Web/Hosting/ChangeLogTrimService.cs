using Microsoft.Extensions.Options;
using PolicyKB.Search;
using PolicyKB.Storage;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Keeps the shared change log bounded (PolicyKB:Store:ChangeRetention): shortly after start and then hourly, deletes
/// the changes older than the retention. Every node runs it; an advisory lock lets one trim at a time and the others
/// skip their turn. A node whose replica was left behind the trimmed part rebuilds from the store (ReplicaFollower).
/// Does nothing on the embedded LiteDB store.
/// </summary>
public sealed class ChangeLogTrimService(
    KnowledgeBaseOpening opening, IOptions<StoreOptions> options, TimeProvider clock, ILogger<ChangeLogTrimService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var store = options.Value.Store;
        if (!store.IsPostgres || ChangeRetention.Parse(store.ChangeRetention) is not { } retention) return;
        if (await opening.WaitForOpenAsync(stoppingToken).ConfigureAwait(false) is not { } knowledgeBase) return;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var deleted = await Task.Run(() => knowledgeBase.TrimChangeLog(retention), stoppingToken).ConfigureAwait(false);
                if (deleted > 0) logger.LogInformation("Trimmed {Count} changes older than the retention {Retention} from the change log", deleted, retention);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; a full change log costs disk, never answers.
                logger.LogWarning(ex, "Could not trim the change log");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
