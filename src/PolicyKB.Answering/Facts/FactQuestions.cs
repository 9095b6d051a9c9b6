using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Tells which fact a question asks for, from its wording with accents folded (so "ai ky" typed without accents
/// reads as "ai ký"). Only the asking phrases are matched, never the subject: the document is found by
/// <see cref="Retrieval.DocumentFocus"/> and the value comes from the stored facts.
/// </summary>
public static partial class FactQuestions
{
    /// <summary>The fact <paramref name="question"/> asks for, or <see cref="FactQuestionKind.None"/>.</summary>
    public static FactQuestionKind Classify(string question)
    {
        var q = " " + string.Join(' ', VietnameseNormalizer.Fold(question)
            .Split([' ', ',', '?', '.', ';', ':', '!', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)) + " ";
        bool Has(params string[] phrases) => phrases.Any(p => q.Contains(" " + p + " ", StringComparison.Ordinal));
        // A relation question names what kind of text is asked for ("thông tư nào", "những điều nào").
        var which = Has("nao", "gi", "nhung", "cac") && Has("van ban", "thong tu", "nghi quyet", "nghi dinh", "quyet dinh", "chi thi", "ke hoach", "luat", "dieu", "khoan", "quy dinh");
        var when = Has("ngay nao", "khi nao", "luc nao", "thoi diem nao", "tu ngay nao", "bao gio", "nam nao", "thang nao");

        // Expiry ("hết hiệu lực vào ngày nào") is no fact the store holds: leave it to the text.
        if (Has("het hieu luc") && when) return FactQuestionKind.None;
        if (Has("ai ky", "nguoi ky", "ky boi", "ai da ky", "ai la nguoi ky") || SignerTitleAsked().IsMatch(q)) return FactQuestionKind.Signer;
        // "gửi ai", "gửi cho những tỉnh nào", "trả lời cho công ty nào": the recipient asked, not a deadline for sending.
        if (Addressee().IsMatch(q)) return FactQuestionKind.Addressee;
        if (Has("con hieu luc", "het hieu luc chua", "con duoc ap dung")) return FactQuestionKind.EffectStatus;
        if (Has("hieu luc") && when && !Has("het hieu luc")) return FactQuestionKind.EffectiveOn;
        // "giao … ban hành Nghị quyết …, hoàn thành khi nào?" asks a task's deadline, not when the named document was issued.
        // "Hạn để các đơn vị ban hành định mức là khi nào?" asks the time limit set for a task ("hạn" of doing it), not
        // when a document was issued; which task's limit is left to the text.
        var limit = Has("thoi han", "han chot", "han de", "han cuoi") || q.StartsWith(" han ", StringComparison.Ordinal);
        if (when && Has("ban hanh", "thong qua", "ky ban hanh", "duoc ky") && !Has("hoan thanh") && !limit) return FactQuestionKind.IssuedOn;
        if (which && Has("bai bo", "lam het hieu luc", "het hieu luc")) return FactQuestionKind.Repeals;
        if (which && Has("thay the")) return FactQuestionKind.Replaces;
        if (which && Has("sua doi", "bo sung")) return FactQuestionKind.Amends;
        // A list of tasks: asked by agency or by period, in the question's form; a named agency and a period come from the wording.
        var listing = Has("lam gi", "nhiem vu gi", "nhiem vu nao", "nhung nhiem vu", "cac nhiem vu", "viec gi", "viec nao", "cong viec gi", "cong viec nao", "nhung viec")
            || Has("chu tri") && Has("nhung", "nao", "gi") && !Has("co quan nao", "don vi nao", "so nao", "ai", "noi nao");
        if (listing && FactPeriod.Read(question) is not null) return FactQuestionKind.PeriodTasks;
        if (listing && FactAgencyMention.Find(question) is not null) return FactQuestionKind.AgencyTasks;
        if (Has("bao nhieu", "la may", "muc nao") && Has("chi tieu", "muc tieu", "phan dau", "dat", "dat ra", "du kien dat")) return FactQuestionKind.TargetValue;
        // "Ai lo …", "sở nào phụ trách …" ask the lead in the words people use.
        if (Has("chu tri", "phu trach", "lo") && Has("co quan nao", "don vi nao", "so nao", "ai", "noi nao")) return FactQuestionKind.TaskLead;
        // "phải xong khi nào" says "hoàn thành" in a word people use.
        if (Has("thoi han", "han chot", "hoan thanh truoc", "hoan thanh khi nao", "hoan thanh vao", "xong truoc", "xong khi nao", "xong vao", "phai xong"))
            return when || Has("thoi han", "han chot") ? FactQuestionKind.TaskDeadline : FactQuestionKind.None;
        return FactQuestionKind.None;
    }

    /// <summary>A signer asked by the title signing ("Phó Thủ tướng nào ký", "Thứ trưởng nào đã ký"), folded.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@" (?:thu tuong|bo truong|thu truong|chu tich|giam doc|cuc truong|vu truong|truong ban|tong cuc truong|chanh van phong) nao (?:da )?ky ")]
    private static partial System.Text.RegularExpressions.Regex SignerTitleAsked();

    /// <summary>
    /// The recipient asked, folded: "gửi (cho|đến|tới) ai / những … nào / cơ quan nào", "trả lời cho … nào", "kính gửi ai".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@" (?:gui|kinh gui|tra loi)(?: cho| den| toi)? (?:ai|(?:nhung|cac) (?:[a-z]+ ){1,4}nao|(?:co quan|don vi|tinh|cong ty|doanh nghiep|dia phuong|to chuc|bo|so|nganh|ca nhan|noi) nao) ")]
    private static partial System.Text.RegularExpressions.Regex Addressee();
}
