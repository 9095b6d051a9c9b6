using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Search;

/// <summary>
/// Every upload leaves a small keyword segment of its own (about a dozen files) and every query pays per segment: the
/// small ones are merged in the background after each upload, so the index stays in few segments and few files.
/// </summary>
public sealed class SegmentMergeTests : IDisposable
{
    private const int UploadCount = 12;

    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Many_uploads_leave_the_index_in_few_segments_and_files_with_every_document_searchable()
    {
        using var kb = KnowledgeBase.Open(_dir.File("data"));
        var index = (LuceneKeywordIndex)kb.Keyword;
        var uploaded = 0;

        for (var round = 0; round < UploadCount; round++)
        {
            // Every third upload carries several files, the rest one each (the admin upload API takes either).
            var files = Enumerable.Range(0, round % 3 == 0 ? 4 : 1).Select(_ => Upload(++uploaded)).ToList();
            kb.IngestUploads(files);
            await kb.WhenIndexMerged().WaitAsync(TimeSpan.FromMinutes(1));

            Assert.InRange(index.SegmentCount, 1, 2);
            Assert.InRange(Directory.GetFiles(_dir.File("data/index")).Length, 1, 20);
        }

        Assert.Equal(uploaded, index.IndexedDocuments().Count);
        Assert.Equal((0, null), kb.IndexMergeFailures);
    }

    [Fact]
    public void Merging_small_segments_leaves_large_ones_alone_and_keeps_every_clause()
    {
        using var index = new LuceneKeywordIndex(_dir.File("index"));
        using var store = new PolicyKB.Storage.LiteDbDocumentStore(_dir.File("kb.db"));
        var pipeline = PolicyKB.Ingestion.IngestionPipelineFactory.CreateDefault(store, afterSave: [new PolicyKB.Search.Indexing.IndexKeywordsStep(index)]);
        // One segment of four documents, then four of one document each.
        for (var n = 1; n <= 8; n++)
        {
            var (path, name) = Upload(n);
            pipeline.Ingest(path, name);
            if (n >= 4) index.Commit();
        }
        var clauses = index.ClauseCount;
        var sizes = index.SegmentSizes().Order().ToList();

        // Everything but the largest segment counts as small here.
        var (before, after) = index.MergeSmallSegments(sizes[^1]);

        Assert.Equal((5, 2), (before, after));
        Assert.Contains(sizes[^1], index.SegmentSizes());
        Assert.Equal(clauses, index.ClauseCount);
    }

    [Fact]
    public void A_process_that_dies_after_the_merge_wrote_its_segment_but_before_the_commit_reopens_with_every_clause()
    {
        var live = _dir.File("live");
        var crashed = _dir.File("crashed");
        int clauses, documents;
        using (var index = new LuceneKeywordIndex(live))
        {
            IndexSmallSegments(index, 6);
            (clauses, documents) = (index.ClauseCount, index.IndexedDocuments().Count);
            CopyFolder(live, crashed);
            var beforeMerge = Names(live);

            Assert.Equal((6, 1), index.MergeSmallSegments(KnowledgeBase.SmallSegmentBytes));

            // The disk as a death just before the commit leaves it: the last commit, plus the merged segment's files.
            var merged = Names(live).Except(beforeMerge).Where(n => !n.StartsWith("segments", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(merged);
            foreach (var name in merged) File.Copy(Path.Combine(live, name), Path.Combine(crashed, name));
        }

        using var reopened = new LuceneKeywordIndex(crashed);

        Assert.Equal((clauses, documents), (reopened.ClauseCount, reopened.IndexedDocuments().Count));
        Assert.Equal(6, reopened.SegmentCount);
        Assert.Equal((6, 1), reopened.MergeSmallSegments(KnowledgeBase.SmallSegmentBytes));
        Assert.Equal(clauses, reopened.ClauseCount);
    }

    public void Dispose() => _dir.Dispose();

    private static HashSet<string> Names(string folder) => Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => Path.GetFileName(f) != "write.lock")) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private void IndexSmallSegments(LuceneKeywordIndex index, int count)
    {
        using var store = new PolicyKB.Storage.LiteDbDocumentStore(_dir.File("kb.db"));
        var pipeline = PolicyKB.Ingestion.IngestionPipelineFactory.CreateDefault(store, afterSave: [new PolicyKB.Search.Indexing.IndexKeywordsStep(index)]);
        for (var n = 1; n <= count; n++)
        {
            var (path, name) = Upload(n);
            pipeline.Ingest(path, name);
            index.Commit();
        }
    }

    private (string Path, string FileName) Upload(int n)
    {
        var path = _dir.File($"uploads/ke-hoach-{n}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Uploads.Plan($"{n}-KH/UBND") + $"\n3. Nhiệm vụ riêng của kế hoạch số {n} về y tế cơ sở.");
        return (path, Path.GetFileName(path));
    }
}
