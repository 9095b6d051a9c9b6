using System.Text.RegularExpressions;
using PolicyKB.Answering.Facts;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Sentences about when a document takes effect. A question asking when the document it names takes effect ("có hiệu
/// lực từ khi nào") is answered by the sentence stating its own effect ("Quyết định có hiệu lực kể từ ngày ký", "Nghị
/// quyết này có hiệu lực thi hành từ …"), not by a neighbour under the same heading that dates something else: the
/// other documents' lapse ("Các Quyết định sau đây hết hiệu lực kể từ ngày 01 tháng 01 năm 2026:") or the adoption ("…
/// thông qua ngày 27 tháng 11 năm 2025").
/// </summary>
public static partial class EffectSentences
{
    /// <summary>True when <paramref name="question"/> asks when its document takes effect (not when another lapses).</summary>
    public static bool Asked(string question) => FactQuestions.Classify(question) == FactQuestionKind.EffectiveOn;

    /// <summary>True when <paramref name="text"/> states a document's own effect ("Nghị quyết (này) có hiệu lực (thi hành) …").</summary>
    public static bool StatesOwn(string text) => OwnEffect().IsMatch(text);

    /// <summary>
    /// True when <paramref name="text"/> states the own effect of a document of the type <paramref name="question"/> names:
    /// "Luật … có hiệu lực khi nào?" asked of a plan implementing the law is not answered by "Quyết định này có hiệu lực …".
    /// A question naming no type (or only "văn bản") takes any.
    /// </summary>
    public static bool StatesOwn(string text, string question)
    {
        // "Văn bản" names no type.
        var asked = TypeWord().Matches(Fold(question)).Select(m => m.Value).Where(t => t != "van ban").ToHashSet(StringComparer.Ordinal);
        return OwnEffect().Matches(text).Any(m => asked.Count == 0 || asked.Contains(TypeWord().Match(Fold(m.Value)).Value));
    }

    private static string Fold(string text) => PolicyKB.Search.Analysis.VietnameseNormalizer.Fold(text);

    /// <summary>A document type, folded.</summary>
    [GeneratedRegex(@"\b(?:quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|ke hoach|quy dinh|quy che|luat|phap lenh|van ban|cong van|huong dan|thong bao|dieu le)\b")]
    private static partial Regex TypeWord();

    /// <summary>
    /// True when <paramref name="text"/> states that other texts lapse or are suspended ("… hết hiệu lực kể từ …", "tạm
    /// ngưng hiệu lực …") and not the document's own effect.
    /// </summary>
    public static bool OnlyLapses(string text) => Lapse().IsMatch(text) && !StatesOwn(text);

    /// <summary>
    /// A document type, optionally "này", then "có hiệu lực"; not after "ngày" ("hết hiệu lực kể từ ngày Quyết định này có
    /// hiệu lực", which dates a lapse by the effect).
    /// </summary>
    [GeneratedRegex(@"(?i)(?<!ngày\s)\b" + PolicyKB.Metadata.DocumentTypes.OwnEffectTypes + @"(?:\s+này)?\s+có\s+hiệu\s+lực")]
    private static partial Regex OwnEffect();

    /// <summary>"hết hiệu lực", "ngưng hiệu lực", "bãi bỏ": another text stops applying.</summary>
    [GeneratedRegex(@"(?i)\bhết\s+hiệu\s+lực|\bngưng\s+hiệu\s+lực|\bbãi\s+bỏ")]
    private static partial Regex Lapse();
}
