using PolicyKB.Citations;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Citations;

/// <summary>The examples of Specs/Citations.md, one test case each.</summary>
public sealed class CitationSpecTests
{
    private static readonly CitationExtractor Extractor = CitationExtractor.CreateDefault();

    public static TheoryData<string> Cases => SpecFile.Names("Citations.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Citations.md", name);
        Assert.Equal(example.Expected, CitationDump.Run(Extractor, example.Input));
    }

    [Fact]
    public void The_spec_holds_at_least_seventy_examples()
    {
        Assert.True(SpecFile.Load("Citations.md").Count >= 70);
    }
}
