using System.Diagnostics;
using LiteDB;

namespace PolicyKB.Storage;

/// <summary>
/// Tells a damaged store from a sound one. On open (<see cref="Open"/>): the file check of
/// <see cref="LiteDbFileCheck"/>, then LiteDB's own open, which reads the header and (in
/// <see cref="LiteDbDocumentStore"/>) every citation record, then every document record; any failure becomes a <see cref="StoreDamagedException"/> naming the file.
/// Measured on a store of the first 200 files of shared/train (55 MB, 6,797 pages): the file check takes a few
/// milliseconds, reading every record (<see cref="Scan"/>) 0.6–0.8 s, most of it the clause trees; so the full read
/// is left to callers that can afford it (the web host runs it in the background after start).
/// </summary>
public static class StoreIntegrity
{
    /// <summary>Opens the store at <paramref name="databasePath"/>, refusing a damaged or empty file.</summary>
    /// <exception cref="StoreDamagedException">The file is empty, cut short, overwritten or unreadable.</exception>
    public static LiteDbDocumentStore Open(string databasePath)
    {
        // The constructor does the file check and reads the citation records.
        var store = new LiteDbDocumentStore(databasePath);
        try
        {
            // Document records are small (6 ms for 200); every page lists them, so they must all read.
            _ = store.ListDocuments();
            return store;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            store.Dispose();
            throw Damaged(store.DatabasePath, ex);
        }
    }

    /// <summary>
    /// Reads every record of every collection of <paramref name="db"/> once, stopping at the first that cannot be
    /// read. Bytes overwritten inside a record are only found this way: LiteDB 5 pages have no checksum.
    /// </summary>
    public static StoreScanResult Scan(LiteDatabase db, string databasePath, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var bytes = File.Exists(databasePath) ? new FileInfo(databasePath).Length : 0;
        var records = 0L;
        var collections = 0;
        var current = "";
        try
        {
            foreach (var name in db.GetCollectionNames().Order(StringComparer.Ordinal).ToList())
            {
                current = name;
                collections++;
                foreach (var _ in db.GetCollection(name).FindAll())
                {
                    records++;
                    if ((records & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
                }
            }
            return new StoreScanResult(collections, records, bytes, clock.Elapsed, null);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            var damage = new StoreDamagedException(databasePath, $"không đọc được bản ghi trong bảng '{current}' sau {records} bản ghi đọc được ({ex.Message})", ex);
            return new StoreScanResult(collections, records, bytes, clock.Elapsed, damage);
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/>, thrown while reading a LiteDB file, means the file is damaged: LiteDB's
    /// own errors (bar a lock wait) and what garbage bytes make the BSON reader throw (bad UTF-8, impossible dates,
    /// lengths past the end). A file locked by another process or unreadable for lack of permission is not damage.
    /// </summary>
    public static bool IsDamage(Exception exception) => exception switch
    {
        LiteException lite => lite.ErrorCode is not (LiteException.LOCK_TIMEOUT or LiteException.ALREADY_OPEN_DATAFILE),
        EndOfStreamException or InvalidDataException => true,
        IOException or UnauthorizedAccessException or OperationCanceledException => false,
        ArgumentException or IndexOutOfRangeException or InvalidCastException or OverflowException or FormatException => true,
        _ => false,
    };

    /// <summary>The exception for damage met while reading <paramref name="databasePath"/>.</summary>
    public static StoreDamagedException Damaged(string databasePath, Exception cause) =>
        cause as StoreDamagedException ?? new StoreDamagedException(databasePath, $"LiteDB không đọc được tệp ({cause.Message})", cause);
}
