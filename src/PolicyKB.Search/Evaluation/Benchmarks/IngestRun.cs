namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One timed ingestion of the same files into an empty knowledge base (<see cref="IngestCoreBenchmark"/>).</summary>
public sealed record IngestRun
{
    /// <summary>"core" (read → save → keyword index, no embedding model) or "pipeline" (with the configured model).</summary>
    public string Name { get; init; } = "";

    /// <summary>Embedding model of the run, or null for the core.</summary>
    public string? Model { get; init; }

    /// <summary>Files stored.</summary>
    public int Files { get; init; }

    /// <summary>Files that failed.</summary>
    public int Failed { get; init; }

    /// <summary>Clauses stored.</summary>
    public int Clauses { get; init; }

    /// <summary>Bytes of the files as read from disk, in MB (10^6).</summary>
    public double FileMegabytes { get; init; }

    /// <summary>Opening the empty knowledge base (not in the rates).</summary>
    public double OpenSeconds { get; init; }

    /// <summary>Elapsed time of the batch, from the first file to the end of its commit.</summary>
    public double WallSeconds { get; init; }

    /// <summary>CPU time of the whole process over the batch (every thread: merges, garbage collection, disk writer).</summary>
    public double CpuSeconds { get; init; }

    /// <summary>
    /// Time the JIT spent compiling during the batch (every thread; most of it on the runtime's background thread that
    /// recompiles hot methods optimised): part of <see cref="CpuSeconds"/> that a longer run spreads over more bytes.
    /// </summary>
    public double JitSeconds { get; init; }

    /// <summary>Time the process was paused for garbage collection during the batch.</summary>
    public double GcPauseSeconds { get; init; }

    /// <summary>Garbage collections during the batch, by generation (0, 1, 2): how often the allocations stopped the threads.</summary>
    public IReadOnlyList<int> GcCollections { get; init; } = [];

    /// <summary>
    /// Process CPU of the run by thread (threads alive at its end; on Linux): the ingesting threads beside the runtime's
    /// JIT compiler and garbage collector.
    /// </summary>
    public IReadOnlyList<ThreadCpuFigures> Threads { get; init; } = [];

    /// <summary>File MB per elapsed second.</summary>
    public double MegabytesPerWallSecond { get; init; }

    /// <summary>File MB per CPU second: the figure least disturbed by other work on a shared machine.</summary>
    public double MegabytesPerCpuSecond { get; init; }

    /// <summary>
    /// Seconds the batch would take on two idle cores with the configured run-ahead queue, worked out from each file's CPU
    /// time on each thread and the finish's (<see cref="TwoCoreModel"/>); null where thread CPU time is not available.
    /// </summary>
    public double? TwoCoreSeconds { get; init; }

    /// <summary>The same model with one prepared file waiting at most (the queue before it was made deeper).</summary>
    public double? TwoCoreSecondsOneWaiting { get; init; }

    /// <summary>Where the time went, step by step, in pipeline order.</summary>
    public IReadOnlyList<IngestStepFigures> Steps { get; init; } = [];
}
