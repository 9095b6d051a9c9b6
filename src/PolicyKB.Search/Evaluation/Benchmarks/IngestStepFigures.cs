namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>One step's share of an ingestion run, summed over its files.</summary>
/// <param name="Step">The step name ("decode", "index", …; "finish" is the batch's end: keyword commit, citation links, checkpoint).</param>
/// <param name="WallSeconds">Elapsed time.</param>
/// <param name="CpuSeconds">CPU time of the ingesting thread in the step (null where not measurable).</param>
/// <param name="AllocatedMegabytes">Memory the ingesting thread allocated in the step, in MB (10^6), or null.</param>
public sealed record IngestStepFigures(string Step, double WallSeconds, double? CpuSeconds, double? AllocatedMegabytes = null);
