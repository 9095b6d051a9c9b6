using PolicyKB.Search.Evaluation.Benchmarks;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// <c>policykb bench --ingest</c> says where an ingest's time goes: each step's time and CPU, and the batch's finish (the
/// keyword commit after the last file), whose CPU time tells work apart from waiting on a loaded machine.
/// </summary>
public sealed class IngestCoreBenchmarkTests : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [Fact]
    public void The_core_run_reports_every_step_and_the_finish_with_its_cpu_time()
    {
        var files = Directory.EnumerateFiles(SharedData.ContentDirectory).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        var core = new IngestCoreBenchmark(files, embeddings: null, SynonymTable.Empty).Measure(_scratch.Path).Single();

        Assert.Equal(files.Count, core.Files);
        Assert.Contains(core.Steps, s => s.Step == "index" && s.CpuSeconds is not null);
        var finish = Assert.Single(core.Steps, s => s.Step == "finish");
        if (OperatingSystem.IsLinux()) Assert.NotNull(finish.CpuSeconds);
        if (OperatingSystem.IsLinux()) Assert.True(core.TwoCoreSeconds <= core.TwoCoreSecondsOneWaiting);
    }

    public void Dispose() => _scratch.Dispose();
}
