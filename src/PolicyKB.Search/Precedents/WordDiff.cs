using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Precedents;

/// <summary>
/// Word-level difference between a drafter's text and a precedent: the longest common subsequence of words
/// (compared without case or diacritics, so "sức khoẻ" and "sức khỏe" are equal), rendered as runs of equal,
/// deleted and inserted words. Texts are clauses (hundreds of words), so the quadratic table is small.
/// </summary>
public static partial class WordDiff
{
    /// <summary>Longest inputs compared word by word; beyond this the texts are cut (a clause is far shorter).</summary>
    public const int MaxWords = 1500;

    /// <summary>The segments turning <paramref name="input"/> into <paramref name="precedent"/>.</summary>
    public static IReadOnlyList<DiffSegment> Compute(string input, string precedent)
    {
        var a = Words(input);
        var b = Words(precedent);
        var keyA = a.Select(w => VietnameseNormalizer.Fold(w.Trim())).ToArray();
        var keyB = b.Select(w => VietnameseNormalizer.Fold(w.Trim())).ToArray();
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = keyA[i] == keyB[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && keyA[x] == keyB[y]) { Add(segments, "equal", b[y]); x++; y++; }
            else if (y < b.Count && (x == a.Count || lcs[x, y + 1] >= lcs[x + 1, y])) { Add(segments, "insert", b[y]); y++; }
            else { Add(segments, "delete", a[x]); x++; }
        }
        return segments;
    }

    /// <summary>Share of words the two texts have in common (Dice coefficient over the common subsequence), 0–1.</summary>
    public static double Similarity(IReadOnlyList<DiffSegment> segments)
    {
        int equal = 0, other = 0;
        foreach (var s in segments)
        {
            var count = Words(s.Text).Count;
            if (s.Kind == "equal") equal += count; else other += count;
        }
        return equal + other == 0 ? 0 : 2.0 * equal / (2.0 * equal + other);
    }

    private static void Add(List<DiffSegment> segments, string kind, string word)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + word };
        else segments.Add(new DiffSegment(kind, word));
    }

    /// <summary>Words with the spacing that follows them, so segments concatenate back to the text.</summary>
    private static List<string> Words(string text) =>
        WordWithSpace().Matches(text.Length > MaxWords * 12 ? text[..(MaxWords * 12)] : text).Select(m => m.Value).Take(MaxWords).ToList();

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex WordWithSpace();
}
