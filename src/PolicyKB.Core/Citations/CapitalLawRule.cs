using System.Text.RegularExpressions;

namespace PolicyKB.Citations;

/// <summary>
/// Laws, codes and ordinances cited in capital letters, as headings and titles print them: "KẾ HOẠCH TRIỂN KHAI THI HÀNH
/// LUẬT VIỆC LÀM", "… QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ". Trigger: "LUẬT" or "PHÁP LỆNH" in the
/// text. Outcome: a <see cref="CitationKind.Named"/> candidate keyed like its running-text form ("Luật Phòng thủ dân
/// sự"): the enacted name when known, else the capital words in sentence case. A type word that opens the heading
/// ("LUẬT PHÒNG THỦ DÂN SỰ" as a law's own title) names the document itself and gives nothing; so do amending laws in
/// capitals ("LUẬT SỬA ĐỔI, BỔ SUNG …"), whose name the heading does not end reliably.
/// </summary>
internal sealed partial class CapitalLawRule : ICitationRule
{
    private const int MaxWords = 10;

    // "PHÁP LUẬT" (law in general), "ĐẠI HỌC LUẬT", "KHOA LUẬT": "LUẬT" inside a common noun or a proper name.
    private static readonly HashSet<string> NotBefore = new(StringComparer.Ordinal)
    {
        "pháp", "học", "dân", "khoa", "viện", "trường", "ngành",
    };

    // "LUẬT SƯ" (lawyer), "LUẬT LỆ" (rules), "LUẬT PHÁP" (the law): common nouns, not a law's name.
    private static readonly HashSet<string> NotFirst = new(StringComparer.Ordinal) { "sư", "lệ", "pháp", "định", "gia" };

    /// <inheritdoc />
    public bool Triggers(CitationContext context) =>
        context.Text.Contains("LUẬT", StringComparison.Ordinal) || context.Text.Contains("PHÁP LỆNH", StringComparison.Ordinal);

    /// <inheritdoc />
    public void Find(CitationContext context, List<CitationCandidate> output)
    {
        foreach (Match m in TypePattern().Matches(context.Text))
        {
            if (OpensHeading(context.Text, m.Index) || NotBefore.Contains(PreviousWord(context, m.Index))) continue;
            var type = m.Groups["type"].Value switch { "BỘ LUẬT" => "Bộ luật", "PHÁP LỆNH" => "Pháp lệnh", _ => "Luật" };
            var nameStart = SkipWhitespace(context.Text, m.Index + m.Length);
            if (ReadName(context, nameStart) is not { } name) continue;
            var end = name.End;
            var dateEnd = DateReader.Read(context.Lower, end, allowYearOnly: true, out var date);
            if (dateEnd > 0) end = dateEnd;
            output.Add(new CitationCandidate
            {
                Start = m.Index,
                Length = end - m.Index,
                Kind = CitationKind.Named,
                Key = NamedKey.Of(type, name.Canonical),
                Type = type,
                Name = name.Printed,
                Date = date,
            });
        }
    }

    /// <summary>Nothing but markup before the type word on its line: the heading's own type, not a citation.</summary>
    private static bool OpensHeading(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r') return true;
            if (char.IsLetterOrDigit(c)) return false;
        }
        return true;
    }

    /// <summary>The enacted name printed in capitals, else capital words up to a function word or punctuation.</summary>
    private static LawNameReader.LawName? ReadName(CitationContext ctx, int start)
    {
        if (start >= ctx.Text.Length || !char.IsUpper(ctx.Text[start])) return null;
        if (LawNameReader.ReadKnown(ctx, start) is { } known && !known.Printed.Any(char.IsLower)) return known;
        var text = ctx.Text;
        var pos = start;
        var end = start;
        for (var words = 0; words < MaxWords && pos < text.Length; words++)
        {
            var e = pos;
            while (e < text.Length && char.IsLetter(text[e])) e++;
            var word = text[pos..e];
            if (word.Length == 0 || word.Any(char.IsLower) || LawNameReader.StopWords.Contains(word.ToLowerInvariant())) break;
            end = e;
            if (e >= text.Length || !char.IsWhiteSpace(text[e])) break;
            pos = SkipWhitespace(text, e);
        }
        if (end == start) return null;
        var firstEnd = start;
        while (firstEnd < end && char.IsLetter(text[firstEnd])) firstEnd++;
        if (NotFirst.Contains(ctx.Lower[start..firstEnd])) return null;
        var printed = text[start..end];
        var lower = string.Join(' ', ctx.Lower[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new LawNameReader.LawName(end, printed, char.ToUpperInvariant(lower[0]) + lower[1..]);
    }

    private static string PreviousWord(CitationContext ctx, int start)
    {
        var e = start;
        while (e > 0 && char.IsWhiteSpace(ctx.Text[e - 1])) e--;
        var s = e;
        while (s > 0 && char.IsLetter(ctx.Text[s - 1])) s--;
        return ctx.Lower[s..e];
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index])) index++;
        return index;
    }

    [GeneratedRegex(@"(?<!\p{L})(?<type>BỘ LUẬT|LUẬT|PHÁP LỆNH)(?=\s)")]
    private static partial Regex TypePattern();
}
