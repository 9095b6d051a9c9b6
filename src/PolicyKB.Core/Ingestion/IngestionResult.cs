namespace PolicyKB.Ingestion;

/// <summary>What happened to one file.</summary>
/// <param name="FileName">The file.</param>
/// <param name="DocumentId">Its document id (empty when it failed before one was known).</param>
/// <param name="Status">Stored, unchanged or failed.</param>
/// <param name="Error">Why it failed, naming the step.</param>
public sealed record IngestionResult(string FileName, string DocumentId, IngestionStatus Status, string? Error = null)
{
    /// <summary>What the user should know about the document's identity (renamed id, replacement, duplicate), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Clauses stored.</summary>
    public int Clauses { get; init; }

    /// <summary>Citations stored.</summary>
    public int Citations { get; init; }

    /// <summary>Which pages were read by OCR and how confidently; null when nothing was recognised.</summary>
    public Documents.OcrRecord? Ocr { get; init; }

    /// <summary>Warnings raised.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Time spent in each step, in milliseconds (for benchmarks).</summary>
    public IReadOnlyDictionary<string, double> StepMilliseconds { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// CPU time of the ingesting thread in each step, in milliseconds (for benchmarks; empty where the clock is not
    /// available). Work a step hands to other threads (Lucene's merges, the garbage collector) is not in it.
    /// </summary>
    public IReadOnlyDictionary<string, double> StepCpuMilliseconds { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Bytes the ingesting thread allocated in each step (for benchmarks): what the garbage collector, which pauses
    /// every thread, has to clear after it.
    /// </summary>
    public IReadOnlyDictionary<string, long> StepAllocatedBytes { get; init; } = new Dictionary<string, long>();

    /// <summary>Decoded text length in characters (for throughput figures).</summary>
    public long Characters { get; init; }

    /// <summary>Size of the file as read, in bytes: what ingestion rates are measured in (MB/s of files).</summary>
    public long FileBytes { get; init; }
}
