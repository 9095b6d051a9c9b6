namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One stage of a keyword search and the managed memory it allocates a query.</summary>
/// <param name="Stage">What the stage does ("keyword pool (100)", "match count"…).</param>
/// <param name="Kilobytes">Kilobytes allocated a query, averaged over the measured queries.</param>
public sealed record AllocationStage(string Stage, double Kilobytes);
