using System.CommandLine;
using System.Diagnostics;
using PolicyKB.Cli.Embeddings;
using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Embeddings.Tuning;
using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb train-embeddings --corpus DIR… --out FILE</c>: trains the offline domain embedding model from .txt
/// and .md files (recursively) and writes the model file. Exit code 1 when the corpus holds no usable text. With
/// --contrastive a supervised stage follows (<see cref="ContrastiveTuner"/>), and with --warm-start it starts from an
/// existing model instead of training skip-gram.
/// </summary>
internal static class TrainEmbeddingsCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new EmbeddingTrainerOptions();
        var corpus = new Option<string[]>("--corpus") { Description = "Thư mục hoặc tệp (.txt, .md) để huấn luyện (bắt buộc, trừ khi có --warm-start)", AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
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
        var tuning = new ContrastiveOptions();
        var contrastive = new Option<bool>("--contrastive") { Description = "Thêm giai đoạn có giám sát (InfoNCE) sau skip-gram: tiêu đề ↔ nội dung, cặp câu hỏi (--pairs, chỉ phần train), nhóm từ (--thesaurus)" };
        var warmStart = new Option<string?>("--warm-start") { Description = "Bắt đầu từ mô hình này thay vì huấn luyện skip-gram (vd. content/models/policykb-vi-128.pkbe)" };
        var headings = new Option<string[]>("--tune-headings") { Description = "Thư mục văn bản để lấy cặp tiêu đề ↔ nội dung", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--tune-exclude") { Description = "Tệp danh sách văn bản không được dùng (vd. tests/eval/*.files tests/eval/reference-corpus.txt)", AllowMultipleArgumentsPerToken = true };
        var perDocument = new Option<int>("--tune-per-document") { Description = "Số cặp tiêu đề ↔ nội dung tối đa mỗi văn bản", DefaultValueFactory = _ => 64 };
        var sentencesPerDocument = new Option<int>("--tune-sentences-per-document") { Description = "Số cặp câu đầu ↔ phần còn lại tối đa mỗi văn bản", DefaultValueFactory = _ => 0 };
        var tuneEpochs = new Option<int>("--tune-epochs") { Description = "Số lượt của giai đoạn có giám sát", DefaultValueFactory = _ => tuning.Epochs };
        var tuneRate = new Option<double>("--tune-lr") { Description = "Bước học của giai đoạn có giám sát", DefaultValueFactory = _ => tuning.LearningRate };
        var tuneAnchor = new Option<double>("--tune-anchor") { Description = "Lực kéo vectơ về vectơ skip-gram ban đầu", DefaultValueFactory = _ => tuning.Anchor };
        var tuneTemperature = new Option<double>("--tune-temperature") { Description = "Nhiệt độ softmax", DefaultValueFactory = _ => tuning.Temperature };
        var tuneBatch = new Option<int>("--tune-batch") { Description = "Số cặp mỗi lô", DefaultValueFactory = _ => tuning.BatchSize };
        var mapEpochs = new Option<int>("--query-map-epochs")
        {
            Description = "Số lượt học ma trận biến đổi câu truy vấn (0: không có; cần --contrastive; --tune-epochs 0 để chỉ học ma trận trên mô hình --warm-start)",
            DefaultValueFactory = _ => 0,
        };
        var mapRate = new Option<double>("--query-map-lr") { Description = "Bước học của ma trận biến đổi câu truy vấn", DefaultValueFactory = _ => QueryMapDefaults.LearningRate };
        var mapAnchor = new Option<double>("--query-map-anchor") { Description = "Lực kéo ma trận về ma trận đơn vị", DefaultValueFactory = _ => QueryMapDefaults.Anchor };
        var jointMap = new Option<bool>("--tune-query-map") { Description = "Học ma trận biến đổi câu truy vấn cùng lúc với các vectơ từ (giai đoạn có giám sát)" };
        var probes = new Option<string[]>("--probe") { Description = "In các từ gần nhất của từ/cụm từ này sau khi huấn luyện", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-embeddings", "Huấn luyện mô hình vectơ ngữ nghĩa ngoại tuyến từ một kho văn bản")
        {
            corpus, output, dims, epochs, minCount, threads, seed, trainer, fastText, pairs, holdOutDev, thesaurus, probes,
            contrastive, warmStart, headings, exclude, perDocument, sentencesPerDocument, tuneEpochs, tuneRate, tuneAnchor, tuneTemperature, tuneBatch,
            mapEpochs, mapRate, mapAnchor, jointMap,
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
            var stage = parse.GetValue(contrastive)
                ? new ContrastiveStage(parse.GetValue(headings) ?? [], parse.GetValue(exclude) ?? [], parse.GetValue(perDocument), parse.GetValue(sentencesPerDocument), parse.GetValue(pairs), parse.GetValue(thesaurus),
                    new ContrastiveOptions
                    {
                        Epochs = parse.GetValue(tuneEpochs),
                        LearningRate = parse.GetValue(tuneRate),
                        Anchor = parse.GetValue(tuneAnchor),
                        Temperature = parse.GetValue(tuneTemperature),
                        BatchSize = parse.GetValue(tuneBatch),
                        Seed = parse.GetValue(seed),
                        LearnQueryMap = parse.GetValue(jointMap),
                        QueryMapAnchor = parse.GetValue(mapAnchor),
                    })
                {
                    QueryMap = parse.GetValue(mapEpochs) > 0
                        ? new ContrastiveOptions
                        {
                            Epochs = parse.GetValue(mapEpochs),
                            LearningRate = parse.GetValue(mapRate),
                            Anchor = parse.GetValue(mapAnchor),
                            Temperature = parse.GetValue(tuneTemperature),
                            BatchSize = parse.GetValue(tuneBatch),
                            Seed = parse.GetValue(seed),
                        }
                        : null,
                }
                : null;
            // With the supervised stage the pairs and thesaurus are its pairs, not bridge text for skip-gram.
            var extra = stage is null ? new ExtraText(parse.GetValue(pairs), !parse.GetValue(holdOutDev), parse.GetValue(thesaurus)) : new ExtraText(null, false, null);
            var request = new Request(parse.GetValue(corpus) ?? [], parse.GetValue(output)!, options, extra, parse.GetValue(probes) ?? [], parse.GetValue(warmStart), stage);
            return Run(console, request);
        });
        return command;
    }

    private static int Run(CliConsole console, Request request)
    {
        var options = request.Options;
        try
        {
            options.Validate();
            // --tune-epochs 0 keeps the warm-started unit vectors (to learn only a query map on them).
            if (request.Stage is { Options.Epochs: > 0 }) request.Stage.Options.Validate();
            request.Stage?.QueryMap?.Validate();
            if (request.Stage is not null) ArgumentOutOfRangeException.ThrowIfLessThan(request.Stage.HeadingsPerDocument, 0, "--tune-per-document");
            if (request.Stage is not null) ArgumentOutOfRangeException.ThrowIfLessThan(request.Stage.SentencesPerDocument, 0, "--tune-sentences-per-document");
        }
        catch (ArgumentOutOfRangeException ex)
        {
            console.Error.WriteLine($"policykb: tham số không hợp lệ: {ex.ParamName} = {ex.ActualValue}");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var started = request.WarmStart is null ? TrainSkipGram(console, request) : WarmStart(console, request.WarmStart);
        if (started.Code != 0) return started.Code;
        var model = started.Model!;
        if (request.Stage is { } stage)
        {
            List<ContrastivePair> pairs;
            try { pairs = stage.Pairs(out var summary); console.Error.WriteLine($"  tune: {summary}"); }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                console.Error.WriteLine($"policykb: {ex.Message}");
                return 2;
            }
            if (stage.Options.Epochs > 0) model = ContrastiveTuner.Tune(model, pairs, stage.Options, new Reporter(console));
            if (stage.QueryMap is { } map) model = QueryMapTuner.Tune(model, pairs, map, new Reporter(console));
        }
        model.Save(request.Output);
        var loaded = DomainEmbeddingModel.Load(request.Output);
        var o = console.Out;
        o.WriteLine($"Mô hình: {Path.GetFullPath(request.Output)}");
        o.WriteLine($"Model id: {loaded.ModelId}");
        o.WriteLine($"Kích thước: {new FileInfo(request.Output).Length / 1048576.0:F1} MB; {loaded.VocabularySize:N0} đơn vị ({loaded.PhraseCount:N0} từ nhiều âm tiết), {loaded.Dimensions} chiều");
        o.WriteLine($"Thời gian: {clock.Elapsed.TotalSeconds:F0} s");
        foreach (var probe in request.Probes)
        {
            o.WriteLine($"{probe}: {string.Join(", ", loaded.Nearest(probe, 8).Select(n => $"{n.Unit} ({n.Similarity:F2})"))}");
        }
        return 0;
    }

    private static (int Code, DomainEmbeddingModel? Model) WarmStart(CliConsole console, string path)
    {
        try
        {
            var model = DomainEmbeddingModel.Load(path);
            console.Error.WriteLine($"train-embeddings: bắt đầu từ {path} ({model.VocabularySize:N0} đơn vị, {model.Dimensions} chiều), không huấn luyện skip-gram");
            return (0, model);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"policykb: không đọc được mô hình {path}: {ex.Message}");
            return (2, null);
        }
    }

    private static (int Code, DomainEmbeddingModel? Model) TrainSkipGram(CliConsole console, Request request)
    {
        var options = request.Options;
        if (request.Corpus.Count == 0)
        {
            console.Error.WriteLine("policykb: cần --corpus (kho huấn luyện) hoặc --warm-start (mô hình có sẵn)");
            return (2, null);
        }
        foreach (var missing in request.Corpus.Where(p => !File.Exists(p) && !Directory.Exists(p))) console.Error.WriteLine($"cảnh báo: không tìm thấy {missing}");
        var files = TrainingCorpusReader.EnumerateFiles(request.Corpus);
        if (files.Count == 0)
        {
            console.Error.WriteLine("policykb: không có tệp .txt/.md nào trong kho huấn luyện");
            return (1, null);
        }
        List<string> supervised;
        try { supervised = request.Extra.Documents(); }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            console.Error.WriteLine($"policykb: {ex.Message}");
            return (2, null);
        }
        console.Error.WriteLine($"train-embeddings: {files.Count} tệp, {supervised.Count} đoạn cặp câu/nhóm từ, {options.Dimensions} chiều, {options.Epochs} lượt, {options.Threads} luồng, bộ huấn luyện {(options.FastTextPath is null ? "builtin" : "fasttext")}");
        try
        {
            return (0, new EmbeddingTrainer(options).Train(files.Select(TrainingCorpusReader.ReadDocument).Concat(supervised), new Reporter(console)));
        }
        catch (InvalidOperationException ex) when (ex.InnerException is null)
        {
            console.Error.WriteLine($"policykb: {ex.Message}");
            return (1, null);
        }
    }

    /// <summary>Everything one run is asked to do.</summary>
    private sealed record Request(
        IReadOnlyList<string> Corpus, string Output, EmbeddingTrainerOptions Options, ExtraText Extra, string[] Probes, string? WarmStart, ContrastiveStage? Stage);

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
