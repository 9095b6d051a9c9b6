using System.CommandLine;
using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Evaluation.Baselines;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Search.Providers;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb eval-pairs</c>: how well each embedding model finds a formal question from a reader's everyday
/// wording, over the held-out 20 % (or the dev part) of the everyday ↔ formal pairs (<see cref="PairSplit"/>), beside Lucene
/// StandardAnalyzer + BM25 and SQLite FTS5 over the same formal questions. Needs no knowledge base.
/// Exit code 2 when the pairs or a model cannot be read.
/// </summary>
internal static class EvalPairsCommand
{
    public static Command Create(CliConsole console)
    {
        var pairs = new Option<string>("--pairs")
        {
            Description = "Thư mục cặp câu hỏi (*.src ↔ *.tgt.tagged)",
            DefaultValueFactory = _ => Path.Combine(PolicyKB.PolicyKbPaths.Root, "..", "shared", "train-extra", "vihealth-faq"),
        };
        var models = new Option<string[]>("--model")
        {
            Description = "Tệp mô hình nhúng (.pkbe) cần đo; lặp lại để so sánh nhiều mô hình",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [new EmbeddingOptions().DomainModelPath],
        };
        var split = new Option<string>("--split") { Description = "Phần đo: test (mặc định, không bao giờ được huấn luyện) hoặc dev (để chọn tham số)", DefaultValueFactory = _ => PairSplit.Test };
        split.AcceptOnlyFromAmong(PairSplit.Test, PairSplit.Dev);
        var misses = new Option<bool>("--misses") { Description = "Liệt kê các câu hỏi không tìm được câu chuẩn trong 10" };
        var json = CliOptions.Json();
        var command = new Command("eval-pairs", "Đo mô hình nhúng trên các cặp câu hỏi đời thường ↔ câu hỏi chuẩn được giữ lại (20 %)")
        {
            pairs, models, split, misses, json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(pairs)!, parse.GetValue(models) ?? [], parse.GetValue(split)!, parse.GetValue(misses), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string folder, string[] modelPaths, string split, bool listMisses, bool json)
    {
        IReadOnlyList<QueryPair> all;
        var models = new List<(string Path, DomainEmbeddingModel Model)>();
        try
        {
            all = PairSet.Load(folder);
            foreach (var path in modelPaths)
            {
                var resolved = PolicyKB.PolicyKbPaths.Resolve(path);
                models.Add((resolved, DomainEmbeddingModel.Load(resolved)));
            }
        }
        catch (Exception ex) when (ex is FormatException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            console.Error.WriteLine($"policykb: {ex.Message}");
            return 2;
        }
        var queries = PairQueries.Queries(all, split);
        var pool = PairQueries.Pool(all, split);
        if (queries.Count == 0)
        {
            console.Error.WriteLine($"policykb: {folder}: không có cặp câu hỏi nào để đo");
            return 2;
        }

        var reports = new List<SystemReport>();
        foreach (var (path, model) in models)
        {
            var retriever = new EmbeddingPoolRetriever(Path.GetFileName(path), model.ModelId, model.Encode, pool, model.EncodeQuery);
            reports.Add(Evaluator.RunAsync(retriever, queries).GetAwaiter().GetResult());
        }
        using (var lucene = new LuceneStandardBaseline(pool)) reports.Add(Evaluator.RunAsync(lucene, queries).GetAwaiter().GetResult());
        using (var fts = new SqliteFts5Baseline(pool))
        {
            // Both forms, as a peer would report them: AND of words (strict) and OR (lenient, ranks by BM25).
            reports.Add(Evaluator.RunAsync(fts.Retriever(Fts5QueryForm.And), queries).GetAwaiter().GetResult());
            reports.Add(Evaluator.RunAsync(fts.Retriever(Fts5QueryForm.Or), queries).GetAwaiter().GetResult());
        }

        if (json)
        {
            CliJson.Write(console.Out, new { pairs = all.Count, split, measured = queries.Count, pool = pool.Count, systems = reports });
            return 0;
        }
        console.Out.WriteLine($"{Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))}: {all.Count} cặp, {queries.Count} cặp phần {split}, tìm trong {pool.Count} câu hỏi chuẩn");
        EvaluationTable.Write(console.Out, reports);
        if (listMisses)
        {
            console.Out.WriteLine();
            EvaluationTable.WriteMisses(console.Out, reports);
        }
        return 0;
    }
}
