using PolicyKB.Tests.Support;
using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>Runs the examples of Specs/Repair.md through the default repairer.</summary>
public sealed class RepairSpecTests
{
    private static readonly TextRepairer Repairer = TextRepairer.CreateDefault();

    public static TheoryData<string> Cases => SpecFile.Names("Repair.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Repair.md", name);
        var input = RepairInput.FromLines(RepairInput.Unescape(example.Input).Split('\n'));

        var repaired = Repairer.Repair(input);

        var output = string.Join('\n', repaired.Lines.Select(l => l.Text)).TrimEnd('\n');
        Assert.Equal(RepairInput.Unescape(example.Expected), output);
        Assert.Equal(input.Lines.Select(l => l.Number), repaired.Lines.Select(l => l.Number));
    }
}
