using PolicyKB.Tests.Facts;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Parsing;

/// <summary>
/// Annexes printed after the signature block, as written in Specs/Annexes.md: each example is a whole document run
/// through the ingestion steps (layout finds the signature), dumped as its clause tree without the title clause.
/// </summary>
public sealed class AnnexSpecTests
{
    public static TheoryData<string> Cases => SpecFile.Names("Annexes.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Annexes.md", name);
        var input = example.Input;
        var extension = ".txt";
        if (input.StartsWith("format: md\n", StringComparison.Ordinal)) { extension = ".md"; input = input["format: md\n".Length..]; }

        var context = FactsPipeline.Context(input + "\n", extension);

        var clauses = context.Clauses.Where(c => c.Label != "title");
        Assert.Equal(example.Expected, ClauseDump.Render(clauses, name.Contains("with text", StringComparison.Ordinal)));
    }
}
