using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Tests.Search;

/// <summary>The fast lowercasing filter gives exactly what Lucene's LowerCaseFilter gives, character for character.</summary>
public sealed class InvariantLowerCaseFilterTests
{
    [Fact]
    public void Every_character_of_the_basic_plane_and_supplementary_letters_lowercase_as_lucene_lowercases_them()
    {
        var text = new StringBuilder();
        for (var c = 1; c <= 0xFFFF; c++)
        {
            if (!char.IsSurrogate((char)c)) text.Append((char)c);
        }
        // Deseret and Osage capitals (lowercase in the supplementary planes), a mathematical capital (no lowercase), an emoji.
        foreach (var codePoint in new[] { 0x10400, 0x10427, 0x104B0, 0x1D400, 0x1F600 }) text.Append(char.ConvertFromUtf32(codePoint));
        var input = text.ToString();

        var expected = Lowercase(new LowerCaseFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, Whole(input)));
        var actual = Lowercase(new InvariantLowerCaseFilter(Whole(input)));

        Assert.Equal(expected.Length, actual.Length);
        var firstDifference = Enumerable.Range(0, expected.Length).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(firstDifference < 0, $"U+{(int)input[Math.Max(firstDifference, 0)]:X4}: Lucene {(int)expected[Math.Max(firstDifference, 0)]:X4}, ours {(int)actual[Math.Max(firstDifference, 0)]:X4}");
    }

    [Fact]
    public void Vietnamese_capitals_with_diacritics_lowercase_in_place()
    {
        Assert.Equal("quyết định đ ư ơ", Lowercase(new InvariantLowerCaseFilter(Whole("QUYẾT ĐỊNH Đ Ư Ơ"))));
    }

    private static Tokenizer Whole(string text) => new KeywordTokenizer(new StringReader(text), text.Length + 16);

    private static string Lowercase(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var result = stream.IncrementToken() ? term.ToString() : "";
            stream.End();
            return result;
        }
    }
}
