using LiteDB;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Storage;

public sealed class LiteDbWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void A_failing_write_inside_a_batch_loses_only_itself()
    {
        using var db = new LiteDatabase(_dir.File("w.db"));
        var items = db.GetCollection("items");
        var writer = new LiteDbWriter(db);

        using (writer.BeginBatch())
        {
            writer.Write(() => items.Insert(new BsonDocument { ["_id"] = 1 }));
            Assert.Throws<InvalidOperationException>(() => writer.Write(() =>
            {
                items.Insert(new BsonDocument { ["_id"] = 2 });
                throw new InvalidOperationException("fails halfway");
            }));
            writer.Write(() => items.Insert(new BsonDocument { ["_id"] = 3 }));
        }

        Assert.Equal([1, 3], items.FindAll().Select(d => d["_id"].AsInt32).Order());
    }

    [Fact]
    public void A_batch_commits_many_writes_and_outside_a_batch_each_write_commits()
    {
        var path = _dir.File("w.db");
        using (var db = new LiteDatabase(path))
        {
            var writer = new LiteDbWriter(db);
            using (writer.BeginBatch())
            {
                for (var i = 0; i < LiteDbWriter.MaxBatchWrites * 2 + 5; i++) writer.Write(() => db.GetCollection("items").Insert(new BsonDocument()));
            }
            writer.Write(() => db.GetCollection("items").Insert(new BsonDocument()));
        }
        using var reopened = new LiteDatabase(path);
        Assert.Equal(LiteDbWriter.MaxBatchWrites * 2 + 6, reopened.GetCollection("items").Count());
    }

    [Fact]
    public void A_batch_leaves_writing_and_flushing_its_log_pages_to_LiteDBs_disk_writer_not_to_the_thread_that_commits()
    {
        // A thread with no synchronization context, as the CLI's: there .NET would run LiteDB's writer inline, and the
        // committing thread would write and flush the log page by page (the test runner's own context hides that).
        var log = new ThreadRecordingStream();
        var db = new LiteDatabase(new MemoryStream(), logStream: log);
        var committing = new Thread(() =>
        {
            var writer = new LiteDbWriter(db);
            using (writer.BeginBatch())
            {
                for (var i = 0; i < LiteDbWriter.MaxBatchWrites * 4; i++)
                {
                    writer.Write(() => db.GetCollection("items").Insert(new BsonDocument { ["text"] = new string('x', 3000) }));
                }
            }
        });
        committing.Start();
        committing.Join();
        db.Dispose();

        Assert.NotEmpty(log.WritingThreads);
        Assert.DoesNotContain(committing.ManagedThreadId, log.WritingThreads);
    }

    /// <summary>A log stream that records which threads write to it.</summary>
    private sealed class ThreadRecordingStream : MemoryStream
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _threads = new();

        public ICollection<int> WritingThreads => _threads.Keys;

        public override void Write(byte[] buffer, int offset, int count)
        {
            _threads[Environment.CurrentManagedThreadId] = true;
            base.Write(buffer, offset, count);
        }

        public override void Flush()
        {
            _threads[Environment.CurrentManagedThreadId] = true;
            base.Flush();
        }
    }

    public void Dispose() => _dir.Dispose();
}
