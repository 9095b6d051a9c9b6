using System.Text.Json;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Evaluation;

/// <summary>The everyday ↔ formal question pairs, their fixed split and <c>policykb eval-pairs</c>.</summary>
public sealed class PairSetTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Parallel_files_become_pairs_with_syllables_instead_of_word_joins()
    {
        File.WriteAllLines(_dir.File("a.txt.src"), ["Chào bác_sĩ , cháu bị  sốt_xuất_huyết ạ ?", ""]);
        File.WriteAllLines(_dir.File("a.txt.tgt.tagged"), ["Sốt_xuất_huyết điều_trị thế_nào ?", ""]);

        var pair = Assert.Single(PairSet.Load(_dir.Path));

        Assert.Equal("Chào bác sĩ , cháu bị sốt xuất huyết ạ ?", pair.Everyday);
        Assert.Equal("Sốt xuất huyết điều trị thế nào ?", pair.Formal);
        Assert.Equal(PairSplit.Of(pair.Formal), pair.Split);
    }

    [Fact]
    public void Files_with_different_line_counts_are_refused()
    {
        File.WriteAllLines(_dir.File("a.src"), ["một", "hai"]);
        File.WriteAllLines(_dir.File("a.tgt"), ["một"]);
        Assert.Throws<FormatException>(() => PairSet.Load(_dir.Path));
    }

    [Fact]
    public void The_split_depends_only_on_the_formal_question_so_repeated_formal_questions_stay_together()
    {
        Assert.Equal(PairSplit.Of("Trẻ lớp 1 học trước quên sau có đáng lo ?"), PairSplit.Of("trẻ lớp 1  học trước quên sau có đáng lo ?"));
        var splits = Enumerable.Range(0, 5000).Select(i => PairSplit.Of($"câu hỏi số {i}")).ToList();
        Assert.InRange(splits.Count(s => s == PairSplit.Test), 900, 1100);
        Assert.InRange(splits.Count(s => s == PairSplit.Dev), 900, 1100);
    }

    [Fact]
    public void The_real_pairs_hold_out_about_a_fifth_and_no_formal_question_is_on_both_sides()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "..", "shared", "train-extra", "vihealth-faq");
        if (!Directory.Exists(folder)) return; // the shared training data is not on this machine
        var pairs = PairSet.Load(folder);
        Assert.Equal(2656, pairs.Count);
        Assert.InRange(pairs.Count(p => p.HeldOut) / (double)pairs.Count, 0.17, 0.23);
        var trained = pairs.Where(p => !p.HeldOut).Select(p => PairSplit.Key(p.Formal)).ToHashSet();
        Assert.DoesNotContain(pairs.Where(p => p.HeldOut), p => trained.Contains(PairSplit.Key(p.Formal)));
    }

    [Fact]
    public void Eval_pairs_ranks_each_held_out_formal_question_with_the_model_and_both_baselines()
    {
        var everyday = new List<string>();
        var formal = new List<string>();
        foreach (var (question, topic) in new[]
        {
            ("bé nhà em bị sốt cao mấy ngày nay phải làm sao", "Trẻ sốt cao kéo dài xử lý thế nào ?"),
            ("mẹ tôi già rồi hay quên có phải bệnh không", "Người cao tuổi hay quên có phải sa sút trí tuệ ?"),
            ("con tôi chưa tiêm phòng sởi thì có sao không", "Trẻ chưa tiêm vắc xin sởi có nguy hiểm không ?"),
            ("nhà nhiều muỗi quá sợ bị sốt xuất huyết", "Phòng bệnh sốt xuất huyết do muỗi truyền như thế nào ?"),
        })
        {
            for (var i = 0; everyday.Count < 400 && i < 100; i++)
            {
                everyday.Add($"{question} lần {i}");
                formal.Add($"{topic} ({i})");
            }
        }
        File.WriteAllLines(_dir.File("p.src"), everyday);
        File.WriteAllLines(_dir.File("p.tgt"), formal);
        var heldOut = PairSet.Load(_dir.Path).Count(p => p.HeldOut);

        var result = CliRunner.Run("eval-pairs", "--pairs", _dir.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(heldOut, json.RootElement.GetProperty("measured").GetInt32());
        var systems = json.RootElement.GetProperty("systems").EnumerateArray().ToList();
        Assert.Equal(["policykb-vi-128.pkbe", "lucene-standard-bm25", "sqlite-fts5-and", "sqlite-fts5-or"], systems.Select(s => s.GetProperty("system").GetString()));
        Assert.All(systems, s => Assert.Equal(heldOut, s.GetProperty("overall").GetProperty("queries").GetInt32()));
    }

    [Fact]
    public void Eval_pairs_without_its_folder_is_a_clear_error()
    {
        var result = CliRunner.Run("eval-pairs", "--pairs", _dir.File("nowhere"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("không tìm thấy thư mục", result.Error);
    }

    public void Dispose() => _dir.Dispose();
}
