using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A text's lowercased syllables (the first two links of <see cref="VietnameseAnalyzer"/>'s chain), accented and folded, read once for indexing: the shingle fields of a clause
/// (<see cref="ShingleTokenStream"/>) are built from them instead of running the analysis chain once per field.
/// Folding is Lucene's own <see cref="ASCIIFoldingFilter.FoldToASCII(char[], int, char[], int, int)"/>, so the terms are those
/// <see cref="Analysis.VietnameseAnalyzer"/>'s shingle variants give.
/// </summary>
internal sealed class ClauseSyllables
{
    private ClauseSyllables(string[] accented, string[] folded)
    {
        Accented = accented;
        Folded = folded;
    }

    /// <summary>Lowercased syllables as written.</summary>
    public string[] Accented { get; }

    /// <summary>The same syllables folded to ASCII ("định" → "dinh", "đ" → "d").</summary>
    public string[] Folded { get; }

    /// <summary>Reads <paramref name="text"/>.</summary>
    public static ClauseSyllables Of(string text)
    {
        var accented = new List<string>();
        using (var stream = new InvariantLowerCaseFilter(new VietnameseTokenizer(new StringReader(text))))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) accented.Add(new string(term.Buffer, 0, term.Length));
            stream.End();
        }
        var folded = new string[accented.Count];
        for (var i = 0; i < folded.Length; i++) folded[i] = Fold(accented[i]);
        return new ClauseSyllables([.. accented], folded);
    }

    /// <summary>
    /// <paramref name="term"/> folded to ASCII as <see cref="ASCIIFoldingFilter"/> folds it; the same instance when it is all
    /// ASCII (the filter then leaves it alone, and emits no second term when keeping the original).
    /// </summary>
    public static string Fold(string term)
    {
        if (!term.AsSpan().ContainsAnyExceptInRange('\0', '\u007F')) return term;
        // As ASCIIFoldingFilter sizes it: a character folds to at most four.
        var input = term.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
