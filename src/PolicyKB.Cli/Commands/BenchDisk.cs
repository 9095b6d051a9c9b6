using PolicyKB.Search.Evaluation.Benchmarks;

namespace PolicyKB.Cli.Commands;

/// <summary>
/// <c>policykb bench --disk D</c>: where the bytes of the data folder D go, part by part, beside a SQLite FTS5 database
/// over the same clauses (<see cref="DiskBreakdown"/>), and the ratio the project's disk target is set on.
/// </summary>
internal static class BenchDisk
{
    public static int Run(CliConsole console, string dataDirectory, bool json)
    {
        if (!File.Exists(Path.Combine(dataDirectory, "policykb.db")))
        {
            console.Error.WriteLine($"policykb: không có kho dữ liệu tại {dataDirectory}; hãy nạp văn bản vào đó trước (policykb --data {dataDirectory} ingest …)");
            return 2;
        }
        var scratch = Path.Combine(Path.GetTempPath(), "policykb-disk-" + Guid.NewGuid().ToString("N"));
        try
        {
            var parts = DiskBreakdown.Measure(dataDirectory, scratch);
            if (json)
            {
                CliJson.Write(console.Out, parts);
                return 0;
            }
            var folder = parts.Where(p => p.Area != "fts5").Sum(p => p.Bytes);
            var fts5 = parts.Single(p => p.Area == "fts5").Bytes;
            foreach (var area in parts.GroupBy(p => p.Area))
            {
                console.Out.WriteLine($"{area.Key,-8} {Megabytes(area.Sum(p => p.Bytes)),9}");
                foreach (var part in area) console.Out.WriteLine($"  {Megabytes(part.Bytes),9}  {part.Name}");
            }
            console.Out.WriteLine($"data folder {Megabytes(folder)} / FTS5 database {Megabytes(fts5)} = {(double)folder / fts5:F2}× (target ≤ 2×)");
            return 0;
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / 1e6:F1} MB";
}
