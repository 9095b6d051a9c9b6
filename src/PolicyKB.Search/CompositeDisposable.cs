namespace PolicyKB.Search;

/// <summary>Disposes several resources in reverse order.</summary>
internal sealed class CompositeDisposable(params IDisposable?[] items) : IDisposable
{
    public void Dispose()
    {
        for (var i = items.Length - 1; i >= 0; i--) items[i]?.Dispose();
    }
}
