namespace PolicyKB.Cli.Reranking;

/// <summary>One (query, candidate) row as ML.NET reads it: the query's group, the relevance label, the features.</summary>
internal sealed class RankingRow
{
    /// <summary>The query (rows of one query are contiguous).</summary>
    public uint GroupId { get; set; }

    /// <summary>1 when the candidate answers the query, else 0.</summary>
    public float Label { get; set; }

    /// <summary>The candidate's features (<see cref="PolicyKB.Search.Rerank.RerankFeatures.Names"/>).</summary>
    public float[] Features { get; set; } = [];
}
