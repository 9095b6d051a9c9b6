using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PolicyKB.Cli.Reranking;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Search.Rerank;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb train-reranker</c>: ingests a spread of ../shared/train documents and the training pairs' formal
/// questions into a throw-away knowledge base, builds judgements (headings ↔ their body, everyday ↔ formal questions;
/// never a judged query of tests/eval), collects the top hybrid candidates' features, picks LambdaRank settings on the
/// validation fifth, refits on everything and writes the model file (content/models/policykb-rerank.json).
/// </summary>
internal static class TrainRerankerCommand
{
    private static readonly (int Trees, int Leaves)[] _settings = [(100, 8), (300, 8), (300, 16)];

    public static Command Create(CliConsole console)
    {
        var shared = Path.Combine(PolicyKbPaths.Root, "..", "shared");
        var train = new Option<string>("--train") { Description = "Thư mục văn bản huấn luyện", DefaultValueFactory = _ => Path.Combine(shared, "train") };
        var pairs = new Option<string>("--pairs") { Description = "Thư mục cặp câu hỏi đời thường ↔ câu hỏi chuẩn (chỉ phần train được dùng)", DefaultValueFactory = _ => Path.Combine(shared, "train-extra", "vihealth-faq") };
        var documents = new Option<int>("--documents") { Description = "Số văn bản huấn luyện lấy rải đều", DefaultValueFactory = _ => 240 };
        var output = new Option<string>("--out") { Description = "Tệp mô hình sẽ ghi", DefaultValueFactory = _ => new RerankOptions().ModelPath };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên", DefaultValueFactory = _ => 15 };
        var sources = new Option<string>("--sources")
        {
            Description = "Nguồn đánh giá dùng để huấn luyện: heading (tiêu đề ↔ chính điều đó), heading-children (tiêu đề ↔ các điều con), pair (câu hỏi đời thường ↔ câu hỏi chuẩn)",
            DefaultValueFactory = _ => DefaultSources,
        };
        var cache = new Option<string?>("--cache") { Description = "Tệp lưu các nhóm ứng viên đã thu thập (dùng lại nếu đã có)" };
        var exclude = new Option<string>("--exclude") { Description = "Các đặc trưng không dùng (tên, cách nhau bởi dấu phẩy)", DefaultValueFactory = _ => DefaultExcluded };
        var depth = new Option<int>("--depth") { Description = "Số ứng viên đầu được xếp hạng lại (như PolicyKB:Search:Rerank:Depth)", DefaultValueFactory = _ => RerankStage.DefaultDepth };
        var longPairs = new Option<int>("--long-pair-weight") { Description = "Số lần tính mỗi câu hỏi đời thường dài (từ trung vị trở lên)", DefaultValueFactory = _ => 1 };
        var judged = new Option<string?>("--judged")
        {
            Description = "Tệp truy vấn có đáp án (vd. tests/eval/paraphrase-dev.jsonl): chỉ các truy vấn phần \"train\" và văn bản của chúng (tệp .files cùng tên) được dùng để huấn luyện",
        };
        var judgedWeight = new Option<int>("--judged-weight") { Description = "Số lần tính mỗi truy vấn của --judged (0: bỏ qua, để so sánh khi dùng lại --cache)", DefaultValueFactory = _ => 1 };
        var excludeLists = new Option<string[]>("--exclude-list")
        {
            Description = "Tệp danh sách văn bản không được dùng để huấn luyện (mặc định: mọi tests/eval/*.files và reference-corpus.txt; content/models/training-excluded.txt để huấn luyện lại đúng mô hình đi kèm)",
            AllowMultipleArgumentsPerToken = true,
        };
        var shortQueries = new Option<int>("--short-queries")
        {
            Description = "Số truy vấn ngắn kiểu cán bộ gõ (2–3 từ đặc trưng của một điều, cách nói đời thường, dạng câu hỏi ngắn) sinh từ mỗi văn bản huấn luyện (0: không)",
            DefaultValueFactory = _ => 0,
        };
        var shortAbbreviated = new Option<bool>("--short-abbreviated") { Description = "Thêm bản viết tắt (BHYT, KCB…) của mỗi truy vấn ngắn có cụm từ trong danh sách viết tắt" };
        var chat = new Option<string[]>("--chat")
        {
            Description = "Tệp câu hỏi chat có đáp án (tests/eval/answers*.jsonl): chỉ các câu hỏi phần \"dev\" trả lời được, không hỏi tiếp, có điều khoản đáp án, và văn bản của chúng được dùng để huấn luyện",
            AllowMultipleArgumentsPerToken = true,
        };
        var chatWeight = new Option<int>("--chat-weight") { Description = "Số lần tính mỗi câu hỏi của --chat (0: bỏ qua, để so sánh khi dùng lại --cache)", DefaultValueFactory = _ => 1 };
        var measure = new Option<bool>("--measure-pairs") { Description = "Sau khi huấn luyện, đo trên phần test của các cặp (không bao giờ được huấn luyện)" };
        var command = new Command("train-reranker", "Huấn luyện mô hình xếp hạng lại (LambdaRank) cho tìm kiếm kết hợp") { train, pairs, documents, output, seed, sources, cache, exclude, depth, longPairs, judged, judgedWeight, excludeLists, shortQueries, shortAbbreviated, chat, chatWeight, measure };
        command.SetAction(parse => Run(console, new TrainRerankerRequest(parse.GetValue(train)!, parse.GetValue(pairs)!, parse.GetValue(documents), PolicyKbPaths.Resolve(parse.GetValue(output)!),
            parse.GetValue(seed), parse.GetValue(sources)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            parse.GetValue(cache), parse.GetValue(CliOptions.Data))
        {
            MeasurePairs = parse.GetValue(measure),
            Depth = parse.GetValue(depth),
            LongPairWeight = parse.GetValue(longPairs),
            Judged = parse.GetValue(judged),
            JudgedWeight = parse.GetValue(judgedWeight),
            ShortQueries = parse.GetValue(shortQueries),
            ShortAbbreviated = parse.GetValue(shortAbbreviated),
            Chat = (parse.GetValue(chat) ?? []).Select(PolicyKbPaths.Resolve).ToArray(),
            ChatWeight = parse.GetValue(chatWeight),
            ExcludeLists = (parse.GetValue(excludeLists) ?? []).Select(PolicyKbPaths.Resolve).ToArray(),
            Excluded = parse.GetValue(exclude)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
        }));
        return command;
    }

    /// <summary>Sources trained on by default.</summary>
    public const string DefaultSources = "heading,heading-children,pair";

    /// <summary>Features left out by default.</summary>
    public const string DefaultExcluded = "";

    private static int Run(CliConsole console, TrainRerankerRequest request)
    {
        var (trainDirectory, pairsDirectory, documentCount, output, seed, _, _, data) = request;
        if (!Directory.Exists(trainDirectory))
        {
            console.Error.WriteLine($"policykb: không tìm thấy thư mục văn bản huấn luyện {trainDirectory}");
            return 2;
        }
        IReadOnlyList<QueryPair> trainingPairs, heldOutPairs;
        try
        {
            var all = PairSet.Load(pairsDirectory);
            trainingPairs = all.Where(p => p.Split == PairSplit.Train).ToList();
            heldOutPairs = all.Where(p => p.HeldOut).ToList();
        }
        catch (Exception ex) when (ex is FormatException or DirectoryNotFoundException)
        {
            console.Error.WriteLine($"policykb: {ex.Message}");
            return 2;
        }
        JudgedTrainingSet? judgedSet = null;
        ChatTrainingSet? chatSet = null;
        try
        {
            if (request.Judged is { } judgedPath) judgedSet = JudgedTrainingSet.Load(PolicyKbPaths.Resolve(judgedPath), PolicyKbPaths.Root);
            if (request.Chat.Count > 0) chatSet = ChatTrainingSet.Load(request.Chat, PolicyKbPaths.Root);
        }
        catch (Exception ex) when (ex is FormatException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            console.Error.WriteLine($"policykb: {request.Judged ?? string.Join(" ", request.Chat)}: {ex.Message}");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        if (request.ExcludeLists.FirstOrDefault(l => !File.Exists(l)) is { } missing)
        {
            console.Error.WriteLine($"policykb: không tìm thấy tệp danh sách {missing}");
            return 2;
        }
        // A frozen list (content/models/training-excluded.txt) keeps the choice of documents, and so the model, the same
        // when a later judged set adds its own list; the live lists are the safe default for a new model.
        var excludedNames = request.ExcludeLists.Count > 0
            ? TrainingCorpus.NamesIn(request.ExcludeLists)
            : TrainingCorpus.JudgedNames(Path.Combine(PolicyKbPaths.Root, "tests", "eval"));
        var files = TrainingCorpus.ChooseDocuments(trainDirectory, excludedNames, documentCount);
        List<RankingGroup> groups;
        var description = $"{files.Count} documents of ../shared/train (every n-th; documents of judged sets excluded), {trainingPairs.Count} train-split everyday↔formal pairs";
        if (request.Cache is { } cached && File.Exists(cached)) groups = GroupCache.Load(cached);
        else
        {
            (groups, description) = TrainingCollection.Collect(console, CliSettings.Load(data), files, trainingPairs, clock, judgedSet, request.ShortQueries, request.ShortAbbreviated, chatSet);
            if (request.Cache is { } path) GroupCache.Save(path, groups);
        }
        if (request.Excluded.FirstOrDefault(n => !RerankFeatures.Names.Contains(n)) is { } unknown)
        {
            console.Error.WriteLine($"policykb: không có đặc trưng '{unknown}'; các đặc trưng: {string.Join(", ", RerankFeatures.Names)}");
            return 2;
        }
        // A feature left out is held constant, so no tree can split on it; the model file keeps the full vector.
        var excluded = RerankFeatures.Names.Select((n, i) => (n, i)).Where(p => request.Excluded.Contains(p.n)).Select(p => p.i).ToArray();
        groups = GroupShaping.Cut(groups, request.Depth).Where(g => request.Sources.Contains(g.Judgement.Source) || g.Judgement.Source is JudgedTrainingSet.Source or ChatTrainingSet.Source || (g.Judgement.Source == ShortQueryBuilder.Source && request.ShortQueries > 0))
            .Select(g => g with { Features = g.Features.Select(f => Without(f, excluded)).ToArray() })
            .ToList();
        groups = groups.SelectMany(g => Enumerable.Repeat(g, Weight(g.Judgement.Source, request))).ToList();
        var fit = GroupShaping.WeightLongPairs(groups.Where(g => !g.Judgement.Validation).ToList(), request.LongPairWeight);
        var validation = groups.Where(g => g.Judgement.Validation).ToList();
        if (fit.Count < 20 || validation.Count == 0)
        {
            console.Error.WriteLine("policykb: quá ít truy vấn huấn luyện có đáp án; hãy tăng --documents.");
            return 1;
        }

        console.Out.WriteLine($"validation ({validation.Count} truy vấn)  source     n   MRR@10   R@10");
        ValidationReport.Write(console, "hybrid", validation, null);
        LambdaRankTrainer? best = null;
        var bestMrr = double.MinValue;
        foreach (var (trees, leaves) in _settings)
        {
            var trainer = new LambdaRankTrainer(trees, leaves, 20, 0.1, seed);
            var (candidate, _) = trainer.Train(fit, new Dictionary<string, string>());
            var mrr = ValidationReport.Write(console, trainer.Settings, validation, f => candidate.Score(f));
            if (mrr > bestMrr) (best, bestMrr) = (trainer, mrr);
        }

        var about = new Dictionary<string, string>
        {
            ["trainer"] = $"Microsoft.ML.FastTree 6.0.0 LambdaRank, {best!.Settings}, seed {seed}, refit on train + validation",
            ["data"] = description,
            ["excluded_features"] = string.Join(",", request.Excluded),
            ["depth"] = request.Depth.ToString(CultureInfo.InvariantCulture),
            ["long_pair_weight"] = request.LongPairWeight.ToString(CultureInfo.InvariantCulture),
            ["judged"] = request.Judged is null ? "" : $"{request.Judged} (train split only), weight {request.JudgedWeight}",
            ["queries"] = string.Join(", ", groups.GroupBy(g => g.Judgement.Source).Select(g => $"{g.Count()} {g.Key}")),
            ["validation_mrr10"] = bestMrr.ToString("0.000", CultureInfo.InvariantCulture),
            ["not_trained_on"] = "tests/eval/*.jsonl (every judged query but the train split of --judged), the documents they are judged over, the test and dev splits of the pairs",
        };
        // Only when used, so that a model trained without them stays byte for byte what earlier checkouts wrote.
        if (request.Chat.Count > 0) about["chat"] = $"dev halves of {string.Join(", ", request.Chat.Select(Path.GetFileName))} (answerable, no follow-ups), weight {request.ChatWeight}";
        if (request.ShortQueries > 0) about["short_queries"] = $"{request.ShortQueries} a document" + (request.ShortAbbreviated ? ", abbreviated copies" : "");
        var (model, divergence) = best.Train(GroupShaping.WeightLongPairs(groups, request.LongPairWeight), about);
        if (divergence > 1e-3)
        {
            console.Error.WriteLine($"policykb: cây xuất ra cho điểm khác ML.NET ({divergence:0.000000}); không ghi mô hình.");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        model.Save(output);
        RankingModel.Load(output);
        console.Out.WriteLine($"đã ghi {output}: {model.Trees.Count} cây, {new FileInfo(output).Length / 1024} KB, {best.Settings}; sai khác với ML.NET {divergence:0.0e0}; {clock.Elapsed.TotalSeconds:0} s");
        if (request.MeasurePairs) PairMeasure.Run(console, CliSettings.Load(data), files, heldOutPairs, new RerankStage(model, request.Depth));
        return 0;
    }

    /// <summary>Times a group of <paramref name="source"/> counts in fitting and validation.</summary>
    private static int Weight(string source, TrainRerankerRequest request) => source switch
    {
        JudgedTrainingSet.Source => Math.Max(0, request.JudgedWeight),
        // Without --chat a cached collection's chat groups are left out: the plain recipe, from the same collection.
        ChatTrainingSet.Source => request.Chat.Count > 0 ? Math.Max(0, request.ChatWeight) : 0,
        _ => 1,
    };

    private static float[] Without(float[] features, int[] excluded)
    {
        if (excluded.Length == 0) return features;
        var copy = (float[])features.Clone();
        foreach (var i in excluded) copy[i] = 0;
        return copy;
    }
}
