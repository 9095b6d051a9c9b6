namespace PolicyKB.Text;

/// <summary>
/// Edit distance between a label as Tesseract read it and a label it may stand for, weighted by glyph shape: a
/// substitution between glyphs of the same shape class (the vertical strokes I l 1 | i ! ] T; O 0 o D Q; V v Y U;
/// X x K; S 5 s; B 8; Z 2 z; G 6 b), or a pair of strokes read as one wide glyph ("II" as N, H, U or M), costs
/// <see cref="ShapeCost"/>; a thin stroke lost or gained costs <see cref="StrokeCost"/>; any other edit costs 1. So
/// "IN", "ITI" and "Il" are near "III", "II" is one lost stroke from it, and "IV" is far.
/// </summary>
internal static class GlyphDistance
{
    /// <summary>The cost of confusing two glyphs of one shape.</summary>
    public const double ShapeCost = 0.3;

    /// <summary>The cost of a thin stroke (I l 1 | i !) read where there was none, or missed.</summary>
    public const double StrokeCost = 0.5;

    private const string Strokes = "Il1|i!";

    private static readonly string[] ShapeClasses = ["Il1|i!]T[jJL", "O0oDQ", "VvYU", "XxK", "S5s", "B8", "Z2z", "G6b"];

    // Two thin strokes close together read as one wide letter (Tesseract's "IN." for "III.").
    private static readonly string WideForTwoStrokes = "NHUMn";

    /// <summary>The weighted distance turning <paramref name="read"/> into <paramref name="label"/>.</summary>
    public static double Between(string read, string label)
    {
        var d = new double[read.Length + 1, label.Length + 1];
        for (var i = 1; i <= read.Length; i++) d[i, 0] = d[i - 1, 0] + Indel(read[i - 1]);
        for (var j = 1; j <= label.Length; j++) d[0, j] = d[0, j - 1] + Indel(label[j - 1]);
        for (var i = 1; i <= read.Length; i++)
        {
            for (var j = 1; j <= label.Length; j++)
            {
                var best = Math.Min(d[i - 1, j] + Indel(read[i - 1]), d[i, j - 1] + Indel(label[j - 1]));
                best = Math.Min(best, d[i - 1, j - 1] + Substitution(read[i - 1], label[j - 1]));
                if (j >= 2 && label[j - 1] == 'I' && label[j - 2] == 'I' && WideForTwoStrokes.Contains(read[i - 1]))
                {
                    best = Math.Min(best, d[i - 1, j - 2] + ShapeCost);
                }
                d[i, j] = best;
            }
        }
        return d[read.Length, label.Length];
    }

    private static double Indel(char c) => Strokes.Contains(c) ? StrokeCost : 1;

    private static double Substitution(char read, char label)
    {
        if (read == label) return 0;
        foreach (var shape in ShapeClasses)
        {
            if (shape.Contains(read) && shape.Contains(label)) return ShapeCost;
        }
        return 1;
    }
}
