using System.Text.RegularExpressions;

namespace PolicyKB.Metadata;

/// <summary>
/// Reads the preamble at the start of a body, up to its first heading or enacting word: the legal-basis
/// sentences ("Căn cứ …", "Thực hiện …", "Theo đề nghị …", one entry each, hard-wrapped lines joined) and
/// the body named in the enacting phrase ("…, Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch …"), which
/// stands in for the issuer when the letterhead is missing.
/// </summary>
internal static partial class PreambleReader
{
    private const int MaxLines = 300;

    private static readonly HashSet<string> ReferenceWords =
        ["VĂN BẢN", "Ý KIẾN", "ĐIỀU", "KHOẢN", "CÔNG VĂN", "TỜ TRÌNH", "BÁO CÁO", "KẾT LUẬN", "THÔNG BÁO", "HƯỚNG DẪN", "PHƯƠNG ÁN", "QUY HOẠCH"];

    /// <summary>Paragraphs of the preamble of the body starting at <paramref name="from"/>.</summary>
    public static List<string> Paragraphs(LineView view, int from, int to)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        void Close()
        {
            if (current.Count > 0) paragraphs.Add(VietnameseText.Squash(string.Join(' ', current)));
            current.Clear();
        }
        for (var i = from; i < Math.Min(to, from + MaxLines); i++)
        {
            if (view.IsBlank(i))
            {
                if (!view.DoubleSpaced) Close();
                continue;
            }
            var text = view.Text(i);
            if (Patterns.Heading().IsMatch(text) || Patterns.Enacting().IsMatch(text) || (view.Style(i) & Decoding.LineStyle.Heading) != 0) break;
            if (Patterns.LegalBasisStart().IsMatch(text)) Close();
            current.Add(text);
            var end = text.TrimEnd('*', ' ', '"', '”');
            if (end.EndsWith(';') || end.EndsWith('.') || end.EndsWith(':')) Close();
        }
        Close();
        return paragraphs;
    }

    /// <summary>The legal-basis entries among the paragraphs.</summary>
    public static List<string> LegalBasis(IEnumerable<string> paragraphs)
    {
        var entries = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (!Patterns.LegalBasisStart().IsMatch(paragraph)) continue;
            var entry = CutAtNewSentence(CutAtEnactingClause(paragraph.TrimStart('-', ' ')));
            entry = entry.TrimEnd(';', ',', '.', ':', ' ', '*');
            if (entry.Length > 0) entries.Add(entry);
        }
        return entries;
    }

    /// <summary>The organisation named in the first enacting phrase, or null.</summary>
    public static string? EnactingBody(IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            foreach (Match m in Patterns.EnactingClause().Matches(paragraph))
            {
                if (IsBodyName(m.Groups["org"].Value)) return m.Groups["org"].Value.Trim();
            }
        }
        return null;
    }

    /// <summary>
    /// A body's name, not a stretch of a reference that happens to open with one ("UBND ngày 01/01/2021 của
    /// Ủy ban nhân dân tỉnh Thanh Hóa về việc ban hành Kế hoạch…" is a reference, not who issues).
    /// </summary>
    private static bool IsBodyName(string org) =>
        !org.Any(char.IsDigit) && !org.Contains(" về ", StringComparison.Ordinal) && !org.Contains("việc", StringComparison.Ordinal)
        && !org.Contains(" của ", StringComparison.Ordinal) && !org.EndsWith(" đã", StringComparison.Ordinal);

    private static string CutAtEnactingClause(string paragraph)
    {
        var m = Patterns.EnactingClause().Matches(paragraph).FirstOrDefault(x => IsBodyName(x.Groups["org"].Value));
        if (m is null) return paragraph;
        var before = paragraph[..m.Index].TrimEnd();
        return before.EndsWith(',') || before.EndsWith(';') ? before : paragraph;
    }

    /// <summary>
    /// Cuts at "; " followed by a capitalised word that opens a new sentence rather than naming another
    /// document ("…năm 2021; Phát huy những thành tích…" but not "…dân sự; Nghị định số 98/2021/NĐ-CP…").
    /// </summary>
    private static string CutAtNewSentence(string entry)
    {
        foreach (Match m in SemicolonThenCapital().Matches(entry))
        {
            var words = entry[(m.Index + m.Length - 1)..].Split(' ', 4).Select(VietnameseText.Fold).ToList();
            if (DocumentTypes.MatchLength(words, 0) > 0) continue;
            if (words.Count >= 2 && ReferenceWords.Contains(words[0] + " " + words[1]) || ReferenceWords.Contains(words[0])) continue;
            return entry[..m.Index];
        }
        return entry;
    }

    [GeneratedRegex(@";\s+\p{Lu}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SemicolonThenCapital();
}
