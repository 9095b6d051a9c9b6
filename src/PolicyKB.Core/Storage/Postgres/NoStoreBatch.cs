namespace PolicyKB.Storage.Postgres;

/// <summary>
/// The batch <see cref="PostgresDocumentStore.BeginBatch"/> hands out: nothing to flush on dispose, because every
/// PostgreSQL write is already its own committed transaction.
/// </summary>
internal sealed class NoStoreBatch : IDisposable
{
    /// <summary>The one instance; it holds no state.</summary>
    public static readonly NoStoreBatch Instance = new();

    private NoStoreBatch()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
