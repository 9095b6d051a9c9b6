using System.Text.RegularExpressions;

namespace PolicyKB.Citations;

/// <summary>
/// Short forms: a capitalised type word and a serial without ký hiệu ("Chỉ thị 25", "Nghị quyết 21", "Quyết định số 281").
/// Trigger: a digit in the text. Outcome: a <see cref="CitationKind.Short"/> candidate keyed "Nghị quyết 21" until the
/// scope resolves it to the full form printed earlier. Counts and periods are not serials ("Kế hoạch 5 năm").
/// </summary>
internal sealed partial class ShortFormRule : ICitationRule
{
    private static readonly HashSet<string> NotAfterSerial = new(StringComparer.Ordinal)
    {
        "năm", "tháng", "ngày", "tuần", "lần", "người", "giai", "điểm", "mục", "nội", "nhiệm", "chỉ", "xã", "đơn", "%", "triệu", "tỷ",
    };

    /// <inheritdoc />
    public bool Triggers(CitationContext context) => context.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <inheritdoc />
    public void Find(CitationContext context, List<CitationCandidate> output)
    {
        FindOldStyle(context, output);
        foreach (Match m in ShortPattern().Matches(context.Text))
        {
            var after = m.Index + m.Length;
            if (NotAfterSerial.Contains(NextWord(context, after))) continue;
            var type = m.Groups["type"].Value;
            var serial = m.Groups["num"].Value;
            // Short forms carry the same tail as full ones: "Nghị quyết 21 của BCH Trung ương Đảng khóa XII".
            var end = after;
            var e = DateReader.Read(context.Text, end, allowYearOnly: false, out var date);
            if (e > 0) end = e;
            e = IssuerReader.Read(context, end, out var issuer);
            if (e > 0) end = e;
            output.Add(new CitationCandidate
            {
                Start = m.Index,
                Length = end - m.Index,
                Date = date,
                Issuer = issuer,
                Kind = CitationKind.Short,
                Key = type + " " + serial,
                Type = type,
                Serial = serial,
            });
        }
    }

    private static void FindOldStyle(CitationContext context, List<CitationCandidate> output)
    {
        // Numbers of the 1980s–90s carry the issuer straight after a dash and no year: "Nghị định 64-CP",
        // "Quyết định 217-HĐBT". They are keyed like the modern ones, by the printed số hiệu.
        foreach (Match m in OldStylePattern().Matches(context.Text))
        {
            var number = m.Groups["num"].Value + "-" + m.Groups["code"].Value;
            var end = m.Index + m.Length;
            var e = DateReader.Read(context.Text, end, allowYearOnly: false, out var date);
            if (e > 0) end = e;
            e = IssuerReader.Read(context, end, out var issuer);
            if (e > 0) end = e;
            output.Add(new CitationCandidate
            {
                Start = m.Index, Length = end - m.Index, Date = date, Issuer = issuer, Kind = CitationKind.Numbered,
                Key = number, Number = number, Type = m.Groups["type"].Value,
            });
        }
    }

    private static string NextWord(CitationContext ctx, int index)
    {
        var i = ctx.SkipSpaces(index);
        if (i < ctx.Text.Length && ctx.Text[i] == '%') return "%";
        var e = i;
        while (e < ctx.Text.Length && char.IsLetter(ctx.Text[e])) e++;
        return ctx.Lower[i..e];
    }

    [GeneratedRegex(@"(?<!\p{L})(?<type>Chỉ thị|Nghị quyết|Quyết định|Kế hoạch|Nghị định|Thông tư|Kết luận|Công văn|Hướng dẫn|Thông báo|Báo cáo|Công điện|Thông tri|Đề án)[ \t]{1,3}(?:số[ \t]{1,3})?(?<num>\d{1,5}[A-Z]?)(?![\p{L}\p{N}/]|-[ \t]?\p{L}|[.,]\d)")]
    private static partial Regex ShortPattern();

    [GeneratedRegex(@"(?<!\p{L})(?<type>Nghị định|Quyết định|Chỉ thị|Thông tư|Nghị quyết|Thông tri)[ \t]{1,3}(?:số[ \t]{1,3})?(?<num>\d{1,4})[ \t]?-[ \t]?(?<code>CP|HĐBT|HĐCP|TTg|HĐNN|UB)(?![\p{L}\p{N}/])")]
    private static partial Regex OldStylePattern();
}
