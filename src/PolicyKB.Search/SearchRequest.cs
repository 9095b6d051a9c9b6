namespace PolicyKB.Search;

/// <summary>A search as asked by the CLI, the API or the answering service.</summary>
/// <param name="Query">The user's text: words, quoted phrases, document numbers.</param>
public sealed record SearchRequest(string Query)
{
    /// <summary>Largest page size.</summary>
    public const int MaxTop = 100;

    /// <summary>How to search.</summary>
    public SearchMode Mode { get; init; } = SearchMode.Hybrid;

    /// <summary>Number of hits wanted (1–100).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Hits to skip (paging).</summary>
    public int Offset { get; init; }

    /// <summary>Whether hybrid search reorders its candidates with the learned reranker; null follows the configured default.</summary>
    public bool? Rerank { get; init; }

    /// <summary>Restrictions.</summary>
    public SearchFilters Filters { get; init; } = new();
}
