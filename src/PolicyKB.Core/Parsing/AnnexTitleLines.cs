using PolicyKB.Metadata;

namespace PolicyKB.Parsing;

/// <summary>
/// The lines under an annex label printed alone ("Mẫu số 01", then the form): a form repeats a letterhead before its name
/// (quốc hiệu and tiêu ngữ, Nghị định 30/2020/NĐ-CP Phụ lục I ô 1; placeholders "TÊN DOANH NGHIỆP/", "Số: …",
/// "…, ngày … tháng … năm …"), and the first line after it that reads as a title is the annex's name
/// ("ĐỀ NGHỊ HỖ TRỢ TIỀN THUÊ NHÀ", "DANH SÁCH NGƯỜI LAO ĐỘNG …", "Đề nghị hỗ trợ tiền thuê nhà").
/// </summary>
internal static class AnnexTitleLines
{
    private const int MaxTitle = 160;

    /// <summary>
    /// Whether a line is part of a form's letterhead. <paramref name="continues"/> carries a placeholder broken after a
    /// slash ("TÊN DOANH NGHIỆP/" / "HỢP TÁC XÃ/" / "HỘ KINH DOANH") to its next line.
    /// </summary>
    public static bool IsLetterhead(string text, ref bool continues)
    {
        var t = Clean(text);
        var folded = VietnameseText.Fold(t);
        var isLetterhead = continues
            || folded.StartsWith("CỘNG HÒA XÃ HỘI", StringComparison.Ordinal) || folded.StartsWith("ĐỘC LẬP", StringComparison.Ordinal)
            || t.All(c => c is '-' or '_' or '=' or '.' or '…' or ' ')
            || folded.StartsWith("TÊN ", StringComparison.Ordinal) && LabelText.UppercaseShare(t) > 0.8
            || folded.StartsWith("SỐ:", StringComparison.Ordinal) || folded.StartsWith("SỐ :", StringComparison.Ordinal)
            || IsDatePlaceholder(t);
        continues = isLetterhead && t.EndsWith('/');
        return isLetterhead;
    }

    /// <summary>A name: a few words, not a sentence, a list lead-in or a note in brackets.</summary>
    public static bool IsTitle(string text)
    {
        var t = Clean(text);
        return t.Length is > 0 and <= MaxTitle && t.Contains(' ') && char.IsLetter(t[0])
            && t[^1] is not ('.' or ':' or ';' or ',') && !t.Contains("...", StringComparison.Ordinal) && !t.Contains('…');
    }

    /// <summary>The line as the annex heading.</summary>
    public static string Name(string text) => AnnexTitle.NameOf(Clean(text));

    private static bool IsDatePlaceholder(string t) =>
        t.Contains("ngày", StringComparison.OrdinalIgnoreCase) && t.Contains("tháng", StringComparison.OrdinalIgnoreCase)
        && t.Contains("năm", StringComparison.OrdinalIgnoreCase) && (t.Contains("...", StringComparison.Ordinal) || t.Contains('…'));

    private static string Clean(string text) => text.Replace("**", "", StringComparison.Ordinal).Trim().Trim('*', '#', '_', ' ');
}
