using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Questions;

/// <summary>
/// Classifies what a question asks for from its question words, read on the folded text so that questions typed
/// without diacritics classify alike. The order matters: "cơ quan nào" asks an agency even in "những cơ quan nào"
/// only when no list is asked; a document word before "nào" asks a reference.
/// </summary>
public static partial class AnswerTypeClassifier
{
    /// <summary>The answer type of <paramref name="question"/>.</summary>
    public static AnswerType Classify(string question)
    {
        var folded = " " + FoldedQuestion.Of(question).Replace('?', ' ').Trim() + " ";
        if (DocumentAsked().IsMatch(folded)) return AnswerType.DocumentReference;
        if (ListAsked().IsMatch(folded)) return AnswerType.List;
        if (NumberAsked().IsMatch(folded)) return AnswerType.Number;
        // "trước khi Quyết định này có hiệu lực" sets a condition ("dự án đã duyệt trước khi … có hiệu lực thì làm thế
        // nào?"): the entry into force it names is not what is asked.
        if (DateAsked().IsMatch(EffectCondition().Replace(folded, " "))) return AnswerType.Date;
        if (LevelNamed().IsMatch(folded)) return AnswerType.Number;
        if (AgencyAsked().IsMatch(folded)) return AnswerType.Agency;
        if (PersonAsked().IsMatch(folded)) return AnswerType.Person;
        if (YesNoAsked().IsMatch(folded)) return AnswerType.YesNo;
        return AnswerType.General;
    }

    /// <summary>
    /// True when <paramref name="question"/> asks an identifier ("công văn số mấy", "số hiệu là gì", "theo điều mấy"): its
    /// answer writes a document or article number, not only a document's name.
    /// </summary>
    public static bool IdentifierAsked(string question) => IdentifierWords().IsMatch(" " + FoldedQuestion.Of(question).Replace('?', ' ').Trim() + " ");

    [GeneratedRegex(@" so (?:may|bao nhieu|hieu) | (?:dieu|khoan|diem|chuong|phu luc) (?:so )?may ")]
    private static partial Regex IdentifierWords();

    /// <summary>
    /// A document word before "nào"/"gì", or an identifier asked ("Tờ trình số mấy", "công văn số bao nhiêu", "số hiệu là
    /// gì"). "số mấy" asks an identifier whatever names it ("chương trình phối hợp số mấy", "… là số mấy", "theo QĐ số
    /// mấy"): a count is asked "bao nhiêu" or "mấy" before its unit, never "số mấy"; nor "điều mấy", "khoản mấy", which
    /// ask the article or clause a text is in.
    /// </summary>
    [GeneratedRegex(@" (?:thong tu|nghi quyet|quyet dinh|chi thi|nghi dinh|van ban|tieu chuan|luat|ke hoach|de an) (?:nao|gi) | so may | (?:dieu|khoan|diem|chuong|phu luc) (?:so )?may | (?:to trinh|cong van|thong bao|bao cao|van ban) so bao nhieu | so hieu (?:nao|gi|la gi|bao nhieu) ")]
    private static partial Regex DocumentAsked();

    /// <summary>
    /// "những … nào", "những … gì" ("chi cho những việc gì", "những nhóm nội dung gì": a list of things, asked either
    /// way), "gồm những", "bao gồm", and "những" before a noun that names kinds of items.
    /// </summary>
    [GeneratedRegex(@" nhung [\p{L} ,]{0,40} (?:nao|gi) | gom nhung | nhung gi | nhung (?:nguon|dieu|benh|phong|nhiem vu|noi dung|co quan|nguoi) | bao gom ")]
    private static partial Regex ListAsked();

    [GeneratedRegex(@" bao nhieu | may | thu may | he so ")]
    private static partial Regex NumberAsked();

    /// <summary>
    /// "Mức hỗ trợ … là?": a level named before "là" asks a number, unless the question asks a date in words of its own
    /// ("Hạn để các đơn vị ban hành định mức máy móc là khi nào?": "định mức" is what is done, "khi nào" what is asked).
    /// </summary>
    [GeneratedRegex(@" muc [\p{L} ]{0,30} la ")]
    private static partial Regex LevelNamed();

    [GeneratedRegex(@" ngay nao | khi nao | luc nao | nam nao | thang nao | thoi gian nao | thoi han | truoc ngay | cham nhat | bao gio | hieu luc ")]
    private static partial Regex DateAsked();

    /// <summary>
    /// "trước khi … có hiệu lực", "sau ngày … có hiệu lực thi hành": an entry into force named as a condition. Not
    /// "trước ngày nào … có hiệu lực", which asks the date.
    /// </summary>
    [GeneratedRegex(@" (?:truoc|sau) (?:khi|ngay) (?:(?!nao |bao gio )[\p{L}\d/\-]+ ){0,10}?(?:co |duoc )?hieu luc (?:thi hanh )?")]
    private static partial Regex EffectCondition();

    [GeneratedRegex(@" (?:co quan|don vi|so|bo|nganh|to chuc|ban) nao | ve dau | o dau | cho ai | noi nao ")]
    private static partial Regex AgencyAsked();

    [GeneratedRegex(@"^ ai | ai (?:la|chiu|phai chiu|chu tri|ky|phu trach) | la ai $| chuc danh | nguoi dung dau ")]
    private static partial Regex PersonAsked();

    [GeneratedRegex(@" co [\p{L} ,]+ (?:khong|hay khong) $| (?:phai|duoc) [\p{L} ,]+ khong $")]
    private static partial Regex YesNoAsked();
}
