using Microsoft.Extensions.Options;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Holds background start-up work (the store check, the content folder's hashing and ingestion) until the host has
/// answered its first API request, or <see cref="ContentOptions.BackgroundStartDelaySeconds"/> have passed since the
/// host was built, whichever comes first. On a two-core machine the store check alone reads the whole store for
/// seconds: started at once, it competed with the first search for the cores and doubled its cold start.
/// </summary>
public sealed class FirstAnswerGate
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITimer? _timer;

    /// <summary>Starts the clock for the latest release.</summary>
    public FirstAnswerGate(IOptions<ContentOptions> options, TimeProvider clock)
    {
        _timer = clock.CreateTimer(_ => Release(), null, TimeSpan.FromSeconds(options.Value.BackgroundStartDelaySeconds), Timeout.InfiniteTimeSpan);
    }

    /// <summary>Completes when background work may begin.</summary>
    public Task Released => _released.Task;

    /// <summary>Lets background work begin (after the first answer, at the deadline, or when a test waits for it).</summary>
    public void Release()
    {
        // The timer may fire before the constructor has stored it (a zero delay): hence the null check.
        if (_released.TrySetResult()) _timer?.Dispose();
    }
}
