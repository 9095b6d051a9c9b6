namespace PolicyKB.ScaleOutBench;

/// <summary>What a propagation run measured.</summary>
/// <param name="Samples">One per upload stored through node A.</param>
/// <param name="FoundBySearch">How many of them a keyword search on node B for their title named, after the timing.</param>
public sealed record PropagationRun(IReadOnlyList<PropagationSample> Samples, int FoundBySearch);
