namespace PolicyKB.Metadata;

/// <summary>
/// Tests on lines of a signature block (Nghị định 30/2020/NĐ-CP Điều 13 and Phụ lục I, ô số 7: "TM.",
/// "KT.", "TL.", "TUQ.", "Q." marks, the position, the signature, the name) and of "Nơi nhận" (ô số 9).
/// </summary>
internal static partial class SignatureLines
{
    private static readonly string[] Marks = ["TM.", "T/M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q.", "THỪA LỆNH", "THỪA ỦY QUYỀN", "THAY MẶT", "KÝ THAY",
        // "XÁC THỰC VĂN BẢN HỢP NHẤT" over "CHỦ NHIỆM" and a name: a consolidated text's authentication stands where a
        // mark stands, printed on one line with the title and the name as often as above them.
        "XÁC THỰC VĂN BẢN HỢP NHẤT"];

    private static readonly string[] Positions = new[]
    {
        "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG",
        "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "VỤ TRƯỞNG",
        "PHÓ VỤ TRƯỞNG", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "TỔNG CỤC TRƯỞNG",
        "PHÓ TỔNG CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "CHÁNH ÁN", "VIỆN TRƯỞNG",
        "BÍ THƯ", "PHÓ BÍ THƯ", "TỔNG BÍ THƯ", "HIỆU TRƯỞNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "THỦ TRƯỞNG",
        "TỔNG THANH TRA", "CHÁNH THANH TRA", "TRƯỞNG ĐOÀN", "CHỦ TỊCH NƯỚC", "CHỦ TỊCH QUỐC HỘI", "GIÁM ĐỐC SỞ",
    }.Select(VietnameseText.Fold).ToArray();

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC".</summary>
    public static bool IsMark(string text)
    {
        // The cheap tests first (most lines of a body have lower-case letters); the answer is the same in any order.
        if (!VietnameseText.IsAllCaps(text) || text.Split(' ').Length > 12) return false;
        var folded = VietnameseText.Fold(text);
        return Marks.Any(m => folded.StartsWith(m, StringComparison.Ordinal) && (m.EndsWith('.') || VietnameseText.StartsWithWord(folded, m)));
    }

    /// <summary>"TM. …" / "T/M …" / "THAY MẶT …": signing on behalf of a collective body.</summary>
    public static bool IsOnBehalf(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.StartsWith("TM.", StringComparison.Ordinal) || folded.StartsWith("T/M", StringComparison.Ordinal) || folded.StartsWith("THAY MẶT", StringComparison.Ordinal);
    }

    /// <summary>The body after a "TM." mark.</summary>
    public static string OnBehalfBody(string text)
    {
        var folded = VietnameseText.Fold(text);
        var cut = folded.StartsWith("THAY MẶT", StringComparison.Ordinal) ? "THAY MẶT".Length : 3;
        return text[Math.Min(cut, text.Length)..].Trim();
    }

    /// <summary>A known position in capitals ("GIÁM ĐỐC", "PHÓ CHỦ TỊCH"), short.</summary>
    public static bool IsKnownPosition(string text)
    {
        if (!VietnameseText.IsAllCaps(text) || text.Split(' ').Length > 8) return false;
        var folded = VietnameseText.Fold(text);
        return Positions.Any(p => VietnameseText.StartsWithWord(folded, p));
    }

    /// <summary>A line in capitals short enough to be part of a signature block.</summary>
    public static bool IsPositionLike(string text) =>
        VietnameseText.IsAllCaps(text) && text.Split(' ').Length <= 10 && !text.Any(char.IsDigit) && !Patterns.Heading().IsMatch(text)
        && !Patterns.Appendix().IsMatch(text) && !DocumentTypes.TryReadTypeLine(text, out _, out _) && !text.EndsWith(':')
        && !VietnameseText.Fold(text).StartsWith("CỘNG HÒA", StringComparison.Ordinal);

    /// <summary>A person's name, also when printed in capitals with a common family name.</summary>
    public static string? Name(string text)
    {
        var cleaned = VietnameseText.Squash(Patterns.Signed().Replace(text, " ")).Trim('.', ',', ' ');
        if (cleaned.Length == 0 || cleaned.Length > 60) return null;
        if (Patterns.PersonName().IsMatch(cleaned)) return cleaned;
        // "Đại tướng Lương Tam Quang", "PGS.TS. Nguyễn Văn A": a rank or degree printed before the name is kept with it.
        var prefix = Patterns.NamePrefix().Match(cleaned);
        if (prefix.Success && Patterns.PersonName().IsMatch(cleaned[prefix.Length..])) return cleaned;
        return null;
    }

    /// <summary>"Nơi nhận:" with whatever follows the colon.</summary>
    public static bool IsRecipientsLabel(string text, out string rest)
    {
        rest = string.Empty;
        // A fold starts with "N" only when the text does: most lines are rejected without folding them.
        if (text.Length == 0 || text[0] is not ('N' or 'n')) return false;
        var folded = VietnameseText.Fold(text);
        if (!folded.StartsWith("NƠI NHẬN", StringComparison.Ordinal)) return false;
        var colon = text.IndexOf(':');
        rest = colon >= 0 ? text[(colon + 1)..].Trim() : text[Math.Min(8, text.Length)..].Trim();
        return true;
    }

    /// <summary>A recipients list printed without its label on one line ("- Thủ tướng…; - Các bộ…; - Lưu: VT").</summary>
    public static bool IsUnlabelledList(string text) =>
        text.StartsWith('-') && System.Text.RegularExpressions.Regex.Count(text, @";\s*-\s") >= 2;

    /// <summary>Splits a line of recipients into entries, without dashes and final punctuation.</summary>
    public static IEnumerable<string> Items(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"(?:^|;)\s*[-+•]\s+")
            .Select(Clean).Where(s => s.Length > 0);

    /// <summary>
    /// The text without the placeholder of a signature image ("[daky]") or its pieces glued to a neighbour when the
    /// image overlapped the text ("PHÓ THỦ TƯỚNGy]", "y]Phạm Thị Thanh Trà"): a few lower-case letters closed by "]".
    /// </summary>
    public static string WithoutImageDebris(string piece)
    {
        if (piece.IndexOf(']') < 0) return piece;
        return ImageDebris().Replace(piece, "").Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[?\p{Ll}{0,8}\](?=\p{Lu}|\s|$)\s*|(?:(?<=\p{Lu}{2})|(?<=\s)|^)\[?\p{Ll}{0,8}\]$")]
    private static partial System.Text.RegularExpressions.Regex ImageDebris();

    /// <summary>Removes a leading dash and the final ";", "." of one recipient.</summary>
    public static string Clean(string item) => VietnameseText.Squash(item.Trim().TrimStart('-', '+', '•', ' ').TrimEnd(';', '.', ',', ' ', '|'));
}
