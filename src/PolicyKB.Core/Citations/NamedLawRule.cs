using System.Text.RegularExpressions;

namespace PolicyKB.Citations;

/// <summary>
/// Laws, codes and ordinances cited by name: "Luật Khám bệnh, chữa bệnh", "Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019",
/// "Bộ luật Lao động", "Pháp lệnh Dân số", "Hiến pháp năm 2013", and amending laws "Luật sửa đổi, bổ sung một số điều của
/// Luật Bảo hiểm y tế ngày 13 tháng 6 năm 2014" or "Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước", which also cite each law they amend (nested spans). Trigger: "Luật", "luật", "Pháp lệnh" or "Hiến pháp" in the text.
/// Outcome: a <see cref="CitationKind.Named"/> candidate keyed by <see cref="NamedKey"/>; amending laws add the year
/// to the key because several amend the same law. "Luật này" and "Luật số …" (left to the numbered rule) give nothing.
/// </summary>
internal sealed partial class NamedLawRule : ICitationRule
{
    private const string Amending = "sửa đổi, bổ sung";

    /// <inheritdoc />
    public bool Triggers(CitationContext context) =>
        context.Lower.Contains("luật", StringComparison.Ordinal) || context.Text.Contains("Pháp lệnh", StringComparison.Ordinal)
        || context.Text.Contains("Hiến pháp", StringComparison.Ordinal);

    /// <inheritdoc />
    public void Find(CitationContext context, List<CitationCandidate> output)
    {
        foreach (Match m in TypePattern().Matches(context.Text))
        {
            if (IsInstitutionName(context, m.Index)) continue;
            var type = m.Groups["type"].Value.Replace("Bộ Luật", "Bộ luật");
            var nameStart = context.SkipSpaces(m.Index + m.Length);
            var candidate = type == "Hiến pháp" ? Constitution(context, m.Index, nameStart) : Law(context, m.Index, type, nameStart, output);
            if (candidate is not null) output.Add(candidate);
        }
    }

    /// <summary>"Trường Đại học Luật Hà Nội", "Khoa Luật", "Dân Luật": "Luật" inside a proper name is no law.</summary>
    private static bool IsInstitutionName(CitationContext ctx, int index)
    {
        var end = index;
        while (end > 0 && ctx.Text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(ctx.Text[start - 1])) start--;
        return ctx.Text[start..end] is "học" or "Học" or "Dân" or "Khoa" or "Viện" or "Trường" or "ngành" or "Ngành";
    }

    private static CitationCandidate? Constitution(CitationContext ctx, int start, int after)
    {
        var end = DateReader.Read(ctx.Text, start + "Hiến pháp".Length, allowYearOnly: true, out var date);
        var key = date is { } d ? $"Hiến pháp năm {d.Year}" : "Hiến pháp";
        var stop = end > 0 ? end : start + "Hiến pháp".Length;
        return after >= 0 ? Candidate(start, stop, key, "Hiến pháp", null, date) : null;
    }

    private static CitationCandidate? Law(CitationContext ctx, int start, string type, int nameStart, List<CitationCandidate> output)
    {
        if (nameStart >= ctx.Text.Length) return null;
        string key;
        string name;
        int end;
        if (type == "Luật" && string.CompareOrdinal(ctx.Lower, nameStart, Amending, 0, Amending.Length) == 0)
        {
            // "Luật sửa đổi, bổ sung Luật Bảo vệ bí mật nhà nước" names the amended law straight after the amending words;
            // "Luật sửa đổi, bổ sung một số điều của Luật …" after "của".
            var afterAmending = ctx.SkipSpaces(nameStart + Amending.Length);
            var direct = ctx.Text.AsSpan(afterAmending).StartsWith("Luật ", StringComparison.Ordinal)
                || ctx.Text.AsSpan(afterAmending).StartsWith("Bộ luật ", StringComparison.Ordinal);
            var inner = direct ? afterAmending
                : ctx.Text.IndexOf("của ", nameStart, Math.Min(60, ctx.Text.Length - nameStart), StringComparison.Ordinal);
            var joiner = direct ? " " : " của ";
            if (inner < 0 || AmendedLaws.Read(ctx, direct ? inner : inner + "của ".Length) is not { } amended) return null;
            end = amended.End;
            name = ctx.Text[nameStart..end];
            // Each amended law is cited too ("Luật A, Luật B và Luật C" inside the amending law's name): nested spans
            // that the overlap resolver keeps inside their amending law.
            foreach (var (lawStart, law) in amended.Laws)
            {
                var cited = Candidate(lawStart, law.End, NamedKey.Of("Luật", law.Canonical), "Luật", law.Printed, null);
                cited.Nested = true;
                output.Add(cited);
            }
            // The amending part stays lower case ("Luật sửa đổi, bổ sung một số điều của Luật …"), as enacted.
            key = "Luật " + string.Join(' ', ctx.Lower[nameStart..inner].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                + joiner + amended.Key;
        }
        else
        {
            // "Pháp lệnh về dân số": "về" before the enacted name of a known law or ordinance.
            if (ctx.WordAt(nameStart, "về") && LawNameReader.ReadKnown(ctx, ctx.SkipSpaces(nameStart + 2)) is { } about)
            {
                end = about.End;
                name = ctx.Text[nameStart..end];
                key = NamedKey.Of(type, about.Canonical);
                var dateEnd = DateReader.Read(ctx.Text, end, allowYearOnly: true, out var aboutDate);
                return Candidate(start, dateEnd > 0 ? dateEnd : end, key, type, name, aboutDate);
            }
            if (LawNameReader.Read(ctx, nameStart) is not { } law) return null;
            end = law.End;
            name = law.Printed;
            key = NamedKey.Of(type, law.Canonical);
        }
        var e = DateReader.Read(ctx.Text, end, allowYearOnly: true, out var date);
        if (e > 0) end = e;
        if (key.StartsWith("Luật sửa đổi", StringComparison.Ordinal) && date is { } d) key += $" ({d.Year})";
        return Candidate(start, end, key, type, name, date);
    }

    private static CitationCandidate Candidate(int start, int end, string key, string type, string? name, Documents.PartialDate? date) =>
        new()
        {
            Start = start,
            Length = end - start,
            Kind = CitationKind.Named,
            Key = key,
            Type = type,
            Name = name,
            Date = date,
        };

    [GeneratedRegex(@"(?<!\p{L})(?:(?<type>Bộ [lL]uật|Luật|Pháp lệnh)(?=[ \t])|(?<type>Hiến pháp)(?=[ \t,;.)]|$))")]
    private static partial Regex TypePattern();
}
