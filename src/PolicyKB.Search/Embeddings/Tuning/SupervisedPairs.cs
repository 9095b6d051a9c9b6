using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>Query ↔ passage pairs from the everyday ↔ formal question pairs and from the thesaurus.</summary>
public static class SupervisedPairs
{
    /// <summary>Source name of everyday ↔ formal pairs.</summary>
    public const string PairsSource = "pairs";

    /// <summary>Source name of thesaurus pairs.</summary>
    public const string ThesaurusSource = "thesaurus";

    /// <summary>
    /// The everyday question ↔ formal question of every <see cref="PairSplit.Train"/> pair only: the dev and test
    /// fifths stay measures for every run.
    /// </summary>
    public static IEnumerable<ContrastivePair> FromPairs(IEnumerable<QueryPair> pairs) =>
        pairs.Where(p => p.Split == PairSplit.Train).Select(p => new ContrastivePair(p.Everyday, p.Formal, PairsSource));

    /// <summary>
    /// Each thesaurus group (a line of tab-separated expressions; # starts a comment) gives every expression paired
    /// with the next, so a group of n expressions gives n pairs.
    /// </summary>
    public static IEnumerable<ContrastivePair> FromThesaurus(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var terms = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (terms.Length < 2) continue;
            for (var i = 0; i < terms.Length; i++) yield return new ContrastivePair(terms[i], terms[(i + 1) % terms.Length], ThesaurusSource);
        }
    }
}
