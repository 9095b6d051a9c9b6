using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// A deadline asked ("phải xong trước ngày nào", "hạn để … là khi nào", "chậm nhất khi nào") is a date set as a limit
/// ("… trước ngày 31 tháng 12 năm 2025", "chậm nhất ngày 15/01", "Thời hạn hoàn thành: …"), not any date beside the
/// subject: a plan's narrative dates past events ("Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP …") and its lists cite
/// documents by their dates. Read from the question's and the sentence's own words only.
/// </summary>
public static partial class DeadlineSentences
{
    /// <summary>True when <paramref name="question"/> asks a time limit.</summary>
    public static bool Asked(string question) => AskedLimit().IsMatch(" " + string.Join(' ', Words().Matches(VietnameseNormalizer.Fold(question)).Select(m => m.Value)) + " ");

    /// <summary>True when <paramref name="sentence"/> sets a time limit ("trước ngày …", "chậm nhất …", "thời hạn …").</summary>
    public static bool States(string sentence) => Limit().IsMatch(VietnameseNormalizer.Fold(sentence));

    /// <summary>Letters and digits: the question's words without its punctuation.</summary>
    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Words();

    /// <summary>
    /// Folded words: "trước ngày/thời điểm/tháng nào", "chậm nhất", "hạn chót", "thời hạn … khi nào/ngày nào", a question
    /// opening with "hạn" ("Hạn để … là khi nào?"), "hạn cuối".
    /// </summary>
    [GeneratedRegex(@" truoc (?:ngay|thoi diem|thang|quy|nam) nao | cham nhat | han chot | han cuoi |^ han (?!che)| thoi han (?:\S+ ){0,6}?(?:khi nao|ngay nao|bao gio) ")]
    private static partial Regex AskedLimit();

    /// <summary>Folded: "trước ngày", "trước 30/11", "trước tháng/quý …", "chậm nhất", "hạn chót", "thời hạn …:", "đến hết ngày".</summary>
    [GeneratedRegex(@"\btruoc\s+(?:ngay|thang|quy|thoi diem)\s+\d|\btruoc\s+\d{1,2}/\d{1,2}|\bcham nhat\b|\bhan chot\b|\bthoi han(?: hoan thanh| thuc hien)?\s*:|\bden het ngay\b")]
    private static partial Regex Limit();
}
