using PolicyKB.Cli;
using PolicyKB.Search.Embeddings;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings;

/// <summary><c>policykb train-embeddings</c> run in-process.</summary>
public sealed class TrainEmbeddingsCommandTests
{
    [Fact]
    public void Trains_on_a_folder_and_writes_a_loadable_model()
    {
        using var dir = new TempDirectory();
        var output = dir.File("m.pkbe");
        var (code, stdout, stderr) = Run("train-embeddings", "--corpus", SharedData.ContentDirectory, "--out", output,
            "--dims", "16", "--epochs", "1", "--min-count", "3", "--threads", "1", "--probe", "y tế");
        Assert.True(code == 0, stderr);
        var model = DomainEmbeddingModel.Load(output);
        Assert.Equal(16, model.Dimensions);
        Assert.Contains(model.ModelId, stdout);
        Assert.Contains("y tế: ", stdout);
        Assert.Contains("vocabulary:", stderr);
    }

    [Fact]
    public void Pairs_and_thesaurus_groups_are_added_to_the_corpus_but_never_test_pairs()
    {
        using var dir = new TempDirectory();
        var pairs = Directory.CreateDirectory(dir.File("pairs")).FullName;
        var formal = Enumerable.Range(0, 40).Select(i => $"câu_hỏi chuẩn số {i} về sốt_xuất_huyết ?").ToList();
        File.WriteAllLines(Path.Combine(pairs, "a.src"), formal.Select((_, i) => $"nhà em nhiều muỗi lắm ạ lần {i}"));
        File.WriteAllLines(Path.Combine(pairs, "a.tgt"), formal);
        var trained = PolicyKB.Search.Evaluation.Pairs.PairSet.Load(pairs).Count(p => !p.HeldOut);
        var thesaurus = dir.File("t.tsv");
        File.WriteAllLines(thesaurus, ["# nhóm", "người già\tngười cao tuổi"]);

        var (code, _, stderr) = Run("train-embeddings", "--corpus", SharedData.ContentDirectory, "--out", dir.File("m.pkbe"),
            "--dims", "16", "--epochs", "1", "--min-count", "3", "--threads", "1", "--pairs", pairs, "--thesaurus", thesaurus);

        Assert.True(code == 0, stderr);
        Assert.Contains($"{trained + 1} đoạn cặp câu/nhóm từ", stderr);
        Assert.Contains("bộ huấn luyện builtin", stderr);
    }

    [Fact]
    public void The_contrastive_stage_tunes_a_warm_started_model_on_headings_pairs_and_thesaurus_without_test_pairs()
    {
        using var dir = new TempDirectory();
        var start = dir.File("start.pkbe");
        Assert.Equal(0, Run("train-embeddings", "--corpus", SharedData.ContentDirectory, "--out", start, "--dims", "16", "--epochs", "1", "--min-count", "3", "--threads", "1").Code);
        var pairs = Directory.CreateDirectory(dir.File("pairs")).FullName;
        var formal = Enumerable.Range(0, 40).Select(i => $"câu_hỏi chuẩn số {i} về y_tế cơ_sở ?").ToList();
        File.WriteAllLines(Path.Combine(pairs, "a.src"), formal.Select((_, i) => $"bệnh viện gần nhà em lần {i}"));
        File.WriteAllLines(Path.Combine(pairs, "a.tgt"), formal);
        var trainPairs = PolicyKB.Search.Evaluation.Pairs.PairSet.Load(pairs).Count(p => p.Split == PolicyKB.Search.Evaluation.Pairs.PairSplit.Train);
        var thesaurus = dir.File("t.tsv");
        File.WriteAllLines(thesaurus, ["người già\tngười cao tuổi"]);
        var excluded = dir.File("held-out.files");
        File.WriteAllLines(excluded, ["# judged", "../content/son-duong-2021-cong-tac-y-te-huyen.txt"]);

        var (code, stdout, stderr) = Run("train-embeddings", "--warm-start", start, "--contrastive", "--tune-headings", SharedData.ContentDirectory,
            "--tune-exclude", excluded, "--pairs", pairs, "--thesaurus", thesaurus, "--out", dir.File("tuned.pkbe"), "--tune-epochs", "1");

        Assert.True(code == 0, stderr);
        Assert.Contains("không huấn luyện skip-gram", stderr);
        Assert.Contains("(1 tên tệp bị loại)", stderr);
        Assert.Contains($"{trainPairs} cặp câu hỏi (phần train), 2 cặp từ đồng nghĩa", stderr);
        Assert.Contains("epoch 1: loss", stderr);
        var tuned = DomainEmbeddingModel.Load(dir.File("tuned.pkbe"));
        Assert.Contains(tuned.ModelId, stdout);
        Assert.NotEqual(DomainEmbeddingModel.Load(start).ModelId.Split('@')[1], tuned.ModelId.Split('@')[1]);
    }

    [Fact]
    public void Neither_a_corpus_nor_a_model_to_start_from_fails_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = Run("train-embeddings", "--out", dir.File("m.pkbe"));
        Assert.Equal(2, code);
        Assert.Contains("--warm-start", stderr);
    }

    [Fact]
    public void A_missing_model_to_start_from_fails_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = Run("train-embeddings", "--warm-start", dir.File("none.pkbe"), "--contrastive", "--out", dir.File("m.pkbe"));
        Assert.Equal(2, code);
        Assert.Contains("không đọc được mô hình", stderr);
        Assert.False(File.Exists(dir.File("m.pkbe")));
    }

    [FastTextFact]
    public void The_fasttext_trainer_writes_a_loadable_model()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = Run("train-embeddings", "--trainer", "fasttext", "--fasttext", FastTextFactAttribute.ExecutablePath,
            "--corpus", SharedData.ContentDirectory, "--out", dir.File("m.pkbe"), "--dims", "16", "--epochs", "1", "--min-count", "3", "--threads", "1");
        Assert.True(code == 0, stderr);
        Assert.Equal(16, DomainEmbeddingModel.Load(dir.File("m.pkbe")).Dimensions);
        Assert.Contains("fasttext:", stderr);
    }

    [Fact]
    public void A_corpus_without_text_files_fails_with_exit_code_1()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = Run("train-embeddings", "--corpus", dir.Path, "--out", dir.File("m.pkbe"));
        Assert.Equal(1, code);
        Assert.Contains(".txt/.md", stderr);
        Assert.False(File.Exists(dir.File("m.pkbe")));
    }

    [Fact]
    public void Out_of_range_settings_fail_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var (code, _, _) = Run("train-embeddings", "--corpus", SharedData.ContentDirectory, "--out", dir.File("m.pkbe"), "--dims", "2");
        Assert.Equal(2, code);
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(TextReader.Null, stdout, stderr, IsTerminal: false));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
