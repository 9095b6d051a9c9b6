using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// Detectors of typed answer spans in a sentence (regular expressions and a small lexicon): numbers with units,
/// dates and periods, agency names, positions and person names after signer titles, document numbers. A sentence
/// answers a typed question only when it holds a span of the type asked.
/// </summary>
public static partial class TypedSpans
{
    /// <summary>True when <paramref name="sentence"/> holds an answer of <paramref name="type"/>.</summary>
    public static bool Holds(AnswerType type, string sentence) => type switch
    {
        AnswerType.Number => Relevance.HasQuantity(sentence, yearsToo: true) || Coefficient().IsMatch(sentence),
        AnswerType.Date => Date().IsMatch(WithoutCitedDates(sentence)),
        AnswerType.Agency => Agency().IsMatch(sentence),
        AnswerType.Person => Person().IsMatch(sentence) || Agency().IsMatch(sentence),
        AnswerType.DocumentReference => DocumentNumber().IsMatch(sentence),
        _ => true,
    };

    /// <summary>The first số hiệu <paramref name="sentence"/> writes ("09/2022/TT-BLĐTBXH"; not "Điều 5" or "TCVN 1"), or null.</summary>
    public static string? DocumentNumberIn(string sentence) =>
        DocumentNumber().Matches(sentence).Select(m => m.Value).FirstOrDefault(v => v.Contains('/', StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="sentence"/> holds a date as precise as <paramref name="question"/> asks: "năm nào" a year,
    /// "ngày nào" / "trước ngày nào" a day ("ngày 15", "15/01"); other date questions any date or period.
    /// </summary>
    public static bool HoldsDateAsked(string question, string sentence)
    {
        // The date of a cited document answers a question asking when that document was issued (CitedIssueDate).
        if (!CitedIssueDate.Stated(question, sentence)) sentence = WithoutCitedDates(sentence);
        sentence = WithoutYearsNamed(question, sentence);
        var folded = " " + PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(question) + " ";
        if (folded.Contains(" nam nao", StringComparison.Ordinal)) return Year().IsMatch(sentence) || RelativeYear().IsMatch(sentence);
        if (folded.Contains(" ngay nao", StringComparison.Ordinal)) return Day().IsMatch(sentence) || Event().IsMatch(sentence);
        // "phải kiểm định khi nào?": a moment set by an event ("trước khi đưa vào sử dụng") answers "khi nào" as a date does.
        if (folded.Contains(" khi nao", StringComparison.Ordinal) && EventMoment().IsMatch(sentence)) return true;
        return Date().IsMatch(sentence);
    }

    /// <summary>
    /// <paramref name="sentence"/> without the years <paramref name="question"/> itself names standing alone ("chương trình
    /// xây dựng luật năm 2016" asked "gửi … năm 2016 vào lúc nào"): they name what is asked about, not when. A full date in
    /// such a year ("15/3/2016", "tháng 3 năm 2016") stays: it is a date within the year named.
    /// </summary>
    private static string WithoutYearsNamed(string question, string sentence)
    {
        foreach (Match year in Year().Matches(question))
        {
            sentence = Regex.Replace(sentence, $@"(?<![/\-–]\s*|tháng\s+\d{{1,2}}\s+)(?:năm\s+)?(?<!\d){year.Value}(?![\d/])", " ");
        }
        return sentence;
    }

    /// <summary>
    /// <paramref name="sentence"/> without the issue dates of the documents it cites ("Nghị định số 115/2015/NĐ-CP ngày 11
    /// tháng 11 năm 2015", "công văn số 708/AGI-QLDN1 ngày 26/9/2025"): they date another document, not what is asked.
    /// </summary>
    public static string WithoutCitedDates(string sentence) => CitedDate().Replace(sentence, " ");

    /// <summary>A document number (group "n") and the date after it; <see cref="CitedIssueDate"/> reads the same shape.</summary>
    [GeneratedRegex(@"(?<n>\d{1,5}[A-Za-z]?(?:/\d{4})?[/\-]\p{Lu}[\p{L}\d\-/]*)\s*,?\s+ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})")]
    internal static partial Regex CitedDate();

    /// <summary>
    /// True when <paramref name="heading"/> names an agency at its start ("Sở Tài chính", "Công an Tỉnh", "Trách nhiệm của
    /// Bộ Y tế", "Các sở, ban, ngành"): a section given to that agency.
    /// </summary>
    public static bool StartsWithAgency(string heading)
    {
        var match = Agency().Match(heading);
        if (!match.Success) return false;
        var before = heading[..match.Index].Trim().ToLowerInvariant();
        return before is "" or "các" or "trách nhiệm của" or "trách nhiệm của các";
    }

    /// <summary>Where each agency name of <paramref name="sentence"/> begins (its head: "Sở", "Ủy ban", "Công an"…), in order.</summary>
    public static IEnumerable<int> AgencyStarts(string sentence) => Agency().Matches(sentence).Select(m => m.Index);

    /// <summary>Where each position or signer title of <paramref name="sentence"/> begins ("Chủ tịch", "Giám đốc"…), in order.</summary>
    public static IEnumerable<int> PersonStarts(string sentence) => Person().Matches(sentence).Select(m => m.Index);

    /// <summary>
    /// How well <paramref name="sentence"/> holds an answer of <paramref name="type"/>: 1 for a span of that type, 0.5
    /// for the fallback (an agency where a person or position is asked), 0 for none.
    /// </summary>
    public static double Strength(AnswerType type, string sentence) =>
        type == AnswerType.Person && !Person().IsMatch(sentence) ? (Agency().IsMatch(sentence) ? 0.5 : 0) : Holds(type, sentence) ? 1 : 0;

    /// <summary>A bare coefficient or decimal after a colon or "hệ số" ("Trẻ em dưới 4 tuổi: 2.5", "Hệ số 5,0").</summary>
    [GeneratedRegex(@"(?::\s*|[Hh]ệ số\s+|là\s+)\d+(?:[.,]\d+)?\b")]
    private static partial Regex Coefficient();

    /// <summary>
    /// Dates ("ngày 01 tháng 7 năm 2025", "25/12", "01/7/2025"), events ("kể từ ngày ký", "cho đến khi Luật … có hiệu
    /// lực"), periods ("năm 2026", "hằng tháng", "tuần cuối cùng của tháng thứ 3", "cuối quý", "tháng thứ hai").
    /// </summary>
    [GeneratedRegex(@"(?i)\bngày\s+\d{1,2}(?!\d|[.,]\d)(?:\s+tháng\s+\d{1,2})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\btháng\s+\d{1,2}\s+năm\s+\d{4}|\bnăm\s+\d{4}|kể từ ngày (?:ký|thông qua|ban hành)|\bhằng (?:năm|tháng|quý|tuần)|\bhàng (?:năm|tháng|quý|tuần)|\bthường xuyên|\bquý\s+[IV1-4]+|\btuần\s+(?:đầu|cuối|thứ|cuối cùng)\b|\b(?:đầu|cuối|giữa)\s+(?:tháng|quý|năm)\b|\btháng\s+thứ\s+(?:\d+|hai|ba|tư|năm|sáu)\b|\b(?:cho\s+)?đến khi\b")]
    private static partial Regex Date();

    /// <summary>
    /// A year named by its place beside another ("doanh thu của năm trước liền kề", "năm kế tiếp"): a rule that recurs
    /// each year names its year so, and that is the answer to "năm nào".
    /// </summary>
    [GeneratedRegex(@"(?i)\bnăm\s+(?:trước liền kề|liền kề trước|liền trước|trước đó|kế tiếp|tiếp theo|liền sau)\b")]
    private static partial Regex RelativeYear();

    /// <summary>A year as printed ("năm 2026", "2026").</summary>
    [GeneratedRegex(@"(?<![\d/.,])(?:19|20)\d\d(?![\d/.,])")]
    private static partial Regex Year();

    /// <summary>
    /// A day: "ngày 15", "15/01", "15/01/2021". Not a fraction written the same way: "bằng 1/2 mức chi", "1/3 số tiền".
    /// </summary>
    [GeneratedRegex(@"(?i)\bngày\s+\d{1,2}(?!\d|[.,]\d)|(?<!bằng\s{1,3})\b\d{1,2}/\d{1,2}\b(?!\s*(?:mức|số|lần|tổng|giá|thời gian|định mức))")]
    private static partial Regex Day();

    /// <summary>A moment set by an event: "trước khi đưa vào sử dụng", "sau khi hoàn thành", "ngay khi phát hiện".</summary>
    [GeneratedRegex(@"(?i)\b(?:trước|sau|ngay)\s+khi\s+\p{L}")]
    private static partial Regex EventMoment();

    /// <summary>A date given by an event: "kể từ ngày ký", "ngày thông qua".</summary>
    [GeneratedRegex(@"(?i)(?:kể )?từ ngày (?:ký|thông qua|ban hành)|ngày (?:ký|thông qua) ban hành")]
    private static partial Regex Event();

    /// <summary>
    /// Agency names by their heads (Sở, Bộ, Ủy ban, Công an…, "Thuế tỉnh" of the tax offices since 2025, the inspectorates "Thanh tra tỉnh, thành phố, Bộ") and the roles of
    /// bodies ("cơ quan chuyên môn"), and the parties a rule binds by their role ("Tổ chức, cá nhân trả thu nhập …": the
    /// pair, never the verb "tổ chức").
    /// </summary>
    [GeneratedRegex(@"\b(?:Sở|Bộ|Phòng|Trung tâm|UBND|HĐND|Ủy ban|Uỷ ban|Bảo hiểm xã hội|Bệnh viện|Văn phòng|Ban|Chi cục|Cục|Công an|Hội|Chính phủ|Thủ tướng|Quốc hội|Tổng Liên đoàn|Mặt trận|Kho bạc|Ngân hàng|Đài|Hạt|Thuế (?:tỉnh|thành phố|cơ sở)|Thanh tra (?:Chính phủ|tỉnh|thành phố|Bộ|huyện|sở)|[Cc]ơ quan(?: chuyên môn| thường trực)?|[Tt]ổ chức, cá nhân)\b")]
    private static partial Regex Agency();

    /// <summary>Positions and signer titles, optionally followed by a name ("Chủ tịch UBND tỉnh", "Chi cục trưởng", "Thủ trưởng").</summary>
    [GeneratedRegex(@"\b(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Bộ trưởng|Thứ trưởng|Thủ trưởng|Trưởng [Bb]an|Chi cục trưởng|Cục trưởng|Vụ trưởng|Chánh [Vv]ăn phòng|[Nn]gười đứng đầu|kiến trúc sư trưởng|[Đđ]ồng chí\s+\p{Lu}|[Ôô]ng\s+\p{Lu}|[Bb]à\s+\p{Lu})")]
    private static partial Regex Person();

    /// <summary>Document numbers old and new ("20/2023/TT-BLĐTBXH", "05/CT-TTg", "64-CP", "TCVN 14423:2025"), and article lists ("các điều 5 và 6").</summary>
    [GeneratedRegex(@"\d{1,5}[A-Za-z]?(?:/\d{4})?[/\-]\p{Lu}[\p{L}\d\-/]*|TCVN\s*\d+|\b(?:các điều|Điều|khoản)\s+\d+")]
    private static partial Regex DocumentNumber();
}
