namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>Process memory.</summary>
public sealed record MemoryFigures
{
    /// <summary>Managed heap after a full collection, MB.</summary>
    public double GcHeapMegabytes { get; init; }

    /// <summary>Working set, MB.</summary>
    public double WorkingSetMegabytes { get; init; }

    /// <summary>Peak working set, MB.</summary>
    public double PeakWorkingSetMegabytes { get; init; }
}
