using System.Text.RegularExpressions;

namespace PolicyKB.Metadata;

/// <summary>
/// Cuts a header line into the cells it holds. Letterheads are two-column tables; depending on the
/// decoder their cells arrive joined by " | ", separated by wide PDF gaps, glued to the short rules
/// ("CHÍNH PHỦ-------"), or, in crawled text, all on one line ("QUỐC HỘI ------- CỘNG HÒA … Luật số:
/// 26/2008/QH12 Hà Nội, ngày 14 tháng 11 năm 2008 LUẬT THI HÀNH ÁN DÂN SỰ").
/// </summary>
internal static partial class HeaderFragmenter
{
    /// <summary>The fragments of one raw line, in reading order, squashed and trimmed; empty ones dropped.</summary>
    public static List<string> Split(string raw)
    {
        var result = new List<string>();
        // Legal-database editorial notes ("LUẬT [Nội dung hướng dẫn Luật này tại …] LÂM NGHIỆP") are not printed text.
        if (raw.Contains('[')) raw = EditorialNote().Replace(raw, " ");
        foreach (var cell in raw.Split('|'))
        {
            foreach (var piece in Patterns.Rule().Split(cell))
            {
                foreach (var column in SplitColumns(piece)) SplitInside(VietnameseText.TrimDecoration(VietnameseText.Squash(column)), result);
            }
        }
        return result;
    }

    private static IEnumerable<string> SplitColumns(string text)
    {
        var start = 0;
        foreach (Match gap in Patterns.ColumnGap().Matches(text))
        {
            yield return text[start..(gap.Index + 1)];
            start = gap.Index + gap.Length - 1;
        }
        yield return text[start..];
    }

    private static void SplitInside(string text, List<string> result)
    {
        text = text.TrimStart(')', ',', ';', '.', ' ');
        if (text.Length == 0) return;
        var folded = VietnameseText.Fold(text);
        // Quốc hiệu or the number label in the middle of a line starts a new cell.
        var cut = Earliest(folded, 1, "CỘNG HÒA XÃ HỘI", " SỐ:", " LUẬT SỐ:", " SỐ :", " V/V ", " KÍNH GỬI");
        if (cut > 0)
        {
            SplitInside(VietnameseText.TrimDecoration(text[..cut]), result);
            SplitInside(VietnameseText.TrimDecoration(text[cut..]), result);
            return;
        }
        // The motto, and the place-date, end their cell.
        var motto = folded.IndexOf("HẠNH PHÚC", StringComparison.Ordinal);
        var end = motto >= 0 ? motto + "HẠNH PHÚC".Length : DateEnd(text);
        if (end > 0 && end < text.Length && text[end..].Any(char.IsLetter))
        {
            result.Add(VietnameseText.TrimDecoration(text[..end]));
            SplitInside(VietnameseText.TrimDecoration(text[end..]), result);
            return;
        }
        result.Add(text);
    }

    [GeneratedRegex(@"\[[^\]]*\p{Ll}[^\]]*\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EditorialNote();

    private static int DateEnd(string text)
    {
        if (text.Length > 400) return -1;
        var m = Patterns.PlaceDate().Match(text);
        return m.Success ? m.Index + m.Length : -1;
    }

    private static int Earliest(string folded, int from, params string[] needles)
    {
        var best = -1;
        foreach (var needle in needles)
        {
            if (from >= folded.Length) break;
            var at = folded.IndexOf(needle, from, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }
}
