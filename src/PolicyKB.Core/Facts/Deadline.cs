namespace PolicyKB.Facts;

/// <summary>
/// A deadline phrase normalised to a date range where the text allows ("trước ngày 30/6/2021" → ..2021-06-30,
/// "Quý II/2025" → 2025-04-01..2025-06-30); recurring phrases ("hằng năm", "thường xuyên") keep their kind and no range.
/// A phrase without a year keeps its text and no range: the year is never guessed.
/// </summary>
public sealed class Deadline
{
    /// <summary>The phrase as printed.</summary>
    public string Text { get; set; } = "";

    /// <summary>Start of the period (ISO date), when known.</summary>
    public string? From { get; set; }

    /// <summary>End of the period or the due date (ISO date), when known.</summary>
    public string? To { get; set; }

    /// <summary>"date", "period", "recurring" or "unknown" (printed but not resolvable, e.g. no year).</summary>
    public string Kind { get; set; } = "unknown";
}
