namespace PolicyKB.Metadata;

/// <summary>
/// Names of document types as printed on the type line (Nghị định 30/2020/NĐ-CP Điều 7 and Phụ lục III;
/// Luật Ban hành văn bản quy phạm pháp luật for legal documents) and the abbreviations used in số hiệu.
/// </summary>
internal static class DocumentTypes
{
    /// <summary>Type words, longest first so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ".</summary>
    private static readonly (string Fold, string Name)[] Words = new[]
    {
        "Văn bản hợp nhất", "Thông tư liên tịch", "Nghị quyết liên tịch", "Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh",
        "Lệnh", "Nghị định", "Nghị quyết", "Quyết định", "Thông tư", "Chỉ thị", "Kế hoạch", "Thông báo", "Thông cáo",
        "Công điện", "Công văn", "Kết luận", "Hướng dẫn", "Quy định", "Quy chế", "Chương trình", "Đề án",
        "Phương án", "Dự án", "Báo cáo", "Tờ trình", "Biên bản", "Quy trình", "Điều lệ", "Chiến lược",
    }.Select(n => (VietnameseText.Fold(n), n)).OrderByDescending(t => t.Item1.Length).ToArray();

    /// <summary>
    /// The types whose text states its own effect ("Quyết định này có hiệu lực …"), as one regular-expression group, longest
    /// first: the facts rule that stores the effective date and the answer step that quotes it read the same types.
    /// </summary>
    public const string OwnEffectTypes = @"(?:Thông tư liên tịch|Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Kế hoạch|Quy định|Quy chế|Luật|Pháp lệnh|Văn bản|Công văn|Thông báo|Hướng dẫn|Điều lệ)";

    /// <summary>Type abbreviations in số hiệu ("36/KH-SYT", "16/2025/NĐ-CP", "242-KH/TU").</summary>
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["KH"] = "Kế hoạch", ["QĐ"] = "Quyết định", ["NĐ"] = "Nghị định", ["TT"] = "Thông tư", ["TTLT"] = "Thông tư liên tịch",
        ["CT"] = "Chỉ thị", ["NQ"] = "Nghị quyết", ["NQLT"] = "Nghị quyết liên tịch", ["TB"] = "Thông báo", ["CĐ"] = "Công điện",
        ["HD"] = "Hướng dẫn", ["KL"] = "Kết luận", ["QC"] = "Quy chế", ["QyĐ"] = "Quy định", ["CTr"] = "Chương trình",
        ["ĐA"] = "Đề án", ["PA"] = "Phương án", ["BC"] = "Báo cáo", ["TTr"] = "Tờ trình", ["VBHN"] = "Văn bản hợp nhất",
        ["BB"] = "Biên bản", ["L"] = "Lệnh",
    };

    /// <summary>
    /// Reads a type line: the type word and the words printed after it ("KẾ HOẠCH HÀNH ĐỘNG" → "Kế hoạch",
    /// "HÀNH ĐỘNG"). The line must start with the type word.
    /// </summary>
    public static bool TryReadTypeLine(string text, out string type, out string rest)
    {
        var folded = VietnameseText.Fold(text);
        foreach (var (fold, name) in Words)
        {
            if (!folded.StartsWith(fold, StringComparison.Ordinal)) continue;
            var after = folded.Length > fold.Length ? folded[fold.Length] : ' ';
            // A footnote mark glued to the type word ("THÔNG TƯ1" in consolidated texts) still counts.
            if (char.IsLetter(after)) continue;
            type = name;
            rest = text[Math.Min(fold.Length, text.Length)..].TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Trim();
            return true;
        }
        (type, rest) = (string.Empty, string.Empty);
        return false;
    }

    /// <summary>
    /// The type of a type line run into the text after the place and date (crawled text that lost its line breaks:
    /// "Hà Nội, ngày 26 tháng 11 năm 2003 LUẬT SỐ 13/2003/QH11 CỦA QUỐC HỘI …"): the type word printed in capitals,
    /// followed by capitals or nothing. The enacting word ("QUYẾT ĐỊNH:") and running text ("Luật này …") are not one.
    /// </summary>
    public static string? RunIn(string text)
    {
        text = VietnameseText.Squash(text);
        if (!TryReadTypeLine(text, out var type, out var rest) || rest.StartsWith(':')) return null;
        var words = text.Split(' ');
        var typeWords = type.Split(' ').Length;
        if (words.Length < typeWords || !VietnameseText.IsAllCaps(string.Join(' ', words.Take(typeWords)))) return null;
        return words.Length == typeWords || VietnameseText.IsAllCaps(words[typeWords]) ? type : null;
    }

    /// <summary>The canonical name of a type word in any casing ("KẾ HOẠCH" → "Kế hoạch"); null when unknown.</summary>
    public static string? Canonical(string word)
    {
        var folded = VietnameseText.Fold(VietnameseText.Squash(word));
        return Words.FirstOrDefault(w => w.Fold == folded).Name;
    }

    /// <summary>True when the folded words start with a type word ("NGHI DINH SO" …).</summary>
    public static int MatchLength(IReadOnlyList<string> foldedWords, int at)
    {
        foreach (var (fold, _) in Words)
        {
            var parts = fold.Split(' ');
            if (at + parts.Length > foldedWords.Count) continue;
            var ok = true;
            for (var k = 0; k < parts.Length && ok; k++) ok = foldedWords[at + k] == parts[k];
            if (ok) return parts.Length;
        }
        return 0;
    }

    /// <summary>
    /// The type named by a số hiệu's abbreviation: the letters before the first "-" of the part after the
    /// number ("36/KH-SYT" → KH), or of the part before the "/" for party documents ("242-KH/TU").
    /// Null when the abbreviation names an office rather than a type (a công văn: "265/UBND-VHXH").
    /// </summary>
    public static string? FromNumber(string number)
    {
        var parts = number.Split('/');
        foreach (var part in parts)
        {
            foreach (var piece in part.Split('-'))
            {
                if (piece.Length == 0 || char.IsDigit(piece[0])) continue;
                return Codes.TryGetValue(piece, out var type) ? type : null;
            }
        }
        return null;
    }
}
