using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Util;

namespace PolicyKB.Search.Analysis;

/// <summary>
/// Analyzer for Vietnamese administrative text, shaped like Lucene's language analyzers. One chain, with the
/// variant chosen at construction:
/// <list type="number">
/// <item><see cref="VietnameseTokenizer"/>: syllables, document numbers kept whole;</item>
/// <item><see cref="InvariantLowerCaseFilter"/> (NFC comes from the text repair and the query normaliser);</item>
/// <item><see cref="DocumentNumberFilter"/>: "281/qđ-ttg" also as "281", "qđ-ttg", "qđ", "ttg";</item>
/// <item>unigram variant: <see cref="ASCIIFoldingFilter"/> with the original preserved, so the accented and the folded
/// form sit at one position and an exact-diacritic query matches two terms, ranking above a folded-only match;</item>
/// <item>shingle variants: two-syllable shingles ("y_tế", "bảo_hiểm") over the accented or the folded syllables, so compound
/// words match as units.</item>
/// </list>
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    /// <summary>Lucene version the components follow.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Separator inside shingles: "bảo_hiểm".</summary>
    public const string ShingleSeparator = "_";

    private readonly VietnameseAnalysisMode _mode;

    /// <summary>Creates the analyzer for one variant.</summary>
    public VietnameseAnalyzer(VietnameseAnalysisMode mode) => _mode = mode;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new VietnameseTokenizer(reader);
        TokenStream stream = new InvariantLowerCaseFilter(source);
        switch (_mode)
        {
            case VietnameseAnalysisMode.Unigrams:
                stream = new DocumentNumberFilter(stream);
                stream = new ASCIIFoldingFilter(stream, preserveOriginal: true);
                break;
            case VietnameseAnalysisMode.Shingles:
                stream = Shingles(stream);
                break;
            case VietnameseAnalysisMode.FoldedShingles:
                stream = Shingles(new ASCIIFoldingFilter(stream, preserveOriginal: false));
                break;
        }
        return new TokenStreamComponents(source, stream);
    }

    private static ShingleFilter Shingles(TokenStream stream)
    {
        var shingles = new ShingleFilter(stream, 2, 2);
        shingles.SetOutputUnigrams(false);
        shingles.SetTokenSeparator(ShingleSeparator);
        return shingles;
    }
}
