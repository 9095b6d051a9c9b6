namespace PolicyKB.Search.Precedents;

/// <summary>
/// A clause of another document worded like the input, with the differences marked: a word diff from about half the
/// words in common (<see cref="View"/> "diff"), the phrases both share below that ("phrases").
/// </summary>
public sealed record SimilarClause(
    string ClauseId, string DocumentId, string Source, IReadOnlyList<string> Path, string Label, string Heading, string Text,
    double Score, double Similarity, bool NearDuplicate, IReadOnlyList<DiffSegment> Diff)
{
    /// <summary>Document type.</summary>
    public string? DocumentType { get; init; }

    /// <summary>Document number.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Document title.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>Issuing body.</summary>
    public string? Issuer { get; init; }

    /// <summary>Year of issue.</summary>
    public int? Year { get; init; }

    /// <summary>Issue date, ISO partial.</summary>
    public string? IssuedOn { get; init; }

    /// <summary>Phrases of <see cref="SimilarClause.Text"/> that the input also has, in any order.</summary>
    public IReadOnlyList<SharedPhrase> Shared { get; init; } = [];

    /// <summary>
    /// How to show the comparison: "diff" (the word diff, readable when most words are shared) or "phrases" (the shared
    /// phrases highlighted in the text, below <see cref="PrecedentFinder.PhrasesBelow"/> similarity).
    /// </summary>
    public string View { get; init; } = PrecedentViews.Diff;
}
