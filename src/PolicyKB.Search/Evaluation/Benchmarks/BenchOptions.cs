namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>What <see cref="CorpusBenchmark"/> runs over and how far.</summary>
public sealed record BenchOptions
{
    /// <summary>Folder of documents to ingest (the 1,017 official documents in ../shared/train).</summary>
    public required string Corpus { get; init; }

    /// <summary>Temporary data folder (deleted by the caller).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Clause count at which query latency is measured; copies are indexed when the corpus has fewer.</summary>
    public int TargetClauses { get; init; } = 100_000;

    /// <summary>Queries per latency run.</summary>
    public int Queries { get; init; } = 300;

    /// <summary>Judged queries mixed into the latency runs (their text only).</summary>
    public IReadOnlyList<string> ExtraQueries { get; init; } = [];

    /// <summary>Files to ingest at most (0: all).</summary>
    public int MaxFiles { get; init; }

    /// <summary>Ingestion stops after this many seconds, so the whole run stays bounded.</summary>
    public double IngestionBudgetSeconds { get; init; } = 420;

    /// <summary>Clauses embedded for the embedding-rate figure.</summary>
    public int EmbeddingSample { get; init; } = 20_000;

    /// <summary>Documents replayed for the storage and index profile.</summary>
    public int ProfileDocuments { get; init; } = 60;

    /// <summary>Time SQLite FTS5 and plain Lucene beside PolicyKB keyword search at the end.</summary>
    public bool CompareBaselines { get; init; } = true;
}
