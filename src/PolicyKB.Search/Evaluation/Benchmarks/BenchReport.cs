namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>Everything <c>policykb bench</c> measured.</summary>
public sealed record BenchReport
{
    /// <summary>The corpus folder.</summary>
    public string Corpus { get; init; } = "";

    /// <summary>Ingestion figures.</summary>
    public IngestionFigures Ingestion { get; init; } = new();

    /// <summary>Copies indexed to reach the target clause count (0 when the corpus was large enough).</summary>
    public int Copies { get; init; }

    /// <summary>Seconds spent storing, indexing and embedding the copies.</summary>
    public double CopySeconds { get; init; }

    /// <summary>Query latency runs: mode and clause count at the time.</summary>
    public List<LatencyRun> Latency { get; init; } = [];

    /// <summary>Query time per search stage, replayed stage by stage.</summary>
    public LatencyBreakdown? Breakdown { get; init; }

    /// <summary>Embedding throughput of the default model, generator only.</summary>
    public EmbeddingFigures Embedding { get; init; } = new();

    /// <summary>Where storage and indexing time goes, on a replayed sample.</summary>
    public StorageProfile? Profile { get; init; }

    /// <summary>PolicyKB keyword beside SQLite FTS5 and plain Lucene on the same clauses and queries (null when skipped).</summary>
    public BaselineComparison? Baselines { get; init; }

    /// <summary>Memory at the end.</summary>
    public MemoryFigures Memory { get; init; } = new();

    /// <summary>Each target with its measured value.</summary>
    public List<TargetCheck> Targets { get; init; } = [];

    /// <summary>Wall time of the whole run.</summary>
    public double TotalSeconds { get; init; }
}
