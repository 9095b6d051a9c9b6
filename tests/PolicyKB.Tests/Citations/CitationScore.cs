using System.Globalization;

namespace PolicyKB.Tests.Citations;

/// <summary>
/// Precision and recall of citations against the gold set. A gold citation is found when the extractor gives its key
/// on a span whose lines include the gold line; an extracted citation (distinct by lines and key) is right when it
/// matches a gold one. Counts are per distinct (line, key), so a key printed twice on one line counts once.
/// </summary>
public sealed class CitationScore
{
    /// <summary>Extracted citations that match a gold one.</summary>
    public int TruePositives { get; set; }

    /// <summary>Extracted citations with no gold counterpart.</summary>
    public int FalsePositives { get; set; }

    /// <summary>Gold citations found.</summary>
    public int Found { get; set; }

    /// <summary>Gold citations in total.</summary>
    public int Gold { get; set; }

    /// <summary>TP / (TP + FP).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Found / Gold.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;

    /// <summary>Adds another score's counts to this one.</summary>
    public void Add(CitationScore other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        Found += other.Found;
        Gold += other.Gold;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P={Precision:0.000} R={Recall:0.000} (tp={TruePositives} fp={FalsePositives} found={Found}/{Gold})");
}
