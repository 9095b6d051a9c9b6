using System.Text.Json;
using PolicyKB.Search.Evaluation.Pairs;
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
    public void Eval_with_pairs_reports_the_held_out_pairs_as_one_more_kind_of_every_system_keeping_the_files_overall_figures()
    {
        Assert.Equal(0, CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path).ExitCode);
        var pairs = Directory.CreateDirectory(_data.File("pairs")).FullName;
        var train = Directory.CreateDirectory(_data.File("train")).FullName;
        var topics = new[] { "sốt xuất huyết", "tay chân miệng", "sởi", "cúm mùa", "tiêm phòng dại", "huyết áp cao", "tiểu đường", "viêm gan B" };
        var formal = Enumerable.Range(0, 40).Select(i => $"Bệnh {topics[i % topics.Length]} điều trị thế nào ở tuyến {i} ?").ToList();
        File.WriteAllLines(Path.Combine(pairs, "p.src"), formal.Select(f => "cháu hỏi bác sĩ " + f.ToLowerInvariant()));
        File.WriteAllLines(Path.Combine(pairs, "p.tgt"), formal);
        var heldOut = PairSet.Load(pairs).Count(p => p.HeldOut);
        Assert.InRange(heldOut, 1, 39);

        var result = CliRunner.Run("eval", SeedKnowledgeBase.QuerySetPath, "--modes", "keyword,hybrid", "--baselines", "--pairs", "--pairs-folder", pairs, "--pairs-train", train,
            "--json", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var systems = json.RootElement.GetProperty("systems").EnumerateArray().ToList();
        Assert.Equal(6, systems.Count);
        foreach (var system in systems)
        {
            Assert.Equal(json.RootElement.GetProperty("queries").GetInt32(), system.GetProperty("overall").GetProperty("queries").GetInt32());
            var row = system.GetProperty("byKind").GetProperty("held-out-pairs");
            Assert.Equal(heldOut, row.GetProperty("queries").GetInt32());
        }
        // Each everyday question holds its formal question word for word: keyword search finds it first.
        Assert.Equal(1.0, systems[0].GetProperty("byKind").GetProperty("held-out-pairs").GetProperty("mrrAt10").GetDouble(), 3);
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
