namespace PolicyKB.Search.Indexing;

/// <summary>
/// Splits a long clause into the passages it is made of (its lines, and the sentences of long lines), so embedding
/// search can match a query against one task of a long section instead of the average of all of them: an averaged
/// vector of a 3,000-character "Nhiệm vụ" section is close to nothing in particular. Short clauses are one passage
/// and get no segments.
/// </summary>
public static class ClauseSegmenter
{
    /// <summary>Clauses shorter than this many characters are not segmented.</summary>
    public const int MinClauseLength = 320;

    /// <summary>Segments shorter than this are joined to the next one (a bullet's lead-in, a date).</summary>
    public const int MinSegmentLength = 60;

    /// <summary>Lines longer than this are split again at sentence ends.</summary>
    public const int MaxSegmentLength = 360;

    /// <summary>Most segments per clause (the rest of a very long clause is covered by its whole vector only).</summary>
    public const int MaxSegments = 16;

    /// <summary>The segments of <paramref name="text"/>; empty when it is short or does not split.</summary>
    public static IReadOnlyList<string> Segments(string text)
    {
        if (text.Length < MinClauseLength) return [];
        var pieces = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.Length <= MaxSegmentLength) pieces.Add(line);
            else pieces.AddRange(Sentences(line));
        }
        var segments = new List<string>();
        var pending = "";
        foreach (var piece in pieces)
        {
            pending = pending.Length == 0 ? piece : pending + " " + piece;
            if (pending.Length >= MinSegmentLength)
            {
                segments.Add(pending);
                pending = "";
            }
        }
        if (pending.Length > 0)
        {
            if (segments.Count > 0) segments[^1] += " " + pending;
            else segments.Add(pending);
        }
        return segments.Count < 2 ? [] : segments.Take(MaxSegments).ToList();
    }

    // Sentence ends of administrative prose: ". " and "; " followed by more text.
    private static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length - 1; i++)
        {
            if ((line[i] == '.' || line[i] == ';') && line[i + 1] == ' ' && i - start >= MinSegmentLength)
            {
                yield return line[start..(i + 1)].Trim();
                start = i + 2;
            }
        }
        if (start < line.Length) yield return line[start..].Trim();
    }
}
