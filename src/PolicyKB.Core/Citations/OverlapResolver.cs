namespace PolicyKB.Citations;

/// <summary>
/// Settles overlapping candidates: the longest span wins, then the earlier rule, then the earlier start. A nested
/// candidate (<see cref="CitationCandidate.Nested"/>) is kept only when it lies inside an accepted span and starts where
/// no other accepted citation starts; it is the one overlap allowed.
/// </summary>
internal static class OverlapResolver
{
    /// <summary>Candidates sorted by start (longer first at one start), overlapping only where nested.</summary>
    public static List<CitationCandidate> Resolve(List<CitationCandidate> candidates)
    {
        // Most clauses have no candidate or one: nothing to settle, and the sorting below would cost more than the rules.
        if (candidates.Count <= 1) return candidates.Count == 1 && candidates[0] is { Length: > 0, Nested: false } only ? [only] : [];
        var accepted = new List<CitationCandidate>(candidates.Count);
        var starts = new List<int>(candidates.Count);
        foreach (var c in candidates.Where(c => c.Length > 0 && !c.Nested)
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
        var nested = candidates
            .Where(n => n.Length > 0 && n.Nested && starts.BinarySearch(n.Start) < 0
                && accepted.Any(a => a.Start <= n.Start && n.End <= a.End))
            .DistinctBy(n => n.Start)
            .ToList();
        if (nested.Count == 0) return accepted;
        return accepted.Concat(nested).OrderBy(c => c.Start).ThenByDescending(c => c.Length).ToList();
    }
}
