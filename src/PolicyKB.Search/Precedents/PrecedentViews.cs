namespace PolicyKB.Search.Precedents;

/// <summary>The ways a precedent's comparison is shown (<see cref="SimilarClause.View"/>).</summary>
public static class PrecedentViews
{
    /// <summary>Word diff: runs of equal, deleted and inserted words.</summary>
    public const string Diff = "diff";

    /// <summary>The precedent's text with the phrases it shares with the input highlighted.</summary>
    public const string Phrases = "phrases";
}
