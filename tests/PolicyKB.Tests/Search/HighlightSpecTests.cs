using System.Text;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>Highlighting with the accents the user typed, as written in Specs/Highlighting.md.</summary>
public sealed class HighlightSpecTests
{
    public static TheoryData<string> Cases => SpecFile.Names("Highlighting.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Highlighting.md", name);
        var lines = example.Input.Split('\n');
        var words = HighlightWords.From(QueryTermsParser.Parse(lines[0]), SynonymTable.Empty);
        var text = lines[1];
        var sb = new StringBuilder();
        var at = 0;
        foreach (var span in new HighlightFinder().Find(text, words))
        {
            sb.Append(text, at, span.Start - at).Append('[').Append(text, span.Start, span.Length).Append(']');
            at = span.Start + span.Length;
        }
        sb.Append(text, at, text.Length - at);
        Assert.Equal(example.Expected, sb.ToString());
    }
}
