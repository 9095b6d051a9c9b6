using System.Reflection;
using LiteDB;
using PolicyKB.Storage;

namespace PolicyKB.Tests.Support;

/// <summary>
/// Waits until LiteDB has written its committed pages to disk. LiteDB 5 returns from a commit once the pages are
/// queued for its background log writer; a test that copies the data folder "as a crash leaves it" must wait for that
/// writer, or it copies a log without the commits (under load the writer can sit idle for longer than any
/// "the folder stopped growing" heuristic waits). LiteDB exposes no public wait, so this reaches the engine's own
/// <c>DiskWriterQueue.Wait</c>; a LiteDB upgrade that renames these fields fails here, loudly, not silently.
/// </summary>
public static class LiteDbDiskQueue
{
    /// <summary>Blocks until every page <paramref name="store"/> has committed is in its log file.</summary>
    public static void WaitUntilWritten(LiteDbDocumentStore store)
    {
        var db = (LiteDatabase)Field(store, "_db");
        var engine = Field(db, "_engine");
        var disk = Field(engine, "_disk");
        var lazyQueue = Field(disk, "_queue");
        var isCreated = (bool)lazyQueue.GetType().GetProperty("IsValueCreated")!.GetValue(lazyQueue)!;
        if (!isCreated) return; // nothing was ever queued
        var queue = lazyQueue.GetType().GetProperty("Value")!.GetValue(lazyQueue)!;
        var wait = queue.GetType().GetMethod("Wait", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new MissingMethodException(queue.GetType().FullName, "Wait");
        wait.Invoke(queue, null);
    }

    private static object Field(object owner, string name)
    {
        var field = owner.GetType().GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new MissingFieldException(owner.GetType().FullName, name);
        return field.GetValue(owner) ?? throw new InvalidOperationException($"{owner.GetType().Name}.{name} is null");
    }
}
