namespace PolicyKB.Metadata;

/// <summary>Tests on single lines shared by the header and title readers.</summary>
internal static class HeaderLines
{
    /// <summary>
    /// Openings of the authority line printed under a decision's title (Nghị định 30/2020/NĐ-CP Phụ lục I,
    /// "thẩm quyền ban hành"): "BỘ TRƯỞNG BỘ Y TẾ", "CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH SƠN LA".
    /// </summary>
    private static readonly string[] AuthorityStarts = new[]
    {
        "CHỦ TỊCH", "BỘ TRƯỞNG", "THỦ TƯỚNG", "CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN", "HỘI ĐỒNG", "TỔNG GIÁM ĐỐC",
        "GIÁM ĐỐC", "THỐNG ĐỐC", "CHỦ NHIỆM", "TỔNG KIỂM TOÁN", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH ÁN", "VIỆN TRƯỞNG",
        "TỔNG THANH TRA", "BAN CHẤP HÀNH", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "BAN THƯỜNG VỤ", "TRƯỞNG BAN",
        "CHÁNH VĂN PHÒNG", "TỔNG CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "BỘ TRƯỞNG, CHỦ NHIỆM",
    }.Select(VietnameseText.Fold).ToArray();

    private static readonly string[] Connectors = ["CỦA", "VÀ", "VỚI", "CHO", "TẠI", "VỀ", "ĐỐI VỚI", "THEO", "TRONG", "-", "–"];

    /// <summary>An authority line: capitals, short, opening with an authority word, not a heading or enacting word.</summary>
    public static bool IsAuthority(string text)
    {
        if (!VietnameseText.IsAllCaps(text) || text.EndsWith(':') || text.Split(' ').Length > 15 || Patterns.Heading().IsMatch(text)) return false;
        var folded = VietnameseText.Fold(text);
        return AuthorityStarts.Any(a => VietnameseText.StartsWithWord(folded, a));
    }

    /// <summary>True when a title line ends on a word that needs a continuation ("… CỦA", "… VÀ", "…,").</summary>
    public static bool EndsOpen(string text)
    {
        var folded = VietnameseText.Fold(text.TrimEnd());
        return folded.EndsWith(',') || Connectors.Any(c => folded.EndsWith(" " + c, StringComparison.Ordinal) || folded == c);
    }

    /// <summary>"(Ban hành kèm theo Quyết định số …)", "(Kèm theo …)": the line naming the decision an attachment belongs to.</summary>
    public static bool IsAttachedTo(string text)
    {
        var folded = VietnameseText.Fold(text.TrimStart('(', '*', ' '));
        return folded.StartsWith("BAN HÀNH KÈM THEO", StringComparison.Ordinal) || folded.StartsWith("KÈM THEO", StringComparison.Ordinal);
    }

    /// <summary>Lines that start the content and so can never belong to a title.</summary>
    public static bool StartsBody(string text, bool firstTitleLine)
    {
        if (Patterns.Heading().IsMatch(text) || Patterns.Enacting().IsMatch(text) || IsAttachedTo(text)) return true;
        var folded = VietnameseText.Fold(text);
        if (folded.StartsWith("KÍNH GỬI", StringComparison.Ordinal) || folded == "KÍNH" || folded.StartsWith("NƠI NHẬN", StringComparison.Ordinal)) return true;
        if (!Patterns.LegalBasisStart().IsMatch(text)) return false;
        // A title may itself open with "Thực hiện …" (a plan implementing a decision); a later line may not.
        return !firstTitleLine || !folded.StartsWith("THỰC HIỆN", StringComparison.Ordinal);
    }
}
