using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// The issue date: the printed one (possibly partial, "ngày   tháng 01 năm 2021" → "2021-01"); a law or a resolution
/// of the National Assembly prints no place and date under its number but closes with its adoption ("Luật này được
/// Quốc hội … khóa XIV, kỳ họp thứ 10 thông qua ngày 13 tháng 11 năm 2020", Nghị định 34/2016/NĐ-CP Điều 62), which
/// is its date; when neither is printed,
/// the latest date the document cites is the earliest date it can have been issued, kept and marked inferred (the
/// Hà Tĩnh 2024 plan cites QĐ 281/QĐ-TTg of 05/4/2024, so it is a 2024 document).
/// </summary>
internal sealed partial class IssueDateRule : IFactRule
{
    public string Name => "issued";

    public void Apply(FactContext context)
    {
        if (context.Metadata.IssuedOn is { } printed)
        {
            context.Facts.IssuedOn = printed.ToString();
            return;
        }
        if (Adopted(context.Lines) is { } adopted)
        {
            context.Facts.IssuedOn = adopted.ToString();
            return;
        }
        PartialDate? latest = null;
        foreach (var citation in context.Citations)
        {
            if (PartialDate.ParseIso(citation.Date) is not { } date) continue;
            if (latest is null || Compare(date, latest.Value) > 0) latest = date;
        }
        if (latest is null) return;
        context.Facts.IssuedOn = latest.Value.ToString();
        context.Facts.IssuedOnInferred = true;
    }

    /// <summary>The date of the document's own adoption sentence ("… này được … thông qua ngày …"), the last one printed.</summary>
    private static PartialDate? Adopted(IReadOnlyList<Decoding.SourceLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (!line.IsBlank) text.Append(line.Text.Trim()).Append(' ');
        }
        var all = text.ToString();
        PartialDate? found = null;
        foreach (Match m in Adoption().Matches(all))
        {
            var window = all.Substring(m.Index + m.Length, Math.Min(40, all.Length - m.Index - m.Length));
            if (FactDates.Find(window) is { } date && date.End <= 32) found = date.Date;
        }
        return found;
    }

    // "this Law / Resolution / Ordinance" only: a cited law's adoption ("Luật Đất đai được Quốc hội thông qua ngày …") is
    // not this document's date.
    [GeneratedRegex(@"(?:Bộ luật|Luật|Nghị quyết|Pháp lệnh)\s+này\s+(?:đã\s+)?được\s+[^.;]{0,300}?thông\s+qua\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Adoption();

    private static int Compare(PartialDate a, PartialDate b) =>
        (a.Year, a.Month ?? 0, a.Day ?? 0).CompareTo((b.Year, b.Month ?? 0, b.Day ?? 0));
}
