using System.CommandLine;
using System.Diagnostics;
using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb train-embeddings --corpus DIR… --out FILE</c>: trains the offline domain embedding model from .txt
/// and .md files (recursively) and writes the model file. Exit code 1 when the corpus holds no usable text.
/// </summary>
internal static class TrainEmbeddingsCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new EmbeddingTrainerOptions();
        var corpus = new Option<string[]>("--corpus") { Description = "Thư mục hoặc tệp (.txt, .md) để huấn luyện", Required = true, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Tệp mô hình sẽ ghi (vd. content/models/policykb-vi-128.pkbe)", Required = true };
        var dims = new Option<int>("--dims") { Description = "Số chiều vectơ", DefaultValueFactory = _ => defaults.Dimensions };
        var epochs = new Option<int>("--epochs") { Description = "Số lượt huấn luyện", DefaultValueFactory = _ => defaults.Epochs };
        var minCount = new Option<int>("--min-count") { Description = "Tần suất tối thiểu của một từ", DefaultValueFactory = _ => defaults.MinCount };
        var threads = new Option<int>("--threads") { Description = "Số luồng", DefaultValueFactory = _ => defaults.Threads };
        var seed = new Option<ulong>("--seed") { Description = "Hạt giống ngẫu nhiên", DefaultValueFactory = _ => defaults.Seed };
        var trainer = new Option<string>("--trainer") { Description = "Bộ huấn luyện: builtin (skip-gram của PolicyKB) hoặc fasttext (gói Debian fasttext)", DefaultValueFactory = _ => "builtin" };
        trainer.AcceptOnlyFromAmong("fasttext", "builtin");
        var fastText = new Option<string>("--fasttext") { Description = "Đường dẫn chương trình fastText", DefaultValueFactory = _ => "fasttext" };
        var pairs = new Option<string?>("--pairs") { Description = "Thư mục cặp câu hỏi đời thường ↔ câu hỏi chuẩn (*.src ↔ *.tgt.tagged); phần test không bao giờ được dùng" };
        var holdOutDev = new Option<bool>("--hold-out-dev") { Description = "Không dùng cả phần dev của các cặp (cho các lần chạy thử để chọn tham số)" };
        var thesaurus = new Option<string?>("--thesaurus") { Description = "Tệp nhóm từ đồng nghĩa (vd. content/search/related-terms.tsv)" };
        var probes = new Option<string[]>("--probe") { Description = "In các từ gần nhất của từ/cụm từ này sau khi huấn luyện", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-embeddings", "Huấn luyện mô hình vectơ ngữ nghĩa ngoại tuyến từ một kho văn bản")
        {
            corpus, output, dims, epochs, minCount, threads, seed, trainer, fastText, pairs, holdOutDev, thesaurus, probes,
        };
        command.SetAction(parse =>
        {
            var options = new EmbeddingTrainerOptions
            {
                Dimensions = parse.GetValue(dims),
                Epochs = parse.GetValue(epochs),
                MinCount = parse.GetValue(minCount),
                Threads = parse.GetValue(threads),
                Seed = parse.GetValue(seed),
                FastTextPath = parse.GetValue(trainer) == "fasttext" ? parse.GetValue(fastText) : null,
            };
            var extra = new ExtraText(parse.GetValue(pairs), !parse.GetValue(holdOutDev), parse.GetValue(thesaurus));
            return Run(console, parse.GetValue(corpus)!, parse.GetValue(output)!, options, extra, parse.GetValue(probes) ?? []);
        });
        return command;
    }

    private static int Run(CliConsole console, string[] corpus, string output, EmbeddingTrainerOptions options, ExtraText extra, string[] probes)
    {
        try { options.Validate(); }
        catch (ArgumentOutOfRangeException ex)
        {
            console.Error.WriteLine($"policykb: tham số không hợp lệ: {ex.ParamName} = {ex.ActualValue}");
            return 2;
        }
        foreach (var missing in corpus.Where(p => !File.Exists(p) && !Directory.Exists(p))) console.Error.WriteLine($"cảnh báo: không tìm thấy {missing}");
        var files = TrainingCorpusReader.EnumerateFiles(corpus);
        if (files.Count == 0)
        {
            console.Error.WriteLine("policykb: không có tệp .txt/.md nào trong kho huấn luyện");
            return 1;
        }
        List<string> supervised;
        try { supervised = extra.Documents(); }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            console.Error.WriteLine($"policykb: {ex.Message}");
            return 2;
        }
        console.Error.WriteLine($"train-embeddings: {files.Count} tệp, {supervised.Count} đoạn cặp câu/nhóm từ, {options.Dimensions} chiều, {options.Epochs} lượt, {options.Threads} luồng, bộ huấn luyện {(options.FastTextPath is null ? "builtin" : "fasttext")}");
        var clock = Stopwatch.StartNew();
        DomainEmbeddingModel model;
        try
        {
            model = new EmbeddingTrainer(options).Train(files.Select(TrainingCorpusReader.ReadDocument).Concat(supervised), new Reporter(console));
        }
        catch (InvalidOperationException ex) when (ex.InnerException is null)
        {
            console.Error.WriteLine($"policykb: {ex.Message}");
            return 1;
        }
        model.Save(output);
        var loaded = DomainEmbeddingModel.Load(output);
        var o = console.Out;
        o.WriteLine($"Mô hình: {Path.GetFullPath(output)}");
        o.WriteLine($"Model id: {loaded.ModelId}");
        o.WriteLine($"Kích thước: {new FileInfo(output).Length / 1048576.0:F1} MB; {loaded.VocabularySize:N0} đơn vị ({loaded.PhraseCount:N0} từ nhiều âm tiết), {loaded.Dimensions} chiều");
        o.WriteLine($"Thời gian: {clock.Elapsed.TotalSeconds:F0} s");
        foreach (var probe in probes)
        {
            o.WriteLine($"{probe}: {string.Join(", ", loaded.Nearest(probe, 8).Select(n => $"{n.Unit} ({n.Similarity:F2})"))}");
        }
        return 0;
    }

    /// <summary>The supervised text: pairs (never their test part) and thesaurus groups, as documents.</summary>
    private sealed record ExtraText(string? PairsFolder, bool IncludeDev, string? ThesaurusFile)
    {
        public List<string> Documents()
        {
            var documents = new List<string>();
            if (PairsFolder is not null) documents.AddRange(PairTrainingText.FromPairs(PairSet.Load(PairsFolder), IncludeDev));
            if (ThesaurusFile is not null) documents.AddRange(PairTrainingText.FromThesaurus(File.ReadLines(ThesaurusFile)));
            return documents;
        }
    }

    /// <summary>Writes each progress report as one line on standard error (training runs for minutes; a log beats a bar).</summary>
    private sealed class Reporter(CliConsole console) : IProgress<EmbeddingTrainingProgress>
    {
        public void Report(EmbeddingTrainingProgress value)
        {
            var line = value.Stage == "train" && value.Fraction < 1
                ? $"  train {value.Fraction:P1} {value.Message} loss {value.Loss:F3} {value.UnitsPerSecond / 1000:F0}k units/s"
                : $"  {value.Stage}: {value.Message}";
            lock (console.Error) console.Error.WriteLine(line);
        }
    }
}
