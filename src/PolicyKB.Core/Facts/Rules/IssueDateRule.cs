using PolicyKB.Documents;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// The issue date: the printed one (possibly partial, "ngày   tháng 01 năm 2021" → "2021-01"); when none is printed,
/// the latest date the document cites is the earliest date it can have been issued, kept and marked inferred (the
/// Hà Tĩnh 2024 plan cites QĐ 281/QĐ-TTg of 05/4/2024, so it is a 2024 document).
/// </summary>
internal sealed class IssueDateRule : IFactRule
{
    public string Name => "issued";

    public void Apply(FactContext context)
    {
        if (context.Metadata.IssuedOn is { } printed)
        {
            context.Facts.IssuedOn = printed.ToString();
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

    private static int Compare(PartialDate a, PartialDate b) =>
        (a.Year, a.Month ?? 0, a.Day ?? 0).CompareTo((b.Year, b.Month ?? 0, b.Day ?? 0));
}
