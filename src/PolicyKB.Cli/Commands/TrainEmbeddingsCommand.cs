using System.CommandLine;
using System.Diagnostics;
using PolicyKB.Search.Embeddings;

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
        var probes = new Option<string[]>("--probe") { Description = "In các từ gần nhất của từ/cụm từ này sau khi huấn luyện", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-embeddings", "Huấn luyện mô hình vectơ ngữ nghĩa ngoại tuyến từ một kho văn bản")
        {
            corpus, output, dims, epochs, minCount, threads, seed, probes,
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
            };
            return Run(console, parse.GetValue(corpus)!, parse.GetValue(output)!, options, parse.GetValue(probes) ?? []);
        });
        return command;
    }

    private static int Run(CliConsole console, string[] corpus, string output, EmbeddingTrainerOptions options, string[] probes)
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
        console.Error.WriteLine($"train-embeddings: {files.Count} tệp, {options.Dimensions} chiều, {options.Epochs} lượt, {options.Threads} luồng");
        var clock = Stopwatch.StartNew();
        DomainEmbeddingModel model;
        try
        {
            model = new EmbeddingTrainer(options).Train(files.Select(TrainingCorpusReader.ReadDocument), new Reporter(console));
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
