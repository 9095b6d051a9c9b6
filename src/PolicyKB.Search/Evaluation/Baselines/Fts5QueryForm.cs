namespace PolicyKB.Search.Evaluation.Baselines;

/// <summary>How the FTS5 baseline combines a query's words.</summary>
public enum Fts5QueryForm
{
    /// <summary>Every word must occur (FTS5's implicit AND): what a peer would configure for a search box.</summary>
    And,

    /// <summary>Any word may occur: every clause holding "của" or "và" is scored, so it is slow and loose.</summary>
    Or,
}
