using PolicyKB.Search.Analysis;
using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Formal expressions and the everyday words staff and readers use for them, to reword generated training queries:
/// each thesaurus group's first expression (the formal one, by the file's convention) with the group's other
/// expressions, plus word alignments learnt from the training split of the everyday ↔ formal question pairs (a formal
/// word that the everyday question never repeats but replaces, often enough, by one same word).
/// </summary>
internal sealed class EverydayWording
{
    // An alignment must be seen in this many training pairs, and explain this share of the pairs holding either word
    // (Dice coefficient): lower lets topic words through ("bệnh" ↔ "bác sĩ"), not reworded words.
    private const int MinPairs = 3;
    private const double MinDice = 0.3;

    private readonly List<(string Formal, string[] Everyday)> _swaps;

    private EverydayWording(List<(string Formal, string[] Everyday)> swaps) => _swaps = swaps;

    /// <summary>Formal expressions known, for the report.</summary>
    public int Count => _swaps.Count;

    /// <summary>Reads the thesaurus (missing: none) and learns alignments from <paramref name="trainingPairs"/> (train split only).</summary>
    public static EverydayWording Create(string relatedTermsFile, IEnumerable<QueryPair> trainingPairs)
    {
        var swaps = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (File.Exists(relatedTermsFile))
        {
            foreach (var line in File.ReadLines(relatedTermsFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var terms = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(VietnameseNormalizer.Normalize).ToArray();
                if (terms.Length < 2 || !terms[0].Contains(' ')) continue;
                Add(swaps, terms[0], terms.Skip(1));
            }
        }
        foreach (var (formal, everyday) in Align(trainingPairs.Where(p => p.Split == PairSplit.Train).ToList())) Add(swaps, formal, [everyday]);
        // Longest expressions first, so "người cao tuổi" is reworded before a shorter expression inside it.
        return new EverydayWording(swaps.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value.ToArray())).ToList());
    }

    /// <summary>
    /// <paramref name="query"/> (normalised) with its first known formal expression replaced by an everyday one chosen
    /// by <paramref name="choice"/>; the query unchanged when it holds none.
    /// </summary>
    public string Reword(string query, uint choice)
    {
        var padded = " " + query + " ";
        foreach (var (formal, everyday) in _swaps)
        {
            var at = padded.IndexOf(" " + formal + " ", StringComparison.Ordinal);
            if (at < 0) continue;
            var replacement = everyday[(int)(choice % (uint)everyday.Length)];
            return (padded[..(at + 1)] + replacement + padded[(at + 1 + formal.Length)..]).Trim();
        }
        return query;
    }

    private static void Add(Dictionary<string, List<string>> swaps, string formal, IEnumerable<string> everyday)
    {
        if (!swaps.TryGetValue(formal, out var list)) swaps[formal] = list = [];
        foreach (var e in everyday.Where(e => e != formal && !list.Contains(e))) list.Add(e);
    }

    /// <summary>Multi-syllable formal words and the everyday word that most often stands in their place.</summary>
    private static IEnumerable<(string Formal, string Everyday)> Align(IReadOnlyList<QueryPair> pairs)
    {
        var formalCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var everydayCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var joint = new Dictionary<(string, string), int>();
        foreach (var pair in pairs)
        {
            var formal = ContentWords(pair.FormalWords);
            var everyday = ContentWords(pair.EverydayWords);
            foreach (var f in formal) formalCount[f] = formalCount.GetValueOrDefault(f) + 1;
            foreach (var e in everyday) everydayCount[e] = everydayCount.GetValueOrDefault(e) + 1;
            // Only words the everyday question does not share with the formal one: a rewording, not a repetition.
            foreach (var f in formal.Where(f => !everyday.Contains(f)))
            {
                foreach (var e in everyday.Where(e => !formal.Contains(e))) joint[(f, e)] = joint.GetValueOrDefault((f, e)) + 1;
            }
        }
        return joint.Where(j => j.Value >= MinPairs)
            .Select(j => (j.Key.Item1, j.Key.Item2, Dice: 2.0 * j.Value / (formalCount[j.Key.Item1] + everydayCount[j.Key.Item2])))
            .Where(j => j.Dice >= MinDice)
            .GroupBy(j => j.Item1)
            .Select(g => g.OrderByDescending(j => j.Dice).ThenBy(j => j.Item2, StringComparer.Ordinal).First())
            .OrderBy(j => j.Item1, StringComparer.Ordinal)
            .Select(j => (j.Item1, j.Item2));
    }

    private static HashSet<string> ContentWords(IEnumerable<string> words) =>
        words.Select(VietnameseNormalizer.Normalize)
            .Where(w => w.Contains(' ') && w.All(c => char.IsLetter(c) || c == ' '))
            .ToHashSet(StringComparer.Ordinal);
}
