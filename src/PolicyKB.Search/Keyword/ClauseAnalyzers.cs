using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>Per-field analysis of the clause index (Lucene's PerFieldAnalyzerWrapper): unigrams by default, shingles where named.</summary>
internal static class ClauseAnalyzers
{
    public static Analyzer Create()
    {
        var shingles = new VietnameseAnalyzer(VietnameseAnalysisMode.Shingles);
        var folded = new VietnameseAnalyzer(VietnameseAnalysisMode.FoldedShingles);
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(VietnameseAnalysisMode.Unigrams), new Dictionary<string, Analyzer>
        {
            [ClauseFields.TextShingles] = shingles,
            [ClauseFields.TextFoldedShingles] = folded,
            [ClauseFields.HeadingFoldedShingles] = folded,
            [ClauseFields.Issuer] = new WhitespaceAnalyzer(VietnameseAnalyzer.Version),
        });
    }
}
