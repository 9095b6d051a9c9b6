using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// Applies the conversation limits when the host starts (opening the store prunes it) and then hourly, so that on a
/// server nobody writes to, expired conversations still leave the disk rather than waiting for the next question.
/// </summary>
internal sealed class ConversationRetention(IConversationStore store, TimeProvider clock, ILogger<ConversationRetention> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var removed = store.Prune();
                if (removed > 0) logger.LogInformation("Removed {Count} expired or surplus conversations", removed);
            }
            catch (Exception ex) when (ex is LiteDB.LiteException or Npgsql.NpgsqlException or PolicyKB.Storage.StoreUnavailableException)
            {
                // The next tick or write tries again; chat must not take the host down.
                logger.LogWarning(ex, "Could not prune the conversation store");
            }
        }
    }
}
