using System.Text.RegularExpressions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// The agency that does what is asked, not one merely named beside it. "Cơ quan nào tổng hợp chung báo cáo …" is
/// answered by "Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu …", where an agency is written as the doer of the
/// asked action, and not by a sentence with the same words that only reports to that agency ("Tổng hợp chung … để báo cáo
/// … Sở Nông nghiệp và Môi trường"). Vietnamese administrative prose puts the doer first ("X chủ trì …", "Giao X triển
/// khai …"), so the test is word order: an agency's or a position's name begins the part of the sentence that holds
/// the first words of the question's action.
/// </summary>
public static partial class AgencySubject
{
    /// <summary>What a sentence naming the doer of the asked action gains over one naming an agency elsewhere. Tuned on the tuning sets.</summary>
    public const double Bonus = 0.15;

    /// <summary>Most syllables of the action matched: its verb ("tổng hợp", "chủ trì"), not its object.</summary>
    private const int ActionLength = 2;

    /// <summary>Words that hand a task to the doer named after them ("Giao", "Đề nghị", "Yêu cầu", "Thường trực HĐND").</summary>
    private static readonly HashSet<string> Handing = new(StringComparer.Ordinal) { "giao", "cho", "cac", "de", "nghi", "yeu", "cau", "do", "thuong", "truc" };

    /// <summary>Words between the asked frame and the action that say nothing of the action ("được giao", "có trách nhiệm", "là").</summary>
    private static readonly HashSet<string> Light = new(StringComparer.Ordinal)
    {
        "duoc", "giao", "se", "co", "la", "phai", "do", "thi", "chiu", "trach", "nhiem", "can", "dang", "cho", "nay", "ay",
    };

    /// <summary>
    /// The folded syllables of the action an agency question asks about ("cơ quan nào tổng hợp chung …" → "tong hop"), or
    /// an empty list when the question asks no action after its frame ("… do cơ quan nào?").
    /// </summary>
    public static IReadOnlyList<string> Action(string question)
    {
        var folded = VietnameseNormalizer.Fold(question);
        var frame = Frame().Match(folded);
        if (!frame.Success) return [];
        var rest = SyllableKeys.Keys(folded[(frame.Index + frame.Length)..], fold: true).SkipWhile(Light.Contains).ToList();
        return rest.TakeWhile(k => char.IsLetter(k[0]) && !Light.Contains(k)).Take(ActionLength).ToList();
    }

    /// <summary>
    /// True when a part of <paramref name="sentence"/> (up to a ";" or ":") that holds the words of <paramref
    /// name="action"/> begins with an agency's name or a position's ("Thủ trưởng các sở, ban, ngành … chịu trách nhiệm
    /// triển khai …", "Giao Ủy ban nhân dân thành phố triển khai …"): the doer, not an agency the action is reported to.
    /// </summary>
    public static bool Does(IReadOnlyList<string> action, string sentence)
    {
        if (action.Count == 0) return false;
        var tokens = SyllableKeys.Tokens(sentence).ToList();
        var keys = tokens.Select(t => SyllableKeys.Key(t.Value, fold: true)).ToList();
        var starts = TypedSpans.AgencyStarts(sentence).Concat(TypedSpans.PersonStarts(sentence))
            .Select(i => tokens.FindIndex(t => t.Index >= i)).Where(i => i >= 0).ToHashSet();
        if (starts.Count == 0) return false;
        for (var at = 1; at + action.Count <= keys.Count; at++)
        {
            if (!action.Select((k, j) => keys[at + j] == k).All(same => same)) continue;
            var first = Subject(sentence, tokens, keys, at);
            if ((starts.Contains(first) || starts.Contains(first + 1)) && first + 1 < at) return true;
        }
        return false;
    }

    /// <summary>
    /// The token where the part of the sentence holding token <paramref name="at"/> names its doer: after the last ";" or
    /// ":" before it, past an item's marker ("2.", "a)") and the words that hand a task over ("Giao", "Đề nghị", "các").
    /// </summary>
    private static int Subject(string sentence, List<Match> tokens, List<string> keys, int at)
    {
        var cut = sentence.LastIndexOfAny([';', ':'], Math.Max(0, tokens[at].Index - 1));
        var first = cut < 0 ? 0 : tokens.FindIndex(t => t.Index > cut);
        while (first < at && (char.IsDigit(keys[first][0]) || keys[first].Length == 1 || Handing.Contains(keys[first]))) first++;
        return first;
    }

    /// <summary>The asked doer on folded text: "cơ quan nào", "sở nào", "bộ nào", "đơn vị nào", "ai".</summary>
    [GeneratedRegex(@"\b(?:co quan|don vi|bo|so|nganh|ngan hang|to chuc|cong ty|doanh nghiep|cap|ban|uy ban|chuc danh|phong|cuc|chi cuc|ben|luc luong)\s+nao\b|\bai\b")]
    private static partial Regex Frame();
}
