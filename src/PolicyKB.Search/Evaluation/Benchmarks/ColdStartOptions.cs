namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>What <see cref="ColdStartBenchmark"/> starts, over which data folder, and how often.</summary>
public sealed record ColdStartOptions
{
    /// <summary>The data folder, already filled (e.g. by <c>policykb --data D ingest …</c>); it is opened, never changed by the benchmark.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The CLI command line before its arguments: the executable and any leading arguments (e.g. <c>dotnet policykb.dll</c>).</summary>
    public required IReadOnlyList<string> Cli { get; init; }

    /// <summary>The web host executable, or null to time the CLI only.</summary>
    public string? WebHost { get; init; }

    /// <summary>The first search.</summary>
    public string Query { get; init; } = "QĐ 281";

    /// <summary>Runs of each.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>
    /// Searches sent to the web host after its first answer, before its peak resident memory is read again (0: none):
    /// <see cref="MixedQueries"/> in turn, each in keyword, hybrid or semantic mode in turn.
    /// </summary>
    public int QueriesAfter { get; init; }

    /// <summary>The queries <see cref="QueriesAfter"/> cycles through (e.g. the judged queries of tests/eval).</summary>
    public IReadOnlyList<string> MixedQueries { get; init; } = [];

    /// <summary>How long a web host may take to answer before the run counts as unanswered.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
