using PolicyKB.Search;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Opens the knowledge base on a thread of its own from the moment the host is built (<see cref="Begin"/>), so that
/// configuring the request pipeline and starting the host overlap the open (store, keyword index and vector file:
/// about a second at 124k clauses), and no thread-pool thread blocks on the disk meanwhile: on a two-core machine the
/// pool starts with two threads, and each one held by start-up work delays the first request by the pool's injection
/// delay. Registered as the first hosted service, it waits for the open in <see cref="StartAsync"/>, so the host
/// still starts only on an open knowledge base, and an open that fails (a damaged store, a folder owned by another
/// process) fails the start with its own exception before any other service has started.
/// </summary>
public sealed class KnowledgeBaseOpening(IServiceProvider services) : IHostedLifecycleService
{
    private readonly TaskCompletionSource<KnowledgeBase> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _begun;

    /// <summary>Completes with the open knowledge base, or faults with the reason it could not be opened.</summary>
    public Task<KnowledgeBase> Opened => _opened.Task;

    /// <summary>
    /// The open knowledge base for a background service, or null when the open failed (the host's start fails on that
    /// exception, before the service starts) or the host stopped first: either way the service has nothing to do.
    /// </summary>
    public async Task<KnowledgeBase?> WaitForOpenAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await Opened.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>Begins the open (once); the host calls it too, before any hosted service starts.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Begin();
        return Task.CompletedTask;
    }

    /// <summary>Waits for the open: its failure fails the start, before any later hosted service has started.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Begin();
        return Opened.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Begins the open on a thread of its own, once; later calls do nothing.</summary>
    public void Begin()
    {
        if (Interlocked.Exchange(ref _begun, 1) == 1) return;
        // A thread of its own: opening blocks on disk for a second, which would hold one of the few pool threads
        // that Kestrel needs to accept the first connection.
        var thread = new Thread(() =>
        {
            try
            {
                _opened.TrySetResult(services.GetRequiredService<KnowledgeBase>());
            }
            catch (Exception ex)
            {
                _opened.TrySetException(ex);
            }
        })
        { IsBackground = true, Name = "PolicyKB open" };
        thread.Start();
    }
}
