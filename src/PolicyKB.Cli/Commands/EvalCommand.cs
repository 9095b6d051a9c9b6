using System.CommandLine;
using PolicyKB.Cli.Reranking;
using PolicyKB.Search;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Evaluation.Baselines;
using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb eval FILE.jsonl</c>: runs a judged query set against the knowledge base in each search mode (and,
/// with --baselines, against Lucene StandardAnalyzer + BM25 and SQLite FTS5 over the same clauses) and prints
/// Recall@1/5/10 and MRR@10 overall and per query kind; with --pairs, every system also on the held-out everyday ↔
/// formal pairs (<see cref="HeldOutPairsEvaluation"/>) as one more kind. Exit code 2 for an unreadable query set.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "Tệp truy vấn JSONL: {query, kind, relevant:[{source, snippet}]}" };
        var modes = new Option<string>("--modes") { Description = "Các chế độ, cách nhau bởi dấu phẩy", DefaultValueFactory = _ => "keyword,semantic,hybrid" };
        var baselines = new Option<bool>("--baselines") { Description = "Thêm các mốc so sánh: Lucene StandardAnalyzer + BM25, SQLite FTS5 (AND và OR, đ gập thành d)" };
        var misses = new Option<bool>("--misses") { Description = "Liệt kê các truy vấn không tìm được kết quả đúng trong 10" };
        var pairs = new Option<bool>("--pairs")
        {
            Description = "Thêm hàng held-out-pairs: các cặp câu hỏi đời thường ↔ câu hỏi chuẩn phần test (không bao giờ được huấn luyện), tìm trong kho tạm gồm văn bản huấn luyện và các câu hỏi chuẩn",
        };
        var shared = Path.Combine(PolicyKbPaths.Root, "..", "shared");
        var pairsFolder = new Option<string>("--pairs-folder") { Description = "Thư mục cặp câu hỏi (*.src ↔ *.tgt.tagged)", DefaultValueFactory = _ => Path.Combine(shared, "train-extra", "vihealth-faq") };
        var train = new Option<string>("--pairs-train") { Description = "Thư mục văn bản đặt cạnh các câu hỏi chuẩn trong kho tạm", DefaultValueFactory = _ => Path.Combine(shared, "train") };
        var documents = new Option<int>("--pairs-documents") { Description = "Số văn bản lấy rải đều từ --pairs-train", DefaultValueFactory = _ => 240 };
        var split = new Option<string>("--pairs-split") { Description = "Phần cặp dùng để đo: test (mặc định) hoặc dev (để chọn tham số)", DefaultValueFactory = _ => PairSplit.Test };
        split.AcceptOnlyFromAmong(PairSplit.Test, PairSplit.Dev);
        var store = new Option<string?>("--pairs-store") { Description = "Thư mục giữ kho tạm của các cặp để dùng lại ở lần chạy sau (mặc định: xoá sau khi đo)" };
        var json = CliOptions.Json();
        var command = new Command("eval", "Đánh giá chất lượng tìm kiếm trên một bộ truy vấn có đáp án") { file, modes, baselines, misses, pairs, pairsFolder, train, documents, split, store, json };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(modes)!, parse.GetValue(baselines), parse.GetValue(misses), parse.GetValue(json), parse.GetValue(CliOptions.Data),
            parse.GetValue(pairs) ? new HeldOutPairsEvaluation.Source(parse.GetValue(pairsFolder)!, parse.GetValue(train)!, parse.GetValue(documents))
            {
                Split = parse.GetValue(split)!,
                Store = parse.GetValue(store),
            }
            : null));
        return command;
    }

    private static int Run(CliConsole console, string file, string modeList, bool withBaselines, bool listMisses, bool json, string? data, HeldOutPairsEvaluation.Source? pairs)
    {
        IReadOnlyList<EvalQuery> queries;
        List<SearchMode> modes;
        try
        {
            queries = EvalQuerySet.Load(file);
            modes = ParseModes(modeList);
        }
        catch (Exception ex) when (ex is FormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            console.Error.WriteLine($"policykb: {file}: {ex.Message}");
            return 2;
        }

        var settings = CliSettings.LoadExisting(data);
        using var kb = CliKnowledgeBase.OpenForReading(settings);
        var clauses = BaselineClause.ReadAll(kb.Store);
        if (clauses.Count == 0)
        {
            console.Error.WriteLine("policykb: kho chưa có văn bản nào; hãy nạp văn bản (policykb ingest) trước khi đánh giá.");
            return 2;
        }
        WarnUnjudgeable(console, queries, clauses);

        var reports = new List<SystemReport>();
        // Hybrid is measured without the rerank stage, and again with it (hybrid+rerank) when its model file
        // (PolicyKB:Search:Rerank:ModelPath) is present, whether or not search uses it by default.
        foreach (var mode in modes)
        {
            reports.Add(Evaluator.RunAsync(new SearchServiceRetriever(kb.Search, mode, mode == SearchMode.Hybrid ? false : null), queries).GetAwaiter().GetResult());
            if (mode != SearchMode.Hybrid) continue;
            if (kb.Search.Reranker is not null) reports.Add(Evaluator.RunAsync(new SearchServiceRetriever(kb.Search, mode, rerank: true), queries).GetAwaiter().GetResult());
        }
        if (withBaselines)
        {
            using var lucene = new LuceneStandardBaseline(clauses);
            reports.Add(Evaluator.RunAsync(lucene, queries).GetAwaiter().GetResult());
            using var fts = new SqliteFts5Baseline(clauses);
            reports.Add(Evaluator.RunAsync(fts.Retriever(Fts5QueryForm.And), queries).GetAwaiter().GetResult());
            reports.Add(Evaluator.RunAsync(fts.Retriever(Fts5QueryForm.Or), queries).GetAwaiter().GetResult());
        }
        if (pairs is not null)
        {
            try
            {
                reports = HeldOutPairsEvaluation.Merge(reports, HeldOutPairsEvaluation.Run(settings, pairs, modes, kb.Search.Reranker, withBaselines)).ToList();
            }
            catch (Exception ex) when (ex is FormatException or DirectoryNotFoundException or FileNotFoundException)
            {
                console.Error.WriteLine($"policykb: không đọc được các cặp câu hỏi: {ex.Message}");
                return 2;
            }
        }

        if (json)
        {
            CliJson.Write(console.Out, new { file = Path.GetFileName(file), queries = queries.Count, clauses = clauses.Count, systems = reports });
            return 0;
        }
        console.Out.WriteLine($"{Path.GetFileName(file)}: {queries.Count} truy vấn, {clauses.Count} điều khoản");
        EvaluationTable.Write(console.Out, reports);
        if (listMisses)
        {
            console.Out.WriteLine();
            EvaluationTable.WriteMisses(console.Out, reports);
        }
        return 0;
    }

    private static List<SearchMode> ParseModes(string list)
    {
        var modes = new List<SearchMode>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<SearchMode>(part, ignoreCase: true, out var mode)) throw new FormatException($"chế độ '{part}' không hợp lệ (keyword, semantic, hybrid)");
            if (!modes.Contains(mode)) modes.Add(mode);
        }
        return modes;
    }

    /// <summary>A snippet no stored clause contains can never be found: say so, since it lowers every system's figures alike.</summary>
    private static void WarnUnjudgeable(CliConsole console, IReadOnlyList<EvalQuery> queries, IReadOnlyList<BaselineClause> clauses)
    {
        var folded = clauses.Select(c => (c.Source, Text: SnippetMatcher.Fold(c.Text))).ToList();
        foreach (var query in queries)
        {
            foreach (var snippet in query.Relevant)
            {
                var target = SnippetMatcher.Fold(snippet.Snippet);
                if (!folded.Any(c => SnippetMatcher.Matches(c.Source, c.Text, snippet.Source, target)))
                {
                    console.Error.WriteLine($"cảnh báo: \"{query.Query}\": không điều khoản nào của {snippet.Source} chứa \"{snippet.Snippet}\"");
                }
            }
        }
    }
}
