namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>CPU time that the process's threads of one name used during a run (<see cref="ThreadCpuSnapshot"/>).</summary>
/// <param name="Thread">The thread name as the runtime sets it (".NET Tiered Com…" is the JIT's background compiler).</param>
/// <param name="CpuSeconds">CPU seconds, user and system.</param>
public sealed record ThreadCpuFigures(string Thread, double CpuSeconds);
