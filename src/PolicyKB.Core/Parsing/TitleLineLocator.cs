using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Metadata;

namespace PolicyKB.Parsing;

/// <summary>
/// Finds the source lines of the synthetic "title" clause ("Kế hoạch" + trích yếu, Nghị định 30/2020/NĐ-CP Phụ lục I
/// ô 5a), so a citation in the title names the line it is printed on rather than the document's first line. The title
/// was joined and re-cased by the metadata reader; its header lines are found again in it in order, ignoring case.
/// </summary>
internal static class TitleLineLocator
{
    /// <summary>
    /// Offsets in <paramref name="titleText"/> where each header line before <paramref name="end"/> begins, starting at
    /// the type line ("KẾ HOẠCH", "QUYẾT ĐỊNH"); empty when the type line is not found.
    /// </summary>
    public static List<LineOffset> Locate(string titleText, string? type, IReadOnlyList<SourceLine> lines, int end)
    {
        var best = new List<LineOffset>();
        if (string.IsNullOrEmpty(type) || end <= 0) return best;
        var lower = PolicyKB.Text.FastCharacters.ToLowerInvariant(titleText);
        var typeLower = PolicyKB.Text.FastCharacters.ToLowerInvariant(type);
        end = Math.Min(end, lines.Count);
        var bestReach = 0;
        // A wrapper page may print the type word above the letterhead too: the start that explains most of the title wins.
        for (var start = 0; start < end; start++)
        {
            if (!Clean(lines[start].Text).StartsWith(typeLower, StringComparison.Ordinal)) continue;
            var (offsets, reach) = Follow(lower, lines, start, end);
            if (reach > bestReach) (best, bestReach) = (offsets, reach);
        }
        return best;
    }

    private static (List<LineOffset> Offsets, int Reach) Follow(string lower, IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var offsets = new List<LineOffset>();
        var position = 0;
        for (var i = start; i < end; i++)
        {
            var text = Clean(lines[i].Text);
            if (text.Length == 0) continue;
            var at = lower.IndexOf(text, position, StringComparison.Ordinal);
            // Only the next words of the title may follow: a line found further on is some other header line.
            if (at < 0 || lower.AsSpan(position, at - position).Trim().Length > 0) continue;
            offsets.Add(new LineOffset(at, lines[i].Number));
            position = at + text.Length;
        }
        return (offsets, position);
    }

    private static string Clean(string text) => PolicyKB.Text.FastCharacters.ToLowerInvariant(VietnameseText.Squash(text.Trim(' ', '*', '_', '#', '\t')));
}
