using System.Runtime.CompilerServices;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Text;

/// <summary>
/// The project's own lists of equivalent expressions, read where every layer reads them: the abbreviations of
/// content/search/synonyms.tsv ("THPT" → "trung học phổ thông") and the thesaurus of content/search/related-terms.tsv
/// ("đóng bảo hiểm" ~ "nộp bảo hiểm"), both embedded at build. A question's word written one way is found in a sentence
/// that writes it the other way, so a staff member's everyday wording or abbreviation covers the document's term.
/// </summary>
public static class TermEquivalents
{
    private static readonly Lazy<List<string[]>> Groups = new(Load);
    private static readonly Lazy<List<List<string[]>>> Marked = new(() => Keyed(fold: false));
    private static readonly Lazy<List<List<string[]>>> Unmarked = new(() => Keyed(fold: true));
    private static readonly ConditionalWeakTable<QuestionAnalysis, IReadOnlyDictionary<string, List<string[]>>> Cache = new();

    /// <summary>
    /// For each content word of <paramref name="question"/> inside an expression of a group, the other expressions of
    /// that group as syllable keys (keyed as the question is: folded when it was typed without diacritics).
    /// </summary>
    public static IReadOnlyDictionary<string, List<string[]>> Of(QuestionAnalysis question) => Cache.GetValue(question, Build);

    /// <summary>True when <paramref name="keys"/> hold <paramref name="expression"/> as consecutive keys.</summary>
    public static bool Contains(IReadOnlyList<string> keys, string[] expression)
    {
        for (var i = 0; i + expression.Length <= keys.Count; i++)
        {
            var all = true;
            for (var k = 0; k < expression.Length && all; k++) all = keys[i + k] == expression[k];
            if (all) return true;
        }
        return false;
    }

    private static IReadOnlyDictionary<string, List<string[]>> Build(QuestionAnalysis question)
    {
        var asked = SyllableKeys.Keys(question.Question, question.Folded);
        var content = question.ContentKeys.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var expressions in (question.Folded ? Unmarked : Marked).Value)
        {
            foreach (var expression in expressions.Where(e => Contains(asked, e)))
            {
                foreach (var key in expression.Where(content.Contains))
                {
                    if (!found.TryGetValue(key, out var others)) found[key] = others = [];
                    others.AddRange(expressions.Where(e => e != expression && !e.Contains(key)));
                }
            }
        }
        return found;
    }

    /// <summary>Every group's expressions as syllable keys, computed once for each way a question can be keyed.</summary>
    private static List<List<string[]>> Keyed(bool fold) =>
        Groups.Value.Select(g => g.Select(e => SyllableKeys.Keys(e, fold).ToArray()).Where(e => e.Length > 0).ToList()).ToList();

    private static List<string[]> Load()
    {
        var groups = new List<string[]>();
        foreach (var name in new[] { "PolicyKB.Answering.synonyms.tsv", "PolicyKB.Answering.related-terms.tsv" })
        {
            using var stream = typeof(TermEquivalents).Assembly.GetManifestResourceStream(name);
            if (stream is null) continue;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var expressions = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (expressions.Length > 1) groups.Add(expressions);
            }
        }
        return groups;
    }
}
