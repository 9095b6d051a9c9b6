namespace PolicyKB.Citations;

/// <summary>
/// Central Party organs as printed after a short form: "Nghị quyết 21 của BCH Trung ương Đảng khóa XII", "Chỉ thị 05 của
/// Bộ Chính trị", "Kết luận 72 của Ban Bí thư". Their documents are numbered "số-loại/TW" (Hướng dẫn 36-HD/VPTW), so a
/// short form they issued names its full number: 21-NQ/TW.
/// </summary>
internal static class PartyIssuer
{
    private static readonly string[] Central = ["trung ương", "bch tw", "bchtw", "bộ chính trị", "ban bí thư"];

    private static readonly string[] Local = ["tỉnh", "thành ủy", "huyện", "đảng bộ", "tu", "hu"];

    /// <summary>True when <paramref name="issuer"/> is the Central Committee, the Politburo or the Secretariat.</summary>
    public static bool IsCentral(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer)) return false;
        var words = " " + string.Join(' ', issuer.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        if (Local.Any(l => words.Contains(" " + l + " ", StringComparison.Ordinal))) return false;
        return Central.Any(c => words.Contains(" " + c + " ", StringComparison.Ordinal))
            || words.Contains(" tw ", StringComparison.Ordinal);
    }

    /// <summary>The Party number a central organ gives a short form ("Nghị quyết", "21" → "21-NQ/TW"), or null.</summary>
    public static string? Number(string type, string serial)
    {
        var code = DocumentCodes.PartyTypes.FirstOrDefault(p => p.Value == type).Key;
        return code is null ? null : $"{serial}-{code}/TW";
    }
}
