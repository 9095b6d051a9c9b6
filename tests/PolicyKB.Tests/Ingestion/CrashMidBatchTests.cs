using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ingestion;

/// <summary>
/// Bulk ingestion groups many documents into one store transaction. A process that dies half-way through a batch leaves
/// the data folder as its files are at that moment: reopened, it holds every document of the commits before, each whole,
/// none of the uncommitted ones, and indexes that agree with the store.
/// </summary>
public sealed class CrashMidBatchTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _afterCrash = new();

    [Fact]
    public void A_data_folder_as_it_is_mid_batch_reopens_with_the_committed_documents_whole_and_indexed()
    {
        var sample = File.ReadAllText(Path.Combine(SharedData.ContentDirectory, "ha-tinh-2021-thi-dua-nganh-y-te.txt"));
        var files = Enumerable.Range(1, LiteDbWriter.MaxBatchWrites + 8)
            .Select(i =>
            {
                var path = _files.File($"van-ban-{i:D3}.txt");
                File.WriteAllText(path, sample + $"\n\nPhụ lục {i}: danh sách đơn vị số {i}.\n");
                return path;
            })
            .ToList();

        using (var kb = KnowledgeBase.Open(_data.Path))
        {
            using (kb.BeginBatch())
            {
                foreach (var file in files) Assert.NotEqual(PolicyKB.Ingestion.IngestionStatus.Failed, kb.Pipeline.Ingest(file).Status);
                // The process "dies" here: the batch's last writes are not committed and the keyword index not committed.
                // LiteDB hands committed pages to a background disk writer; a crash keeps what that writer has written,
                // so wait for it first — otherwise the copy races the writer (CI once read 0 of 32 committed documents
                // with a "folder stopped growing for 250 ms" wait: under load the writer sat idle longer than that).
                LiteDbDiskQueue.WaitUntilWritten((LiteDbDocumentStore)kb.Store);
                CopyAsItIs(_data.Path, _afterCrash.Path);
            }
        }

        using var reopened = KnowledgeBase.Open(_afterCrash.Path);
        var documents = reopened.Store.ListDocuments();
        Assert.Equal(LiteDbWriter.MaxBatchWrites, documents.Count);
        Assert.All(documents, d => Assert.Equal(d.ClauseCount, reopened.Store.GetClauses(d.Id).Count));
        Assert.Equal(documents.Sum(d => d.ClauseCount), reopened.Keyword.ClauseCount);
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), reopened.Keyword.IndexedDocuments().Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>Copies the folder's files byte for byte while their owner still has them open (what a crash leaves on disk).</summary>
    private static void CopyAsItIs(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            // The owner record and lock belong to the living process, not to what is on disk.
            if (name is "owner.json" or "policykb.lock" or "write.lock") continue;
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = File.Create(target);
            source.CopyTo(copy);
        }
    }

    public void Dispose()
    {
        _files.Dispose();
        _data.Dispose();
        _afterCrash.Dispose();
    }
}
