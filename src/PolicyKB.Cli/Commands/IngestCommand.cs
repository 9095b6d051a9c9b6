using System.CommandLine;
using System.Diagnostics;
using PolicyKB.Decoding.Ocr;
using PolicyKB.Ingestion;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb ingest PATH…</c>: ingests files and folders, then prints a summary. Exit code 1 if any file failed.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Tệp hoặc thư mục (.txt, .md, .docx, .pdf)", Arity = ArgumentArity.OneOrMore };
        var json = CliOptions.Json();
        var replace = new Option<bool>("--replace")
        {
            Description = "Cho phép tệp thay văn bản đã lưu có cùng tên tệp (mặc định: văn bản khác cùng tên được lưu thành văn bản mới)",
        };
        var command = new Command("ingest", "Nạp văn bản vào kho") { paths, json, replace };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(CliOptions.Data), parse.GetValue(json), parse.GetValue(replace)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string? data, bool json, bool replace)
    {
        var settings = CliSettings.Load(data);
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        var results = missing.Select(p => new IngestionResult(Path.GetFileName(p), "", IngestionStatus.Failed, $"read: không tìm thấy {p}")).ToList();
        var existing = paths.Except(missing).ToList();
        var clock = Stopwatch.StartNew();
        var host = RunningHost(settings);
        if (host is not null)
        {
            // The folder belongs to a running web host: it does the writing, so nothing is lost to a second writer.
            var files = new IngestionPipeline([], settings.Ingestion).ExpandPaths(existing);
            console.Error.WriteLine($"Thư mục dữ liệu đang thuộc máy chủ PolicyKB tại {host.Url}; gửi {files.Count} tệp qua API của máy chủ đó.");
            var progress = new ProgressBar(console, files.Count);
            results.AddRange(host.Ingest(files, replace, file => progress.Show(Path.GetFileName(file)), new OcrProgressLines(console)));
            progress.Done();
        }
        else
        {
            using var kb = CliKnowledgeBase.Open(settings);
            using var ocr = OcrProgressScope.Listen(new OcrProgressLines(console));
            var progress = new ProgressBar(console, kb.Pipeline.ExpandPaths(existing).Count);
            results.AddRange(kb.Ingest(existing, file => progress.Show(Path.GetFileName(file)), replace));
            progress.Done();
            var written = results.Count(r => r.Status is IngestionStatus.Stored or IngestionStatus.Replaced);
            if (kb.CompactAfterBulkWrite(written) is var (before, after))
            {
                console.Error.WriteLine($"Đã gộp chỉ mục từ khoá: {before} → {after} phân đoạn.");
            }
        }
        clock.Stop();

        var summary = IngestSummary.From(results, clock.Elapsed);
        if (json) CliJson.Write(console.Out, summary);
        else summary.WriteText(console.Out);
        foreach (var failure in results.Where(r => r.Status == IngestionStatus.Failed))
        {
            console.Error.WriteLine($"lỗi: {failure.FileName}: {failure.Error}");
        }
        return summary.Failed > 0 ? 1 : 0;
    }

    private static HostIngestClient? RunningHost(CliSettings settings) =>
        Cli.RunningHost.Find(settings) is { } owner ? new HostIngestClient(owner, CliSettings.ApiKey(settings), TimeSpan.FromMinutes(10)) : null;
}
