using PolicyKB.Metadata;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Metadata;

public sealed class DumpTests
{
    [Fact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        var files = Directory.GetFiles(SharedData.SeedsDirectory!).Concat(Directory.GetFiles(SharedData.CorpusDirectory!, "0*")).Order();
        foreach (var f in files)
        {
            var lines = TestLines.FromFile(f);
            var layout = new LayoutAnalyzer().Analyze(lines);
            sb.AppendLine("=== " + Path.GetFileName(f));
            sb.AppendLine(LayoutDump.Metadata(layout).Replace("\nbasis", "\n  basis").Replace("\nrecipient", "\n  recipient"));
            foreach (var r in layout.Regions) sb.AppendLine("  " + LayoutDump.Region(r) + " | " + (r.Start < lines.Count ? lines[r.Start].Text : "").Substring(0, Math.Min(60, r.Start < lines.Count ? lines[r.Start].Text.Length : 0)));
        }
        File.WriteAllText("/tmp/dump.txt", sb.ToString());
    }
}
