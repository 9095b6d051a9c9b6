using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Search.Rerank;

/// <summary>
/// The <c>rerank</c> stage of hybrid search (section <c>PolicyKB:Search:Rerank</c> of appsettings.json): a learned
/// ranking model (trained by <c>policykb train-reranker</c>) reorders the best <see cref="Depth"/> fused candidates.
/// </summary>
public sealed class RerankOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "PolicyKB:Search:Rerank";

    /// <summary>Whether hybrid search reorders its candidates with the model (when the model file is present).</summary>
    public bool Enabled { get; set; }

    /// <summary>The model file (relative paths from the repository or installation root).</summary>
    [Required]
    public string ModelPath { get; set; } = "content/models/policykb-rerank.json";

    /// <summary>How many fused candidates the model reorders; the rest keep their fused order after them.</summary>
    [Range(2, 100)]
    public int Depth { get; set; } = RerankStage.DefaultDepth;

    /// <summary>Weight of the model's order against the first-stage order's 1 (see <see cref="RerankStage"/>).</summary>
    [Range(0.0, 1000.0)]
    public double ModelWeight { get; set; } = RerankStage.DefaultModelWeight;

    /// <summary>Queries of at least this many words are long (a reader's question with its story); 0: none is.</summary>
    [Range(0, 10_000)]
    public int LongQueryWords { get; set; } = RerankStage.DefaultLongQueryWords;

    /// <summary>Weight of the model's order for a long query (see <see cref="LongQueryWords"/>), in place of <see cref="ModelWeight"/>.</summary>
    [Range(0.0, 1000.0)]
    public double LongQueryModelWeight { get; set; } = RerankStage.DefaultLongQueryModelWeight;
}
