using System.Text.RegularExpressions;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// How well a text answers a question: the rarity-weighted share of the question's subject words it contains, and
/// whether it holds the kind of fact asked (a quantity, a date, a responsible body).
/// </summary>
public static partial class Relevance
{
    /// <summary>Rarity-weighted share (0–1) of <paramref name="question"/>'s subject words found in <paramref name="keys"/>.</summary>
    public static double Coverage(QuestionAnalysis question, IReadOnlySet<string> keys, TermStatistics terms)
    {
        if (question.ContentKeys.Count == 0) return 0;
        double found = 0, total = 0;
        foreach (var key in question.ContentKeys)
        {
            var weight = terms.Idf(key, question.Folded);
            total += weight;
            if (keys.Contains(key) || Equivalent(key).Any(keys.Contains)) found += weight;
        }
        return total <= 0 ? 0 : found / total;
    }

    /// <summary>
    /// As <see cref="Coverage(QuestionAnalysis, IReadOnlySet{string}, TermStatistics)"/> over a text's keys in order, a
    /// syllable found only apart from its neighbours in the question counting less (<see cref="CompoundMatch"/>).
    /// </summary>
    public static double Coverage(QuestionAnalysis question, List<string> orderedKeys, TermStatistics terms, CompoundMatch compounds)
    {
        if (question.ContentKeys.Count == 0) return 0;
        var keys = orderedKeys.ToHashSet(StringComparer.Ordinal);
        var pairs = CompoundMatch.Pairs(orderedKeys);
        double found = 0, total = 0;
        foreach (var key in question.ContentKeys)
        {
            var weight = terms.Idf(key, question.Folded);
            total += weight;
            if (keys.Contains(key)) found += weight * compounds.Weight(key, keys, pairs);
            else if (Equivalent(key).Any(keys.Contains)) found += weight;
        }
        return total <= 0 ? 0 : found / total;
    }

    /// <summary>
    /// The ranking score of a candidate: coverage first, then the search rank (<paramref name="searchShare"/>, 0–1 of the
    /// best), whether the clause holds the kind of fact asked, the unit asked, and the place named.
    /// </summary>
    public static double Score(QuestionAnalysis question, RetrievedClause candidate, double searchShare)
    {
        var fact = HoldsFact(question, candidate.Clause.Text) ? 1.0 : 0.0;
        var unit = UnitCoverage(question, candidate.ContextKeys);
        var place = question.Places.Count > 0 && candidate.Document.Places.Overlaps(question.Places) ? 1.0 : 0.0;
        var heading = HeadingNamed(question, candidate) ? 1.0 : 0.0;
        return 0.55 * candidate.Coverage + 0.15 * searchShare + 0.15 * fact + 0.1 * unit + 0.05 * place + 0.15 * heading;
    }

    /// <summary>
    /// True when the question names the clause's heading, or the heading of a section above it, as a phrase ("Sở Tài
    /// chính", "Kinh phí thực hiện", "Mục tiêu"): in plans the heading says whose task or which topic the clauses under it
    /// are, so naming it picks them out from look-alikes. Every clause under the heading named is about it: a bullet with
    /// a heading of its own ("a) Chất lượng môi trường không khí …") under "MỤC TIÊU" is a target as much as its sibling
    /// section without one, which would otherwise outrank it on the section's heading alone.
    /// </summary>
    public static bool HeadingNamed(QuestionAnalysis question, RetrievedClause candidate) =>
        candidate.Ancestors.Append(candidate.Clause).Select(c => c.Heading).Where(h => h.Length > 0).Any(h => Names(question, candidate, h));

    private static bool Names(QuestionAnalysis question, RetrievedClause candidate, string heading)
    {
        var keys = SyllableKeys.Keys(heading, question.Folded);
        if (keys.Count < 2 || keys.Count > question.AllKeys.Count) return false;
        // A heading that only repeats the document's subject ("Hoạt động kỷ niệm" in a plan about a commemoration) tells
        // its clauses apart from nothing.
        var title = SyllableKeys.Keys(candidate.Document.Title, question.Folded).ToHashSet(StringComparer.Ordinal);
        if (keys.All(title.Contains)) return false;
        for (var start = 0; start + keys.Count <= question.AllKeys.Count; start++)
        {
            if (keys.Select((k, i) => question.AllKeys[start + i] == k).All(x => x)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="keys"/> name the measure the question asks a number of (or it asks none).</summary>
    public static bool NamesMeasure(QuestionAnalysis question, IReadOnlySet<string> keys) => question.MeasureKeys.All(keys.Contains);

    /// <summary>True when <paramref name="text"/> holds the kind of fact <paramref name="question"/> asks for (a percentage when asked).</summary>
    public static bool HoldsFact(QuestionAnalysis question, string text) =>
        HoldsFact(question.Intent, text) && (!question.WantsPercent || text.Contains('%', StringComparison.Ordinal) || text.Contains("phần trăm", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="text"/> holds the kind of fact <paramref name="intent"/> asks for.</summary>
    public static bool HoldsFact(QuestionIntent intent, string text) => intent switch
    {
        QuestionIntent.Quantity => HasQuantity(text),
        QuestionIntent.Deadline => DateOrPeriod().IsMatch(text),
        QuestionIntent.Responsibility => Agency().IsMatch(text),
        _ => true,
    };

    /// <summary>
    /// True when the text states a number that is neither a date, a số hiệu nor a list label (nor, with
    /// <paramref name="yearsToo"/>, a bare year). Số hiệu go first: "62/2022/NĐ-CP" without its year would leave "62".
    /// </summary>
    public static bool HasQuantity(string text, bool yearsToo = false)
    {
        var stripped = NotQuantities().Replace(text, " ");
        if (yearsToo) stripped = BareYear().Replace(stripped, " ");
        return SyllableKeys.Tokens(stripped).Any(t => SyllableKeys.IsQuantity(t.Value)) || stripped.Contains('%', StringComparison.Ordinal)
            || NumberWord().IsMatch(stripped);
    }

    /// <summary>Share (0–1) of the unit words asked ("giường", "bác sĩ") found in <paramref name="keys"/>; 1 when none asked.</summary>
    public static double UnitCoverage(QuestionAnalysis question, IReadOnlySet<string> keys) =>
        question.UnitKeys.Count == 0 ? 1 : question.UnitKeys.Count(k => keys.Contains(k) || Equivalent(k).Any(keys.Contains)) / (double)question.UnitKeys.Count;

    /// <summary>Keys that mean the same in these documents ("vạn" dân = "10.000" dân).</summary>
    private static IEnumerable<string> Equivalent(string key) => Equivalents.GetValueOrDefault(key) ?? [];

    private static readonly Dictionary<string, string[]> Equivalents = new(StringComparer.Ordinal)
    {
        [SyllableKeys.Key("vạn")] = ["10.000"],
        ["van"] = ["10.000"],
        ["10.000"] = [SyllableKeys.Key("vạn"), "van"],
    };

    /// <summary>A year ("2022", "năm 2018 - 2022"): a time, not a quantity.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")]
    private static partial Regex BareYear();

    /// <summary>
    /// Dates ("ngày 12 tháng 9", "tháng 7"), years, số hiệu, list labels, references to parts of a text ("khoản 6
    /// Điều 38", "Bảng 1", "Phụ lục 2") and footnote marks, glued to a word ("thị trường lao động4", "nhà trọ1") or opening
    /// the footnote ("5 Lao động làm việc trong doanh nghiệp tích (X) …"): numbers that do not state a quantity.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{Ll})\d{1,2}(?![\d.,/])|^\s*\d{1,2}\s+(?=\p{Lu}\p{Ll})|\b(?:[Kk]hoản|Điều|điều|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ lục|[Bb]ảng|[Mm]ẫu|[Pp]hần)\s+(?:số\s+)?\d+[a-zđ]?(?:\.\d+)*\b|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}|\d{1,5}[A-Za-z]?(?:/\d{4})?[/\-]\p{Lu}[\p{L}\d\-/]*|^\s*[\dIVXivx]+(?:\.\d+)*[.)]\s|(?:năm|giai đoạn|quý)\s+\d{4}(?:\s*[-–]\s*\d{4})?|\b[Nn]gày\s+\d{1,2}(?:\s+tháng\s+\d{1,2})?|\btháng\s+\d{1,2}\b")]
    private static partial Regex NotQuantities();

    /// <summary>
    /// A number written as a word before what it counts ("một bác sĩ", "hai con"). Left out: "năm" (also "year"), "tư"
    /// ("vật tư", "đầu tư"), "tỷ" ("tỷ lệ"), "triệu" ("triệu chứng"), and "một số", "một cách", "một phần", "một cửa" (some, -ly, partly, the one-stop desk).
    /// </summary>
    [GeneratedRegex(@"\b(?:một(?!\s+(?:số|cách|phần|cửa)\b)|hai|ba|bốn|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn)\s+\p{Ll}", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    /// <summary>
    /// A date, deadline or period, in any case: a list item or heading starts with a capital ("- Thời gian thực hiện: Năm
    /// 2026", "Hằng năm, …", "Trước ngày 15/12").
    /// </summary>
    [GeneratedRegex(@"(?i)\d{1,2}/\d{1,2}/\d{2,4}|\bngày \d{1,2}(?!\d|[.,]\d)|\btháng \d{1,2}(?!\d|[.,]\d)|\bquý [IV1-4]+|\btrước ngày|\bchậm nhất|\bhằng (?:năm|tháng|quý|tuần)|\bhàng (?:năm|tháng|quý|tuần)|\bđịnh kỳ|\bđợt \d|\bnăm (?:19|20)\d\d")]
    private static partial Regex DateOrPeriod();

    /// <summary>
    /// A responsible body: an agency's head word, a common-noun body as the subject of a sentence or item ("Cơ quan quản
    /// lý nhà nước … là tổ chức thu phí", "Đơn vị chủ quản …"), or a word assigning a task ("chủ trì", "chịu trách nhiệm").
    /// Not "cơ quan" inside a sentence ("có kết nối dữ liệu với cơ quan thuế") nor "Chính phủ", which every decree names.
    /// </summary>
    [GeneratedRegex(@"\b(?:Sở|Bộ|Cục|Phòng|Trung tâm|UBND|HĐND|Ủy ban|Uỷ ban|Bảo hiểm xã hội|Bệnh viện|Văn phòng|Ban|Chi cục|Công an|Hội|Kho bạc|Thủ trưởng|Giám đốc|Cơ quan|Đơn vị|chủ trì|Chủ trì|chịu trách nhiệm|Chịu trách nhiệm|phụ trách|đầu mối|Giao)\b")]
    private static partial Regex Agency();
}
