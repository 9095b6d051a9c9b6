using System.Text.RegularExpressions;

namespace PolicyKB.Citations;

/// <summary>
/// Short forms: a capitalised type word and a serial without ký hiệu ("Chỉ thị 25", "Nghị quyết 21", "Quyết định số 281"),
/// or a lower-case one with a serial of three digits or more ("đề án 1816"). Issued by a central Party organ ("Nghị
/// quyết 21 của BCH Trung ương Đảng khóa XII") a short form names its Party number (21-NQ/TW).
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
        var shorts = new List<CitationCandidate>();
        foreach (Match m in ShortPattern().Matches(context.Text))
        {
            var after = m.Index + m.Length;
            if (NotAfterSerial.Contains(NextWord(context, after))) continue;
            var type = m.Groups["type"].Value;
            // Lower case ("theo đề án 1816") only with a serial of three digits or more: "kế hoạch 5" is a count.
            if (char.IsLower(type[0]))
            {
                if (m.Groups["num"].Value.Length < 3) continue;
                type = char.ToUpperInvariant(type[0]) + type[1..];
            }
            var serial = m.Groups["num"].Value;
            // Short forms carry the same tail as full ones: "Nghị quyết 21 của BCH Trung ương Đảng khóa XII".
            var end = after;
            var e = DateReader.Read(context.Text, end, allowYearOnly: false, out var date);
            if (e > 0) end = e;
            e = IssuerReader.Read(context, end, out var issuer);
            if (e > 0) end = e;
            shorts.Add(new CitationCandidate
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
        ShareIssuerAcrossList(context, shorts);
        foreach (var c in shorts) output.Add(PartyIssuer.IsCentral(c.Issuer) ? AsPartyNumber(c) : c);
    }

    /// <summary>
    /// "Nghị quyết 20, Nghị quyết 21 của Ban Chấp hành Trung ương Đảng khóa XII": in a list of short forms of one type,
    /// the issuer printed after the last one is the issuer of each.
    /// </summary>
    private static void ShareIssuerAcrossList(CitationContext ctx, List<CitationCandidate> shorts)
    {
        for (var i = shorts.Count - 2; i >= 0; i--)
        {
            var (current, next) = (shorts[i], shorts[i + 1]);
            if (current.Issuer is not null || next.Issuer is null || current.Type != next.Type) continue;
            var between = ctx.Lower[current.End..next.Start].Trim();
            if (between is "," or "và" or ", và" or ";") current.Issuer = next.Issuer;
        }
    }

    /// <summary>A short form issued by a central Party organ names its Party number: "Nghị quyết 21 của BCH TW" → 21-NQ/TW.</summary>
    private static CitationCandidate AsPartyNumber(CitationCandidate c)
    {
        if (c.Type is null || c.Serial is null || PartyIssuer.Number(c.Type, c.Serial) is not { } number) return c;
        return new CitationCandidate
        {
            Start = c.Start, Length = c.Length, Date = c.Date, Issuer = c.Issuer, Kind = CitationKind.Numbered,
            Key = number, Number = number, Type = c.Type, Serial = c.Serial,
        };
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

    [GeneratedRegex(@"(?<!\p{L})(?<type>[Cc]hỉ thị|[Nn]ghị quyết|[Qq]uyết định|[Kk]ế hoạch|[Nn]ghị định|[Tt]hông tư|[Kk]ết luận|[Cc]ông văn|[Hh]ướng dẫn|[Tt]hông báo|[Bb]áo cáo|[Cc]ông điện|[Tt]hông tri|[Đđ]ề án)[ \t]{1,3}(?:số[ \t]{1,3})?(?<num>\d{1,5}[A-Z]?)(?![\p{L}\p{N}/]|-[ \t]?\p{L}|[.,]\d)")]
    private static partial Regex ShortPattern();

    [GeneratedRegex(@"(?<!\p{L})(?<type>Nghị định|Quyết định|Chỉ thị|Thông tư|Nghị quyết|Thông tri)[ \t]{1,3}(?:số[ \t]{1,3})?(?<num>\d{1,4})[ \t]?-[ \t]?(?<code>CP|HĐBT|HĐCP|TTg|HĐNN|UB)(?![\p{L}\p{N}/])")]
    private static partial Regex OldStylePattern();
}
