using PolicyKB.Decoding;
using PolicyKB.Parsing;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Parsing;

/// <summary>
/// Clause splitting as written in Specs/Clauses.md. An example's first input line may name the wrap mode
/// ("mode: md", "mode: docx"; hard-wrapped PDF text otherwise); the expected output is the tree dump,
/// with clause text after " | " when the example's heading says "with text".
/// </summary>
public sealed class ClauseSpecTests
{
    public static TheoryData<string> Cases => SpecFile.Names("Clauses.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Clauses.md", name);
        var input = example.Input.Split('\n').ToList();
        var mode = WrapMode.HardWrapped;
        if (input.Count > 0 && input[0].StartsWith("mode: ", StringComparison.Ordinal))
        {
            mode = ClauseParser.ModeFor(input[0]["mode: ".Length..].Trim());
            input.RemoveAt(0);
        }
        var lines = input.Select((text, i) => new SourceLine(i + 1, text)).ToList();

        var clauses = ClauseParser.CreateDefault().Parse("doc", lines, mode);

        Assert.Equal(example.Expected, ClauseDump.Render(clauses, name.Contains("with text", StringComparison.Ordinal)));
    }
}
