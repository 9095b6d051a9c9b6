using System.Text.Json;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Cli;

/// <summary>
/// <c>policykb bench --throughput D</c>: queries per second of PolicyKB keyword search beside SQLite FTS5 (AND) over the
/// same clauses, with 1 and 4 concurrent clients; and ingestion rates counted in file bytes.
/// </summary>
public sealed class BenchThroughputTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public void Throughput_gives_both_systems_at_one_and_four_clients_with_the_ratio_to_fts5()
    {
        Assert.Equal(0, CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path).ExitCode);

        var result = CliRunner.Run("bench", "--throughput", _data.Path, "--queries", "20", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var runs = json.RootElement.EnumerateArray()
            .Select(r => (System: r.GetProperty("system").GetString(), Clients: r.GetProperty("clients").GetInt32(), Rate: r.GetProperty("queriesPerSecond").GetDouble(),
                Ratio: r.GetProperty("ratioToFts5And").GetDouble()))
            .ToList();
        Assert.Equal(["policykb-keyword/1", "sqlite-fts5-and/1", "policykb-keyword/4", "sqlite-fts5-and/4"], runs.Select(r => $"{r.System}/{r.Clients}"));
        Assert.All(runs, r => Assert.True(r.Rate > 0));
        Assert.All(runs.Where(r => r.System == "sqlite-fts5-and"), r => Assert.Equal(1.0, r.Ratio));
    }

    [Fact]
    public void Throughput_over_a_folder_without_a_store_is_refused_with_exit_code_2()
    {
        var result = CliRunner.Run("bench", "--throughput", _data.File("khong-co"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không có kho dữ liệu", result.Error);
    }

    [Fact]
    public void Ingest_counts_the_bytes_of_each_file_as_read_not_its_decoded_characters()
    {
        var file = Path.Combine(SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt");

        var result = CliRunner.Run("ingest", file, "--json", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var stored = json.RootElement.GetProperty("results")[0];
        Assert.Equal(new FileInfo(file).Length, stored.GetProperty("fileBytes").GetInt64());
        Assert.NotEqual(stored.GetProperty("characters").GetInt64() * 2, stored.GetProperty("fileBytes").GetInt64());
    }

    public void Dispose() => _data.Dispose();
}
