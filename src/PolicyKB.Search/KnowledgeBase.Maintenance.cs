namespace PolicyKB.Search;

/// <summary>Maintenance of a knowledge base's local indexes.</summary>
public sealed partial class KnowledgeBase
{
    /// <summary>Documents written at once from which a bulk write ends by merging the keyword index.</summary>
    public const int BulkWriteDocuments = 20;

    /// <summary>
    /// Keyword indexes up to this size are merged into one segment after a bulk write; above it Lucene's own tiered
    /// merging is left alone, because rewriting a very large index for every bulk load would cost more than it earns.
    /// </summary>
    public const long CompactAfterBulkWriteMaxBytes = 2L << 30;

    /// <summary>
    /// Keyword index segments below this size count as small: after an upload or a correction, they are merged into
    /// one in the background (<see cref="WhenIndexMerged"/>). Each write leaves a segment
    /// of its own (about a dozen files), and the tiered merge policy lets ten of them pile up before it merges, while
    /// every query pays per segment. Capping what is rewritten at a few megabytes keeps each merge short. Not yet after a
    /// replica's page of changes: with it, ReplicaFollowerTests' readiness check failed 2 runs in 4 (0 in 5 without);
    /// a node's replica segments are merged by its next upload.
    /// </summary>
    public const long SmallSegmentBytes = 4L << 20;

    /// <summary>Completes once the background merges of small keyword segments asked for so far have run.</summary>
    public Task WhenIndexMerged() => _merges?.WhenIdle() ?? Task.CompletedTask;

    /// <summary>Background merges of small segments that failed (each left the index as it was), and the last error.</summary>
    public (int Failures, Exception? LastError) IndexMergeFailures => _merges is null ? (0, null) : (_merges.Failures, _merges.LastError);

    /// <summary>
    /// Merges the keyword index down to at most <paramref name="maxSegments"/> segments (after a bulk ingest or a
    /// replica built by replaying many small changes) and returns the segment counts before and after.
    /// </summary>
    public (int Before, int After) CompactIndex(int maxSegments)
    {
        RequireWritable();
        var before = _keyword.SegmentCount;
        _keyword.Compact(maxSegments);
        return (before, _keyword.SegmentCount);
    }

    /// <summary>
    /// After <paramref name="documentsWritten"/> documents were written at once (a bulk ingest, a replica build), merges
    /// the keyword index into one segment when it is split and not larger than <see cref="CompactAfterBulkWriteMaxBytes"/>.
    /// Measured at 123k clauses: four segments → one took 3.4 s and lifted keyword throughput from 1.75× to 2.17× FTS5's.
    /// Returns the segment counts when it merged, otherwise null.
    /// </summary>
    public (int Before, int After)? CompactAfterBulkWrite(int documentsWritten)
    {
        if (IsReadOnly || documentsWritten < BulkWriteDocuments || _keyword.SegmentCount <= 1) return null;
        if (_keyword.SizeInBytes > CompactAfterBulkWriteMaxBytes) return null;
        return CompactIndex(1);
    }

    /// <summary>Asks for the small keyword segments to be merged in the background; returns at once.</summary>
    private void MergeSmallSegmentsSoon() => _merges?.Request();
}
