namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One cold start: seconds from process start to the first search answered.</summary>
/// <param name="Seconds">Wall time to the first answer (or to giving up).</param>
/// <param name="Answered">False when the process failed or never answered.</param>
/// <param name="PeakResidentKb">The process's peak resident memory when it answered (web host on Linux), else null.</param>
/// <param name="PeakAfterQueriesKb">Its peak resident memory after <see cref="ColdStartOptions.QueriesAfter"/> more searches, else null.</param>
/// <param name="CpuSeconds">CPU time (user + system, all threads) the web host had used when it answered (Linux), else null.</param>
public sealed record ColdStartRun(double Seconds, bool Answered, long? PeakResidentKb, long? PeakAfterQueriesKb = null, double? CpuSeconds = null);
