namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>The cold starts of the CLI and the web host over one data folder.</summary>
/// <param name="DataDirectory">The data folder opened.</param>
/// <param name="Query">The first search.</param>
/// <param name="Cli">CLI runs, in order.</param>
/// <param name="Web">Web host runs, in order (empty when not timed).</param>
public sealed record ColdStartReport(string DataDirectory, string Query, IReadOnlyList<ColdStartRun> Cli, IReadOnlyList<ColdStartRun> Web)
{
    /// <summary>One line per host: median, fastest and slowest of the answered runs.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"cold start over {DataDirectory}, first search \"{Query}\" (process start → first answer):";
        yield return Line("cli", Cli);
        if (Web.Count > 0) yield return Line("web", Web);
    }

    private static string Line(string host, IReadOnlyList<ColdStartRun> runs)
    {
        var answered = runs.Where(r => r.Answered).Select(r => r.Seconds).Order().ToList();
        if (answered.Count == 0) return $"  {host}: no run answered ({runs.Count} tried)";
        var median = answered[answered.Count / 2];
        var peak = runs.Max(r => r.PeakResidentKb);
        var after = runs.Max(r => r.PeakAfterQueriesKb);
        var cpu = runs.Where(r => r.Answered && r.CpuSeconds is not null).Select(r => r.CpuSeconds!.Value).Order().ToList();
        return $"  {host}: median {median:F2} s, fastest {answered[0]:F2} s, slowest {answered[^1]:F2} s over {answered.Count} of {runs.Count} runs"
            + (cpu.Count > 0 ? $"; CPU to first answer median {cpu[cpu.Count / 2]:F2} s" : "")
            + (peak is { } kb ? $"; peak resident {kb / 1024} MB" : "") + (after is { } a ? $", {a / 1024} MB after the mixed searches" : "");
    }
}
