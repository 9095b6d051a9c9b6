using System.CommandLine;
using System.Diagnostics;
using PolicyKB.Cli.Embeddings;
using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Embeddings.Tuning;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Search.Translation;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb train-translation</c>: learns the everyday ↔ formal translation model (IBM Model 1,
/// <see cref="TranslationTrainer"/>) from the train split of the everyday ↔ formal question pairs and heading ↔ body
/// pairs mined from ../shared/train (minus every document a list names: content/models/training-excluded.txt), and
/// writes the pruned table (content/models/policykb-translation.tsv). Deterministic: files in ordinal order, one thread.
/// </summary>
internal static class TrainTranslationCommand
{
    /// <summary>Where the shipped table lives.</summary>
    public const string DefaultOutput = "content/models/policykb-translation.tsv";

    public static Command Create(CliConsole console)
    {
        var shared = Path.Combine(PolicyKbPaths.Root, "..", "shared");
        var defaults = new TranslationPruning();
        var train = new Option<string>("--train") { Description = "Thư mục văn bản để lấy cặp tiêu đề ↔ nội dung", DefaultValueFactory = _ => Path.Combine(shared, "train") };
        var pairs = new Option<string>("--pairs") { Description = "Thư mục cặp câu hỏi đời thường ↔ câu hỏi chuẩn (chỉ phần train được dùng)", DefaultValueFactory = _ => Path.Combine(shared, "train-extra", "vihealth-faq") };
        var excludeLists = new Option<string[]>("--exclude-list")
        {
            Description = "Tệp danh sách văn bản không được dùng", AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["content/models/training-excluded.txt"],
        };
        var perDocument = new Option<int>("--per-document") { Description = "Số cặp tiêu đề ↔ nội dung tối đa mỗi văn bản (0: không dùng tiêu đề)", DefaultValueFactory = _ => 64 };
        var pairWeight = new Option<float>("--pair-weight") { Description = "Số lần tính mỗi cặp câu hỏi đời thường ↔ câu hỏi chuẩn so với một cặp tiêu đề", DefaultValueFactory = _ => 1f };
        var iterations = new Option<int>("--iterations") { Description = "Số vòng EM", DefaultValueFactory = _ => 5 };
        var minProbability = new Option<double>("--min-probability") { Description = "Xác suất tối thiểu được giữ", DefaultValueFactory = _ => defaults.MinProbability };
        var maxTargets = new Option<int>("--max-targets") { Description = "Số từ đích tối đa mỗi từ nguồn", DefaultValueFactory = _ => defaults.MaxTargets };
        var minDice = new Option<double>("--min-dice")
        {
            Description = "Cặp âm tiết liền nhau chỉ được coi là từ khi hệ số Dice của hai âm tiết trong văn bản huấn luyện đạt ngưỡng này (0: mọi cặp)",
            DefaultValueFactory = _ => 0.02,
        };
        var output = new Option<string>("--out") { Description = "Tệp bảng dịch sẽ ghi", DefaultValueFactory = _ => DefaultOutput };
        var command = new Command("train-translation", "Huấn luyện mô hình dịch từ ngữ đời thường ↔ văn bản (IBM Model 1) cho tìm kiếm kết hợp")
        {
            train, pairs, excludeLists, perDocument, pairWeight, iterations, minProbability, maxTargets, minDice, output,
        };
        command.SetAction(parse =>
        {
            var pruning = defaults with { MinProbability = parse.GetValue(minProbability), MaxTargets = parse.GetValue(maxTargets) };
            return Run(console, parse.GetValue(minDice), parse.GetValue(train)!, parse.GetValue(pairs)!, (parse.GetValue(excludeLists) ?? []).Select(PolicyKbPaths.Resolve).ToList(),
                parse.GetValue(perDocument), parse.GetValue(pairWeight), parse.GetValue(iterations), pruning, PolicyKbPaths.Resolve(parse.GetValue(output)!));
        });
        return command;
    }

    private static int Run(CliConsole console, double minDice, string train, string pairsFolder, IReadOnlyList<string> excludeLists, int perDocument, float pairWeight,
        int iterations, TranslationPruning pruning, string output)
    {
        var clock = Stopwatch.StartNew();
        var all = new List<(string Query, string Passage, float Weight)>();
        var excluded = ContrastiveStage.ExcludedNames(excludeLists);
        var files = perDocument <= 0 ? [] : TrainingCorpusReader.EnumerateFiles([train])
            .Where(f => !excluded.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var headings = 0;
        foreach (var pair in HeadingPairMiner.Mine(files, perDocument))
        {
            all.Add((pair.Query, pair.Passage, 1f));
            headings++;
        }
        // Only the train split: the dev fifth is for choosing settings, the test fifth for the reported measure.
        var everyday = SupervisedPairs.FromPairs(PairSet.Load(pairsFolder)).ToList();
        foreach (var pair in everyday) all.Add((pair.Query, pair.Passage, pairWeight));
        var words = minDice > 0 ? Collocations.Of(all.SelectMany(p => new[] { p.Query, p.Passage }), minDice) : null;
        var trainer = new TranslationTrainer { Words = words };
        foreach (var (query, passage, weight) in all) trainer.Add(query, passage, weight);
        if (words is not null) console.Out.WriteLine($"{words.Count:N0} cặp âm tiết liền nhau có Dice ≥ {minDice}");
        console.Out.WriteLine($"{headings:N0} cặp tiêu đề ↔ nội dung từ {files.Count} tệp ({excluded.Count} tên tệp bị loại), {everyday.Count:N0} cặp câu hỏi (phần train, tính {pairWeight} lần)");
        var table = trainer.Train(iterations, pruning, (i, ll) => console.Out.WriteLine($"EM vòng {i}: log-likelihood {ll:N0}"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        table.Save(output,
        [
            "PolicyKB translation table: t(passage word | query word), IBM Model 1 (policykb train-translation; see content/models/SOURCES.md)",
            $"{headings} heading ↔ body pairs from {files.Count} documents of {Path.GetFileName(train.TrimEnd('/'))} ({excluded.Count} names excluded), {everyday.Count} train-split everyday ↔ formal pairs × {pairWeight}",
            words is null ? "words: every two adjacent syllables" : $"words: the {words.Count} pairs of adjacent syllables (seen twice or more) whose Dice coefficient in these texts is at least {minDice}",
            $"{iterations} EM iterations; kept: t ≥ {pruning.MinProbability}, ≤ {pruning.MaxTargets} a word, query words in ≥ {pruning.MinSourcePairs} pairs, passage words in ≤ {pruning.MaxTargetShare:P0} of passages",
        ]);
        console.Out.WriteLine($"{table.Count:N0} từ nguồn, {table.Entries:N0} mục → {output} ({new FileInfo(output).Length / 1024:N0} KB, {clock.Elapsed.TotalSeconds:N0} s)");
        return 0;
    }
}
