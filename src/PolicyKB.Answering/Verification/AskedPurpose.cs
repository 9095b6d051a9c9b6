using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// The purpose or beneficiary of an amount asked (issue #11, calibrated answerability): "dành bao nhiêu tỷ đồng cho đào
/// tạo vận động viên?" asks the share of one purpose, which a sentence stating the plan's whole capital ("Nhu cầu vốn
/// đầu tư … khoảng 121.732 tỷ đồng") does not answer, though it holds an amount and the plan's name. The words after
/// "cho"/"để" that follow the amount asked must be named, as two adjacent words, by the quote or its headings. Read from
/// the question's own phrasing, never from a list of purposes, so it holds on documents nobody has seen.
/// </summary>
public static partial class AskedPurpose
{
    /// <summary>Words after "cho" that say how the amount is reckoned ("cho mỗi người"), not what it is for.</summary>
    private static readonly HashSet<string> Reckoning = new(StringComparer.Ordinal) { "moi", "hang", "tung", "mot", "1", "01", "ca", "tat" };

    /// <summary>
    /// The purpose of the amount <paramref name="question"/> asks (as typed, "đào tạo vận động viên") when neither
    /// <paramref name="sentence"/> nor its <paramref name="headings"/> name it, or null: also when the question asks no
    /// amount of money for a purpose, or names it in fewer than two content words (one word is too easily reworded).
    /// </summary>
    public static string? Missing(string question, string sentence, string headings, bool folded)
    {
        if (!AskedTypeEvidence.MoneyAsked(FoldedQuestion.Spaced(question))) return null;
        var tokens = SyllableKeys.Tokens(question).ToList();
        var plain = tokens.Select(t => SyllableKeys.Key(t.Value, fold: true)).ToList();
        var start = PurposeStart(plain);
        if (start < 0 || start >= tokens.Count || Reckoning.Contains(plain[start])) return null;
        var end = start + 1;
        while (end < tokens.Count && string.IsNullOrWhiteSpace(question[(tokens[end - 1].Index + tokens[end - 1].Length)..tokens[end].Index])) end++;
        var purpose = tokens.Skip(start).Take(end - start).ToList();
        var keys = purpose.Select(t => SyllableKeys.Key(t.Value, folded)).ToList();
        if (keys.Count(k => !char.IsDigit(k[0]) && !StopWords.Contains(k, folded)) < 2) return null;
        var named = SiblingSubject.Pairs([SyllableKeys.Keys(UnitSymbols.Spelled(sentence), folded), SyllableKeys.Keys(headings, folded)]);
        for (var i = 0; i + 1 < keys.Count; i++)
        {
            if (named.Contains(keys[i] + " " + keys[i + 1])) return null;
        }
        return string.Join(' ', purpose.Select(t => t.Value)).ToLowerInvariant();
    }

    /// <summary>
    /// The index of the first word after "bao nhiêu"/"mấy", up to two words of a unit of money, and "cho" or "để"; -1
    /// when the question has no such phrase.
    /// </summary>
    private static int PurposeStart(List<string> plain)
    {
        for (var i = 0; i < plain.Count; i++)
        {
            var at = plain[i] == "bao" && i + 1 < plain.Count && plain[i + 1] == "nhieu" ? i + 2 : plain[i] == "may" ? i + 1 : -1;
            if (at < 0) continue;
            for (var unit = 0; unit < 2 && at < plain.Count && MoneyUnits.Contains(plain[at]); unit++) at++;
            if (at < plain.Count && plain[at] is "cho" or "de") return at + 1;
        }
        return -1;
    }

    /// <summary>Folded keys of units of money; "tỷ" is keyed "ti", as a final "y" after a consonant is (<see cref="SyllableKeys"/>).</summary>
    private static readonly HashSet<string> MoneyUnits = new(StringComparer.Ordinal) { "ti", "trieu", "nghin", "ngan", "dong", "tien", "usd" };
}
