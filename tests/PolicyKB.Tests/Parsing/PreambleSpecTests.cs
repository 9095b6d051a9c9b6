using PolicyKB.Tests.Facts;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Parsing;

/// <summary>
/// Preambles of whole documents, as written in Specs/Preambles.md: each example runs through the ingestion steps and is
/// dumped as its clause tree with text, without the title clause.
/// </summary>
public sealed class PreambleSpecTests
{
    public static TheoryData<string> Cases => SpecFile.Names("Preambles.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Preambles.md", name);
        var input = example.Input;
        var extension = ".txt";
        if (input.StartsWith("format: md\n", StringComparison.Ordinal)) { extension = ".md"; input = input["format: md\n".Length..]; }

        var context = FactsPipeline.Context(input + "\n", extension);

        Assert.Equal(example.Expected, ClauseDump.Render(context.Clauses.Where(c => c.Label != "title"), withText: true));
    }
}
