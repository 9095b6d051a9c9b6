using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Siblings often state a case and its opposite in the same words ("a) Khi làm nhiệm vụ, trừ nhiệm vụ đấu tranh bảo vệ
/// hải đảo, vùng biển: …" / "b) Khi làm nhiệm vụ đấu tranh bảo vệ hải đảo, vùng biển: …"; "a) Trường hợp đủ điều kiện …"
/// / "b) Trường hợp không đủ điều kiện …"; "1. Thông tư này có hiệu lực … đến hết ngày …" / "3. Không áp dụng mức thu …
/// đến hết ngày …"): the word-share scores cannot tell them apart, as "không", "chưa" and "trừ" are no subject words. A
/// sentence negating or excepting what the question asserts, or asserting what it negates, states the other case.
/// </summary>
public static partial class NegatedFocus
{
    /// <summary>What a contradicting sentence loses: as much as a sentence stating another period (AskedShape).</summary>
    public const double Penalty = 0.3;

    /// <summary>
    /// True when <paramref name="sentence"/> negates or excepts a phrase <paramref name="question"/> asserts, or asserts
    /// (and never negates) a phrase the question negates. Not for yes/no questions, which the negative sentence answers.
    /// </summary>
    /// <param name="question">The question as asked.</param>
    /// <param name="sentence">A candidate sentence.</param>
    /// <param name="exceptionsOnly">
    /// True to read only an exception ("trừ …") in the sentence: the search over every document ranks sentences of
    /// unrelated documents, where a negated verb ("chưa thực hiện …") is no sibling's opposite case (on the session 17
    /// tuning KB, reading negations there turned a refusal of a question about an unstored document into an answer).
    /// </param>
    public static bool Contradicts(string question, string sentence, bool exceptionsOnly = false)
    {
        var asked = " " + Words(question) + " ";
        var stated = " " + Words(sentence) + " ";
        foreach (Match m in Negation().Matches(sentence))
        {
            if (exceptionsOnly && !IsException(m)) continue;
            var phrase = Phrase(m);
            // The question says the phrase, and never as the sentence does ("trừ …", "không …"); the sentence never says it
            // plainly ("áp dụng đối với …; không áp dụng đối với …" answers "áp dụng đối với ai").
            if (Asserted(asked, phrase) && !Negated(asked, phrase) && !Asserted(stated, phrase)) return true;
        }
        if (exceptionsOnly) return false;
        foreach (Match m in Negation().Matches(question))
        {
            // An exception in the question ("trừ …") asks about the rest: no one phrase to match.
            if (IsException(m)) continue;
            var phrase = Phrase(m);
            if (Asserted(stated, phrase) && !Negated(stated, phrase)) return true;
        }
        return false;
    }

    /// <summary>
    /// The words a cue governs: two after a negation ("không đủ điều kiện" → "đủ điều"), three after an exception, whose
    /// span names a case ("trừ nhiệm vụ đấu tranh …" → "nhiệm vụ đấu"), not a verb.
    /// </summary>
    private static string Phrase(Match m)
    {
        var words = Words(m.Groups["phrase"].Value).Split(' ');
        var count = IsException(m) ? words.Length : Math.Min(2, words.Length);
        return string.Join(' ', words.Take(count));
    }

    private static bool IsException(Match m) => m.Groups["cue"].Value.StartsWith("tr", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="padded"/> (folded words) says <paramref name="phrase"/> at least once with no cue before it.</summary>
    private static bool Asserted(string padded, string phrase) => Count(padded, " " + phrase + " ") > CuedCount(padded, phrase);

    /// <summary>True when <paramref name="phrase"/> follows a negation somewhere in <paramref name="padded"/> (folded words).</summary>
    private static bool Negated(string padded, string phrase) => CuedCount(padded, phrase) > 0;

    /// <summary>How often <paramref name="phrase"/> follows a cue ("khong", "chua", "tru") in <paramref name="padded"/>.</summary>
    private static int CuedCount(string padded, string phrase) =>
        Count(padded, " khong " + phrase + " ") + Count(padded, " chua " + phrase + " ") + Count(padded, " tru " + phrase + " ");

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>The folded, lower-case words of <paramref name="text"/>, one space apart.</summary>
    private static string Words(string text) =>
        string.Join(' ', WordToken().Matches(VietnameseNormalizer.Fold(text)).Select(w => w.Value));

    /// <summary>
    /// A negation ("không", "chưa", accented, or "khong" typed without marks) or an exception ("trừ", not "khấu trừ",
    /// "loại trừ", "phòng trừ" nor "trừ khi") and the two or three words it governs. Not a bound ("không quá", "không
    /// dưới", "không ít hơn", "không vượt", "không thấp/cao hơn"), which states a limit, nor "không phân biệt" (regardless).
    /// </summary>
    [GeneratedRegex(@"(?i)(?<!\b(?:khấu|loại|phòng|bù|cấn)\s)\b(?<cue>không|khong|chưa|trừ)\s+(?!(?:quá|qua|dưới|duoi|ít|it|vượt|vuot|thấp|thap|cao|phân|phan|khi)\b)(?<phrase>\p{L}+\s+\p{L}+(?:\s+\p{L}+)?)")]
    private static partial Regex Negation();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex WordToken();
}
