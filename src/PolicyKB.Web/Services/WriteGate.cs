using Microsoft.AspNetCore.OutputCaching;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.Services;

/// <summary>
/// Lets one request at a time change the knowledge base: ingestion re-links citation targets and refreshes the
/// search caches after each file, and two uploads interleaving those steps would waste work and race on the index.
/// </summary>
public sealed class WriteGate(IOutputCacheStore cache) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private long _version;

    /// <summary>Incremented after every write, so read caches know when to refresh.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Runs <paramref name="write"/> alone, then empties the search cache.</summary>
    public async Task<T> RunAsync<T>(Func<T> write, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return write();
        }
        finally
        {
            Interlocked.Increment(ref _version);
            // Searches cached before the change would show removed documents or miss new ones.
            await cache.EvictByTagAsync(SearchCache.Tag, CancellationToken.None).ConfigureAwait(false);
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();
}
