namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>Ingestion of the corpus through the real pipeline (with embeddings).</summary>
public sealed record IngestionFigures
{
    /// <summary>Files ingested (stored).</summary>
    public int Files { get; init; }

    /// <summary>Files that failed.</summary>
    public int Failed { get; init; }

    /// <summary>Files left out (time budget or --max-files).</summary>
    public int Skipped { get; init; }

    /// <summary>Clauses stored.</summary>
    public int Clauses { get; init; }

    /// <summary>Source bytes of the stored files (UTF-8 text for .txt/.md), in MB (10^6 bytes).</summary>
    public double SourceMegabytes { get; init; }

    /// <summary>Decoded characters.</summary>
    public long Characters { get; init; }

    /// <summary>Wall time of the ingestion loop plus the final citation linking.</summary>
    public double WallSeconds { get; init; }

    /// <summary>Seconds per pipeline step, summed over files.</summary>
    public Dictionary<string, double> StepSeconds { get; init; } = [];

    /// <summary>File MB/s through every step up to the keyword index (read … save, index; no embeddings), over summed step time.</summary>
    public double CoreMegabytesPerSecond { get; init; }

    /// <summary>MB/s through every step except embedding (store and keyword index).</summary>
    public double WithoutEmbeddingsMegabytesPerSecond { get; init; }

    /// <summary>MB/s through every step.</summary>
    public double WithEmbeddingsMegabytesPerSecond { get; init; }
}
