using System.Text;
using PolicyKB.Search.Embeddings;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings;

/// <summary>
/// How the embedding model tokenises and folds text, as written in Specs/EmbeddingText.md: examples under a
/// "Folding" heading show <see cref="TextFolding.Fold"/>, the others the <see cref="EmbeddingTokenizer"/> dump.
/// </summary>
public sealed class EmbeddingTextSpecTests
{
    public static TheoryData<string> Cases => SpecFile.Names("EmbeddingText.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("EmbeddingText.md", name);
        var actual = name.StartsWith("Folding", StringComparison.Ordinal)
            ? TextFolding.Fold(example.Input)
            : Dump(EmbeddingTokenizer.Tokenize(example.Input));
        Assert.Equal(example.Expected, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uD800 lone surrogate \uDC00")]
    [InlineData("\0\u0001\u0300\u0301")]
    public void Tokenizer_never_throws_on_odd_input(string text)
    {
        var tokens = EmbeddingTokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.False(string.IsNullOrEmpty(t.Text)));
    }

    [Fact]
    public void Tokens_longer_than_the_limit_are_dropped()
    {
        var tokens = EmbeddingTokenizer.Tokenize("kế " + new string('x', 10_000) + " hoạch");
        Assert.Equal(["kế", "hoạch"], tokens.Select(t => t.Text));
        Assert.Equal(TokenBreak.Punctuation, tokens[1].Break);
    }

    private static string Dump(IReadOnlyList<EmbeddingToken> tokens)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) sb.Append(tokens[i].Break switch { TokenBreak.Sentence => " || ", TokenBreak.Punctuation => " | ", _ => " " });
            sb.Append(tokens[i].Text);
        }
        return sb.ToString();
    }
}
