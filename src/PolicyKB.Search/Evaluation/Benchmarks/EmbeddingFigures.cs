namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>Embedding throughput.</summary>
public sealed record EmbeddingFigures
{
    /// <summary>Model id.</summary>
    public string Model { get; init; } = "";

    /// <summary>Clauses embedded.</summary>
    public int Clauses { get; init; }

    /// <summary>Seconds in the generator.</summary>
    public double Seconds { get; init; }

    /// <summary>Clauses per second (generator only).</summary>
    public double ClausesPerSecond { get; init; }

    /// <summary>Clauses per second of the pipeline's embed step (generator, vector store and index).</summary>
    public double PipelineClausesPerSecond { get; init; }
}
