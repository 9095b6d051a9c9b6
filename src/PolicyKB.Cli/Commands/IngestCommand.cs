using System.CommandLine;
using System.Diagnostics;
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
        using var kb = CliKnowledgeBase.Open(settings);
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        var results = missing.Select(p => new IngestionResult(Path.GetFileName(p), "", IngestionStatus.Failed, $"read: không tìm thấy {p}")).ToList();
        var existing = paths.Except(missing).ToList();
        var progress = new ProgressBar(console, kb.Pipeline.ExpandPaths(existing).Count);
        var clock = Stopwatch.StartNew();
        results.AddRange(kb.Ingest(existing, file => progress.Show(Path.GetFileName(file)), replace));
        progress.Done();
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
}
