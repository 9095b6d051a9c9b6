using Microsoft.Extensions.Configuration;
using System.CommandLine;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Evaluation.Benchmarks;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Rerank;
using PolicyKB.Search.Translation;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb bench</c>: ingests a corpus (default ../shared/train) into a scratch data folder, which is deleted
/// afterwards, and reports ingestion rate, query latency, embedding rate and memory against the project's targets.
/// Never touches the configured data folder.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string>("--corpus") { Description = "Thư mục văn bản để đo", DefaultValueFactory = _ => "../shared/train" };
        var clauses = new Option<int>("--clauses") { Description = "Số điều khoản khi đo độ trễ (nhân bản văn bản nếu thiếu)", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Số truy vấn mỗi lượt đo độ trễ", DefaultValueFactory = _ => 300 };
        var maxFiles = new Option<int>("--max-files") { Description = "Chỉ nạp tối đa chừng này tệp (0: tất cả)", DefaultValueFactory = _ => 0 };
        var budget = new Option<double>("--budget") { Description = "Giới hạn thời gian nạp (giây)", DefaultValueFactory = _ => 420 };
        var noBaselines = new Option<bool>("--no-baselines") { Description = "Không so sánh với SQLite FTS5 và Lucene StandardAnalyzer" };
        var coldStart = new Option<string?>("--cold-start") { Description = "Chỉ đo khởi động nguội trên thư mục dữ liệu đã nạp này: dòng lệnh và máy chủ web, từ lúc chạy tới kết quả tìm kiếm đầu tiên" };
        var runs = new Option<int>("--runs") { Description = "Số lần đo khởi động nguội mỗi loại", DefaultValueFactory = _ => 5 };
        var webHost = new Option<string?>("--web-host") { Description = "Tệp chạy máy chủ web để đo khởi động nguội (mặc định: bản build cạnh lệnh này)" };
        var firstQuery = new Option<string>("--first-query") { Description = "Câu tìm kiếm đầu tiên khi đo khởi động nguội", DefaultValueFactory = _ => "QĐ 281" };
        var disk = new Option<string?>("--disk") { Description = "Chỉ đo dung lượng của thư mục dữ liệu đã nạp này, từng phần, so với cơ sở dữ liệu SQLite FTS5 trên cùng điều khoản" };
        var throughput = new Option<string?>("--throughput")
        {
            Description = "Chỉ đo số truy vấn mỗi giây của tìm kiếm từ khóa và SQLite FTS5 (AND) trên thư mục dữ liệu đã nạp này, với 1 và 4 người dùng đồng thời",
        };
        var allocations = new Option<string?>("--allocations")
        {
            Description = "Chỉ đo bộ nhớ được cấp phát cho mỗi truy vấn từ khóa, theo từng bước, trên thư mục dữ liệu đã nạp này",
        };
        var queriesAfter = new Option<int>("--queries-after")
        {
            Description = "Khi đo khởi động nguội: số câu tìm kiếm gửi thêm tới máy chủ web (xoay vòng các câu trong tests/eval và ba chế độ) trước khi đọc lại bộ nhớ đỉnh",
            DefaultValueFactory = _ => 0,
        };
        var ingest = new Option<bool>("--ingest")
        {
            Description = "Chỉ đo tốc độ nạp trên các tệp đầu của --corpus (--max-files, mặc định 200): phần lõi không nhúng và toàn bộ quy trình, "
                + "theo MB tệp mỗi giây thực và mỗi giây CPU, chia theo từng bước",
        };
        var json = CliOptions.Json();
        var command = new Command("bench", "Đo tốc độ nạp, tìm kiếm, nhúng và bộ nhớ")
        {
            corpus, clauses, queries, maxFiles, budget, noBaselines, coldStart, runs, webHost, firstQuery, queriesAfter, disk, throughput, allocations, ingest, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(allocations) is { } allocationData) return BenchThroughput.Allocations(console, allocationData, parse.GetValue(queries), parse.GetValue(json));
            if (parse.GetValue(throughput) is { } throughputData) return BenchThroughput.Run(console, throughputData, parse.GetValue(queries), parse.GetValue(json));
            if (parse.GetValue(disk) is { } diskData) return BenchDisk.Run(console, diskData, parse.GetValue(json));
            if (parse.GetValue(coldStart) is { } coldData)
            {
                return BenchColdStart.Run(console, coldData, Math.Max(1, parse.GetValue(runs)), parse.GetValue(webHost), parse.GetValue(firstQuery)!,
                    parse.GetValue(queriesAfter), parse.GetValue(json));
            }
            var settings = CliSettings.Load(parse.GetValue(CliOptions.Data));
            var corpusPath = PolicyKB.PolicyKbPaths.Resolve(parse.GetValue(corpus)!);
            if (!Directory.Exists(corpusPath))
            {
                console.Error.WriteLine($"policykb: không tìm thấy thư mục {corpusPath}");
                return 2;
            }
            if (parse.GetValue(ingest))
            {
                return BenchIngest.Run(console, settings, corpusPath, parse.GetValue(maxFiles) is > 0 and var m ? m : 200, parse.GetValue(json));
            }
            var scratch = Path.Combine(Path.GetTempPath(), "policykb-bench-" + Guid.NewGuid().ToString("N"));
            var judged = PolicyKB.PolicyKbPaths.Resolve("tests/eval/seed-queries.jsonl");
            var options = new BenchOptions
            {
                Corpus = corpusPath, DataDirectory = scratch, TargetClauses = parse.GetValue(clauses), Queries = parse.GetValue(queries),
                MaxFiles = parse.GetValue(maxFiles), IngestionBudgetSeconds = parse.GetValue(budget), CompareBaselines = !parse.GetValue(noBaselines),
                ExtraQueries = File.Exists(judged) ? EvalQuerySet.Load(judged).Select(q => q.Query).ToList() : [],
            };
            try
            {
                var benchmark = new CorpusBenchmark(options, settings.Embeddings(), SynonymTable.Load(settings.SynonymsFile), m => console.Error.WriteLine("bench: " + m),
                    SynonymTable.Load(settings.RelatedTermsFile),
                    RerankStage.Load(settings.Configuration.GetSection(RerankOptions.Section).Get<RerankOptions>() ?? new RerankOptions(), PolicyKbPaths.Resolve),
                    settings.Configuration.GetSection(TranslationOptions.Section).Get<TranslationOptions>() ?? new TranslationOptions());
                var report = benchmark.Run();
                if (parse.GetValue(json)) CliJson.Write(console.Out, report);
                else BenchReportWriter.Write(console.Out, report);
                return 0;
            }
            finally
            {
                try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        });
        return command;
    }
}
