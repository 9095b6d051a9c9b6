using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>
/// <see cref="HighlightFinder"/> reads only the tokenizer's offsets; the spans must be those the whole index analyzer
/// (lower-casing, document-number parts, folding with the original kept) gives, over the seed plans' paragraphs.
/// </summary>
public sealed class HighlightOffsetsTests
{
    private static readonly string[] Queries =
    [
        "bảo hiểm y tế", "BHYT toan dan", "281/QĐ-TTg", "qđ ttg", "Hà Tĩnh", "co so", "y te co so", "KH 36", "ke hoach",
        "Sở Y tế", "2021", "Trung tâm", "tram y te xa",
    ];

    [Fact]
    public void Spans_are_those_of_the_whole_index_analyzer_on_every_seed_paragraph()
    {
        var paragraphs = Directory.GetFiles(SharedData.ContentDirectory).Where(f => f.EndsWith(".md") || f.EndsWith(".txt"))
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList();
        var finder = new HighlightFinder();
        var compared = 0;
        foreach (var query in Queries)
        {
            var words = HighlightWords.From(QueryTermsParser.Parse(query), SynonymTable.Empty);
            foreach (var text in paragraphs)
            {
                var expected = WithWholeAnalyzer(text, words);
                Assert.Equal(expected, finder.Find(text, words));
                compared += expected.Count;
            }
        }
        Assert.True(compared > 500, $"{compared} spans compared");
    }

    /// <summary>Highlighting as it was done through <see cref="VietnameseAnalyzer"/>'s unigram chain.</summary>
    private static List<HighlightSpan> WithWholeAnalyzer(string text, HighlightWords words)
    {
        var spans = new List<HighlightSpan>();
        using var analyzer = new VietnameseAnalyzer(VietnameseAnalysisMode.Unigrams);
        using var stream = analyzer.GetTokenStream("text", text);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var lastStart = -1;
        while (stream.IncrementToken())
        {
            if (offset.StartOffset == lastStart) continue;
            if (!words.Matches(text.AsSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset))) continue;
            lastStart = offset.StartOffset;
            var (start, end) = (offset.StartOffset, offset.EndOffset);
            if (spans.Count > 0)
            {
                var last = spans[^1];
                var lastEnd = last.Start + last.Length;
                if (start >= lastEnd && start - lastEnd <= 1 && text.AsSpan(lastEnd, start - lastEnd).IsWhiteSpace())
                {
                    spans[^1] = last with { Length = end - last.Start };
                    continue;
                }
                if (start < lastEnd) continue;
            }
            spans.Add(new HighlightSpan(start, end - start));
        }
        stream.End();
        return spans;
    }
}
