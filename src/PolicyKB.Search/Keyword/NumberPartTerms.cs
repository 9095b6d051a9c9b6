using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The terms the unigram field stacks after a document number (<see cref="DocumentNumberFilter.Parts"/>, each folded
/// then as written when folding changes it), remembered per thread: the same numbers recur in a document's title, which
/// every clause of it carries, and across the clauses citing them.
/// </summary>
internal static class NumberPartTerms
{
    /// <summary>Beyond this many distinct numbers the memory starts again.</summary>
    private const int MaxRemembered = 10_000;

    [ThreadStatic]
    private static Dictionary<string, string[]>? _byNumber;

    /// <summary>The stacked terms of <paramref name="number"/>, in the order the analysis chain gives them.</summary>
    public static string[] Of(string number)
    {
        var byNumber = _byNumber ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (byNumber.TryGetValue(number, out var terms)) return terms;
        var list = new List<string>();
        foreach (var part in DocumentNumberFilter.Parts(number))
        {
            var folded = ClauseSyllables.Fold(part);
            list.Add(folded);
            if (!ReferenceEquals(folded, part)) list.Add(part);
        }
        if (byNumber.Count >= MaxRemembered) byNumber.Clear();
        terms = [.. list];
        byNumber[number] = terms;
        return terms;
    }
}
