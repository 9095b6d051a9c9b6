using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>
/// The Vietnamese analyzer as written in Specs/Analyzer.md. The example's heading names the variant
/// ("unigrams", "shingles", "folded shingles"); the expected output has one line per position, the terms
/// stacked at that position separated by spaces.
/// </summary>
public sealed class AnalyzerSpecTests
{
    public static TheoryData<string> Cases => SpecFile.Names("Analyzer.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Analyzer.md", name);
        var mode = name.StartsWith("Folded shingles", StringComparison.Ordinal) ? VietnameseAnalysisMode.FoldedShingles
            : name.StartsWith("Shingles", StringComparison.Ordinal) ? VietnameseAnalysisMode.Shingles
            : VietnameseAnalysisMode.Unigrams;

        Assert.Equal(example.Expected, Dump(new VietnameseAnalyzer(mode), example.Input));
    }

    [Theory]
    [InlineData(VietnameseAnalysisMode.Unigrams)]
    [InlineData(VietnameseAnalysisMode.Shingles)]
    [InlineData(VietnameseAnalysisMode.FoldedShingles)]
    public void An_empty_text_gives_no_terms_instead_of_failing(VietnameseAnalysisMode mode)
    {
        using var analyzer = new VietnameseAnalyzer(mode);
        Assert.Equal(string.Empty, Dump(analyzer, string.Empty));
        Assert.Equal(string.Empty, Dump(analyzer, string.Empty));
    }

    [Fact]
    public void Offsets_point_back_into_the_original_text()
    {
        const string text = "Thực hiện Quyết định số 281/QĐ-TTg";
        using var stream = new VietnameseAnalyzer(VietnameseAnalysisMode.Unigrams).GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var spans = new List<string>();
        while (stream.IncrementToken()) spans.Add(text[offset.StartOffset..offset.EndOffset]);
        stream.End();

        Assert.Contains("281/QĐ-TTg", spans);
        Assert.Contains("Quyết", spans);
    }

    internal static string Dump(VietnameseAnalyzer analyzer, string text)
    {
        var sb = new StringBuilder();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (sb.Length > 0) sb.Append(position.PositionIncrement == 0 ? " " : "\n");
            sb.Append(term.ToString());
        }
        stream.End();
        return sb.ToString();
    }
}
