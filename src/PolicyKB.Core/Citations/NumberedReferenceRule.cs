using System.Text.RegularExpressions;

namespace PolicyKB.Citations;

/// <summary>
/// Numbered references: a số hiệu in the state shape ("281/QĐ-TTg", "111/2018/NĐ-CP", "265/UBND-VHXH") or the Party shape
/// ("25-CT/TW"), with the type word before it and the date and issuer after it.
/// Trigger: a '/' in the text. Outcome: one <see cref="CitationKind.Numbered"/> candidate per số hiệu, keyed by the
/// normalised number. Numbers without letters (dates "27/02/2021", ratios "3/4", "10/10 xã") never match: a ký hiệu
/// starts with a capital letter (NĐ 30/2020/NĐ-CP Phụ lục I mục 3).
/// </summary>
internal sealed partial class NumberedReferenceRule : ICitationRule
{
    /// <inheritdoc />
    public bool Triggers(CitationContext context) => context.Text.Contains('/');

    /// <inheritdoc />
    public void Find(CitationContext context, List<CitationCandidate> output)
    {
        foreach (Match m in NumberPattern().Matches(context.Text))
        {
            if (TryBuild(context, m) is { } candidate) output.Add(candidate);
        }
    }

    private static CitationCandidate? TryBuild(CitationContext ctx, Match m)
    {
        var numberEnd = m.Index + m.Length;
        var party = m.Groups["pnum"].Success;
        if (!party)
        {
            var codes = m.Groups["codes"].Value.Split('-', StringSplitOptions.TrimEntries);
            if (!codes.All(IsCodeToken)) return null;
            if (codes.Length == 1) numberEnd = ExtendSpaceJoined(ctx, codes[0], numberEnd);
        }
        else if (!IsCodeToken(m.Groups["ptype"].Value) || !m.Groups["piss"].Value.Split('-').All(IsCodeToken))
        {
            return null;
        }

        var raw = ctx.Text[m.Index..numberEnd];
        var number = DocumentNumber.Normalize(raw);
        if (number is null) return null;
        var prefix = TypeWordLocator.Find(ctx, m.Index);
        if (!party && !m.Groups["year"].Success && !number.Contains('-') && prefix.Type is null
            && DocumentNumber.TypeFromNumber(number) is null)
        {
            return null; // "3D/VR360": a lone unknown code is no số hiệu unless a type word announces it
        }

        var type = prefix.Type is null || DocumentCodes.IsGenericTypeWord(prefix.Type)
            ? DocumentNumber.TypeFromNumber(number) ?? prefix.Type
            : prefix.Type;
        var end = numberEnd;
        var e = DateReader.Read(ctx.Text, end, allowYearOnly: false, out var date);
        if (e > 0) end = e;
        e = IssuerReader.Read(ctx, end, out var issuer);
        if (e > 0) end = e;
        if (date is null)
        {
            e = DateReader.Read(ctx.Text, end, allowYearOnly: false, out date);
            if (e > 0) end = e;
        }
        return new CitationCandidate
        {
            Start = prefix.Start,
            Length = end - prefix.Start,
            Kind = CitationKind.Numbered,
            Key = number,
            Number = number,
            Type = type,
            Date = date,
            Issuer = issuer,
            Name = prefix.LawName ?? TrichYeuReader.Read(ctx, end),
        };
    }

    /// <summary>
    /// "5640/QĐ UBND": a type code and an issuer code separated by a space instead of a hyphen; also when the type code
    /// lost its "Đ" ("5640/QD UBND", typed without Vietnamese input or read so by OCR).
    /// </summary>
    private static int ExtendSpaceJoined(CitationContext ctx, string code, int end)
    {
        if (!DocumentCodes.StateTypes.ContainsKey(DocumentCodes.DRestored.GetValueOrDefault(code, code)) || end >= ctx.Text.Length || ctx.Text[end] != ' ') return end;
        var m = SpaceJoinedIssuer().Match(ctx.Text, end);
        return m.Success && DocumentNumber.IsIssuerCode(m.Groups["code"].Value) ? m.Index + m.Length : end;
    }

    /// <summary>
    /// A ký hiệu token is capitals and digits ("UBND", "QH15"), with at most one trailing small letter after two
    /// capitals ("TTg", "CTr", "QĐi"); "Ng" of "978/Ngày" is not one.
    /// </summary>
    internal static bool IsCodeToken(string token)
    {
        if (token.Length == 0) return false;
        int upper = 0, lower = 0;
        foreach (var c in token)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        if (upper == 0) return false;
        return lower == 0 || (lower == 1 && upper >= 2 && char.IsLower(token[^1]));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}/])(?:(?<pnum>\d{1,6})[ \t]?-[ \t]?(?<ptype>[A-ZĐ][A-ZĐa-z]{0,4})[ \t]?/[ \t]?(?<piss>[A-ZĐ][A-ZĐ0-9]{0,11}(?:-[A-ZĐ0-9]{1,12}){0,3})|(?<num>\d{1,6}[A-Z]?)/(?:(?<year>(?:19|20)\d{2})/)?(?<codes>[A-ZĐ][A-ZĐa-z0-9&]{0,15}(?:[ \t]?-[ \t]?[A-ZĐ][A-ZĐa-z0-9&]{0,15}){0,5}))(?![\p{L}\p{N}])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\G (?<code>[A-ZĐ]{2,10})(?![\p{L}\p{N}])")]
    private static partial Regex SpaceJoinedIssuer();
}
