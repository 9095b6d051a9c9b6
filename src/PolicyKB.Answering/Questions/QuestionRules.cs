using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Questions;

/// <summary>Patterns shared by the question rules, over folded text padded with spaces.</summary>
internal static partial class QuestionRules
{
    /// <summary>The question asks for documents: "văn bản nào", "những kế hoạch", "quyết định gì".</summary>
    [GeneratedRegex(@" (?:(?:van ban|ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|cong van|huong dan|tai lieu)s?(?: phap ly)? (?:nao|gi)|(?:nhung|cac|bao nhieu) (?:van ban|ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|cong van)) ")]
    public static partial Regex DocumentAsked();

    /// <summary>A relation between documents: implementing, basing on, citing.</summary>
    [GeneratedRegex(@" (?:thuc hien|trien khai|can cu|trich dan|dan chieu|vien dan|nhac den|de cap den|cu the hoa|dua tren|co so phap ly) ")]
    public static partial Regex Relation();

    /// <summary>The legal basis asked directly: "căn cứ pháp lý", "cơ sở pháp lý", "căn cứ vào đâu".</summary>
    [GeneratedRegex(@" (?:can cu phap ly|co so phap ly|can cu vao dau|can cu vao van ban|can cu nhung|duoc ban hanh can cu) ")]
    public static partial Regex BasisAsked();

    /// <summary>A date or deadline asked.</summary>
    [GeneratedRegex(@" (?:khi nao|thoi han|han chot|cham nhat|truoc ngay|bao gio|ngay nao|thoi gian nao|dot nao|thang nao|quy nao|thoi diem nao|han cuoi|luc nao) ")]
    public static partial Regex DeadlineAsked();

    /// <summary>A responsible body asked.</summary>
    [GeneratedRegex(@" (?:ai|co quan nao|don vi nao|so nao|phong nao|ban nao|nganh nao|cap nao|chu tri|phu trach|chiu trach nhiem|dau moi|giao cho|nhiem vu cua|phoi hop voi) ")]
    public static partial Regex ResponsibilityAsked();

    /// <summary>A number asked (folded).</summary>
    [GeneratedRegex(@" (?:bao nhieu|ty le|ty so|ty suat|chi tieu|muc tieu|so luong|phan tram|toi thieu|toi da|dat muc) ")]
    public static partial Regex QuantityAsked();
}
