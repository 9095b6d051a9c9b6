using System.Globalization;

namespace PolicyKB.Tests.Facts;

/// <summary>Counts for one fact kind in one split: true positives, false positives (complete files only), false negatives.</summary>
public sealed class KindScore
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P={Precision:0.00} R={Recall:0.00} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives})");
}
