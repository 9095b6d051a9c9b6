using PolicyKB.Search.Evaluation.Benchmarks;

namespace PolicyKB.Tests.Cli;

public sealed class BenchColdStartTests
{
    [Fact]
    public void Cold_start_over_a_folder_without_a_store_is_refused_with_exit_code_2_before_anything_is_started()
    {
        var missing = Path.Combine(Path.GetTempPath(), "policykb-no-store-" + Guid.NewGuid().ToString("N"));

        var result = CliRunner.Run("bench", "--cold-start", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không có kho dữ liệu", result.Error);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void The_cold_start_report_gives_the_median_of_the_answered_runs_and_the_peak_memory_seen()
    {
        var report = new ColdStartReport("/d", "QĐ 281",
            [new ColdStartRun(1.5, true, null), new ColdStartRun(9.0, false, null), new ColdStartRun(1.1, true, null), new ColdStartRun(1.3, true, null)],
            [new ColdStartRun(2.0, true, 300_000), new ColdStartRun(2.4, true, 310_000)]);

        var lines = report.Lines().ToList();

        Assert.Equal("  cli: median 1.30 s, fastest 1.10 s, slowest 1.50 s over 3 of 4 runs", lines[1]);
        Assert.Equal("  web: median 2.40 s, fastest 2.00 s, slowest 2.40 s over 2 of 2 runs; peak resident 302 MB", lines[2]);
    }
}
