using PolicyKB.Decoding;

namespace PolicyKB.Metadata;

/// <summary>
/// Reads the trích yếu printed under the type line (Nghị định 30/2020/NĐ-CP Phụ lục I, ô số 5a): the
/// following lines up to an empty line, the preamble, a rule, an authority line or a change of casing.
/// </summary>
internal static class TitleReader
{
    private const int MaxTitleLines = 15;

    /// <summary>
    /// Reads the title. <paramref name="rest"/> is what the type line holds after the type word: a few
    /// words complete the type ("HÀNH ĐỘNG") and are put in front of the title; more is the title itself
    /// (crawled text that lost its line breaks). Returns the title and the index after its last line.
    /// </summary>
    public static (string? Title, int End) Read(LineView view, int typeLine, string rest)
    {
        var lines = new List<string>();
        string? extra = null;
        var next = view.NextNonBlank(typeLine + 1);
        var nextIsTitle = next < view.Count && !HeaderLines.StartsBody(view.Text(next), true) && !view.Text(next).All(c => c is '-' or '_');
        if (rest.Length > 0)
        {
            if (rest.Split(' ').Length <= 3 && nextIsTitle) extra = rest;
            else lines.Add(rest);
        }
        var caps = lines.Count > 0 ? VietnameseText.IsAllCaps(lines[0]) : (bool?)null;
        var titleStyle = LineStyle.None;
        var end = typeLine + 1;
        for (var j = typeLine + 1; j < view.Count && lines.Count < MaxTitleLines; j++)
        {
            if (view.IsBlank(j))
            {
                if (lines.Count == 0) continue;
                if (!ContinuesAfterBlank(view, j, caps, lines[^1])) break;
                continue;
            }
            var text = view.Text(j);
            if (text.All(c => c is '-' or '_' or '=' or '.' or ' ')) { if (lines.Count > 0) break; continue; }
            if (HeaderLines.StartsBody(text, lines.Count == 0)) break;
            if (lines.Count > 0 && !Continues(view, j, text, caps!.Value, titleStyle, lines[^1])) break;
            if (lines.Count == 0 && rest.Length == 0) { titleStyle = view.Style(j) & (LineStyle.Heading | LineStyle.Bold | LineStyle.Centered); }
            lines.Add(text);
            caps ??= VietnameseText.IsAllCaps(text);
            end = j + 1;
        }
        if (lines.Count == 0) return (extra is null ? null : Sentence(extra), end);
        var joined = VietnameseText.Squash(string.Join(' ', lines));
        // A title printed in capitals is lowered; the names in it get their capitals back from the text below it.
        var title = caps == true ? ProperNames.Restore(TitleCaser.ToSentenceCase(joined), ProperNames.In(view, end)) : joined;
        if (extra is not null) title = Sentence(extra) + " " + VietnameseText.LowerFirst(title);
        return (title, end);
    }

    private static string Sentence(string words) => VietnameseText.CapitalizeFirst(words.ToLowerInvariant());

    private static bool Continues(LineView view, int j, string text, bool caps, LineStyle titleStyle, string previous)
    {
        if (text.Length > 200) return false;
        if (!text.Any(char.IsLetter)) return text.Length <= 20;
        var style = view.Style(j);
        if ((style & LineStyle.Heading) != (titleStyle & LineStyle.Heading)) return false;
        // A title set in bold or centred (Word, Markdown) ends where plain paragraphs begin, blank line or not.
        if ((titleStyle & (LineStyle.Bold | LineStyle.Centered)) != 0 && (style & (LineStyle.Bold | LineStyle.Centered)) == 0) return false;
        var lineCaps = VietnameseText.IsAllCaps(text);
        if (caps && !lineCaps) return false;
        if (!caps && lineCaps && text.Count(char.IsLetter) > 3) return false;
        if (caps && HeaderLines.IsAuthority(text) && !HeaderLines.EndsOpen(previous)) return false;
        return true;
    }

    /// <summary>
    /// In double-spaced extractions a single empty line does not end the title when the next line
    /// plainly continues it (same casing, the previous line left open).
    /// </summary>
    private static bool ContinuesAfterBlank(LineView view, int j, bool? caps, string previous)
    {
        if (!view.DoubleSpaced || j + 1 >= view.Count || view.IsBlank(j + 1)) return false;
        var next = view.Text(j + 1);
        return caps is not null && VietnameseText.IsAllCaps(next) == caps && HeaderLines.EndsOpen(previous)
            && !HeaderLines.StartsBody(next, false);
    }
}
