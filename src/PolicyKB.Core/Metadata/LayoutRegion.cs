namespace PolicyKB.Metadata;

/// <summary>A run of lines of one kind.</summary>
/// <param name="Kind">What the lines are.</param>
/// <param name="Start">Index of the first line in the analysed list.</param>
/// <param name="End">Index one past the last line (exclusive).</param>
public sealed record LayoutRegion(LayoutRegionKind Kind, int Start, int End)
{
    /// <summary>
    /// For an attachment header, the attached document's type ("Kế hoạch", "Quy định"); for a body that
    /// follows a trailer and opens with an appendix heading, "Phụ lục". Null otherwise.
    /// </summary>
    public string? Type { get; init; }

    /// <summary>Title of the attached document or appendix, as printed (sentence case when printed in capitals).</summary>
    public string? Title { get; init; }

    /// <summary>Appendix number ("02", "I") when the region opens with "PHỤ LỤC 02".</summary>
    public string? Number { get; init; }

    /// <summary>Number of lines in the region.</summary>
    public int Length => End - Start;
}
