namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One stage of a keyword search, the managed memory it allocates a query and the time it takes.</summary>
/// <param name="Stage">What the stage does ("keyword pool (100)", "match count"…).</param>
/// <param name="Kilobytes">Kilobytes allocated a query, averaged over the measured queries.</param>
/// <param name="Milliseconds">Mean time a query, in milliseconds (this machine's load included).</param>
public sealed record AllocationStage(string Stage, double Kilobytes, double Milliseconds);
