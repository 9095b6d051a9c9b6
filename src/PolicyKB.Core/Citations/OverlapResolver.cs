namespace PolicyKB.Citations;

/// <summary>Settles overlapping candidates: the longest span wins, then the earlier rule, then the earlier start.</summary>
internal static class OverlapResolver
{
    /// <summary>Non-overlapping candidates sorted by start.</summary>
    public static List<CitationCandidate> Resolve(List<CitationCandidate> candidates)
    {
        var accepted = new List<CitationCandidate>(candidates.Count);
        var starts = new List<int>(candidates.Count);
        foreach (var c in candidates.Where(c => c.Length > 0)
                     .OrderByDescending(c => c.Length).ThenBy(c => c.Priority).ThenBy(c => c.Start))
        {
            var at = starts.BinarySearch(c.Start);
            if (at < 0) at = ~at;
            else continue; // same start already taken by a longer or preferred span
            if (at > 0 && accepted[at - 1].End > c.Start) continue;
            if (at < accepted.Count && accepted[at].Start < c.End) continue;
            accepted.Insert(at, c);
            starts.Insert(at, c.Start);
        }
        return accepted;
    }
}
