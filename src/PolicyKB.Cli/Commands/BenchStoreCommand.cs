using System.CommandLine;
using PolicyKB.Ingestion;
using PolicyKB.Search.Evaluation.Benchmarks;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb bench-store --postgres CONNECTION</c>: ingestion throughput with the store in LiteDB and in PostgreSQL on
/// the first files of a corpus (default ../shared/train), in scratch folders and a scratch database created and dropped
/// on that server. Never touches the configured data folder or store.
/// </summary>
internal static class BenchStoreCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string>("--corpus") { Description = "Thư mục văn bản để đo", DefaultValueFactory = _ => "../shared/train" };
        var maxFiles = new Option<int>("--max-files") { Description = "Số tệp đầu tiên được nạp", DefaultValueFactory = _ => 200 };
        var postgres = new Option<string>("--postgres")
        {
            Description = "Chuỗi kết nối PostgreSQL (tài khoản được tạo cơ sở dữ liệu; một cơ sở dữ liệu tạm được tạo rồi xoá)", Required = true,
        };
        var json = CliOptions.Json();
        var command = new Command("bench-store", "Đo tốc độ nạp với kho LiteDB và kho PostgreSQL") { corpus, maxFiles, postgres, json };
        command.SetAction(parse =>
        {
            var settings = CliSettings.Load(parse.GetValue(CliOptions.Data));
            var corpusPath = PolicyKB.PolicyKbPaths.Resolve(parse.GetValue(corpus)!);
            if (!Directory.Exists(corpusPath))
            {
                console.Error.WriteLine($"policykb: không tìm thấy thư mục {corpusPath}");
                return 2;
            }
            var files = new IngestionPipeline([], settings.Ingestion).ExpandPaths([corpusPath]).Take(parse.GetValue(maxFiles)).ToList();
            var scratch = Path.Combine(Path.GetTempPath(), "policykb-bench-store-" + Guid.NewGuid().ToString("N"));
            try
            {
                var runs = new StoreThroughput(files, parse.GetValue(postgres)!, settings.Embeddings(), SynonymTable.Load(settings.SynonymsFile))
                    .Measure(scratch, m => console.Error.WriteLine("bench-store: " + m));
                if (parse.GetValue(json))
                {
                    CliJson.Write(console.Out, runs);
                    return 0;
                }
                console.Out.WriteLine($"{files.Count} tệp, {files.Sum(f => new FileInfo(f).Length) / 1e6:F1} MB từ {corpusPath}");
                foreach (var r in runs)
                {
                    console.Out.WriteLine($"{r.Provider,-9} {r.Phase,-11} {r.Documents} văn bản, {r.Clauses} điều khoản, {r.Failed} lỗi: {r.Seconds:F2} s, " +
                        $"{r.MegabytesPerSecond:F2} MB/s, {r.DocumentsPerSecond:F1} văn bản/s, {r.ClausesPerSecond:F0} điều khoản/s");
                }
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
