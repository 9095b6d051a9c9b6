using PolicyKB.Documents;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// How much of a text version's clause tree an OCR'd version keeps. A heading counts as recalled when the scan has a
/// clause at the same label path (so a heading read under the wrong parent counts as lost) that opens with the text
/// version's heading, within a character error rate of <see cref="HeadingTolerance"/> (character noise in the words
/// is judged by the CER measure, not here). The scan's clause text is compared, not its heading field: a scan wraps a
/// long heading over lines and carries no Markdown heading marks, so the parser may cut the heading elsewhere while
/// the clause is the same. A citation key counts when the scan yields the same key.
/// </summary>
public sealed record HeadingRecall(int Headings, int HeadingsFound, int Citations, int CitationsFound, IReadOnlyList<string> Lost)
{
    /// <summary>The CER under which two heading texts are the same heading.</summary>
    public const double HeadingTolerance = 0.2;

    /// <summary>Share of the text version's headings found in the scan (1 when it has none).</summary>
    public double HeadingRate => Headings == 0 ? 1 : (double)HeadingsFound / Headings;

    /// <summary>Share of the text version's citation keys found in the scan (1 when it has none).</summary>
    public double CitationRate => Citations == 0 ? 1 : (double)CitationsFound / Citations;

    /// <summary>Compares the scan's tree with the text version's.</summary>
    public static HeadingRecall Compare(IngestedTree text, IngestedTree scan)
    {
        var scanned = scan.Headings.GroupBy(Path).ToDictionary(g => g.Key, g => g.First());
        var lost = new List<string>();
        var found = 0;
        foreach (var heading in text.Headings)
        {
            var key = Path(heading);
            if (scanned.TryGetValue(key, out var twin) && OpensWith(twin, heading.Heading)) found++;
            else lost.Add($"{key} | {heading.Heading}" + (twin is null ? "" : $"  (scan: {twin.Heading})"));
        }
        var keys = scan.CitationKeys.ToHashSet();
        var citations = text.CitationKeys.Count(keys.Contains);
        lost.AddRange(text.CitationKeys.Where(k => !keys.Contains(k)).Select(k => "citation " + k));
        return new HeadingRecall(text.Headings.Count, found, text.CitationKeys.Count, citations, lost);
    }

    /// <summary>Sums two results (micro-average over documents).</summary>
    public static HeadingRecall operator +(HeadingRecall a, HeadingRecall b) =>
        new(a.Headings + b.Headings, a.HeadingsFound + b.HeadingsFound, a.Citations + b.Citations, a.CitationsFound + b.CitationsFound, [.. a.Lost, .. b.Lost]);

    /// <summary>Nothing measured yet.</summary>
    public static HeadingRecall Empty { get; } = new(0, 0, 0, 0, []);

    /// <summary>"headings 106/189 = 0.561, citations 73/78 = 0.936".</summary>
    public override string ToString() =>
        $"headings {HeadingsFound}/{Headings} = {HeadingRate:0.000}, citations {CitationsFound}/{Citations} = {CitationRate:0.000}";

    private static string Path(Clause clause) => clause.Id[(clause.Id.IndexOf('/') + 1)..];

    private static bool OpensWith(Clause scan, string heading)
    {
        if (heading.Length == 0) return true;
        var text = CharacterErrorRate.Normalize(scan.Text);
        if (scan.DisplayLabel.Length > 0 && text.StartsWith(scan.DisplayLabel, StringComparison.Ordinal)) text = text[scan.DisplayLabel.Length..].TrimStart();
        var expected = CharacterErrorRate.Normalize(heading);
        var opening = text[..Math.Min(text.Length, expected.Length)];
        return CharacterErrorRate.Of(expected.ToLowerInvariant(), opening.ToLowerInvariant()) <= HeadingTolerance;
    }
}
