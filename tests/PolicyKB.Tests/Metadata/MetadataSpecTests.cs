using PolicyKB.Metadata;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Metadata;

/// <summary>Runs the examples of Specs/Metadata.md: input text → metadata dump and regions.</summary>
public sealed class MetadataSpecTests
{
    public static TheoryData<string> Cases => SpecFile.Names("Metadata.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Metadata.md", name);
        var layout = new LayoutAnalyzer().Analyze(TestLines.FromText(example.Input));
        var dump = LayoutDump.Metadata(layout);
        var actual = (dump.Length == 0 ? "" : dump + "\n") + LayoutDump.Regions(layout);
        Assert.Equal(example.Expected, actual);
    }
}
