namespace PolicyKB.Search;

/// <summary>Maintenance of a knowledge base's local indexes.</summary>
public sealed partial class KnowledgeBase
{
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
}
