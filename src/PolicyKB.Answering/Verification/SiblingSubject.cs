using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Catches a quote about a SIBLING of the subject asked (issue #11, calibrated answerability): "Lãi suất cho vay hộ cận
/// nghèo là bao nhiêu?" answered with the rate "cho vay hộ nghèo". The question names a subject the quote names too, as
/// the same two-word compound ("vay hộ", or "cho vay", whose function word the quote binds to it), and qualifies it
/// with words ("cận nghèo", "giải quyết việc làm") that the quoted document never writes — not beside that subject,
/// not anywhere. The qualifier singles out another member of the family the document
/// lists, which it does not speak of. Word pairs are compared, not single syllables: "quá hạn" is foreign to a document
/// that writes "không quá" and "thời hạn". A question reworded in the reader's own words is let through: a word the
/// quote only half shares ("giáo viên" beside "nhà giáo") anchors nothing, and words that say how often, how much at
/// most or how a value is reckoned ("mỗi tháng", "tối đa", "tính bằng") qualify no subject; nor do words a comma parts
/// ("dự án KHCN, chuyển đổi số"), nor a single word before a compound the document writes ("hòm phiếu mới phục
/// vụ"), nor an acronym whose letters begin the words of a run of the quote ("KHCN").
/// </summary>
public static class SiblingSubject
{
    /// <summary>First words of a phrase of frequency, bound, reckoning, duration ("kéo dài") or manner, which no sibling subject starts with.</summary>
    private static readonly string[] NotQualifying =
        ["mỗi", "hằng", "hàng", "tối", "tính", "bằng", "mà", "dùng", "sử", "khoảng", "tổng", "đối", "sau", "trước", "bình", "cùng", "riêng", "chung", "từng", "ăn", "khi", "kéo"];

    private static readonly HashSet<string> Exact = NotQualifying.Select(w => SyllableKeys.Key(w)).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> Folded = NotQualifying.Select(w => SyllableKeys.Key(w, fold: true)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The qualifier of <paramref name="question"/> foreign to the quoted document, as typed ("cận nghèo"), or null.
    /// <paramref name="quotePairs"/> are the adjacent key pairs of the quoted sentence and its headings;
    /// <paramref name="documentPairs"/> every adjacent key pair of the document ("a b").
    /// </summary>
    public static string? Foreign(string question, IReadOnlySet<string> quotePairs, IReadOnlySet<string> documentPairs, bool folded)
    {
        var tokens = SyllableKeys.Tokens(question).ToList();
        var typed = tokens.Select(m => m.Value).ToList();
        var keys = typed.Select(t => SyllableKeys.Key(t, folded)).ToList();
        for (var i = 1; i + 2 < keys.Count; i++)
        {
            string before = keys[i - 1], anchor = keys[i], first = keys[i + 1], second = keys[i + 2];
            // "cho vay": a compound may open with a function word, when the quote writes it as one.
            var compound = IsContent(before, folded) || (before.Length > 0 && !char.IsDigit(before[0]) && quotePairs.Contains(before + " " + anchor));
            if (!compound || !IsContent(anchor, folded) || !IsContent(first, folded) || !IsContent(second, folded)) continue;
            if ((folded ? Folded : Exact).Contains(first)) continue;
            // "dự án KHCN, chuyển đổi số": words a comma parts belong to two phrases, and qualify nothing together.
            if (!OnePhrase(question, tokens, i - 1, i + 2)) continue;
            // "KHCN" is the reader's shorthand for words the document writes out ("khoa học công nghệ").
            if (AcronymRun.Spelled(typed[i + 1], quotePairs)) continue;
            // The subject is named by the quote as the same compound; the words after it are the document's nowhere.
            if (!quotePairs.Contains(before + " " + anchor) || quotePairs.Any(p => p.StartsWith(first + " ", StringComparison.Ordinal) || p.EndsWith(" " + first, StringComparison.Ordinal))) continue;
            if (documentPairs.Contains(anchor + " " + first) || documentPairs.Contains(first + " " + second)) continue;
            // "hòm phiếu mới phục vụ bầu cử": the second word opens a compound the document writes ("phục vụ"), so the
            // qualifier is the one word before it, and one word is too easily the reader's own ("mới").
            if (OpensCompound(question, tokens, keys, i + 2, documentPairs, folded)) continue;
            return $"{typed[i + 1]} {typed[i + 2]}".ToLowerInvariant();
        }
        return null;
    }

    /// <summary>Every adjacent pair of keys in <paramref name="keys"/>, "a b".</summary>
    public static HashSet<string> Pairs(IEnumerable<IReadOnlyList<string>> keys)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in keys)
        {
            for (var i = 0; i + 1 < run.Count; i++) pairs.Add(run[i] + " " + run[i + 1]);
        }
        return pairs;
    }

    /// <summary>
    /// True when the content word at <paramref name="at"/> and the next one, in one phrase, are a pair
    /// <paramref name="documentPairs"/> holds: the word belongs with what follows it.
    /// </summary>
    private static bool OpensCompound(string question, List<System.Text.RegularExpressions.Match> tokens, List<string> keys, int at, IReadOnlySet<string> documentPairs, bool folded) =>
        at + 1 < keys.Count && IsContent(keys[at + 1], folded) && OnePhrase(question, tokens, at, at + 1)
        && documentPairs.Contains(keys[at] + " " + keys[at + 1]);

    /// <summary>True when only spaces part the tokens <paramref name="from"/> to <paramref name="to"/> of <paramref name="question"/>.</summary>
    private static bool OnePhrase(string question, List<System.Text.RegularExpressions.Match> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var end = tokens[k].Index + tokens[k].Length;
            if (!string.IsNullOrWhiteSpace(question[end..tokens[k + 1].Index])) return false;
        }
        return true;
    }

    private static bool IsContent(string key, bool folded) => key.Length > 0 && !char.IsDigit(key[0]) && !StopWords.Contains(key, folded);
}
