namespace PolicyKB.Search;

/// <summary>How a query is answered.</summary>
public enum SearchMode
{
    /// <summary>Keyword (BM25 over the Vietnamese analyzer) and embedding results fused by reciprocal rank, legal references first.</summary>
    Hybrid,
    /// <summary>Keyword search only.</summary>
    Keyword,
    /// <summary>Embedding search only.</summary>
    Semantic,
}
