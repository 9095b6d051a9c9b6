using Microsoft.Extensions.Options;
using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Keeps this node's replica up to date on the shared PostgreSQL store (docs/scale-out.md): LISTENs on the change
/// channel, and on every notification — or every PolicyKB:Store:ReplicaPollSeconds when none comes — applies the
/// changes after the recorded sequence through the <see cref="WriteGate"/> (so they do not interleave with this node's
/// own writes, and the search cache is emptied after them). While PostgreSQL is down it retries with back-off; searches
/// keep answering from the replica meanwhile. Does nothing on the embedded LiteDB store.
/// </summary>
public sealed class ReplicaFollowerService(
    KnowledgeBaseOpening opening, WriteGate writes, IOptions<StoreOptions> options, ILogger<ReplicaFollowerService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Waits for the open instead of taking the knowledge base in the constructor, which would open it on the start
        // path; an open that fails fails the host's start (KnowledgeBaseOpening) before this service runs.
        if (await opening.WaitForOpenAsync(stoppingToken).ConfigureAwait(false) is not { } knowledgeBase) return;
        if (knowledgeBase.Replica is not { } follower) return;
        var store = options.Value.Store;
        var poll = TimeSpan.FromSeconds(store.ReplicaPollSeconds);
        var backOff = TimeSpan.FromSeconds(1);
        PostgresChangeListener? listener = null;
        var wake = Search.Replication.ReplicaWake.Start;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // Listen before reading: a change committed between the read and the wait still wakes the wait.
                    listener ??= await PostgresChangeListener.OpenAsync(store.ConnectionString!, stoppingToken).ConfigureAwait(false);
                    follower.CountWake(wake, await CatchUpAsync(knowledgeBase, follower, stoppingToken).ConfigureAwait(false));
                    backOff = TimeSpan.FromSeconds(1);
                    wake = await listener.WaitAsync(poll, stoppingToken).ConfigureAwait(false) ? Search.Replication.ReplicaWake.Notification : Search.Replication.ReplicaWake.Poll;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A failure here must not stop the host (searches still answer from the replica): log, back off, retry.
                    if (ex is StoreUnavailableException) logger.LogWarning("Replica follower cannot reach PostgreSQL, retrying in {Seconds} s: {Error}", backOff.TotalSeconds, ex.InnerException?.Message);
                    else logger.LogError(ex, "Replica follower failed, retrying in {Seconds} s", backOff.TotalSeconds);
                    if (listener is not null) await listener.DisposeAsync().ConfigureAwait(false);
                    listener = null;
                    wake = Search.Replication.ReplicaWake.Start;
                    await Task.Delay(backOff, stoppingToken).ConfigureAwait(false);
                    backOff = TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, backOff.Ticks * 2));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was applied is recorded; the rest is replayed at the next start.
        }
        finally
        {
            if (listener is not null) await listener.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<int> CatchUpAsync(KnowledgeBase knowledgeBase, Search.Replication.ReplicaFollower follower, CancellationToken stoppingToken)
    {
        // The reads of the change log run outside the gate; each page is applied inside it.
        var applied = await Task.Run(() => follower.CatchUp(changes =>
            writes.RunAsync(() => knowledgeBase.ApplyChanges(changes), stoppingToken).GetAwaiter().GetResult()), stoppingToken).ConfigureAwait(false);
        if (applied > 0) logger.LogInformation("Replica applied {Changes} changes, now at sequence {Sequence}", applied, follower.Status.AppliedSequence);
        return applied;
    }
}
