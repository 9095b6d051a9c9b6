using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Ingestion;

/// <summary>
/// A batch prepares the next file on a second thread while the one before is saved and indexed, and still ends as
/// ingesting the files one by one would: the same documents, ids and notes, each stored whole, a failing file lost alone.
/// </summary>
public sealed class OverlappedBatchTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly TempDirectory _data = new();

    [Fact]
    public void The_next_file_is_prepared_while_the_one_before_is_written()
    {
        using var store = new LiteDbDocumentStore(_data.File("kb.db"));
        var nextStarted = new ManualResetEventSlim();
        var sawOverlap = false;
        var ahead = new ProbeStep(context => { if (context.FileName == "2.txt") nextStarted.Set(); });
        var written = new ProbeStep(context =>
        {
            // The first file's write waits for the second file's preparation: only an overlapped batch gets past it at once.
            if (context.FileName == "1.txt") sawOverlap = nextStarted.Wait(TimeSpan.FromSeconds(30));
        });
        var pipeline = Pipeline(store, ahead, written);

        var results = IngestBatch(store, pipeline, Plans(3));

        Assert.True(sawOverlap);
        Assert.All(results, r => Assert.Equal(IngestionStatus.Stored, r.Status));
    }

    [Fact]
    public void The_preparing_thread_gets_several_files_ahead_of_a_slow_write()
    {
        using var store = new LiteDbDocumentStore(_data.File("kb.db"));
        var prepared = 0;
        var reached = false;
        var heldAt = 0;
        var ahead = new ProbeStep(_ => Interlocked.Increment(ref prepared));
        var written = new ProbeStep(context =>
        {
            if (context.FileName != "1.txt") return;
            // While the first file is written, three files wait and a fourth is prepared, waiting for a place.
            reached = SpinWait.SpinUntil(() => Volatile.Read(ref prepared) >= 5, TimeSpan.FromSeconds(20));
            Thread.Sleep(200);
            heldAt = Volatile.Read(ref prepared);
        });
        var pipeline = Pipeline(store, ahead, written, new IngestionOptions { RunAheadFiles = 3 });

        var results = IngestBatch(store, pipeline, Plans(8));

        Assert.True(reached);
        Assert.Equal(5, heldAt);
        Assert.All(results, r => Assert.Equal(IngestionStatus.Stored, r.Status));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), store.ListDocuments().Select(d => d.Id));
    }

    [Fact]
    public void Files_beyond_the_run_ahead_byte_budget_wait_one_at_a_time()
    {
        using var store = new LiteDbDocumentStore(_data.File("kb.db"));
        var prepared = 0;
        var heldAt = 0;
        var ahead = new ProbeStep(_ => Interlocked.Increment(ref prepared));
        var written = new ProbeStep(context =>
        {
            if (context.FileName != "1.txt") return;
            SpinWait.SpinUntil(() => Volatile.Read(ref prepared) >= 3, TimeSpan.FromSeconds(20));
            Thread.Sleep(200);
            heldAt = Volatile.Read(ref prepared);
        });
        var pipeline = Pipeline(store, ahead, written, new IngestionOptions { RunAheadFiles = 8, RunAheadMegabytes = 0 });

        var results = IngestBatch(store, pipeline, Plans(6));

        // The first file in hand, one waiting, one prepared and held back by the budget.
        Assert.Equal(3, heldAt);
        Assert.All(results, r => Assert.Equal(IngestionStatus.Stored, r.Status));
    }

    [Fact]
    public void A_failing_file_in_the_middle_of_a_batch_is_reported_alone_and_the_files_around_it_are_stored_whole()
    {
        var files = Plans(6);
        File.Delete(files[2]);
        files[2] = Write("3.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8 });

        using var kb = KnowledgeBase.Open(_data.Path);
        var results = kb.Ingest([_files.Path]);

        Assert.Equal(["1.txt", "2.txt", "3.docx", "4.txt", "5.txt", "6.txt"], results.Select(r => r.FileName));
        Assert.Equal([IngestionStatus.Stored, IngestionStatus.Stored, IngestionStatus.Failed, IngestionStatus.Stored, IngestionStatus.Stored, IngestionStatus.Stored],
            results.Select(r => r.Status));
        Assert.StartsWith("decode:", results[2].Error);
        var documents = kb.Store.ListDocuments();
        Assert.Equal(["1", "2", "4", "5", "6"], documents.Select(d => d.Id));
        Assert.All(documents, d => Assert.Equal(d.ClauseCount, kb.Store.GetClauses(d.Id).Count));
        Assert.Equal(documents.Select(d => d.Id), kb.Keyword.IndexedDocuments().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(documents.Sum(d => d.ClauseCount), kb.Keyword.ClauseCount);
    }

    [Fact]
    public void Same_bytes_names_and_files_repeated_in_one_batch_get_the_identities_they_get_one_by_one()
    {
        var first = Write("a/ke-hoach-36.txt", Uploads.Plan("36-KH/UBND"));
        string[] files =
        [
            first,
            Write("b/ke-hoach-36.txt", Uploads.Plan("37-KH/UBND")),
            Write("c/KE HOACH 36.txt", Uploads.Plan("38-KH/UBND")),
            Write("d/ban-sao.txt", Uploads.Plan("36-KH/UBND")),
            first,
        ];

        var overlapped = IngestAll(_data.Path, files, overlap: true);
        using var oneByOne = new TempDirectory();
        var sequential = IngestAll(oneByOne.Path, files, overlap: false);

        Assert.Equal(sequential, overlapped);
        Assert.Equal(["ke-hoach-36", "ke-hoach-36-2", "ke-hoach-36-3", "ke-hoach-36", "ke-hoach-36"], overlapped.Select(r => r.Id));
        Assert.Equal([IngestionStatus.Stored, IngestionStatus.Stored, IngestionStatus.Stored, IngestionStatus.Unchanged, IngestionStatus.Unchanged],
            overlapped.Select(r => r.Status));
    }

    [Fact]
    public void An_error_that_ends_the_batch_surfaces_in_its_turn_after_the_files_before_it_are_written()
    {
        using var store = new LiteDbDocumentStore(_data.File("kb.db"));
        var ahead = new ProbeStep(context =>
        {
            if (context.FileName == "3.txt") throw new StoreUnavailableException(new TimeoutException("thử"));
        });
        var pipeline = Pipeline(store, ahead, new ProbeStep(_ => { }));

        Assert.Throws<StoreUnavailableException>(() => IngestBatch(store, pipeline, Plans(5)));

        Assert.Equal(["1", "2"], store.ListDocuments().Select(d => d.Id));
    }

    [Fact]
    public void A_slice_ended_by_its_budget_writes_nothing_of_the_file_prepared_ahead()
    {
        var files = Plans(4);
        using var kb = KnowledgeBase.Open(_data.Path);

        var slice = kb.IngestSlice(files, TimeSpan.Zero);
        Assert.Equal(["1"], kb.Store.ListDocuments().Select(d => d.Id));
        var rest = kb.IngestSlice(files.Skip(slice.Count), TimeSpan.FromMinutes(5));

        Assert.Single(slice);
        Assert.Equal(3, rest.Count);
        Assert.Equal(["1", "2", "3", "4"], kb.Store.ListDocuments().Select(d => d.Id));
    }

    private static IngestionPipeline Pipeline(IDocumentStore store, IRunAheadStep ahead, IIngestionStep afterSave, IngestionOptions? options = null) =>
        new([ahead, .. IngestionPipelineFactory.CreateDefault(store, afterSave: [afterSave]).Steps], options ?? new IngestionOptions());

    private static IReadOnlyList<IngestionResult> IngestBatch(IDocumentStore store, IngestionPipeline pipeline, IEnumerable<string> files)
    {
        using (store.BeginBatch())
        {
            return pipeline.IngestAll(files.Select(f => (f, Path.GetFileName(f))).ToList(), IngestRequest.FromDisk);
        }
    }

    private static List<(string File, string Id, IngestionStatus Status, string? Note)> IngestAll(string data, IEnumerable<string> files, bool overlap)
    {
        using var kb = KnowledgeBase.Open(data, new IngestionOptions { OverlapFiles = overlap });
        return kb.Ingest(files).Select(r => (r.FileName, r.DocumentId, r.Status, r.Note)).ToList();
    }

    private List<string> Plans(int count) =>
        Enumerable.Range(1, count).Select(i => Write($"{i}.txt", Uploads.Plan($"{i}-KH/UBND"))).ToList();

    private string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] content)
    {
        var path = _files.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        _files.Dispose();
        _data.Dispose();
    }

    /// <summary>A step that runs <paramref name="action"/> on each file and changes nothing.</summary>
    private sealed class ProbeStep(Action<IngestionContext> action) : IRunAheadStep
    {
        public string Name => "probe";

        public StepOutcome Execute(IngestionContext context)
        {
            action(context);
            return StepOutcome.Continue;
        }
    }
}
