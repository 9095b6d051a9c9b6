using System.Text.RegularExpressions;

namespace PolicyKB.Citations;

/// <summary>
/// Party resolutions cited by plenum or congress instead of number: "Nghị quyết Trung ương sáu Khóa XII",
/// "Nghị quyết Hội nghị Trung ương 6 (khóa XII)", "Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng",
/// "Nghị quyết Đảng bộ Tỉnh Thanh Hóa lần thứ XIX". Trigger: "Nghị quyết" in the text.
/// Outcome: a <see cref="CitationKind.Named"/> candidate; plenum numbers spelled out become digits so
/// "Trung ương sáu Khóa XII" and "Trung ương 6 khóa XII" share the key "Nghị quyết Trung ương 6 khóa XII".
/// </summary>
internal sealed partial class PartyResolutionRule : ICitationRule
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["một"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["tư"] = 4, ["năm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["tám"] = 8,
        ["chín"] = 9, ["mười"] = 10, ["mười một"] = 11, ["mười hai"] = 12, ["mười ba"] = 13, ["mười bốn"] = 14, ["mười lăm"] = 15,
    };

    /// <inheritdoc />
    public bool Triggers(CitationContext context) => context.Lower.Contains("nghị quyết", StringComparison.Ordinal);

    /// <inheritdoc />
    public void Find(CitationContext context, List<CitationCandidate> output)
    {
        foreach (Match m in Plenum().Matches(context.Text))
        {
            var n = m.Groups["n"].Value;
            var number = int.TryParse(n, out var v) ? v : Ordinals.GetValueOrDefault(n.Trim());
            if (number <= 0) continue;
            var key = $"Nghị quyết Trung ương {number}";
            if (m.Groups["k"].Success) key += " khóa " + m.Groups["k"].Value.ToUpperInvariant();
            var end = m.Index + m.Length;
            if (m.Groups["open"].Success && !m.Groups["close"].Success) end = m.Groups["open"].Index;
            output.Add(Candidate(context, m.Index, end, key, context.Text[(m.Index + "Nghị quyết ".Length)..end].Trim()));
        }
        // "Nghị quyết của Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII": the plenum named after the meeting.
        foreach (Match m in PlenumByMeeting().Matches(context.Text))
        {
            var n = m.Groups["n"].Value;
            var number = int.TryParse(n, out var v) ? v : Ordinals.GetValueOrDefault(n.Trim());
            if (number <= 0) continue;
            var key = $"Nghị quyết Trung ương {number}";
            if (m.Groups["k"].Success) key += " khóa " + m.Groups["k"].Value.ToUpperInvariant();
            var name = context.Text[(m.Index + "Nghị quyết ".Length)..(m.Index + m.Length)].Trim();
            if (name.StartsWith("của ", StringComparison.Ordinal)) name = name[4..];
            output.Add(Candidate(context, m.Index, m.Index + m.Length, key, name));
        }
        // "Nghị quyết 21/20 của BCH TW khóa XII" names two Party resolutions, 21-NQ/TW and 20-NQ/TW, in one breath.
        foreach (Match m in PartyPair().Matches(context.Text))
        {
            var second = m.Groups["b"];
            output.Add(new CitationCandidate
            {
                Start = m.Index, Length = m.Groups["a"].Index + m.Groups["a"].Length - m.Index, Kind = CitationKind.Numbered,
                Key = m.Groups["a"].Value + "-NQ/TW", Type = "Nghị quyết", Number = m.Groups["a"].Value + "-NQ/TW", Priority = 1,
            });
            output.Add(new CitationCandidate
            {
                Start = second.Index, Length = m.Index + m.Length - second.Index, Kind = CitationKind.Numbered,
                Key = second.Value + "-NQ/TW", Type = "Nghị quyết", Number = second.Value + "-NQ/TW", Priority = 1,
            });
        }
        foreach (Match m in Congress().Matches(context.Text))
        {
            var name = m.Groups["name"].Value;
            output.Add(Candidate(context, m.Index, m.Index + m.Length, NamedKey.Of("Nghị quyết", name), name));
        }
    }

    private static CitationCandidate Candidate(CitationContext ctx, int start, int end, string key, string name)
    {
        while (end > start && char.IsWhiteSpace(ctx.Text[end - 1])) end--;
        return new CitationCandidate
        {
            Start = start,
            Length = end - start,
            Kind = CitationKind.Named,
            Key = key,
            Type = "Nghị quyết",
            Name = name,
        };
    }

    [GeneratedRegex(@"(?<!\p{L})Nghị quyết[ \t]+(?:Hội nghị[ \t]+)?(?:lần thứ[ \t]+)?Trung ương[ \t]+(?:lần thứ[ \t]+)?(?<n>\d{1,2}|mười một|mười hai|mười ba|mười bốn|mười lăm|mười|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín)(?![\p{L}\p{N}])(?:[ \t]{0,3},?[ \t]{0,3}(?<open>\()?[ \t]{0,3}kh(?:óa|oá)[ \t]{1,3}(?<k>[XVIL]{1,6})(?!\p{L})(?<close>[ \t]{0,3}\))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Plenum();

    // "Đại hội XIII của Đảng" (the national congress by its number) or "Đại hội Đảng bộ tỉnh … lần thứ XIX"; a name never
    // runs over a second "Nghị quyết", so "… của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh …" gives two resolutions.
    [GeneratedRegex(@"(?<!\p{L})Nghị quyết[ \t]+(?<name>[Đđ]ại hội[ \t]+(?:đại biểu[ \t]+toàn quốc[ \t]+)?(?:lần thứ[ \t]+)?[XVIL]{1,6}(?!\p{L})(?:[ \t]+của Đảng(?!\p{L}))?|(?:[Đđ]ại hội|[Đđ]ảng bộ)(?:(?!Nghị quyết)[^;:,.()\n\d]){0,80}?[ \t]lần thứ[ \t]+[XVIL]{1,6}(?!\p{L})(?:[ \t]+của Đảng(?!\p{L}))?)")]
    private static partial Regex Congress();

    [GeneratedRegex(@"(?<!\p{L})Nghị quyết[ \t]+(?:của[ \t]+)?Hội nghị[ \t]+(?:lần thứ[ \t]+)?(?<n>\d{1,2}|mười một|mười hai|mười ba|mười bốn|mười lăm|mười|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín)[ \t,]+(?:của[ \t]+)?(?:Ban[ \t]+[Cc]hấp[ \t]+hành|BCH)[ \t]+(?:Trung ương|TW)(?:[ \t]+Đảng)?(?:[ \t]{0,3},?[ \t]{0,3}\(?[ \t]{0,3}kh(?:óa|oá)[ \t]{1,3}(?<k>[XVIL]{1,6})(?!\p{L})\)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex PlenumByMeeting();

    [GeneratedRegex(@"(?<!\p{L})Nghị quyết[ \t]+(?:số[ \t]+)?(?<a>\d{1,3})[ \t]?/[ \t]?(?<b>\d{1,3})(?![\p{N}/\-])[ \t,]+(?:của[ \t]+)?(?:BCH|Ban Chấp hành)[ \t]+(?:TW|Trung ương)(?:[ \t]+Đảng)?(?:[ \t]+kh(?:óa|oá)[ \t]+[XVIL]{1,6}(?!\p{L}))?")]
    private static partial Regex PartyPair();
}
