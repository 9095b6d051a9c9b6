using Lucene.Net.Index;

namespace PolicyKB.Search.Keyword;

/// <summary>Segment maintenance of the clause index: compaction, merging small segments, sizes.</summary>
public sealed partial class LuceneKeywordIndex
{
    /// <summary>
    /// Merges the index down to at most <paramref name="maxSegments"/> segments and commits. Every query pays per
    /// segment (term lookups, scorers, stored-field readers), so an index built by many small commits (a replica
    /// replaying uploads one by one) searches measurably slower than the same clauses in a few segments.
    /// </summary>
    public void Compact(int maxSegments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        lock (_writeLock)
        {
            Writer.ForceMerge(maxSegments);
            Writer.Commit();
            _dirty = true;
        }
    }

    /// <summary>Merged segments up to this size are written as one compound file.</summary>
    public const double CompoundSegmentMaxMB = 16;

    /// <summary>
    /// Merges every segment smaller than <paramref name="smallBytes"/> into one and commits; larger segments are left
    /// to the merge policy. Returns the segment counts before and after (equal when fewer than two were small).
    /// Searches go on meanwhile: no lock is held while Lucene merges (the writer takes documents and merges at once),
    /// only for the commit that follows; and a process that dies mid-merge loses nothing, since the merged segment
    /// only replaces the small ones in a commit, and files of an unfinished merge are deleted on the next open.
    /// </summary>
    public (int Before, int After) MergeSmallSegments(long smallBytes)
    {
        var sizes = SegmentSizes();
        var small = sizes.Count(s => s < smallBytes);
        if (small < 2) return (sizes.Count, sizes.Count);
        // A forced merge down to (large segments + 1) merges the smallest segments: the tiered policy merges a forced
        // merge's tail of segments sorted by size.
        Writer.ForceMerge(sizes.Count - small + 1);
        lock (_writeLock)
        {
            Writer.Commit();
            _dirty = true;
        }
        return (sizes.Count, SegmentCount);
    }

    /// <summary>The size in bytes of each segment the current searcher reads.</summary>
    public IReadOnlyList<long> SegmentSizes()
    {
        var searcher = Acquire();
        try { return searcher.IndexReader.Leaves.Select(l => ((SegmentReader)l.Reader).SegmentInfo.GetSizeInBytes()).ToList(); }
        finally { _searchers.Release(searcher); }
    }

    /// <summary>Bytes the index's files take on disk (or in memory for an in-memory index).</summary>
    public long SizeInBytes => _directory.ListAll().Sum(name =>
    {
        try { return _directory.FileLength(name); }
        catch (IOException) { return 0L; } // a file merged away between listing and measuring
    });

    /// <summary>The number of segments the current searcher reads.</summary>
    public int SegmentCount
    {
        get
        {
            var searcher = Acquire();
            try { return searcher.IndexReader.Leaves.Count; }
            finally { _searchers.Release(searcher); }
        }
    }
}
