using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Facts;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Finds the target (chỉ tiêu) a question asks the value of ("Chỉ tiêu số bác sỹ/vạn dân năm 2021 là bao nhiêu?")
/// among the targets of the document it names, by the share of the indicator's words the question holds, and states
/// its comparator, value, unit and year with the clause. An indicator matched loosely, or two matched alike with
/// different values, give no answer here: the text sources (or the refusal) answer instead.
/// </summary>
internal static partial class FactTargetMatcher
{
    /// <summary>Least share of the indicator's words the question must hold.</summary>
    private const double MinShare = 0.6;

    /// <summary>Least number of indicator words in common.</summary>
    private const int MinWords = 2;

    // The asking words of a target question, which no indicator holds.
    private static readonly HashSet<string> Asking = new(StringComparer.Ordinal)
    {
        "chi", "tieu", "muc", "bao", "nhieu", "dat", "ra", "phan", "dau", "nam", "la", "duoc", "du", "kien", "theo", "ke", "hoach", "tinh", "huyen", "den",
    };

    /// <summary>An indicator that still holds a value ("… dự kiến đạt trên 48,3 triệu"): its value was read from the wrong number.</summary>
    [GeneratedRegex(@"\d[\d.,]*\s*(?:%|triệu|tỷ|nghìn|ngàn)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Garbled();

    public static bool Answer(QuestionAnalysis question, DocumentFacts facts, FactAnswerComposer composer, TermStatistics terms)
    {
        var nameKeys = SyllableKeys.Keys(composer.Name, question.Folded).ToHashSet(StringComparer.Ordinal);
        var keys = question.ContentKeys.Where(k => !nameKeys.Contains(k) && !SyllableKeys.IsQuantity(k) && !Asking.Contains(k)).ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0) return false;
        double Weight(string key) => terms.Idf(key, question.Folded);
        var scored = facts.Targets.Where(t => !Garbled().IsMatch(t.Indicator))
            .Select(t => (Target: t, Words: SyllableKeys.Keys(t.Indicator, question.Folded).Where(k => !SyllableKeys.IsQuantity(k)).Distinct(StringComparer.Ordinal).ToList()))
            .Where(s => s.Words.Count > 0)
            .Select(s => (s.Target, Hits: s.Words.Where(keys.Contains).ToList(), s.Words))
            // Both ways: the question holds most of the indicator, and the indicator most of what the question asks about.
            .Where(s => s.Hits.Count >= MinWords && s.Hits.Count >= s.Words.Count * MinShare && s.Hits.Count >= keys.Count * MinShare)
            .Select(s => (s.Target, Score: s.Hits.Sum(Weight) / Math.Sqrt(s.Words.Sum(Weight))))
            .OrderByDescending(s => s.Score)
            .ToList();
        if (scored.Count == 0) return false;
        var best = scored[0];
        if (scored.Skip(1).Any(s => Math.Abs(s.Score - best.Score) < 1e-9 && Value(s.Target) != Value(best.Target))) return false;
        var target = best.Target;
        var cite = composer.Cite(target.ClauseId, target.Raw.Length > 40 ? target.Raw[..40] : target.Raw);
        if (cite is null) return false;
        var year = string.IsNullOrWhiteSpace(target.Period) ? "" : $" (năm/giai đoạn {target.Period})";
        composer.Line($"Theo {composer.Name}, chỉ tiêu \"{target.Indicator.Trim().TrimEnd(':', ',', ';')}\": {Value(target)}{year} [{cite}].");
        return true;
    }

    /// <summary>"≥ 95%", "11,5 người", "260.000 lượt người", "giảm 5%".</summary>
    private static string Value(TargetFact target)
    {
        // Vietnamese writes "260.000" and "11,5": swap the invariant separators.
        var number = new string(target.Value.ToString("#,0.##", CultureInfo.InvariantCulture).Select(c => c switch { ',' => '.', '.' => ',', _ => c }).ToArray());
        var unit = target.Unit is null ? "" : target.Unit == "%" ? "%" : " " + target.Unit;
        var comparator = target.Comparator switch
        {
            "=" => "",
            ">" => "trên ",
            "<" => "dưới ",
            "≥" => "tối thiểu ",
            "≤" => "tối đa ",
            var c => c + " ",
        };
        return comparator + number + unit;
    }
}
