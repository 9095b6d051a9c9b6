using LiteDB;

namespace PolicyKB.Storage;

/// <summary>
/// Opens a LiteDB file that another process owns, for reading only, without touching anything of the owner's: the data
/// file through a read-only stream, and an in-memory log. LiteDB's own read-only mode still opens the owner's log file
/// and deletes it when empty, pulling it from under the owner. The owner checkpoints after every change
/// (<see cref="LiteDbDocumentStore.Checkpoint"/>), so the data file holds everything committed.
/// </summary>
public static class LiteDbReadOnly
{
    /// <summary>Opens <paramref name="path"/> for reading; disposing the database closes the file.</summary>
    public static LiteDatabase Open(string path, BsonMapper mapper)
    {
        var data = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new OwningDatabase(data, mapper);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>A database that closes its data stream with it.</summary>
    private sealed class OwningDatabase(FileStream data, BsonMapper mapper) : LiteDatabase(data, mapper, new MemoryStream())
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) data.Dispose();
        }
    }
}
