using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Citations;
using PolicyKB.Tests.Support;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Citations;

/// <summary>
/// The extractor over every raw line of the seed plans and the shared corpus: no exception, and every strictly shaped
/// số hiệu ("111/2018/NĐ-CP", "281/QĐ-TTg", "25-CT/TW") is covered by a citation.
/// </summary>
public sealed partial class CorpusCitationTests(ITestOutputHelper output)
{
    private static readonly CitationExtractor Extractor = CitationExtractor.CreateDefault();

    [Fact]
    public void Every_strict_number_of_the_seeds_and_corpus_is_covered_by_a_citation()
    {
        var files = SourceFiles();
        Assert.NotEmpty(files);
        var missed = new List<string>();
        var totalCitations = 0;
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var scope = new CitationScope();
            var citations = 0;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in File.ReadLines(file))
            {
                var line = raw.Normalize(NormalizationForm.FormC);
                var found = Extractor.ExtractCore(line, scope);
                citations += found.Count;
                foreach (var c in found) keys.Add(c.Key);
                foreach (Match m in StrictNumber().Matches(line))
                {
                    if (!found.Any(c => c.Start <= m.Index && m.Index + m.Length <= c.Start + c.Length))
                        missed.Add($"{Path.GetFileName(file)}: {m.Value} in \"{line.Trim()}\"");
                }
            }
            totalCitations += citations;
            output.WriteLine($"{Path.GetFileName(file)}: {citations} citations, {keys.Count} distinct keys");
        }
        output.WriteLine($"{files.Count} files, {totalCitations} citations in {watch.ElapsedMilliseconds} ms");
        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    [Fact]
    public void Seed_plans_yield_their_legal_basis_keys()
    {
        var seeds = SharedData.SeedsDirectory ?? SharedData.ContentDirectory;
        var keys = KeysOf(Path.Combine(seeds, "ha-tinh-2024-cung-co-y-te-co-so.txt"));
        Assert.Contains("281/QĐ-TTg", keys);
        Assert.Contains("242-KH/TU", keys);
        Assert.Contains("25-CT/TW", keys);
        var thanhHoa = KeysOf(Path.Combine(seeds, "thanh-hoa-2021-ke-hoach-hanh-dong-y-te.md"));
        Assert.Contains("46/2018/TT-BYT", thanhHoa);
        Assert.Contains("4564/BC-SYT", thanhHoa);
        Assert.Contains("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", thanhHoa);
        Assert.DoesNotContain(thanhHoa, k => k.Contains("46/2018/TTBYT", StringComparison.Ordinal));
    }

    [Fact]
    public void Extraction_over_the_whole_corpus_is_fast()
    {
        var lines = SourceFiles().SelectMany(File.ReadLines).Select(l => l.Normalize(NormalizationForm.FormC)).ToList();
        Extractor.ExtractCore(string.Join(' ', lines.Take(50)), new CitationScope()); // warm up
        var watch = Stopwatch.StartNew();
        var count = 0;
        var scope = new CitationScope();
        foreach (var line in lines) count += Extractor.ExtractCore(line, scope).Count;
        var perLine = watch.ElapsedMilliseconds;
        watch.Restart();
        var whole = Extractor.ExtractCore(string.Join(' ', lines), new CitationScope()).Count;
        output.WriteLine($"{lines.Count} lines, {count} citations: {perLine} ms line by line; {whole} citations in {watch.ElapsedMilliseconds} ms as one text");
        Assert.True(perLine < 10_000 && watch.ElapsedMilliseconds < 10_000);
    }

    private static HashSet<string> KeysOf(string path)
    {
        var scope = new CitationScope();
        return File.ReadLines(path).SelectMany(l => Extractor.ExtractCore(l.Normalize(NormalizationForm.FormC), scope))
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static List<string> SourceFiles()
    {
        var files = new List<string>();
        var seeds = SharedData.SeedsDirectory ?? SharedData.ContentDirectory;
        if (Directory.Exists(seeds)) files.AddRange(Directory.GetFiles(seeds).Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order());
        if (SharedData.CorpusDirectory is { } corpus)
            files.AddRange(Directory.GetFiles(corpus, "*.txt").Order());
        return files;
    }

    /// <summary>The strict shapes of the brief: "\d+/\d{4}/CODE-CODE", "\d+/CODE-CODE" and the Party "\d+-CODE/CODE".</summary>
    [GeneratedRegex(@"(?<![\d/\p{L}])(?:\d+/\d{4}/[A-ZĐ]+-[A-ZĐa-z]+|\d+/[A-ZĐ]+-[A-ZĐa-z]+|\d+-[A-ZĐ]+/[A-ZĐ]+)")]
    private static partial Regex StrictNumber();
}
