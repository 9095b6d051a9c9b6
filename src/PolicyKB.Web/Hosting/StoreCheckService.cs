using PolicyKB.Search;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Reads every record of the store once after start, in the background (<see cref="KnowledgeBase.VerifyStore"/>):
/// LiteDB pages carry no checksum, so bytes damaged inside a record are found only by reading it, and reading a
/// whole store costs about 0.7 s per 55 MB — too long to hold up the start of a large one. Damage found is logged
/// with the remedy and turns the health report "degraded". It begins after the first answer (<see cref="FirstAnswerGate"/>).
/// </summary>
public sealed class StoreCheckService(KnowledgeBaseOpening opening, FirstAnswerGate gate, StoreCheckState state, ILogger<StoreCheckService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await opening.WaitForOpenAsync(stoppingToken).ConfigureAwait(false) is not { } knowledgeBase)
        {
            // The host's start fails on the open's exception (KnowledgeBaseOpening), before this service starts.
            state.Set("stopped");
            return;
        }
        try
        {
            // "pending" until then: the health report says the check has not begun rather than that it runs.
            await gate.Released.WaitAsync(stoppingToken).ConfigureAwait(false);
            state.Set("running");
            // A thread of its own: the read blocks on disk for seconds, and pool threads serve the first requests.
            var result = await Task.Factory.StartNew(() => knowledgeBase.VerifyStore(stoppingToken), stoppingToken,
                TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
            if (result.Damage is { } damage)
            {
                logger.LogCritical("Store check failed: {Problem}", damage.Message);
                state.Set("failed");
                return;
            }
            logger.LogInformation(
                "Store check passed: {Records} records in {Collections} collections read in {Seconds:F1} s ({Megabytes:F0} MB)",
                result.Records, result.Collections, result.Elapsed.TotalSeconds, result.Bytes / 1e6);
            state.Set("passed");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            state.Set("stopped");
        }
        catch (Exception ex)
        {
            // Not damage (that is a result), but the check could not finish: say so rather than stop the host.
            logger.LogError(ex, "Store check could not finish: {Error}", ex.Message);
            knowledgeBase.Health.AddProblem($"Không kiểm tra hết được kho dữ liệu: {ex.Message}");
            state.Set("failed");
        }
    }
}
