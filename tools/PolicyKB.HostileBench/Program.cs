using System.Diagnostics;
using System.Globalization;
using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Decoding;

namespace PolicyKB.HostileBench;

/// <summary>
/// <c>policykb-hostile</c>: ingests the hostile files of PolicyKB issue 9 through the default pipeline, one child
/// process per file so each peak working set is its own, and prints elapsed time, peak memory and the managed memory
/// left after a full collection (memory must return once a file is refused). A measurement, not a test.
/// </summary>
/// <remarks>
/// Usage: <c>policykb-hostile [--timeout SECONDS] [NAME…]</c> runs every bomb (or the named ones), killing a child
/// that runs past the timeout (default 120 s) so the old code's figures can be taken too;
/// <c>policykb-hostile --child PATH</c> ingests one generated file in this process; <c>--write DIR</c> only writes the files.
/// </remarks>
internal static class Program
{
    private static readonly Dictionary<string, Func<byte[]>> Bombs = new(StringComparer.Ordinal)
    {
        ["pdf-text-bomb.pdf"] = () => HostileFiles.PdfTextBomb(500_000),
        ["pdf-line-bomb.pdf"] = () => HostileFiles.PdfTextBomb(500_000, "(x) Tj 0 -14 Td\n"),
        ["docx-90m-chars.docx"] = () => HostileFiles.DocxCharacterBomb(90_000_000),
        ["docx-zip-bomb.docx"] = () => HostileFiles.DocxZipBomb(2L * 1024 * 1024 * 1024),
        ["giant-line-30m.txt"] = () => HostileFiles.GiantLine(30_000_000),
        ["giant-line-1m.txt"] = () => HostileFiles.GiantLine(1_000_000),
        ["three-million-lines.txt"] = () => HostileFiles.ManyLines(3_000_000),
        ["deep-nesting-50k.md"] = () => HostileFiles.DeepMarkdown(50_000),
        ["deep-nesting-15k.md"] = () => HostileFiles.DeepMarkdown(15_000),
        // Just under the default limits: what a file that is let through may still cost.
        ["at-limit-4.9m-chars.txt"] = () => HostileFiles.WrappedText(4_900_000),
        ["at-limit-299k-lines.txt"] = () => HostileFiles.ManyLines(299_000),
        ["at-limit-nesting-4900.md"] = () => HostileFiles.DeepMarkdown(4_900),
        ["at-limit-19m-xml.docx"] = () => HostileFiles.DocxCharacterBomb(19_000_000),
        ["at-limit-49k-lines-page.pdf"] = () => HostileFiles.PdfTextBomb(49_000, "(x) Tj 0 -14 Td\n"),
    };

    public static int Main(string[] args)
    {
        if (args is ["--child", var only]) return Child(only);
        if (args is ["--write", var target])
        {
            // The same files for measuring a running host (upload them with curl and watch its memory).
            Directory.CreateDirectory(target);
            foreach (var (bomb, make) in Bombs) File.WriteAllBytes(Path.Combine(target, bomb), make());
            Console.WriteLine($"{Bombs.Count} tệp đã ghi vào {target}");
            return 0;
        }
        var timeout = 120;
        var names = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--timeout" && i + 1 < args.Length) timeout = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else names.Add(args[i]);
        }
        if (names.Count == 0) names.AddRange(Bombs.Keys);
        var folder = Path.Combine(Path.GetTempPath(), "policykb-hostile-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"{"file",-26} {"size",10} {"status",-8} {"elapsed",10} {"peak WS",10} {"GC after",10}  reason");
            foreach (var name in names)
            {
                // Generated here, so the child's peak working set is the ingestion's alone.
                var path = Path.Combine(folder, name);
                File.WriteAllBytes(path, Bombs[name]());
                GC.Collect();
                RunChild(path, timeout);
                File.Delete(path);
            }
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        return 0;
    }

    private static void RunChild(string path, int timeoutSeconds)
    {
        var name = Path.GetFileName(path);
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--child");
        start.ArgumentList.Add(path);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        if (!child.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Console.WriteLine($"{name,-26} {"",10} {"KILLED",-8} {">" + timeoutSeconds + " s",10}");
            return;
        }
        Console.Write(output.Result);
    }

    private static int Child(string path)
    {
        var name = Path.GetFileName(path);
        var folder = Path.Combine(Path.GetTempPath(), "policykb-hostile-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            using var store = new LiteDbDocumentStore(Path.Combine(folder, "kb.db"));
            var pipeline = IngestionPipelineFactory.CreateDefault(store);
            var clock = Stopwatch.StartNew();
            var result = pipeline.Ingest(path);
            clock.Stop();
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var reason = result.Error ?? $"{result.Clauses} điều khoản, {result.Characters:N0} ký tự";
            Console.WriteLine($"{name,-26} {new FileInfo(path).Length / 1024.0,8:0.#} KB {result.Status,-8} {clock.Elapsed.TotalSeconds,8:0.00} s {peak / 1048576.0,7:0} MB {(after - before) / 1048576.0,7:0.0} MB  {Shorten(reason)}");
            return 0;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
