using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>
/// Documents buffered past the flush-ahead size are written out as a segment on a background thread while indexing goes
/// on, so a batch's commit only writes what came after. Nothing else changes: the same clauses are found, nothing is
/// committed before the commit, and a process that dies first leaves the index as its last commit.
/// </summary>
public sealed class FlushAheadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Documents_buffered_past_the_flush_ahead_size_are_written_out_before_the_commit()
    {
        using var index = new LuceneKeywordIndex(_dir.File("index")) { FlushAheadBytes = 1 };
        using var unflushed = new LuceneKeywordIndex(null) { FlushAheadBytes = long.MaxValue };

        index.Index(Plan(0), PlanClauses(0), []);
        unflushed.Index(Plan(0), PlanClauses(0), []);
        index.WaitForFlushAhead();

        // What is left in memory is the document's buffered deletion of its earlier version, not its clauses.
        Assert.True(index.BufferedBytes * 10 < unflushed.BufferedBytes, $"{index.BufferedBytes} of {unflushed.BufferedBytes} bytes still buffered");
        // Written as a segment's files, which no commit names yet.
        using var directory = FSDirectory.Open(_dir.File("index"));
        Assert.Contains(directory.ListAll(), f => f.StartsWith("_0", StringComparison.Ordinal));
        Assert.DoesNotContain(DirectoryReader.ListCommits(directory).Single().FileNames, f => f.StartsWith("_0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_batch_flushed_ahead_finds_the_same_clauses_as_one_written_by_its_commit()
    {
        using var flushedAhead = new LuceneKeywordIndex(_dir.File("ahead")) { FlushAheadBytes = 1 };
        using var atCommit = new LuceneKeywordIndex(_dir.File("commit"));

        foreach (var index in new[] { flushedAhead, atCommit })
        {
            // Waiting for each background flush makes the segments certain: on a loaded machine the commit could
            // otherwise come before any flush and write the whole batch as one segment, testing nothing.
            for (var i = 0; i < 6; i++)
            {
                index.Index(Plan(i), PlanClauses(i), []);
                index.WaitForFlushAhead();
            }
            // The same document again replaces its version already flushed to a segment.
            index.Index(Plan(2), PlanClauses(2).Take(1).ToList(), []);
            index.Commit();
        }

        Assert.True(flushedAhead.SegmentCount > 1);
        Assert.Equal(1, atCommit.SegmentCount);
        Assert.Equal(atCommit.ClauseCount, flushedAhead.ClauseCount);
        var query = new KeywordQueryBuilder(SynonymTable.Empty).Build(QueryTermsParser.Parse("bảo hiểm y tế"))!;
        Assert.Equal(Ids(atCommit.Search(query, new SearchFilters(), 50)), Ids(flushedAhead.Search(query, new SearchFilters(), 50)));
    }

    [Fact]
    public void Documents_flushed_ahead_but_not_committed_are_not_in_the_index_a_crash_leaves()
    {
        var live = _dir.File("live");
        var crashed = _dir.File("crashed");
        using (var index = new LuceneKeywordIndex(live) { FlushAheadBytes = 1 })
        {
            index.Index(Plan(0), PlanClauses(0), []);
            index.Commit();
            index.Index(Plan(1), PlanClauses(1), []);
            index.WaitForFlushAhead();
            // The process "dies" here: the second document's segment is on disk, but no commit names it.
            System.IO.Directory.CreateDirectory(crashed);
            foreach (var file in System.IO.Directory.EnumerateFiles(live).Where(f => Path.GetFileName(f) != "write.lock"))
            {
                File.Copy(file, Path.Combine(crashed, Path.GetFileName(file)));
            }
        }

        using var reopened = new LuceneKeywordIndex(crashed);
        Assert.Equal(["kh-0"], reopened.IndexedDocuments().Keys);
        Assert.Equal(PlanClauses(0).Count, reopened.ClauseCount);
    }

    private static List<string> Ids(IReadOnlyList<KeywordHit> hits) => hits.Select(h => h.ClauseId).Order(StringComparer.Ordinal).ToList();

    private static PolicyDocument Plan(int copy) => new()
    {
        Id = $"kh-{copy}", Source = $"kh-{copy}.txt", ContentHash = $"h-{copy}",
        Metadata = new DocumentMetadata { Type = "Kế hoạch", Number = $"{copy}/KH-UBND", Title = "Triển khai bảo hiểm y tế toàn dân", Issuer = "UBND tỉnh Hà Tĩnh" },
    };

    private static IReadOnlyList<Clause> PlanClauses(int copy) =>
    [
        new() { Id = $"kh-{copy}/I", DocumentId = $"kh-{copy}", Label = "I", Heading = "MỤC ĐÍCH, YÊU CẦU", Kind = ClauseKind.Section, Text = "I. MỤC ĐÍCH, YÊU CẦU" },
        new() { Id = $"kh-{copy}/I.1", DocumentId = $"kh-{copy}", Label = "1", Path = ["I"], Kind = ClauseKind.Item,
            Text = $"1. Bảo đảm tỷ lệ bao phủ bảo hiểm y tế đạt {90 + copy}% dân số; căn cứ Quyết định số 281/QĐ-TTg" },
    ];

    public void Dispose() => _dir.Dispose();
}
