namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>A target and whether it was met.</summary>
/// <param name="Name">What is measured.</param>
/// <param name="Target">The target as text ("≥ 5 MB/s").</param>
/// <param name="Measured">The measured value as text.</param>
/// <param name="Met">True when met.</param>
public sealed record TargetCheck(string Name, string Target, string Measured, bool Met);
