using System.Text.Json;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary><c>policykb eval</c> as a user runs it.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public void Eval_reports_every_mode_hybrid_with_the_shipped_reranker_and_both_baselines_per_kind()
    {
        Assert.Equal(0, CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path).ExitCode);
        var result = CliRunner.Run("eval", SeedKnowledgeBase.QuerySetPath, "--modes", "keyword,hybrid", "--baselines", "--json", "--data", _data.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var systems = json.RootElement.GetProperty("systems").EnumerateArray().ToList();
        Assert.Equal(["keyword", "hybrid", "hybrid+rerank", "lucene-standard-bm25", "sqlite-fts5-and", "sqlite-fts5-or"], systems.Select(s => s.GetProperty("system").GetString()));
        foreach (var system in systems)
        {
            Assert.InRange(system.GetProperty("overall").GetProperty("mrrAt10").GetDouble(), 0.3, 1.0);
            Assert.True(system.GetProperty("byKind").TryGetProperty("document-number", out _));
        }
        Assert.Contains("remove_diacritics 2", systems[4].GetProperty("description").GetString());

        var text = CliRunner.Run("eval", SeedKnowledgeBase.QuerySetPath, "--modes", "keyword", "--data", _data.Path);
        Assert.Contains("MRR@10", text.Out);
        Assert.Contains("document-number", text.Out);
    }

    [Fact]
    public void A_bad_query_set_or_mode_is_a_clear_error_with_exit_code_2()
    {
        var file = _data.File("bad.jsonl");
        File.WriteAllLines(file, ["""{"query": "x", "relevant": []}"""]);
        var bad = CliRunner.Run("eval", file, "--data", _data.Path);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("dòng 1", bad.Error);

        var mode = CliRunner.Run("eval", SeedKnowledgeBase.QuerySetPath, "--modes", "fuzzy", "--data", _data.Path);
        Assert.Equal(2, mode.ExitCode);
        Assert.Contains("fuzzy", mode.Error);

        var empty = CliRunner.Run("eval", SeedKnowledgeBase.QuerySetPath, "--data", _data.Path);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("policykb ingest", empty.Error);
    }

    public void Dispose() => _data.Dispose();
}
