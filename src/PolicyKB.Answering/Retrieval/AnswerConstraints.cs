using System.Text.RegularExpressions;
using PolicyKB.Answering.Facts;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// What a quoted sentence must hold beyond the question's words, so that a question the documents do not answer is
/// refused instead of answered with a sentence that only shares its subject:
/// the agency the question is about ("Bộ Quốc phòng có trách nhiệm gì?") must be named by the clause (or be the
/// document's issuer); a form to fill in ("Tôi chưa nhận tiền hỗ trợ của tháng.........") states nothing; and "Giám đốc
/// … là ai?" asks a person's name, which a sentence naming only the position does not give.
/// </summary>
public static partial class AnswerConstraints
{
    /// <summary>Words of an agency's name a clause must repeat to name it ("Bộ Quốc phòng", "Trung tâm Phục vụ").</summary>
    private const int NameWords = 3;

    /// <summary>Longest member-list item naming an office as the holder of a position.</summary>
    private const int MaxMemberLength = 150;

    /// <summary>Most characters between a position and the office paired with it in a member-list item.</summary>
    private const int MaxPairGap = 40;

    /// <summary>Openings of a name that fit any body or person ("cơ quan", "các sở", "Giám đốc"): they single out none.</summary>
    private static readonly string[] Generic =
        ["co quan", "don vi", "cac", "giam doc", "pho", "chu tich", "thu truong", "truong", "lanh dao", "thu tuong", "chinh phu", "to chuc"];

    /// <summary>
    /// The agency <paramref name="question"/> is about, as printed, or null: none named, typed in lower case, or a
    /// generic body or a position.
    /// </summary>
    public static string? AgencyAsked(QuestionAnalysis question)
    {
        var name = FactAgencyMention.Find(question.Question);
        if (name is null) return null;
        var key = FactAgencyMention.Key(name);
        return Generic.Any(g => key == g || key.StartsWith(g + " ", StringComparison.Ordinal)) ? null : name;
    }

    /// <summary>
    /// True when <paramref name="agency"/> is null, or is named in the clause's text, its headings or frame, or is the
    /// document's own issuer (every clause of a ministry's decision speaks for that ministry); an acronym the question
    /// types names the body the clause writes in full (<see cref="AgencyAcronym"/>).
    /// </summary>
    public static bool NamesAgency(string? agency, RetrievedClause clause, string headings)
    {
        if (agency is null) return true;
        var words = FactAgencyMention.Key(agency).Split(' ');
        if (words.Length < 2) return true;
        var prefix = " " + string.Join(' ', words.Take(NameWords)) + " ";
        var metadata = clause.Document.Document.Metadata;
        var text = $"{clause.Clause.Text} {headings} {clause.FrameText} {metadata.Issuer} {metadata.Title}";
        var padded = " " + FactAgencyMention.Key(text) + " ";
        // "Hội đồng TĐKT" is named where the clause writes "Hội đồng Thi đua - Khen thưởng" (AgencyAcronym).
        return padded.Contains(prefix, StringComparison.Ordinal) || AgencyAcronym.Names(agency, NameWords, padded) == true;
    }

    /// <summary>True when <paramref name="sentence"/> is a form's field to fill in (a run of dots or underscores).</summary>
    public static bool IsBlankForm(string sentence) => Blank().IsMatch(sentence);

    /// <summary>
    /// True unless <paramref name="question"/> asks who holds a position it names ("Giám đốc Trung tâm … là ai?") and
    /// <paramref name="sentence"/> gives no personal name.
    /// </summary>
    public static bool NamesPersonAsked(string question, string sentence) =>
        !PositionHolderAsked().IsMatch(question) || PersonalName().IsMatch(sentence) || HoldsOtherOffice(question, sentence);

    /// <summary>True when <paramref name="text"/> names a person: a common family name and one to three more capitalised syllables.</summary>
    public static bool HasPersonalName(string text) => PersonalName().IsMatch(text);

    /// <summary>The spans of <paramref name="text"/> read as personal names (see <see cref="HasPersonalName"/>).</summary>
    public static MatchCollection PersonalNames(string text) => PersonalName().Matches(text);

    /// <summary>
    /// True when <paramref name="sentence"/> pairs the position asked with an office of some body the question does not
    /// name ("Bộ trưởng Bộ Nội vụ, Phó Trưởng ban thường trực" for "Phó trưởng ban thường trực … là ai?"): a committee's
    /// members are given by the offices they hold, and that office is the answer. Only a short member-list item pairs
    /// them, with nothing but a comma or colon between: a sentence where an office does something says nothing of who
    /// holds the position.
    /// </summary>
    private static bool HoldsOtherOffice(string question, string sentence)
    {
        if (sentence.Length > MaxMemberLength || AskedPosition().Match(FoldedLower(question)) is not { Success: true } position) return false;
        var folded = FoldedLower(sentence);
        var at = folded.IndexOf(position.Value, StringComparison.Ordinal);
        if (at < 0) return false;
        var asked = " " + FoldedLower(question) + " ";
        foreach (Match office in Office().Matches(folded))
        {
            if (asked.Contains(" " + office.Groups["title"].Value + " ", StringComparison.Ordinal)) continue;
            var between = office.Index < at ? folded[(office.Index + office.Length)..at] : folded[(at + position.Length)..office.Index];
            if (between.Length <= MaxPairGap && (between.Contains(',') || between.Contains(':'))) return true;
        }
        return false;
    }

    private static string FoldedLower(string text) => PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(text);

    /// <summary>The position a "… là ai?" question names, folded: its title word and the word after it ("pho truong", "giam doc trung").</summary>
    [GeneratedRegex(@"\b(?:giam doc|chu tich|bo truong|thu truong|truong|pho|chanh|cuc truong|vu truong|bi thu)\s+\p{L}+")]
    private static partial Regex AskedPosition();

    /// <summary>An office, folded: a title and the body it heads ("bo truong bo", "giam doc so", "pho thu tuong chinh phu").</summary>
    [GeneratedRegex(@"\b(?<title>(?:pho\s+)?(?:bo truong|thu truong|giam doc|chu tich|thu tuong|chanh van phong|cuc truong|vu truong|tong cuc truong|bi thu|thong doc|vien truong|chanh an|chu nhiem))\s+(?:bo|so|uy ban|ubnd|chinh phu|ngan hang|van phong|cuc|vu|tong cuc|vien|toa an|ban|tinh|thanh)\b")]
    private static partial Regex Office();

    [GeneratedRegex(@"\.{5,}|…{2,}|_{4,}")]
    private static partial Regex Blank();

    /// <summary>A position named, then "là ai" / "là người nào": who holds it.</summary>
    [GeneratedRegex(@"(?i)\b(?:giám đốc|chủ tịch|bộ trưởng|thứ trưởng|trưởng|phó|chánh|cục trưởng|vụ trưởng|bí thư|giam doc|chu tich|bo truong|truong)\b.*\b(?:là|la)\s+(?:ai|người nào|nguoi nao)\b")]
    private static partial Regex PositionHolderAsked();

    /// <summary>A Vietnamese personal name: a common family name and one to three more capitalised syllables.</summary>
    [GeneratedRegex(@"\b(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trương|Đinh|Lâm|Mai|Tạ|Đào|Cao|Lương|Hà|Thái|Đoàn|Vương|Triệu|Chu|Kiều|Lưu|Tô|Nông|Lò|Quách|Tôn|Châu|La|Âu|Thân|Văn|Trịnh|Khúc|Kim|Giang)(?:\s+\p{Lu}\p{Ll}*){1,3}\b")]
    private static partial Regex PersonalName();
}
