using System.Text.RegularExpressions;

namespace PolicyKB.Web.Services;

/// <summary>
/// Places a document in the hierarchy of issuing bodies, read from its số hiệu's issuer code (Nghị định 30/2020/NĐ-CP
/// Phụ lục VI: the code after the type, e.g. "QĐ-TTg", "TT-BYT", "KH-UBND", "CT/TW") or from its name, so the graph
/// can draw central documents above ministries above local ones.
/// </summary>
public static partial class IssuingLevel
{
    /// <summary>Central Party bodies, National Assembly, Government, Prime Minister.</summary>
    public const string Central = "trung-uong";

    /// <summary>Ministries and ministry-level agencies.</summary>
    public const string Ministry = "bo-nganh";

    /// <summary>Provinces, districts, their Party committees and departments.</summary>
    public const string Local = "dia-phuong";

    /// <summary>Not recognisable.</summary>
    public const string Other = "khac";

    /// <summary>The level of a cited key or a stored document's number, with its issuer as a fallback.</summary>
    public static string Of(string? numberOrKey, string? issuer = null)
    {
        var text = (numberOrKey ?? "").Trim();
        if (IssuerCode().Match(text) is { Success: true } match)
        {
            var code = match.Groups["code"].Value.ToUpperInvariant();
            if (code is "TW" or "TTG" or "CP" or "QH" or "QH13" or "QH14" or "QH15" or "UBTVQH" or "CTN") return Central;
            if (code.StartsWith("UBTVQH", StringComparison.Ordinal) || code.StartsWith("QH", StringComparison.Ordinal)) return Central;
            if (code is "TU" or "HU" or "UBND" or "HĐND" or "TỈNH" or "ĐU" or "BCĐ") return Local;
            if (code.StartsWith('S') && code.Length <= 5) return Local; // Sở: SYT, SGDĐT, STC
            if (code.StartsWith('B') && code.Length >= 2) return Ministry; // BYT, BTC, BNV, BLĐTBXH
        }
        if (text.Contains("UBND", StringComparison.Ordinal) || text.Contains("HĐND", StringComparison.Ordinal)) return Local;
        var words = $"{text} {issuer}".ToLowerInvariant();
        if (words.StartsWith("luật", StringComparison.Ordinal) || words.StartsWith("bộ luật", StringComparison.Ordinal) || words.StartsWith("hiến pháp", StringComparison.Ordinal)) return Central;
        if (words.Contains("tỉnh", StringComparison.Ordinal) || words.Contains("huyện", StringComparison.Ordinal)
            || words.Contains("thành phố", StringComparison.Ordinal) || words.Contains("sở ", StringComparison.Ordinal)) return Local;
        if (words.Contains("trung ương", StringComparison.Ordinal) || words.Contains("toàn quốc", StringComparison.Ordinal)
            || words.Contains("chính phủ", StringComparison.Ordinal) || words.Contains("thủ tướng", StringComparison.Ordinal)
            || words.Contains("quốc hội", StringComparison.Ordinal)) return Central;
        if (words.StartsWith("bộ ", StringComparison.Ordinal) || words.Contains(" bộ y tế", StringComparison.Ordinal)) return Ministry;
        return Other;
    }

    // The last code of a số hiệu: "281/QĐ-TTg" → TTg, "25-CT/TW" → TW, "46/2018/TT-BYT" → BYT.
    [GeneratedRegex(@"[/-](?<code>[\p{Lu}\p{Ll}Đđ0-9]+)\s*$")]
    private static partial Regex IssuerCode();
}
