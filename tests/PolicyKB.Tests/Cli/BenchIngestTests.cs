using System.Text.Json;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Cli;

/// <summary>
/// <c>policykb bench --ingest</c>: the ingest core (no embeddings) and the whole pipeline over the same files, rated in
/// bytes of the files per elapsed and per CPU second, with the time of every step.
/// </summary>
public sealed class BenchIngestTests
{
    [Fact]
    public void Ingest_bench_rates_the_core_in_file_bytes_and_breaks_it_down_by_step_including_the_keyword_index()
    {
        var files = Directory.GetFiles(SharedData.ContentDirectory).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).ToList();

        var result = CliRunner.Run("bench", "--ingest", "--corpus", SharedData.ContentDirectory, "--max-files", "3", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var core = json.RootElement.EnumerateArray().First(r => r.GetProperty("name").GetString() == "core");
        var bytes = files.Order(StringComparer.Ordinal).Take(3).Sum(f => new FileInfo(f).Length);
        Assert.Equal(Math.Round(bytes / 1e6, 2), core.GetProperty("fileMegabytes").GetDouble());
        Assert.True(core.GetProperty("cpuSeconds").GetDouble() > 0);
        // Collections of generation 0, 1 and 2 during the batch.
        Assert.Equal(3, core.GetProperty("gcCollections").GetArrayLength());
        var steps = core.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ToList();
        Assert.Contains("save", steps);
        Assert.Contains("index", steps);
        Assert.DoesNotContain("embed", steps);
    }
}
