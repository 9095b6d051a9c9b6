using PolicyKB.Decoding;

namespace PolicyKB.Text;

/// <summary>Lines after repair, one for every decoded line and with the same numbers, plus what was done.</summary>
/// <param name="Lines">The repaired lines; furniture lines are present but empty.</param>
/// <param name="Notes">Notes for a reader: each guessed repair (glyph gaps) and a summary per step.</param>
public sealed record RepairedText(IReadOnlyList<SourceLine> Lines, IReadOnlyList<string> Notes)
{
    /// <summary>Repairs per step name ("glyph-gaps" → syllables restored, "gazette-furniture" → lines blanked…).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    /// <summary>Total number of repairs made by all steps (the sum of <see cref="Counts"/>).</summary>
    public int RepairCount => Counts.Values.Sum();
}
