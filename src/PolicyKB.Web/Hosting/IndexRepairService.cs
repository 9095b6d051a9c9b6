using PolicyKB.Search;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Repairs, without a restart, the local indexes of documents whose write reached the store while their indexing or
/// embedding failed (<see cref="KnowledgeBase.RepairIndexes"/>): every <see cref="Interval"/> when any is pending, in
/// its own write turn. The next upload repairs them too, before its own files; this covers a host that receives none.
/// </summary>
public sealed class IndexRepairService(KnowledgeBaseOpening opening, WriteGate gate, TimeProvider clock, ILogger<IndexRepairService> logger)
    : BackgroundService
{
    /// <summary>How often pending repairs are tried.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await opening.WaitForOpenAsync(stoppingToken).ConfigureAwait(false) is not { } knowledgeBase) return;
        if (knowledgeBase.IsReadOnly) return;
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var pending = knowledgeBase.PendingIndexRepairs;
            if (pending == 0) continue;
            try
            {
                var repaired = await gate.RunAsync(() => knowledgeBase.RepairIndexes(), stoppingToken).ConfigureAwait(false);
                logger.LogInformation("Re-indexed {Count} of {Pending} documents whose indexing had failed after they were stored", repaired, pending);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // They stay pending: the next tick (or upload) tries again; searches meanwhile see their previous version.
                logger.LogWarning(ex, "Could not re-index {Pending} documents whose indexing had failed; trying again in {Interval}", pending, Interval);
            }
        }
    }
}
