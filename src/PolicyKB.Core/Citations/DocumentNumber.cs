using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Citations;

/// <summary>
/// Canonical số hiệu. Two shapes exist: the state shape "số/ký hiệu" or "số/năm/ký hiệu" (Nghị định 30/2020/NĐ-CP
/// Phụ lục I mục 3; the year is printed for legal documents, Nghị định 34/2016/NĐ-CP Điều 58) and the Party shape
/// "số-loại/cơ quan" (Hướng dẫn 36-HD/VPTW: "25-CT/TW", "242-KH/TU").
/// </summary>
public static partial class DocumentNumber
{
    /// <summary>
    /// Normalises a printed number: spaces removed, codes upper-cased with "TTg", "CTr", "TTr", "QĐi" kept in mixed case,
    /// "Đ" restored where a known code lost it (QD→QĐ, ND→NĐ, HDND→HĐND, BLDTBXH→BLĐTBXH), and a hyphen inserted between
    /// a known type code and an issuer code typed together ("46/2018/TTBYT" → "46/2018/TT-BYT").
    /// A bare ký hiệu without digits ("qd-ttg") is normalised the same way. Returns null when the text is no số hiệu.
    /// </summary>
    public static string? Normalize(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 120) return null;
        var compact = Compact(raw);
        var party = PartyShape().Match(compact);
        if (party.Success)
        {
            var type = FixCode(party.Groups["type"].Value);
            var issuer = JoinCodes(party.Groups["issuer"].Value);
            return issuer is null ? null : $"{party.Groups["num"].Value.ToUpperInvariant()}-{type}/{issuer}";
        }
        var state = StateShape().Match(compact);
        if (state.Success)
        {
            var year = state.Groups["year"].Success ? state.Groups["year"].Value + "/" : "";
            var codes = JoinCodes(state.Groups["codes"].Value, splitTypePrefix: true);
            return codes is null ? null : $"{state.Groups["num"].Value.ToUpperInvariant()}/{year}{codes}";
        }
        if (!BareCodes().IsMatch(compact)) return null;
        // A bare ký hiệu must open with a known type or issuer code, else "COVID-19" would be one.
        var bare = JoinCodes(compact, splitTypePrefix: true);
        var first = bare?.Split('-')[0];
        return first is not null && (DocumentCodes.StateTypes.ContainsKey(first) || DocumentNumber.IsIssuerCode(first)) ? bare : null;
    }

    /// <summary>
    /// The full type word a number announces through its code: "265/UBND-VHXH" → "Công văn" (a ký hiệu without type code
    /// is a công văn, NĐ 30/2020 Phụ lục III), "4564/BC-SYT" → "Báo cáo", "25-CT/TW" → "Chỉ thị". Null when the code does not
    /// tell ("163/2024/QH15" may be a Luật or a Nghị quyết).
    /// </summary>
    public static string? TypeFromNumber(string number)
    {
        var normalized = Normalize(number);
        if (normalized is null) return null;
        var party = PartyShape().Match(normalized);
        if (party.Success) return DocumentCodes.PartyTypes.GetValueOrDefault(party.Groups["type"].Value);
        var state = StateShape().Match(normalized);
        if (!state.Success) return null;
        var codes = state.Groups["codes"].Value.Split('-');
        if (DocumentCodes.StateTypes.TryGetValue(codes[0], out var type)) return type;
        if (state.Groups["year"].Success) return null;
        return IsIssuerCode(codes[0]) ? "Công văn" : null;
    }

    /// <summary>The leading serial of a number ("25" of "25-CT/TW", "281" of "281/QĐ-TTg"), used to resolve short forms.</summary>
    internal static string Serial(string number)
    {
        var end = 0;
        while (end < number.Length && char.IsAsciiLetterOrDigit(number[end])) end++;
        return number[..end];
    }

    /// <summary>True for codes that name an issuer rather than a type ("UBND", "BYT", "SYT", "TTg").</summary>
    internal static bool IsIssuerCode(string code) =>
        DocumentCodes.IssuerCodes.Contains(code) || (code.Length >= 3 && (code[0] == 'B' || code[0] == 'S'));

    private static string Compact(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim().TrimEnd('.', ',', ';', ')'))
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static string? JoinCodes(string codes, bool splitTypePrefix = false)
    {
        var parts = codes.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var fixedParts = parts.Select(FixCode).ToList();
        if (splitTypePrefix && fixedParts.Count == 1 && SplitTypePrefix(fixedParts[0]) is { } split) return split;
        return string.Join('-', fixedParts);
    }

    /// <summary>"TTBYT" → "TT-BYT", "NĐCP" → "NĐ-CP": only when the rest is an issuer code, so "TTLT" and "HĐND" stay whole.</summary>
    private static string? SplitTypePrefix(string code)
    {
        if (DocumentCodes.StateTypes.ContainsKey(code) || IsIssuerCode(code)) return null;
        foreach (var type in DocumentCodes.StateTypes.Keys.OrderByDescending(k => k.Length))
        {
            if (type.Length >= code.Length || !code.StartsWith(type, StringComparison.Ordinal)) continue;
            var rest = FixCode(code[type.Length..]);
            if (IsIssuerCode(rest)) return type + "-" + rest;
        }
        return null;
    }

    private static string FixCode(string code)
    {
        var upper = PolicyKB.Text.FastCharacters.ToUpperInvariant(code);
        if (DocumentCodes.Merged.TryGetValue(upper, out var merged)) return merged;
        upper = DocumentCodes.DRestored.GetValueOrDefault(upper, upper);
        if (DocumentCodes.MixedCase.TryGetValue(upper, out var mixed)) return mixed;
        // Types typed without Đ inside a longer code ("QDUBND") are restored before the split.
        foreach (var (ascii, restored) in DocumentCodes.DRestored)
        {
            if (ascii.Length >= 2 && upper.StartsWith(ascii, StringComparison.Ordinal) && upper.Length > ascii.Length
                && IsIssuerCode(FixCode(upper[ascii.Length..])))
            {
                return restored + FixCode(upper[ascii.Length..]);
            }
        }
        return upper;
    }

    [GeneratedRegex(@"^(?<num>\d{1,6}[A-Za-z]?)-(?<type>[A-Za-zĐđ]{1,6})/(?<issuer>[A-Za-zĐđ0-9]{1,12}(?:-[A-Za-zĐđ0-9]{1,12}){0,3})$")]
    private static partial Regex PartyShape();

    [GeneratedRegex(@"^(?<num>\d{1,6}[A-Za-z]?)/(?:(?<year>(?:19|20)\d{2})/)?(?<codes>[A-Za-zĐđ][A-Za-zĐđ0-9&]{0,15}(?:-[A-Za-zĐđ0-9&]{1,16}){0,5})$")]
    private static partial Regex StateShape();

    [GeneratedRegex(@"^[A-Za-zĐđ]{1,8}(?:-[A-Za-zĐđ0-9]{1,12}){0,4}$")]
    private static partial Regex BareCodes();
}
