using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Answers;

/// <summary>Quantities: the measure, unit and rate a number question asks for, and the numbers it names.</summary>
public static partial class SentenceScorer
{
    /// <summary>
    /// True when <paramref name="text"/> names a measure of a word the question asks about: "mức hỗ trợ", "số tiền hỗ trợ",
    /// "tỷ lệ hỗ trợ" for "được hỗ trợ bao nhiêu".
    /// </summary>
    private static bool MeasureNamed(QuestionAnalysis question, string text)
    {
        var folded = PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(text);
        var asked = " " + string.Join(' ', SyllableKeys.Keys(question.Question, fold: true)) + " ";
        return MeasureWord().Matches(folded).Any(m => asked.Contains(" " + m.Groups["word"].Value + " ", StringComparison.Ordinal));
    }

    /// <summary>A measure and the two-syllable word it measures, folded: "muc ho tro", "so tien phu cap", "ty le ho tro".</summary>
    [GeneratedRegex(@"\b(?:muc|so tien|ty le|muc tien)\s+(?<word>\p{L}+\s+\p{L}+)")]
    private static partial Regex MeasureWord();

    /// <summary>The unit asked ("bao nhiêu giờ") must be named; money asked ("bao nhiêu tiền") is stated in đồng.</summary>
    private static bool HasUnit(QuestionAnalysis question, List<string> keys, string sentence)
    {
        if (question.WantsPercent && !sentence.Contains('%', StringComparison.Ordinal) && !sentence.Contains("phần trăm", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var unit in question.UnitKeys)
        {
            var folded = Folded(unit);
            // "bao nhiêu ngày" asks a count of days: "30 ngày", not the "ngày" of a date ("ngày 02 tháng 02 năm 2018").
            if (TimeUnits.Contains(folded))
            {
                // "bao nhiêu một tháng" asks an amount per month ("500.000 đồng/người/tháng"), not a count of months.
                if (RateAsked(question.Question, folded) ? RateOf(sentence, folded) : CountOf(sentence, folded)) continue;
                return false;
            }
            if (keys.Contains(unit)) continue;
            if (folded == "tien" && sentence.Contains("đồng", StringComparison.Ordinal)) continue;
            return false;
        }
        return true;
    }

    /// <summary>Units of time that a date also writes ("ngày 15 tháng 7 năm 2025"), folded.</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "ngay", "thang", "nam", "tuan", "gio", "quy" };

    /// <summary>
    /// True when <paramref name="sentence"/> counts the unit, a number before it ("30 ngày", "05 (năm) năm"), not a date's
    /// "tháng 02 năm"; or states a quantity per that unit ("đồng/tháng").
    /// </summary>
    private static bool CountOf(string sentence, string foldedUnit)
    {
        var folded = PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(sentence);
        foreach (Match m in CountedUnit().Matches(folded))
        {
            if (m.Groups["unit"].Value == foldedUnit) return true;
        }
        // A rate ("70.000.000 đồng/tháng", "mỗi tháng") names the unit as the period of a quantity.
        return Relevance.HasQuantity(sentence, yearsToo: false) && Regex.IsMatch(folded, $@"(?:/\s*|\bmoi\s+|\bmot\s+){foldedUnit}\b");
    }

    /// <summary>True when <paramref name="question"/> asks an amount per <paramref name="foldedUnit"/>: "bao nhiêu (tiền) một tháng", "bao nhiêu mỗi năm".</summary>
    private static bool RateAsked(string question, string foldedUnit)
    {
        var folded = PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(question);
        return Regex.IsMatch(folded, $@"\bbao nhieu(?:\s+\p{{L}}+)?\s+(?:mot|moi|1)\s+{foldedUnit}\b");
    }

    /// <summary>True when <paramref name="sentence"/> states a quantity per the unit ("đồng/tháng", "mỗi tháng", "hằng tháng").</summary>
    private static bool RateOf(string sentence, string foldedUnit)
    {
        var folded = PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(sentence);
        return Relevance.HasQuantity(sentence, yearsToo: false) && Regex.IsMatch(folded, $@"(?:/\s*|\bmoi\s+|\bhang\s+|\bmot\s+|\b01\s+){foldedUnit}\b");
    }

    /// <summary>A number counting a unit, on folded text: "30 ngay", "05 (nam) nam", "1,5 gio"; not "thang 02 nam" of a date.</summary>
    [GeneratedRegex(@"(?<![\d/.,])(?<!(?:thang|ngay)\s+)\d+(?:[.,]\d+)?\s*(?:\([\p{L} ]{1,20}\)\s*)?(?<unit>ngay|thang|nam|tuan|gio|quy)\b")]
    private static partial Regex CountedUnit();

    /// <summary>Numbers the question names besides the document's own number: each must be in the answer's context.</summary>
    internal static List<string> RequiredNumbers(string question)
    {
        var stripped = OwnNumber().Replace(Fold(QuestionAnalyzer.Number().Replace(question, " ")), " ");
        return Digits().Matches(stripped).Select(m => Trim(m.Value)).Distinct().ToList();
    }

    private static bool HasAll(List<string> required, string context)
    {
        if (required.Count == 0) return true;
        var present = Digits().Matches(context).Select(m => Trim(m.Value)).ToHashSet(StringComparer.Ordinal);
        return required.All(present.Contains);
    }

    private static string Trim(string digits) => digits.TrimStart('0') is { Length: > 0 } t ? t : "0";

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
