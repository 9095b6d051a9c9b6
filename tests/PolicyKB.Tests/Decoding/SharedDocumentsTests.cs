using System.Diagnostics;
using System.Text.RegularExpressions;
using PolicyKB.Decoding;
using PolicyKB.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Decoding;

/// <summary>The five seed plans and the shared corpus decode line for line, Markdown syntax gone, numbering kept.</summary>
public sealed partial class SharedDocumentsTests(ITestOutputHelper output)
{
    private readonly ContentDecoders _decoders = ContentDecoders.CreateDefault();

    [Fact]
    public void Seeds_decode_line_for_line()
    {
        var seeds = Directory.GetFiles(SharedData.ContentDirectory).Where(IsDocument).ToList();
        Assert.Equal(5, seeds.Count);
        foreach (var path in seeds)
        {
            var decoded = _decoders.DecodeFile(path);
            Assert.Equal(path.EndsWith(".md") ? "md" : "txt", decoded.Format);
            AssertLineForLine(path, decoded);
        }
    }

    [Fact]
    public void Corpus_decodes_line_for_line_and_markdown_exports_are_recognised()
    {
        if (SharedData.CorpusDirectory is not { } corpus) return; // shared data absent: nothing to check
        var files = Directory.GetFiles(corpus, "*.txt");
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var decoded = _decoders.DecodeFile(path);
            // The gazette extracts ("-pdftext") are plain text; every other corpus file is a Markdown export.
            Assert.True((path.Contains("pdftext") ? "txt" : "md") == decoded.Format, $"{Path.GetFileName(path)}: {decoded.Format}");
            AssertLineForLine(path, decoded);
        }
    }

    [Fact]
    public void Seeds_and_corpus_decode_to_text_and_report_their_rate()
    {
        var files = Directory.GetFiles(SharedData.ContentDirectory).Where(IsDocument)
            .Concat(SharedData.CorpusDirectory is { } corpus ? Directory.GetFiles(corpus, "*.txt") : [])
            .Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p)))
            .ToList();
        var passes = new List<TimeSpan>();
        for (var pass = 0; pass < 8; pass++) // the first passes run tier-0 JIT code; the best pass is steady state
        {
            var stopwatch = Stopwatch.StartNew();
            foreach (var (name, bytes) in files)
                Assert.True(_decoders.Decode(new MemoryStream(bytes), name).Lines.Count > 0, $"{name} decoded to no lines");
            passes.Add(stopwatch.Elapsed);
        }

        var best = passes.Min();
        var megabytes = files.Sum(f => f.Bytes.Length) / 1024.0 / 1024.0;
        output.WriteLine($"{files.Count} files, {megabytes:F2} MB: first pass {passes[0].TotalMilliseconds:F0} ms, "
            + $"best {best.TotalMilliseconds:F0} ms = {megabytes / best.TotalSeconds:F0} MB/s");
        // The rate is reported, not asserted: speed is measured by `policykb bench --ingest` (its decode step), where a
        // loaded machine cannot fail the suite.
    }

    private static bool IsDocument(string path) => path.EndsWith(".md") || path.EndsWith(".txt");

    private static void AssertLineForLine(string path, DecodedText decoded)
    {
        var name = Path.GetFileName(path);
        var source = File.ReadAllLines(path);
        Assert.True(source.Length == decoded.Lines.Count, $"{name}: {decoded.Lines.Count} lines for {source.Length}");
        for (var i = 0; i < source.Length; i++)
        {
            var line = decoded.Lines[i];
            Assert.Equal(i + 1, line.Number);
            if (decoded.Format == "md") Assert.False(line.Text.Contains("**"), $"{name}:{i + 1}: {line.Text}");
            var label = Label().Match(source[i]);
            if (label.Success)
            {
                var expected = label.Groups[1].Value + label.Groups[2].Value;
                Assert.True(line.Text.TrimStart().StartsWith(expected), $"{name}:{i + 1}: label {expected} lost in '{line.Text}'");
            }
        }
    }

    // "1. Tăng cường…", "2) …", "1\. …" at the start of a source line.
    [GeneratedRegex(@"^\s{0,3}(\d{1,3})\\?([.)])\s+\S")]
    private static partial Regex Label();
}
