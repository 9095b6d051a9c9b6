using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Facts;

/// <summary>The examples of Specs/Facts*.md (deadlines, targets, relations, tasks, signers), one test case each.</summary>
public sealed class FactSpecTests
{
    public static TheoryData<string> Deadlines => SpecFile.Names("FactsDeadlines.md");
    public static TheoryData<string> Targets => SpecFile.Names("FactsTargets.md");
    public static TheoryData<string> Relations => SpecFile.Names("FactsRelations.md");
    public static TheoryData<string> Tasks => SpecFile.Names("FactsTasks.md");
    public static TheoryData<string> Signers => SpecFile.Names("FactsSigners.md");

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Deadline_phrase(string name) => Check("FactsDeadlines.md", name, FactDump.Deadline);

    [Theory]
    [MemberData(nameof(Targets))]
    public void Target_phrase(string name) => Check("FactsTargets.md", name, FactDump.Target);

    [Theory]
    [MemberData(nameof(Relations))]
    public void Relation_phrase(string name) => Check("FactsRelations.md", name, FactDump.Relations);

    [Theory]
    [MemberData(nameof(Tasks))]
    public void Task_lines_and_tables(string name) => Check("FactsTasks.md", name, FactDump.Tasks);

    [Theory]
    [MemberData(nameof(Signers))]
    public void Signer_block_and_dates(string name) => Check("FactsSigners.md", name, i => FactDump.Document(i, header: true));

    private static void Check(string file, string name, Func<string, string> dump)
    {
        var example = SpecFile.Get(file, name);
        Assert.Equal(example.Expected, dump(example.Input));
    }
}
